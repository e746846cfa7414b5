#include <catch2/catch.hpp>

#include "support/parse_helpers.h"

using rasoat::testing::parseString;

TEST_CASE("a numbered clause before any article is a syntax error at its marker", "[syntax][errors]") {
  auto parsed = parseString("QUY CHẾ\n\n1. Quyết định.\nĐiều 1. A\n");
  REQUIRE(parsed.diagnostics.all().size() == 1);
  const auto& error = parsed.diagnostics.all()[0];
  CHECK(error.code == "S001");
  CHECK(error.range.begin == rasoat::Position{3, 1});
  CHECK(error.message.en ==
        "'1.' numbers a clause or point outside any article; expected an article heading ('Điều N.') before it");
  // The clause is kept, not dropped.
  CHECK(parsed.document.root.children.size() == 2);
}

TEST_CASE("an article after the closing block is a syntax error, and parsing goes on", "[syntax][errors]") {
  auto parsed = parseString("a) Điểm lạc.\nĐiều 1. A\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nĐiều 2. B\n1. C.\n");
  const auto errors = parsed.diagnostics.sorted();
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].range.begin.line == 1);
  CHECK(errors[1].code == "S001");
  CHECK(errors[1].range.begin == rasoat::Position{5, 1});
  CHECK(errors[1].message.en == "an article heading ('Điều N.') is not allowed here; expected end of file");
}

// Issue 11, a tester's files: a flat XML file, a letter named .docx and a Word
// file whose numbering was lost all passed with no finding and exit status 0.
TEST_CASE("a file with no article at all is a syntax error at its end", "[syntax][errors]") {
  auto parsed = parseString("<?xml version=\"1.0\"?>\n<office:document>\nhello\n</office:document>\n");
  REQUIRE(parsed.diagnostics.all().size() == 1);
  const auto& error = parsed.diagnostics.all()[0];
  CHECK(error.code == "S001");
  CHECK(error.message.en.rfind("no article found", 0) == 0);
  CHECK(parseString("QUY CHẾ\n\nĐiều 1. A\n1. B.\n").diagnostics.all().empty());
  // Stray clauses say it already, once each.
  CHECK(parseString("QUY CHẾ\n\n1. Quyết định.\n").diagnostics.all().size() == 1);
}
