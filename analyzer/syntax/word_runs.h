#pragma once

#include <memory>

#include <antlr4-runtime.h>

namespace rasoat::syntax {

// The layout lexer's tokens with each run of plain words and punctuation in
// the body joined into one WORD token ("quyết định những vấn đề sau" is one
// token instead of six). The layout grammar never tells plain words apart
// (WORD and PUNCT occur only as inline items, never in a reference), so the
// parse is the same; the parser and the tree builder handle a third of the
// tokens. The front matter keeps its words one by one: the legal bases are
// read word by word ("của", "về", "ban hành"). It ends at the first line-start
// token it cannot contain (a chapter, article, clause, point or the closing).
class WordRunSource : public antlr4::TokenSource {
 public:
  explicit WordRunSource(antlr4::Lexer& lexer) : lexer_(lexer) {}

  std::unique_ptr<antlr4::Token> nextToken() override;
  std::size_t getLine() const override { return lexer_.getLine(); }
  std::size_t getCharPositionInLine() override { return lexer_.getCharPositionInLine(); }
  antlr4::CharStream* getInputStream() override { return lexer_.getInputStream(); }
  std::string getSourceName() override { return lexer_.getSourceName(); }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override { return lexer_.getTokenFactory(); }

 private:
  std::unique_ptr<antlr4::Token> next();

  antlr4::Lexer& lexer_;
  std::unique_ptr<antlr4::Token> pending_;
  bool inBody_ = false;
};

}  // namespace rasoat::syntax
