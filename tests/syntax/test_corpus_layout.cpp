#include <catch2/catch.hpp>

#include <filesystem>

#include "support/parse_helpers.h"
#include "syntax/layout_parser.h"
#include "text/matching.h"

namespace fs = std::filesystem;

TEST_CASE("every corpus regulation parses without syntax errors", "[syntax][corpus]") {
  int documents = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(RASOAT_SOURCE_DIR) / "corpus")) {
    if (entry.path().extension() != ".qc") continue;
    ++documents;
    INFO(entry.path().string());
    auto source = rasoat::text::SourceText::load(entry.path().string());
    rasoat::DiagnosticSink sink;
    auto document = rasoat::syntax::parseLayout(source, sink);
    CHECK(sink.empty());
    const auto counts = rasoat::syntax::countUnits(document.root);
    // An amending document is short: its articles are the instructions and its entry into force.
    const bool amending =
        entry.path().string().find("/corpus/amendments/") != std::string::npos &&
        rasoat::text::matchKey(document.title ? document.title->text : "").find("sửa đổi") != std::string::npos;
    CHECK(counts.articles >= (amending ? 2 : 10));
    CHECK(counts.clauses >= counts.articles);
    CHECK(document.title.has_value());
    CHECK(document.header.number.has_value());
  }
  CHECK(documents >= 5);
}
