#include "syntax/syntax_errors.h"

#include <fmt/format.h>

#include "LayoutLexer.h"
#include "syntax/line_view.h"

namespace rasoat::syntax {

namespace {

using Lexer = rasoat::grammar::LayoutLexer;

// What a token is, in words, for "found X, expected Y".
LocalizedText describe(size_t type) {
  switch (type) {
    case antlr4::Token::EOF: return {"cuối tệp", "end of file"};
    case Lexer::PART_START:
    case Lexer::CHAPTER_START:
    case Lexer::ROMAN_START: return {"tiêu đề chương ('Chương I')", "a chapter heading ('Chương I')"};
    case Lexer::SECTION_START: return {"tiêu đề mục ('Mục 1.')", "a section heading ('Mục 1.')"};
    case Lexer::ARTICLE_START: return {"tiêu đề điều ('Điều N.')", "an article heading ('Điều N.')"};
    case Lexer::CLAUSE_START: return {"khoản đánh số ('1.')", "a numbered clause ('1.')"};
    case Lexer::SUBCLAUSE_START: return {"điểm đánh số ('1.1-')", "a numbered sub-clause ('1.1-')"};
    case Lexer::POINT_START: return {"điểm ('a)')", "a point ('a)')"};
    case Lexer::DASH_START: return {"gạch đầu dòng ('-')", "a dash item ('-')"};
    case Lexer::BASIS_START: return {"dòng căn cứ ('Căn cứ ...')", "a legal basis line ('Căn cứ ...')"};
    case Lexer::SIGN_START: return {"khối ký ('T/M ...')", "a signature block ('T/M ...')"};
    case Lexer::RECIPIENTS_START: return {"'Nơi nhận:'", "'Nơi nhận:'"};
    case Lexer::NL:
    case Lexer::LINE_WORDS:
    case Lexer::TITLE_START:
    case Lexer::ANNEX_START: return {"một dòng văn bản", "a line of text"};
    default: return {"chữ trong dòng", "text inside a line"};
  }
}

std::string joinExpected(const antlr4::misc::IntervalSet& expected, Language language) {
  std::vector<std::string> names;
  for (size_t type : expected.toList()) {
    std::string name = describe(type).in(language);
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  if (names.empty()) return language == Language::vi ? "không gì" : "nothing";
  std::string joined;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) joined += (i + 1 == names.size()) ? (language == Language::vi ? " hoặc " : " or ") : ", ";
    joined += names[i];
  }
  return joined;
}

}  // namespace

Diagnostic syntaxError(const std::string& path, Range range, LocalizedText message) {
  Diagnostic diagnostic;
  diagnostic.code = "S001";
  diagnostic.severity = Severity::error;
  diagnostic.message = std::move(message);
  diagnostic.path = path;
  diagnostic.range = range;
  return diagnostic;
}

void SyntaxErrorStrategy::sync(antlr4::Parser* parser) {
  if (inErrorRecoveryMode(parser)) return;
  const antlr4::misc::IntervalSet& next = nextTokens(parser, parser->getState());
  const std::size_t lookahead = parser->getTokenStream()->LA(1);
  if (next.contains(antlr4::Token::EPSILON) || next.contains(lookahead)) return;
  DefaultErrorStrategy::sync(parser);
}

const antlr4::misc::IntervalSet& SyntaxErrorStrategy::nextTokens(antlr4::Parser* parser, std::size_t state) {
  if (state >= nextTokens_.size()) nextTokens_.resize(state + 1);
  auto& known = nextTokens_[state];
  if (!known) {
    const antlr4::atn::ATN& atn = parser->getATN();
    known = atn.nextTokens(atn.states[state]);
  }
  return *known;
}

void SyntaxErrorStrategy::report(antlr4::Token* offending, const antlr4::misc::IntervalSet& expected) {
  Range range = originalRange(
      source_, offending->getStartIndex(),
      offending->getType() == antlr4::Token::EOF ? offending->getStartIndex() : offending->getStopIndex());
  const LocalizedText found = describe(offending->getType());
  sink_.report(syntaxError(
      source_.path(), range,
      {fmt::format("{} không được phép ở đây; cần {}", found.vi, joinExpected(expected, Language::vi)),
       fmt::format("{} is not allowed here; expected {}", found.en, joinExpected(expected, Language::en))}));
}

void SyntaxErrorStrategy::reportNoViableAlternative(antlr4::Parser* parser, const antlr4::NoViableAltException& e) {
  report(e.getOffendingToken(), parser->getExpectedTokens());
}

void SyntaxErrorStrategy::reportInputMismatch(antlr4::Parser*, const antlr4::InputMismatchException& e) {
  report(e.getOffendingToken(), e.getExpectedTokens());
}

void SyntaxErrorStrategy::reportFailedPredicate(antlr4::Parser* parser, const antlr4::FailedPredicateException& e) {
  report(e.getOffendingToken(), parser->getExpectedTokens());
}

void SyntaxErrorStrategy::reportUnwantedToken(antlr4::Parser* parser) {
  if (inErrorRecoveryMode(parser)) return;
  beginErrorCondition(parser);
  report(parser->getCurrentToken(), getExpectedTokens(parser));
}

void SyntaxErrorStrategy::reportMissingToken(antlr4::Parser* parser) {
  if (inErrorRecoveryMode(parser)) return;
  beginErrorCondition(parser);
  report(parser->getCurrentToken(), getExpectedTokens(parser));
}

void LexerErrorListener::syntaxError(antlr4::Recognizer*, antlr4::Token*, size_t, size_t, const std::string& message,
                                     std::exception_ptr) {
  sink_.report(rasoat::syntax::syntaxError(source_.path(), Range{},
                                           {"không đọc được ký tự: " + message, "unreadable input: " + message}));
}

}  // namespace rasoat::syntax
