#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "base/input_error.h"
#include "model/lexicon.h"
#include "support/model_helpers.h"

namespace fs = std::filesystem;
using rasoat::InputError;
using rasoat::model::Lexicon;
using rasoat::model::Meaning;

namespace {

// A lexicon directory with one file, for error cases.
std::string lexiconWith(const std::string& name, const std::string& yaml) {
  const fs::path directory = fs::temp_directory_path() / ("rasoat-lexicon-" + name);
  fs::create_directories(directory);
  std::ofstream(directory / "bad.yaml") << yaml;
  return directory.string();
}

std::string errorOf(const std::string& directory) {
  try {
    Lexicon::loadDirectory(directory);
  } catch (const InputError& error) {
    return error.path() + ":" + std::to_string(error.position() ? error.position()->line : 0) + ": " +
           error.message().en;
  }
  return "";
}

}  // namespace

TEST_CASE("the shipped lexicon loads and knows the bodies, verbs and matters", "[model][lexicon]") {
  const Lexicon& lexicon = rasoat::testing::shippedLexicon();
  for (const char* id : {"BCH", "BTV", "TT", "BT", "PBT", "UBKT", "VP"}) CHECK(lexicon.actor(id));
  CHECK(lexicon.actor("BCH")->rank < lexicon.actor("BTV")->rank);
  CHECK(lexicon.actor("BTV")->rank < lexicon.actor("TT")->rank);
  CHECK(lexicon.actor("TT")->rank < lexicon.actor("BT")->rank);
  CHECK(lexicon.actor("BT")->rank < lexicon.actor("PBT")->rank);
  for (const char* id : {"can_bo", "dau_tu.du_an", "ngan_sach", "chuong_trinh_cong_tac", "nghi_quyet", "ky_luat",
                         "quoc_phong", "an_ninh", "dan_toc", "ton_giao", "doi_ngoai", "dan_van", "khan_cap"}) {
    CHECK(lexicon.matter(id));
  }
  CHECK(lexicon.isDescendant("dau_tu.du_an", "dau_tu"));
  const auto* meanings = lexicon.meanings(Lexicon::phraseKey("BAN  THƯỜNG VỤ"));
  REQUIRE(meanings);
  CHECK(meanings->front().id == "BTV");
  const auto* old = lexicon.meanings(Lexicon::phraseKey("Uỷ ban Kiểm tra"));
  REQUIRE(old);
  CHECK(old->front().id == "UBKT");
}

TEST_CASE("malformed YAML is an error naming the file and line", "[model][lexicon]") {
  const std::string directory = lexiconWith("malformed", "verbs:\n  - {phrase: quyết định, modality: DECIDE\n");
  CHECK(errorOf(directory).find("bad.yaml:3: malformed YAML") != std::string::npos);
}

TEST_CASE("an unknown modality is an error at its line", "[model][lexicon]") {
  const std::string directory = lexiconWith(
      "modality", "verbs:\n  - {phrase: quyết định, modality: DECIDE}\n  - {phrase: xét, modality: PONDER}\n");
  CHECK(errorOf(directory).find("bad.yaml:3: unknown modality 'PONDER'") != std::string::npos);
}

TEST_CASE("an alias used for two actors is an error", "[model][lexicon]") {
  const std::string directory =
      lexiconWith("duplicate",
                  "actors:\n  - {id: A, name: Ban A, kind: collective, aliases: [Ban Chung]}\n"
                  "  - {id: B, name: Ban B, kind: collective, aliases: [ban  chung]}\n");
  CHECK(errorOf(directory).find("bad.yaml:3: duplicated alias 'ban  chung': already used for 'A'") !=
        std::string::npos);
}

TEST_CASE("a matter whose parent does not exist is an error", "[model][lexicon]") {
  const std::string directory = lexiconWith("parent", "matters:\n  - {id: x.y, name: X, parent: x, aliases: [xy]}\n");
  CHECK(errorOf(directory).find("bad.yaml:2: parent matter 'x' does not exist") != std::string::npos);
}

TEST_CASE("a matter's names_topics is true or false, else an error at its line", "[model][lexicon]") {
  const std::string directory =
      lexiconWith("topics", "matters:\n  - {id: x, name: X, aliases: [xx]}\n  - {id: y, name: Y, names_topics: có}\n");
  CHECK(errorOf(directory).find("bad.yaml:3: 'names_topics' must be true or false") != std::string::npos);
  const Lexicon& shipped = rasoat::testing::shippedLexicon();
  CHECK(shipped.matter("nghi_quyet")->namesTopics);
  CHECK_FALSE(shipped.matter("chu_truong")->namesTopics);
}

TEST_CASE("an unknown section is an error", "[model][lexicon]") {
  const std::string directory = lexiconWith("section", "verbz: []\n");
  CHECK(errorOf(directory).find("bad.yaml:1: unknown section 'verbz'") != std::string::npos);
}

TEST_CASE("an occasion kind the grammar does not read is an error at its line", "[model][lexicon]") {
  const std::string directory =
      lexiconWith("occasion", "occasions:\n  meeting: [tại kỳ họp]\n  tomorrow: [ngày mai]\n");
  CHECK(errorOf(directory).find("bad.yaml:3: unknown occasion kind 'tomorrow'") != std::string::npos);
  const std::string list = lexiconWith("occasions", "occasions: [tại kỳ họp]\n");
  CHECK(errorOf(list).find("bad.yaml:1: 'occasions' must be a map") != std::string::npos);
}

TEST_CASE("a local alias from a definitions article is used for that document", "[model][lexicon]") {
  auto model = rasoat::testing::modelOf(
      "QUY CHẾ\ncủa Ban Chấp hành Đảng bộ phường X, nhiệm kỳ 2020 - 2025\n\n"
      "Điều 1. Giải thích từ ngữ\n1. Tổ thường trực là Thường trực Đảng ủy.\n"
      "Điều 2. Nhiệm vụ\n1. Tổ thường trực quyết định công tác dân vận.\n");
  REQUIRE(model.provisions.size() == 1);
  CHECK(model.provisions[0].actor.id == "TT");
  CHECK(model.provisions[0].matter == "dan_van");
}
