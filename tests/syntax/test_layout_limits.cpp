#include <catch2/catch.hpp>

#include <string>

#include "support/parse_helpers.h"
#include "syntax/layout_parser.h"

namespace {

struct Limited {
  rasoat::syntax::Document document;
  std::vector<rasoat::Diagnostic> diagnostics;
};

Limited parseWith(const std::string& text, const rasoat::Limits& limits) {
  const auto source = rasoat::text::SourceText::fromBytes("limits.qc", text);
  rasoat::DiagnosticSink sink;
  Limited limited{rasoat::syntax::parseLayout(source, sink, limits), {}};
  limited.diagnostics = sink.all();
  return limited;
}

}  // namespace

TEST_CASE("clauses nested deeper than the limit are cut and reported at their line", "[syntax][limits]") {
  const std::string text =
      "Điều 1. A\n1. Ban Thường vụ quyết định.\n1.1. Thường trực quyết định.\n1.1.1. Thường trực quyết định.\n"
      "1.1.1.1. Thường trực quyết định.\n1.1.1.1.1. Thường trực quyết định.\n";
  rasoat::Limits limits;
  const Limited within = parseWith(text, limits);
  CHECK(within.diagnostics.empty());
  CHECK(rasoat::syntax::countUnits(within.document.root).points == 4);

  limits.maxNestingDepth = 3;
  const Limited cut = parseWith(text, limits);
  REQUIRE(cut.diagnostics.size() == 1);
  CHECK(cut.diagnostics[0].range.begin.line == 5);
  CHECK(cut.diagnostics[0].message.en ==
        "clauses and points nested 4 levels deep, over the limit of 3 (2 such units skipped; raise the limit with "
        "--max-depth)");
  CHECK(rasoat::syntax::countUnits(cut.document.root).points == 2);
}

TEST_CASE("a document with more numbered units than the limit is cut where it passes it", "[syntax][limits]") {
  std::string text = "Điều 1. A\n";
  for (int i = 1; i <= 30; ++i) text += std::to_string(i) + ". Ban Thường vụ quyết định công tác dân vận.\n";
  text += "Điều 2. B\n1. Thường trực quyết định.\n";
  rasoat::Limits limits;
  limits.maxProvisions = 10;  // the article and nine clauses
  const Limited cut = parseWith(text, limits);
  REQUIRE(cut.diagnostics.size() == 1);
  CHECK(cut.diagnostics[0].range.begin.line == 11);  // clause 10 of Điều 1
  CHECK(cut.diagnostics[0].message.en.find("more than 10 numbered units") != std::string::npos);
  const auto counts = rasoat::syntax::countUnits(cut.document.root);
  CHECK(counts.articles == 1);
  CHECK(counts.clauses == 9);
  limits.maxProvisions = 33;
  CHECK(parseWith(text, limits).diagnostics.empty());
}
