#include "syntax/word_runs.h"

#include "LayoutLexer.h"

namespace rasoat::syntax {

namespace {

using Lexer = rasoat::grammar::LayoutLexer;

bool isPlain(const antlr4::Token& token) {
  return token.getType() == Lexer::WORD || token.getType() == Lexer::PUNCT;
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

}  // namespace

std::unique_ptr<antlr4::Token> WordRunSource::next() {
  return pending_ ? std::move(pending_) : lexer_.nextToken();
}

std::unique_ptr<antlr4::Token> WordRunSource::nextToken() {
  std::unique_ptr<antlr4::Token> first = next();
  inBody_ = inBody_ || endsFrontMatter(first->getType());
  if (!inBody_ || !isPlain(*first)) return first;
  std::unique_ptr<antlr4::Token> following = next();
  if (!isPlain(*following)) {
    pending_ = std::move(following);
    return first;
  }
  std::size_t stop = following->getStopIndex();
  while (isPlain(*(following = next()))) stop = following->getStopIndex();
  pending_ = std::move(following);
  auto run = std::make_unique<antlr4::CommonToken>(
      std::pair<antlr4::TokenSource*, antlr4::CharStream*>(&lexer_, lexer_.getInputStream()), Lexer::WORD,
      antlr4::Token::DEFAULT_CHANNEL, first->getStartIndex(), stop);
  run->setLine(first->getLine());
  run->setCharPositionInLine(first->getCharPositionInLine());
  return run;
}

}  // namespace rasoat::syntax
