#include "syntax/layout_tokens.h"

#include "LayoutLexer.h"
#include "syntax/syntax_tree.h"
#include "text/utf8.h"

namespace rasoat::syntax {

namespace {

using Lexer = rasoat::grammar::LayoutLexer;

bool isPlain(const antlr4::Token& token) {
  return token.getType() == Lexer::WORD || token.getType() == Lexer::PUNCT;
}

// The inline tokens that begin no cross-reference: a comma, "và", a number,
// a point letter, "Quy chế này", "Điều lệ Đảng" are read apart only inside
// one ("các Điều 5, 6 và 7", "khoản 2 Điều 3 Quy chế này"), after another of
// its tokens; dates, terms and the motto are never part of one. A document's
// kind ("quyết định") begins one only before a document number. So such a
// token after a plain word, or at the start of a line, is plain text, and so
// on along the run: joining it leaves every cross-reference as it was, with
// about half the tokens for the parser ("quyết định" or a comma split a run
// into three before).
bool beginsNoReference(std::size_t type) {
  switch (type) {
    case Lexer::WORD:
    case Lexer::PUNCT:
    case Lexer::COMMA:
    case Lexer::AND:
    case Lexer::NUMBER:
    case Lexer::LETTER_ONE:
    case Lexer::THIS_UNIT:
    case Lexer::CHARTER:
    case Lexer::DATE:
    case Lexer::DATE_NUM:
    case Lexer::TERM:
    case Lexer::MOTTO: return true;
    default: return false;
  }
}

bool isDocumentNumber(std::size_t type) {
  return type == Lexer::DOC_NUMBER || type == Lexer::DOC_CODE;
}

// A line start that the front matter (LayoutParser.g4, frontLine) cannot hold.
bool endsFrontMatter(std::size_t type) {
  switch (type) {
    case Lexer::PART_START:
    case Lexer::CHAPTER_START:
    case Lexer::SECTION_START:
    case Lexer::ROMAN_START:
    case Lexer::ARTICLE_START:
    case Lexer::CLAUSE_START:
    case Lexer::SUBCLAUSE_START:
    case Lexer::POINT_START:
    case Lexer::SIGN_START:
    case Lexer::RECIPIENTS_START: return true;
    default: return false;
  }
}

// A token that begins a line (with the newline that ends the line before it).
bool startsLine(const antlr4::Token& token) {
  switch (token.getType()) {
    case Lexer::NL:
    case Lexer::LINE_WORDS:
    case Lexer::TITLE_START:
    case Lexer::BASIS_START:
    case Lexer::ANNEX_START:
    case Lexer::DASH_START: return true;
    default: return endsFrontMatter(token.getType());
  }
}

// The marker of a line-start token without its newline, indentation and
// closing punctuation: "\n  c. " -> "c", "\n2. " -> "2".
std::u32string markerOf(const antlr4::Token& token) {
  const std::u32string text = text::decodeUtf8(token.getText());
  const auto first = text.find_first_not_of(U"\n ");
  if (first == std::u32string::npos) return {};
  const auto last = text.find_last_not_of(U" .:/)-");
  return last == std::u32string::npos || last < first ? std::u32string{} : text.substr(first, last - first + 1);
}

void retype(antlr4::Token& token, std::size_t type) {
  if (auto* writable = dynamic_cast<antlr4::WritableToken*>(&token)) writable->setType(type);
}

}  // namespace

std::unique_ptr<antlr4::Token> LayoutTokenSource::next() {
  if (pending_.empty()) return lexer_.nextToken();
  std::unique_ptr<antlr4::Token> token = std::move(pending_.front());
  pending_.pop_front();
  return token;
}

const antlr4::Token& LayoutTokenSource::peek() {
  if (pending_.empty()) pending_.push_back(lexer_.nextToken());
  return *pending_.front();
}

// Whether `token`, just taken, is plain text (see beginsNoReference); a
// document's kind is, unless a document number follows it.
bool LayoutTokenSource::isPlainText(const antlr4::Token& token) {
  if (token.getType() == Lexer::DOC_KIND) return !isDocumentNumber(peek().getType());
  return beginsNoReference(token.getType());
}

std::unique_ptr<antlr4::Token> LayoutTokenSource::nextToken() {
  std::unique_ptr<antlr4::Token> token = next();
  inBody_ = inBody_ || endsFrontMatter(token->getType());
  if (!inBody_) return frontMatterToken(std::move(token));
  const bool afterLineStart = afterLineStart_;
  afterLineStart_ = startsLine(*token);
  if (afterLineStart_) {
    followNumbering(*token);
    return token;
  }
  if (isPlain(*token) || (afterLineStart && isPlainText(*token))) token = joinRun(std::move(token));
  return token;
}

// After the legal bases have begun, a line that begins with the name of a
// kind of document ("Quy chế làm việc mẫu ...") is no title: it goes on with a
// basis wrapped onto it, or it is the enacting text. It becomes a plain line
// whose first words are that name, so the basis reads them as its own.
std::unique_ptr<antlr4::Token> LayoutTokenSource::frontMatterToken(std::unique_ptr<antlr4::Token> token) {
  basesBegun_ = basesBegun_ || token->getType() == Lexer::BASIS_START;
  if (!basesBegun_ || token->getType() != Lexer::TITLE_START) return token;
  const std::u32string text = text::decodeUtf8(token->getText());
  const std::size_t indent = text.find_first_not_of(U"\n ");
  if (indent == std::u32string::npos) return token;
  const std::pair<antlr4::TokenSource*, antlr4::CharStream*> source(&lexer_, lexer_.getInputStream());
  const std::size_t start = token->getStartIndex();
  auto lineStart = std::make_unique<antlr4::CommonToken>(source, Lexer::NL, antlr4::Token::DEFAULT_CHANNEL, start,
                                                         start + indent - 1);
  auto kind = std::make_unique<antlr4::CommonToken>(source, Lexer::DOC_KIND, antlr4::Token::DEFAULT_CHANNEL,
                                                    start + indent, token->getStopIndex());
  lineStart->setLine(token->getLine());
  kind->setLine(token->getLine() + 1);
  pending_.push_front(std::move(kind));
  return lineStart;
}

std::unique_ptr<antlr4::Token> LayoutTokenSource::joinRun(std::unique_ptr<antlr4::Token> first) {
  std::unique_ptr<antlr4::Token> following = next();
  if (!isPlainText(*following)) {
    pending_.push_front(std::move(following));
    return first;
  }
  std::size_t stop = following->getStopIndex();
  while (isPlainText(*(following = next()))) stop = following->getStopIndex();
  pending_.push_front(std::move(following));
  auto run = std::make_unique<antlr4::CommonToken>(
      std::pair<antlr4::TokenSource*, antlr4::CharStream*>(&lexer_, lexer_.getInputStream()), Lexer::WORD,
      antlr4::Token::DEFAULT_CHANNEL, first->getStartIndex(), stop);
  run->setLine(first->getLine());
  run->setCharPositionInLine(first->getCharPositionInLine());
  return run;
}

// Follows the point letters, and retypes the line starts
// that the order of the lines shows to be something else.
void LayoutTokenSource::followNumbering(antlr4::Token& lineStart) {
  switch (lineStart.getType()) {
    case Lexer::ROMAN_START: {
      const std::u32string roman = markerOf(lineStart);
      const int order = roman.size() == 1 ? pointLetterOrder(roman[0]) : -1;
      if (pointLetter_ && order == *pointLetter_ + 1) {
        retype(lineStart, Lexer::POINT_START);
        pointLetter_ = order;
        return;
      }
      break;
    }
    case Lexer::POINT_START: {
      const std::u32string letter = markerOf(lineStart);
      pointLetter_ = letter.size() == 1 ? std::optional<int>(pointLetterOrder(letter[0])) : std::nullopt;
      return;
    }
    case Lexer::CLAUSE_START:
      // A wrapped line that begins with "2. " ("... quy định tại / 2. Điều lệ")
      // is not told apart here: after an unpunctuated heading, a quoted article
      // of an amendment begins its clauses the same way.
      pointLetter_.reset();
      return;
    case Lexer::NL:
    case Lexer::DASH_START:
    case Lexer::LINE_WORDS:
    case Lexer::TITLE_START:
    case Lexer::BASIS_START:
    case Lexer::ANNEX_START: return;  // text inside the unit: the numbering goes on
    default: break;
  }
  pointLetter_.reset();
}

}  // namespace rasoat::syntax
