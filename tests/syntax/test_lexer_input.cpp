#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "ClauseLexer.h"
#include "LayoutLexer.h"
#include "syntax/layout_tokens.h"
#include "syntax/lexer_input.h"
#include "text/source_text.h"
#include "text/utf8.h"

namespace fs = std::filesystem;
using rasoat::syntax::CachingLexer;
using rasoat::syntax::CodePointStream;

namespace {

// Each token as type, start, stop and text, one a line.
std::string describe(antlr4::Lexer& lexer) {
  std::ostringstream out;
  for (const auto& token : lexer.getAllTokens()) {
    out << token->getType() << ' ' << token->getStartIndex() << ' ' << token->getStopIndex() << ' ' << token->getText()
        << '\n';
  }
  return out.str();
}

// The tokens of ANTLR's own input stream and lexer, and of ours, on one text.
template <typename Lexer>
void checkSameTokens(const std::u32string& text) {
  antlr4::ANTLRInputStream plainInput(rasoat::text::encodeUtf8(text));
  Lexer plain(&plainInput);
  plain.removeErrorListeners();
  CodePointStream fastInput(text);
  CachingLexer<Lexer> fast(fastInput);
  fast.removeErrorListeners();
  const std::string expected = describe(plain);
  // Twice: the second run reads the edges cached by the first.
  CHECK(describe(fast) == expected);
  CodePointStream again(text);
  CachingLexer<Lexer> second(again);
  second.removeErrorListeners();
  CHECK(describe(second) == expected);
}

std::vector<std::u32string> corpusTexts() {
  std::vector<std::u32string> texts;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(RASOAT_SOURCE_DIR) / "corpus")) {
    if (entry.path().extension() != ".qc") continue;
    texts.push_back(rasoat::text::SourceText::load(entry.path().string()).matching());
  }
  return texts;
}

// Words of the corpus shuffled, with letters the grammars never spell (Greek,
// CJK, emoji, combining marks, private use) mixed in.
std::u32string scrambled(const std::vector<std::u32string>& texts, unsigned seed) {
  std::mt19937 random(seed);
  const std::u32string strangers = U"ωΩж中文😀\u0301\uE000\u2028ǅﬁ\U0010FFFD";
  std::u32string out;
  for (int i = 0; i < 4000; ++i) {
    const std::u32string& text = texts[random() % texts.size()];
    const std::size_t at = random() % text.size();
    out += text.substr(at, 1 + random() % 12);
    if (random() % 5 == 0) out += strangers[random() % strangers.size()];
  }
  return out;
}

}  // namespace

TEST_CASE("the caching lexer makes the same layout tokens as ANTLR's own", "[syntax][lexer]") {
  const auto texts = corpusTexts();
  REQUIRE(texts.size() >= 5);
  for (const auto& text : texts) checkSameTokens<rasoat::grammar::LayoutLexer>(text);
  for (unsigned seed = 1; seed <= 5; ++seed) checkSameTokens<rasoat::grammar::LayoutLexer>(scrambled(texts, seed));
}

TEST_CASE("the caching lexer makes the same clause tokens as ANTLR's own", "[syntax][lexer]") {
  const auto texts = corpusTexts();
  for (const auto& text : texts) checkSameTokens<rasoat::grammar::ClauseLexer>(text);
  for (unsigned seed = 11; seed <= 15; ++seed) checkSameTokens<rasoat::grammar::ClauseLexer>(scrambled(texts, seed));
}

TEST_CASE("letters the layout grammar spells stay apart in the character classes", "[syntax][lexer]") {
  antlr4::ANTLRInputStream input("");
  rasoat::grammar::LayoutLexer lexer(&input);
  const rasoat::syntax::CharClasses classes(lexer.getATN());
  // "điều" and "chương" spell đ, ề, ư, ơ; a letter no literal spells shares
  // a class with its neighbours but never with a spelled one.
  for (char32_t spelled : std::u32string(U"đềươầụ")) CHECK(classes.representative(spelled) == spelled);
  CHECK(classes.representative(U'中') == classes.representative(U'文'));
  CHECK(classes.representative(U'a') == U'a');
}

TEST_CASE("word runs are joined in the body and kept apart in the front matter", "[syntax][lexer]") {
  using Lexer = rasoat::grammar::LayoutLexer;
  const std::u32string text =
      U"\n- căn cứ quy định của ban bí thư;\nđiều 1. phạm vi, đối tượng 2 và a khoản 2, 3 điều 3 và 4 này.";
  CodePointStream input(text);
  CachingLexer<Lexer> lexer(input);
  rasoat::syntax::LayoutTokenSource runs(lexer);
  std::vector<std::string> words;
  std::vector<std::size_t> referenceParts;  // the commas, "và" and numbers left apart
  for (auto token = runs.nextToken(); token->getType() != antlr4::Token::EOF; token = runs.nextToken()) {
    if (token->getType() == Lexer::WORD) words.push_back(token->getText());
    if (token->getType() == Lexer::COMMA || token->getType() == Lexer::AND || token->getType() == Lexer::NUMBER)
      referenceParts.push_back(token->getType());
  }
  // "của" and "ban" stay single words before the first article; after it a
  // run of words, punctuation, commas, "và", numbers and point letters is one
  // token, cut by a reference; the commas, "và" and numbers after a reference
  // are its own ("khoản 2, 3", "điều 3 và 4").
  const std::vector<std::string> expected = {"của", "ban", "bí", "thư", "phạm vi, đối tượng 2 và a", "này."};
  CHECK(words == expected);
  const std::vector<std::size_t> expectedParts = {Lexer::COMMA, Lexer::NUMBER, Lexer::AND, Lexer::NUMBER};
  CHECK(referenceParts == expectedParts);
}

TEST_CASE("a document's kind joins a run of words unless a document number follows it", "[syntax][lexer]") {
  using Lexer = rasoat::grammar::LayoutLexer;
  const std::u32string text =
      U"\nđiều 1. quyết định các vấn đề, quy chế này theo quyết định số 24-qđ/tw và điều lệ đảng.";
  CodePointStream input(text);
  CachingLexer<Lexer> lexer(input);
  rasoat::syntax::LayoutTokenSource runs(lexer);
  std::vector<std::string> texts;
  for (auto token = runs.nextToken(); token->getType() != antlr4::Token::EOF; token = runs.nextToken()) {
    if (token->getType() != Lexer::ARTICLE_START) texts.push_back(token->getText());
  }
  // The run begins at the line's first words ("quyết định", a kind of
  // document) and ends before "quyết định số 24-QĐ/TW", a reference; after a
  // reference, "và" and "Điều lệ Đảng" may go on with it and stay apart.
  const std::vector<std::string> expected = {
      "quyết định các vấn đề, quy chế này theo", "quyết định", "số 24-qđ/tw", "và", "điều lệ đảng", "."};
  CHECK(texts == expected);
}
