#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "base/input_error.h"
#include "checks/rule_packs.h"
#include "support/cli_helpers.h"

namespace fs = std::filesystem;

namespace {

// A directory holding one pack with the given text.
std::string packDirectory(const std::string& name, const std::string& text) {
  const fs::path directory = fs::temp_directory_path() / name;
  fs::remove_all(directory);
  fs::create_directories(directory);
  std::ofstream(directory / "pack.yaml") << text;
  return directory.string();
}

}  // namespace

TEST_CASE("the shipped rule packs hold replacements, required matters and meeting rules", "[checks][packs]") {
  const auto packs = rasoat::checks::loadRulePacks(std::string(RASOAT_SOURCE_DIR) + "/rules/packs");
  CHECK_FALSE(packs.replacements.empty());
  REQUIRE_FALSE(packs.requiredMatters.empty());
  REQUIRE_FALSE(packs.requiredMeetingRules.empty());
  for (const auto& required : packs.requiredMatters) CHECK_FALSE(required.citation.empty());
  for (const auto& required : packs.requiredMeetingRules) CHECK_FALSE(required.rules.empty());
}

TEST_CASE("a rule pack entry without its fields is an error naming the file and line", "[checks][packs]") {
  const std::string directory =
      packDirectory("rasoat-test-pack", "required_meeting_rules:\n  - actor: BTV\n    citation: x\n");
  try {
    rasoat::checks::loadRulePacks(directory);
    FAIL("a pack without 'rules' was accepted");
  } catch (const rasoat::InputError& error) {
    CHECK(error.path().find("pack.yaml") != std::string::npos);
    REQUIRE(error.position().has_value());
    CHECK(error.position()->line == 2);
  }
}

TEST_CASE("an unknown rule pack section is refused", "[checks][packs]") {
  const std::string directory = packDirectory("rasoat-test-pack-section", "required_things:\n  - matter: x\n");
  CHECK_THROWS_AS(rasoat::checks::loadRulePacks(directory), rasoat::InputError);
}

TEST_CASE("a required matter may bind some levels only, named in the pack", "[checks][packs]") {
  const auto packs = rasoat::checks::loadRulePacks(
      packDirectory("rasoat-test-pack-levels",
                    "required_matters:\n  - matter: can_bo.bo_nhiem\n    citation: x\n"
                    "    levels: [district, commune]\n  - matter: ky_luat\n    citation: y\n"));
  REQUIRE(packs.requiredMatters.size() == 2);
  CHECK(packs.requiredMatters[0].levels ==
        std::vector<rasoat::model::Level>{rasoat::model::Level::district, rasoat::model::Level::commune});
  CHECK(packs.requiredMatters[1].levels.empty());
  const std::string wrong = packDirectory("rasoat-test-pack-bad-level",
                                          "required_matters:\n  - matter: x\n    citation: y\n    levels: [ward]\n");
  CHECK_THROWS_AS(rasoat::checks::loadRulePacks(wrong), rasoat::InputError);
}

// Held-out set, 2026-12-05: a school's party cell was asked who appoints cadres.
TEST_CASE("a party cell's regulation is not asked who appoints cadres; a commune's is", "[checks][packs][G001]") {
  const fs::path directory = rasoat::testing::freshTestDirectory("g001-levels");
  const std::string body =
      "Điều 1. Nhiệm vụ\n1. Quyết định chương trình công tác năm.\n2. Quyết định kỷ luật đảng viên.\n"
      "3. Quyết định dự toán ngân sách.\n";
  rasoat::testing::writeFile(directory / "chi-bo.qc",
                             "QUY CHẾ LÀM VIỆC\ncủa Chi bộ Trường Tiểu học Hòa Bình\n\n" + body);
  rasoat::testing::writeFile(directory / "xa.qc", "QUY CHẾ LÀM VIỆC\ncủa Ban Chấp hành Đảng bộ xã Hòa Bình\n\n" + body);
  const auto appointments = [&](const char* file) {
    const auto run =
        rasoat::testing::runRasoat("check --select G001 " + rasoat::testing::shellQuote((directory / file).string()));
    return run.out.find("bổ nhiệm") != std::string::npos;
  };
  CHECK_FALSE(appointments("chi-bo.qc"));
  CHECK(appointments("xa.qc"));
}
