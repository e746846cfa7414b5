// Errors and warnings only from sure readings (docs/check.md, "What a finding rests on").
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/cli_helpers.h"
#include "support/model_helpers.h"

using namespace rasoat::testing;

namespace {

const char* kHeader = "QUY CHẾ LÀM VIỆC\ncủa Ban Chấp hành Đảng bộ phường An Hòa, nhiệm kỳ 2020 - 2025\n\n";

// The codes of `rasoat check` on a text, with their messages.
std::vector<std::pair<std::string, std::string>> findingsOf(const std::string& text, const std::string& select) {
  const auto directory = freshTestDirectory("sure-readings");
  writeFile(directory / "quy-che.qc", text);
  const CliRun run =
      runRasoat("check --format json --select " + select + " " + shellQuote((directory / "quy-che.qc").string()));
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

TEST_CASE("a partly read clause that used to give an overlap error gives only a review info", "[checks][sure]") {
  const std::string text = std::string(kHeader) +
                           "Điều 4. Trách nhiệm, quyền hạn\n"
                           "1. Ban Thường vụ quyết định công tác dân vận.\n"
                           "2. Thường trực không quyết định công tác dân vận.\n";
  const auto findings = findingsOf(text, "O001,S007");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].first == "S007");
  CHECK(findings[0].second == "Điều 4 khoản 2: cần xem lại: không rõ 'không quyết định'");
  // The same clause read surely still overlaps.
  const std::string sure = std::string(kHeader) +
                           "Điều 4. Trách nhiệm, quyền hạn\n"
                           "1. Ban Thường vụ quyết định công tác dân vận.\n"
                           "2. Thường trực quyết định công tác dân vận.\n";
  const auto overlap = findingsOf(sure, "O001,S007");
  REQUIRE_FALSE(overlap.empty());
  CHECK(overlap[0].first == "O001");
}
