// A solver query over its budget answers `unknown`, and a finding that rests
// on it says so instead of showing a case it never found.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "checks/registry.h"
#include "checks/rule_packs.h"
#include "checks/runner.h"
#include "support/model_helpers.h"
#include "support/parse_helpers.h"

namespace {

const std::string kOverlap =
    "QUY CHẾ LÀM VIỆC\ncủa Ban Chấp hành Đảng bộ phường An Hòa, nhiệm kỳ 2020 - 2025\n\n"
    "Điều 4. Trách nhiệm, quyền hạn của Ban Thường vụ\n"
    "1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư từ 30 tỷ đồng trở lên.\n"
    "Điều 5. Trách nhiệm, quyền hạn của Thường trực Đảng ủy\n"
    "1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư không quá 40 tỷ đồng.\n";

std::vector<rasoat::Diagnostic> overlapFindings(rasoat::solver::Budget budget) {
  using namespace rasoat;
  const auto workspace = testing::testWorkspace();
  workspace->openText("budget.qc", kOverlap, driver::Depth::model, driver::Role::checked);
  DiagnosticSink& sink = workspace->sink();
  const auto& documents = workspace->documents();
  const auto packs = checks::loadRulePacks(std::string(RASOAT_SOURCE_DIR) + "/rules/packs");
  solver::Session solver(testing::shippedLexicon(), budget);
  checks::CheckContext context{documents, testing::shippedLexicon(), packs, solver, sink};
  checks::runChecks(context, checks::Selection({"O001"}, {}));
  return sink.all();
}

}  // namespace

TEST_CASE("a query over the solver's budget is reported as unknown, not as a case", "[checks][solver]") {
  const auto answered = overlapFindings(rasoat::solver::Budget{});
  REQUIRE(answered.size() == 1);
  REQUIRE(answered[0].witness);
  CHECK(answered[0].witness->en.find("tổng mức đầu tư is exactly ") != std::string::npos);

  // A resource limit of one step: Z3 gives up on every query.
  const auto starved = overlapFindings(rasoat::solver::Budget{1, 1});
  REQUIRE(starved.size() == 1);
  CHECK(starved[0].code == "O001");
  REQUIRE(starved[0].witness);
  CHECK(starved[0].witness->en == "the solver gave no answer within its budget");
  CHECK(starved[0].witness->vi == "bộ giải không kết luận được trong giới hạn thời gian");
}
