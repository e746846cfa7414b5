#include "syntax/lexer_input.h"

#include <algorithm>
#include <vector>

#include "syntax/dfa_edges.h"
#include "text/utf8.h"

namespace rasoat::syntax {

CharClasses::CharClasses(const antlr4::atn::ATN& atn) {
  starts_.push_back(0);
  for (const antlr4::atn::ATNState* state : atn.states) {
    if (state == nullptr) continue;
    for (const antlr4::atn::Transition* transition : state->transitions) {
      // Atoms, ranges and (negated) sets; epsilon and wildcard transitions have
      // an empty label and separate nothing.
      const antlr4::misc::IntervalSet label = transition->label();  // by value: keep it alive for the loop
      for (const antlr4::misc::Interval& interval : label.getIntervals()) {
        starts_.push_back(static_cast<char32_t>(interval.a));
        starts_.push_back(static_cast<char32_t>(interval.b + 1));
      }
    }
  }
  std::sort(starts_.begin(), starts_.end());
  starts_.erase(std::unique(starts_.begin(), starts_.end()), starts_.end());
  table_.reserve(kTableEnd - kAscii);
  for (char32_t c = kAscii; c < kTableEnd; ++c) table_.push_back(static_cast<char32_t>(slowRepresentative(c)));
}

std::size_t CharClasses::slowRepresentative(char32_t c) const {
  return *(std::upper_bound(starts_.begin(), starts_.end(), c) - 1);
}

std::unique_ptr<antlr4::Token> nextTokenWith(antlr4::Lexer& lexer, antlr4::atn::LexerATNSimulator& simulator) {
  antlr4::CharStream& input = *lexer._input;
  // Mark the start so that an unbuffered stream keeps the token's text; released on every way out.
  struct Release {
    antlr4::CharStream& input;
    ssize_t marker;
    ~Release() { input.release(marker); }
  } release{input, input.mark()};
  while (true) {
    if (lexer.hitEOF) {
      lexer.emitEOF();
      return std::move(lexer.token);
    }
    lexer.token.reset();
    lexer.channel = antlr4::Token::DEFAULT_CHANNEL;
    lexer.tokenStartCharIndex = input.index();
    lexer.tokenStartCharPositionInLine = simulator.getCharPositionInLine();
    lexer.tokenStartLine = simulator.getLine();
    lexer.setText("");
    bool skipped = false;
    do {
      lexer.type = antlr4::Token::INVALID_TYPE;
      std::size_t type = 0;
      try {
        type = simulator.match(&input, lexer.mode);
      } catch (antlr4::LexerNoViableAltException& error) {
        lexer.notifyListeners(error);
        lexer.recover(error);
        type = antlr4::Lexer::SKIP;
      }
      if (input.LA(1) == antlr4::Token::EOF) lexer.hitEOF = true;
      if (lexer.type == antlr4::Token::INVALID_TYPE) lexer.type = type;
      if (lexer.type == antlr4::Lexer::SKIP) {
        skipped = true;
        break;
      }
    } while (lexer.type == antlr4::Lexer::MORE);
    if (skipped) continue;
    if (lexer.token == nullptr) lexer.emit();
    return std::move(lexer.token);
  }
}

CodePointStream::CodePointStream(std::u32string_view text, std::string sourceName)
    : text_(text), sourceName_(std::move(sourceName)) {}

CodePointStream::CodePointStream(std::u32string&& text, std::string sourceName)
    : owned_(std::move(text)), text_(owned_), sourceName_(std::move(sourceName)) {}

void CodePointStream::consume() {
  if (position_ >= text_.size()) throw antlr4::IllegalStateException("cannot consume EOF");
  ++position_;
}

std::size_t CodePointStream::LA(ssize_t offset) {
  if (offset == 0) return 0;  // undefined, as in ANTLRInputStream
  const auto at = static_cast<ssize_t>(position_) + (offset > 0 ? offset - 1 : offset);
  if (at < 0 || at >= static_cast<ssize_t>(text_.size())) return antlr4::IntStream::EOF;
  const char32_t c = text_[static_cast<std::size_t>(at)];
  return classes_ != nullptr ? classes_->representative(c) : c;
}

std::string CodePointStream::getText(const antlr4::misc::Interval& interval) {
  if (interval.a < 0 || interval.b < interval.a) return {};
  const auto start = static_cast<std::size_t>(interval.a);
  if (start >= text_.size()) return {};
  const std::size_t stop = std::min(static_cast<std::size_t>(interval.b), text_.size() - 1);
  return text::encodeUtf8(text_.substr(start, stop - start + 1));
}

std::string CodePointStream::toString() const {
  return text::encodeUtf8(text_);
}

namespace {

EdgeTable& threadEdges() {
  thread_local EdgeTable edges;
  return edges;
}

}  // namespace

antlr4::dfa::DFAState* CachingLexerSimulator::getExistingTargetState(antlr4::dfa::DFAState* state, std::size_t symbol) {
  if (symbol == antlr4::Token::EOF) return nullptr;  // as ANTLR: the end is never cached
  return threadEdges().find(state, symbol);
}

void CachingLexerSimulator::addDFAEdge(antlr4::dfa::DFAState* from, std::size_t symbol, antlr4::dfa::DFAState* to) {
  if (symbol == antlr4::Token::EOF) return;
  threadEdges().set(from, symbol, to);
}

void CachingLexerSimulator::accept(antlr4::CharStream* input,
                                   const std::shared_ptr<antlr4::atn::LexerActionExecutor>& executor,
                                   std::size_t startIndex, std::size_t index, std::size_t line, std::size_t charPos) {
  if (!executor || !_recog) return LexerATNSimulator::accept(input, executor, startIndex, index, line, charPos);
  const std::vector<std::shared_ptr<antlr4::atn::LexerAction>> actions = executor->getLexerActions();
  // A custom action (LexerIndexedCustomAction) or a position-dependent one
  // seeks the input first: the runtime's way.
  const bool anywhere =
      std::none_of(actions.begin(), actions.end(), [](const auto& action) { return action->isPositionDependent(); });
  if (!anywhere) return LexerATNSimulator::accept(input, executor, startIndex, index, line, charPos);
  // What the runtime's accept does before the actions: to after the token's last character.
  input->seek(index);
  _line = line;
  _charPositionInLine = charPos;
  for (const auto& action : actions) action->execute(_recog);
}

}  // namespace rasoat::syntax
