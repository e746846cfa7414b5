#pragma once

#include <deque>
#include <memory>
#include <optional>

#include <antlr4-runtime.h>

namespace rasoat::syntax {

// The layout lexer's tokens as the layout parser reads them. Between the two:
//  - Each run of plain words and punctuation in the body is joined into one
//    WORD token ("quyết định những vấn đề sau" is one token instead of six).
//    The layout grammar never tells plain words apart (WORD and PUNCT occur
//    only as inline items, never in a reference), so the parse is the same;
//    the parser and the tree builder handle a third of the tokens. Commas,
//    "và", numbers, kinds of document ... inside such a run, or beginning a
//    line, join it too: only a cross-reference reads them, and there they are
//    not (layout_tokens.cpp, beginsNoReference). The front
//    matter keeps its words one by one: the legal bases are read word by word
//    ("của", "về", "ban hành"). It ends at the first line start it cannot hold
//    (a chapter, article, clause, point or the closing).
//  - What the lexer cannot tell from one line, the order of the lines tells:
//    "c. ", "i. ", "l. ", "v. ", "x. " after the point before them in letter
//    order ("b.", "h.", "k.", "u.", "v.") are points, not Roman chapters;
//    after the legal bases, a line that begins with "Quy chế", "Quyết định"
//    ... is a plain line (a basis wrapped onto it).
class LayoutTokenSource : public antlr4::TokenSource {
 public:
  explicit LayoutTokenSource(antlr4::Lexer& lexer) : lexer_(lexer) {}

  std::unique_ptr<antlr4::Token> nextToken() override;
  std::size_t getLine() const override { return lexer_.getLine(); }
  std::size_t getCharPositionInLine() override { return lexer_.getCharPositionInLine(); }
  antlr4::CharStream* getInputStream() override { return lexer_.getInputStream(); }
  std::string getSourceName() override { return lexer_.getSourceName(); }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override { return lexer_.getTokenFactory(); }

 private:
  std::unique_ptr<antlr4::Token> next();
  const antlr4::Token& peek();  // the token next() gives next, left in place
  bool isPlainText(const antlr4::Token& token);
  std::unique_ptr<antlr4::Token> frontMatterToken(std::unique_ptr<antlr4::Token> token);
  std::unique_ptr<antlr4::Token> joinRun(std::unique_ptr<antlr4::Token> first);
  void followNumbering(antlr4::Token& lineStart);

  antlr4::Lexer& lexer_;
  std::deque<std::unique_ptr<antlr4::Token>> pending_;  // taken from the lexer, not given yet
  bool afterLineStart_ = false;                         // the token given last began a line
  bool inBody_ = false;
  bool basesBegun_ = false;
  std::optional<int> pointLetter_;  // the place in letter order of the point we are in
};

}  // namespace rasoat::syntax
