#pragma once

#include <optional>
#include <vector>

#include <antlr4-runtime.h>

#include "base/diagnostic_sink.h"
#include "text/source_text.h"

namespace rasoat::syntax {

// Replaces ANTLR's console messages: every syntax error becomes an S001
// diagnostic at the offending token, saying in words what was found and what
// was expected, and the parser recovers and goes on.
class SyntaxErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  SyntaxErrorStrategy(const text::SourceText& source, DiagnosticSink& sink) : source_(source), sink_(sink) {}

  // The runtime's sync, which the generated parser calls before every
  // element of a loop, with the tokens that may follow each ATN state kept
  // here: ATN::nextTokens hands out a new copy of the set every time (5 % of
  // `rasoat parse`). When the next token is not in the set, the runtime's.
  void sync(antlr4::Parser* parser) override;

 protected:
  void reportNoViableAlternative(antlr4::Parser* parser, const antlr4::NoViableAltException& e) override;
  void reportInputMismatch(antlr4::Parser* parser, const antlr4::InputMismatchException& e) override;
  void reportFailedPredicate(antlr4::Parser* parser, const antlr4::FailedPredicateException& e) override;
  void reportUnwantedToken(antlr4::Parser* parser) override;
  void reportMissingToken(antlr4::Parser* parser) override;

 private:
  void report(antlr4::Token* offending, const antlr4::misc::IntervalSet& expected);
  const antlr4::misc::IntervalSet& nextTokens(antlr4::Parser* parser, std::size_t state);

  std::vector<std::optional<antlr4::misc::IntervalSet>> nextTokens_;  // by ATN state number

  const text::SourceText& source_;
  DiagnosticSink& sink_;
};

// The lexer accepts every character, so this only guards against surprises.
class LexerErrorListener : public antlr4::BaseErrorListener {
 public:
  LexerErrorListener(const text::SourceText& source, DiagnosticSink& sink) : source_(source), sink_(sink) {}
  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t line, size_t column,
                   const std::string& message, std::exception_ptr e) override;

 private:
  const text::SourceText& source_;
  DiagnosticSink& sink_;
};

// A syntax error found while building the tree (a numbered clause outside any
// article, for instance).
Diagnostic syntaxError(const std::string& path, Range range, LocalizedText message);

}  // namespace rasoat::syntax
