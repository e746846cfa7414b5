#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>

#include "checks/registry.h"
#include "support/parse_helpers.h"

namespace fs = std::filesystem;

namespace {

const fs::path kFixtures = fs::path(RASOAT_SOURCE_DIR) / "tests" / "checks";

// Codes like "O001": an upper-case letter and three digits.
bool isCode(const std::string& code) {
  return code.size() == 4 && std::isupper(static_cast<unsigned char>(code[0])) &&
         std::all_of(code.begin() + 1, code.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

// What each case says is pinned by its goldens, one CTest each
// (check.CODE.CASE, tests/checks/golden.sh); here: that every check has them.
TEST_CASE("every check has its code once, in order, an explanation and two cases with goldens", "[checks][meta]") {
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
    for (const char* name : {"fires", "quiet"}) {
      CHECK(fs::exists(kFixtures / info.code / (std::string(name) + ".qc")));
      CHECK(fs::exists(kFixtures / info.code / (std::string(name) + ".expected.vi.txt")));
      CHECK(fs::exists(kFixtures / info.code / (std::string(name) + ".expected.en.txt")));
    }
  }
}
