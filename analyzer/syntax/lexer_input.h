#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include <antlr4-runtime.h>

namespace rasoat::syntax {

// How our ANTLR lexers read the matching copy at DFA speed.
//
// ANTLR's lexer caches the DFA edge for a character only up to code point 127
// (LexerATNSimulator::MAX_DFA_EDGE); every other character is simulated on the
// ATN again, each time it is read. Nearly every Vietnamese letter is above 127,
// so most characters of a regulation took the slow path. Two pieces fix that
// without touching the grammars:
//  - CharClasses: the code points a lexer's ATN cannot tell apart (no
//    transition of the grammar separates them) form one class, named by its
//    first code point. The stream hands the lexer that representative, so the
//    lexer sees a bounded alphabet: the letters the grammar spells plus one
//    class per run of letters it does not; the text of a token stays the
//    original.
//  - CachingLexerSimulator: caches the DFA edges of every character, in a
//    table of the thread that lexes (no lock per character).
// See docs/performance.md for the measurements.

// The equivalence classes of the code points under one lexer's transitions.
class CharClasses {
 public:
  explicit CharClasses(const antlr4::atn::ATN& atn);
  // The first code point of c's class; c itself below 128.
  std::size_t representative(char32_t c) const {
    if (c < kAscii) return c;
    if (c < kTableEnd) return table_[c - kAscii];
    return slowRepresentative(c);
  }

 private:
  static constexpr char32_t kAscii = 0x80;
  static constexpr char32_t kTableEnd = 0x2200;  // Latin, Vietnamese letters, general punctuation
  std::size_t slowRepresentative(char32_t c) const;

  std::vector<char32_t> starts_;  // sorted first code points of the classes
  std::vector<char32_t> table_;   // representatives of kAscii..kTableEnd
};

// A character stream over code points (a copy of the matching text) that
// gives the lexer class representatives and the token texts as written.
class CodePointStream : public antlr4::CharStream {
 public:
  // Reads `text`, which must outlive the stream (the matching copy of a SourceText).
  explicit CodePointStream(std::u32string_view text, std::string sourceName = "");
  // Reads its own copy.
  explicit CodePointStream(std::u32string&& text, std::string sourceName = "");
  CodePointStream(const CodePointStream&) = delete;  // text_ may point into owned_
  CodePointStream& operator=(const CodePointStream&) = delete;

  // Called by CachingLexer before the first character is read.
  void useClasses(const CharClasses* classes) { classes_ = classes; }

  void consume() override;
  std::size_t LA(ssize_t offset) override;
  ssize_t mark() override { return -1; }
  void release(ssize_t /*marker*/) override {}
  std::size_t index() override { return position_; }
  void seek(std::size_t index) override { position_ = std::min(index, text_.size()); }
  std::size_t size() override { return text_.size(); }
  std::string getSourceName() const override { return sourceName_; }
  std::string getText(const antlr4::misc::Interval& interval) override;
  std::string toString() const override;

 private:
  std::u32string owned_;
  std::u32string_view text_;
  std::string sourceName_;
  const CharClasses* classes_ = nullptr;
  std::size_t position_ = 0;
};

// ANTLR's lexer simulator with the DFA edges of all characters cached, per
// thread. The DFA states themselves stay ANTLR's, shared by all lexers of a
// grammar (they are never cleared: nothing calls clearDFA()).
class CachingLexerSimulator : public antlr4::atn::LexerATNSimulator {
 public:
  using LexerATNSimulator::LexerATNSimulator;

 protected:
  antlr4::dfa::DFAState* getExistingTargetState(antlr4::dfa::DFAState* state, std::size_t symbol) override;
  void addDFAEdge(antlr4::dfa::DFAState* from, std::size_t symbol, antlr4::dfa::DFAState* to) override;
  using LexerATNSimulator::addDFAEdge;
  // The runtime's, with the lexer commands that do not depend on the position
  // (`-> skip`, `-> type(WORD)`) run directly: LexerActionExecutor::execute
  // makes a std::function and a dynamic_cast for each (7 % of `rasoat parse`).
  void accept(antlr4::CharStream* input, const std::shared_ptr<antlr4::atn::LexerActionExecutor>& executor,
              std::size_t startIndex, std::size_t index, std::size_t line, std::size_t charPos) override;
};

// ANTLR 4.9's Lexer::nextToken, with the simulator passed in: the runtime's
// own asks getInterpreter<LexerATNSimulator>() three times per token, each a
// dynamic_cast that compares type names with strcmp (about 4 % of `rasoat
// model`). Same steps, same tokens (tests/syntax/test_lexer_input.cpp).
std::unique_ptr<antlr4::Token> nextTokenWith(antlr4::Lexer& lexer, antlr4::atn::LexerATNSimulator& simulator);

// A generated lexer (grammar/*Lexer.g4) that reads a CodePointStream through
// the caching simulator.
template <typename Generated>
class CachingLexer : public Generated {
 public:
  explicit CachingLexer(CodePointStream& input) : Generated(&input) {
    static const CharClasses classes(this->getATN());
    input.useClasses(&classes);
    auto* generic = this->template getInterpreter<antlr4::atn::LexerATNSimulator>();
    // The generated lexer owns its simulator through a raw pointer and deletes
    // it in its destructor; the replacement is handed over the same way.
    simulator_ =
        new CachingLexerSimulator(this, this->getATN(), generic->_decisionToDFA, generic->getSharedContextCache());
    this->_interpreter = simulator_;
    delete generic;
  }

  std::unique_ptr<antlr4::Token> nextToken() override { return nextTokenWith(*this, *simulator_); }
  // Asked for every token emitted (and by emitEOF); the runtime's go through getInterpreter<>() too.
  std::size_t getLine() const override { return simulator_->getLine(); }
  std::size_t getCharPositionInLine() override { return simulator_->getCharPositionInLine(); }

 private:
  CachingLexerSimulator* simulator_;  // owned by the generated lexer (_interpreter)
};

}  // namespace rasoat::syntax
