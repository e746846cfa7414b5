#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "base/input_error.h"
#include "checks/rule_packs.h"

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
