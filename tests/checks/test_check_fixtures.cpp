#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

#include "checks/registry.h"
#include "checks/rule_packs.h"
#include "checks/runner.h"
#include "support/model_helpers.h"
#include "support/parse_helpers.h"

namespace fs = std::filesystem;
using rasoat::checks::CheckedDocument;

namespace {

const fs::path kFixtures = fs::path(RASOAT_SOURCE_DIR) / "tests" / "checks";

// A fixture with "// expect: CODE" at the end of the lines that must get a
// finding; the markers are blanked out (same line and column numbers) before parsing.
struct Fixture {
  std::string text;
  std::map<int, std::set<std::string>> expected;  // line -> codes
};

// Codes like "O001": an upper-case letter and three digits.
bool isCode(const std::string& code) {
  return code.size() == 4 && std::isupper(static_cast<unsigned char>(code[0])) &&
         std::all_of(code.begin() + 1, code.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

std::string withoutSpaces(std::string text) {
  text.erase(std::remove_if(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }), text.end());
  return text;
}

// (std::regex is avoided: g++ 12 warns inside <regex> under the sanitizers.)
Fixture readFixture(const fs::path& path) {
  Fixture fixture;
  std::istringstream in(rasoat::testing::readFile(path.string()));
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const auto marker = line.find("// expect:");
    if (marker != std::string::npos) {
      std::stringstream codes(line.substr(marker + std::string("// expect:").size()));
      for (std::string code; std::getline(codes, code, ',');) fixture.expected[number].insert(withoutSpaces(code));
      line = line.substr(0, marker);
    }
    fixture.text += line + "\n";
  }
  return fixture;
}

// Runs one check over a fixture (with its parent.qc as the higher level and its
// previous.qc as the version it replaces, when they exist); returns
// the lines it reported, by code.
std::map<int, std::set<std::string>> findings(const std::string& code, const Fixture& fixture, const fs::path& directory) {
  using rasoat::driver::Depth;
  using rasoat::driver::Role;
  const auto workspace = rasoat::testing::testWorkspace();
  CheckedDocument& checked = *workspace->openText("fixture.qc", fixture.text, Depth::model, Role::checked);
  const fs::path parent = directory / "parent.qc";
  if (fs::exists(parent)) workspace->open(parent.string(), Depth::model, Role::context);
  const fs::path previous = directory / "previous.qc";
  if (fs::exists(previous)) checked.previous = workspace->open(previous.string(), Depth::model, Role::context);
  workspace->linkParents();
  rasoat::DiagnosticSink& sink = workspace->sink();
  const auto& documents = workspace->documents();
  const auto packs = rasoat::checks::loadRulePacks(std::string(RASOAT_SOURCE_DIR) + "/rules/packs");
  rasoat::solver::Session solver(rasoat::testing::shippedLexicon());
  rasoat::checks::CheckContext context{documents, rasoat::testing::shippedLexicon(), packs, solver, sink};
  rasoat::checks::runChecks(context, rasoat::checks::Selection({code}, {}));
  std::map<int, std::set<std::string>> lines;
  for (const auto& diagnostic : sink.all()) {
    if (diagnostic.code == code && diagnostic.path == "fixture.qc") lines[diagnostic.range.begin.line].insert(code);
  }
  return lines;
}

}  // namespace

TEST_CASE("every check fires where its fixture says and stays quiet on the other", "[checks][fixtures]") {
  for (const auto& check : rasoat::checks::allChecks()) {
    const std::string code = check->info().code;
    const fs::path directory = kFixtures / code;
    INFO(code);
    REQUIRE(fs::exists(directory / "fires.qc"));
    REQUIRE(fs::exists(directory / "quiet.qc"));
    const Fixture fires = readFixture(directory / "fires.qc");
    CHECK_FALSE(fires.expected.empty());
    CHECK(findings(code, fires, directory) == fires.expected);
    const Fixture quiet = readFixture(directory / "quiet.qc");
    CHECK(quiet.expected.empty());
    CHECK(findings(code, quiet, directory).empty());
  }
}

TEST_CASE("every check has its code once, in order, an explanation and two fixtures", "[checks][meta]") {
  std::string previous;
  for (const auto& check : rasoat::checks::allChecks()) {
    const auto& info = check->info();
    INFO(info.code);
    CHECK(isCode(info.code));
    CHECK(info.code > previous);  // sorted, hence unique
    previous = info.code;
    CHECK_FALSE(info.name.empty());
    CHECK_FALSE(info.summary.vi.empty());
    CHECK_FALSE(info.summary.en.empty());
    CHECK(rasoat::checks::findCheck(info.code) == check.get());
    const std::string explanation = rasoat::testing::readFile(rasoat::checks::explanationPath(info.code));
    REQUIRE_FALSE(explanation.empty());
    CHECK(explanation.rfind("# " + info.code, 0) == 0);
    for (const char* heading : {"## What it finds", "## Why it matters", "## Example", "## How to fix"}) {
      CHECK(explanation.find(heading) != std::string::npos);
    }
    CHECK(fs::exists(kFixtures / info.code / "fires.qc"));
    CHECK(fs::exists(kFixtures / info.code / "quiet.qc"));
  }
}
