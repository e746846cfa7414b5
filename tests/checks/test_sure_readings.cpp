// Errors and warnings only from sure readings (docs/check.md, "What a finding rests on").
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/cli_helpers.h"
#include "support/model_helpers.h"

using namespace rasoat::testing;

namespace {

const char* kHeader = "QUY CHẾ LÀM VIỆC\ncủa Ban Chấp hành Đảng bộ phường An Hòa, nhiệm kỳ 2020 - 2025\n\n";

// (The overlap that a misread negation used to give is pinned by the fixtures:
// tests/checks/O001/quiet.qc Điều 5 khoản 4, tests/checks/S007/fires.qc.)
// The codes of `rasoat check` on a text, with their messages.
std::vector<std::pair<std::string, std::string>> findingsOf(const std::string& text, const std::string& select) {
  const auto directory = freshTestDirectory("sure-readings");
  writeFile(directory / "quy-che.qc", text);
  const CliRun run =
      runRasoat("check --format json --select " + select + " " + shellQuote((directory / "quy-che.qc").string()));
  INFO(run.out);
  INFO(run.err);
  REQUIRE(run.status <= 1);
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& finding : nlohmann::json::parse(run.out)["findings"])
    out.emplace_back(finding["code"].get<std::string>(), finding["message"].get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("a negation the interpreter did not read makes the reading unsure and says what", "[checks][sure]") {
  const auto model = clauseModel("Thường trực không quyết định công tác dân vận.");
  REQUIRE(model.provisions.size() == 1);
  CHECK_FALSE(model.provisions[0].reading.sure);
  CHECK(model.provisions[0].reading.notUnderstood == std::vector<std::string>{"không quyết định"});
  const auto plain = clauseModel("Thường trực quyết định công tác dân vận.");
  REQUIRE(plain.provisions.size() == 1);
  CHECK(plain.provisions[0].reading.sure);
  CHECK(plain.provisions[0].reading.notUnderstood.empty());
}

TEST_CASE("a statement that opens with its negation is read, hence sure", "[checks][sure]") {
  const auto model =
      clauseModel("Không giao cho Thường trực quyết định công tác dân vận.", "Trách nhiệm của Ban Thường vụ");
  for (const auto& provision : model.provisions) CHECK(provision.reading.notUnderstood.empty());
}
