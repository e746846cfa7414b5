#include <catch2/catch.hpp>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "support/parse_helpers.h"
#include "syntax/layout_parser.h"

namespace fs = std::filesystem;
using rasoat::syntax::UnitKind;

// Regulations in other layouts (CRLF, NFD, old parts and colons, no header,
// a model with an annex line), each with counts made by hand in
// <name>.expected.json.
TEST_CASE("layout fixtures parse to their hand-counted structure", "[syntax][fixtures]") {
  const fs::path directory = fs::path(RASOAT_SOURCE_DIR) / "tests" / "fixtures" / "layout";
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(directory)) {
    if (entry.path().extension() != ".qc") continue;
    ++checked;
    INFO(entry.path().filename().string());
    fs::path expectedPath = entry.path();
    expectedPath.replace_extension(".expected.json");
    const auto expected = nlohmann::json::parse(rasoat::testing::readFile(expectedPath.string()));
    auto source = rasoat::text::SourceText::load(entry.path().string());
    rasoat::DiagnosticSink sink;
    auto document = rasoat::syntax::parseLayout(source, sink);
    CHECK(sink.empty());
    int articles = 0, clauses = 0, points = 0, chapters = 0, firstArticleLine = 0;
    for (const auto* unit : rasoat::testing::flatten(document.root)) {
      if (unit->kind == UnitKind::article && ++articles == 1) firstArticleLine = unit->position.line;
      if (unit->kind == UnitKind::clause && unit->number) ++clauses;
      if (unit->kind == UnitKind::point && unit->number) ++points;
      if (unit->kind == UnitKind::chapter) ++chapters;
    }
    CHECK(articles == expected["articles"].get<int>());
    CHECK(clauses == expected["clauses"].get<int>());
    CHECK(points == expected["points"].get<int>());
    CHECK(chapters == expected["chapters"].get<int>());
    CHECK(static_cast<int>(document.bases.size()) == expected["bases"].get<int>());
    CHECK(firstArticleLine == expected["first_article_line"].get<int>());
    if (expected["number"].is_null()) {
      CHECK_FALSE(document.header.number.has_value());
    } else {
      REQUIRE(document.header.number.has_value());
      CHECK(document.header.number->text == expected["number"].get<std::string>());
    }
  }
  CHECK(checked >= 5);
}
