#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "model/model_json.h"
#include "support/model_helpers.h"

namespace fs = std::filesystem;
using rasoat::model::appendJson;
using rasoat::model::toJson;
using Json = nlohmann::ordered_json;

namespace {

// What `rasoat model` printed before appendJson: the tree, dumped.
std::string dumped(const Json& json) {
  return json.dump(2, ' ', false, Json::error_handler_t::replace);
}

std::string appended(const rasoat::model::DocumentModel& model, const Json& extra = Json::object()) {
  std::string text;
  appendJson(text, model, 0, extra);
  return text;
}

}  // namespace

TEST_CASE("the model written straight is the dump of its JSON tree, on every corpus file", "[model][json]") {
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(RASOAT_SOURCE_DIR) / "corpus")) {
    if (entry.path().extension() != ".qc") continue;
    std::ifstream file(entry.path());
    std::stringstream text;
    text << file.rdbuf();
    const auto model = rasoat::testing::modelOf(text.str());
    INFO(entry.path());
    CHECK(appended(model) == dumped(toJson(model)));
    // Nested one level, as an element of the array of several documents.
    std::string nested = "[\n  ";
    appendJson(nested, model, 1, Json::object());
    nested += "\n]";
    CHECK(nested == dumped(Json::array({toJson(model)})));
  }
}

TEST_CASE("the model written straight escapes and replaces as nlohmann does", "[model][json]") {
  auto model = rasoat::testing::modelOf("Điều 1. Nhiệm vụ\n1. Ban Thường vụ quyết định công tác cán bộ.\n");
  REQUIRE(!model.provisions.empty());
  // Quotes, backslashes, control characters, DEL, invalid and overlong UTF-8, a surrogate.
  model.path = "a\"b\\c\td\ne\x01\x1f\x7f";
  model.number = "bad \xff\xfe end \xc0\xaf \xed\xa0\x80 \xe1\xba";
  model.provisions.front().power = "quyết \"định\"\r\n";
  model.provisions.front().reading.notUnderstood = {"\x08\x0c", "đúng", ""};
  Json extra = Json::object();
  extra["readingNotes"] = Json::array({Json{{"text", "một\nhai"}, {"line", 3}}});
  Json expected = toJson(model);
  expected["readingNotes"] = extra["readingNotes"];
  CHECK(appended(model, extra) == dumped(expected));
  const rasoat::model::DocumentModel empty;
  CHECK(appended(empty) == dumped(toJson(empty)));
}
