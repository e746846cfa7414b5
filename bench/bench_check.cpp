// Benchmarks of the check pipeline on generated regulation sets. Prints its
// figures; never asserts a time. Usage: rasoat_bench [PROVISIONS...]
//   default sizes: 1000 10000 100000 provisions, then 200 documents against a parent.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "checks/decision_scope.h"
#include "checks/registry.h"
#include "checks/runner.h"
#include "driver/workspace.h"

namespace {

using Clock = std::chrono::steady_clock;
using rasoat::checks::CheckedDocument;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

long peakMegabytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

// A regulation of `clauses` clauses: articles alternate between the standing
// committee and the standing members, each deciding one band of project sizes
// or budget amounts, so the bands meet without overlapping.
std::string generateRegulation(int clauses, const std::string& number, const std::string& parent) {
  std::string text =
      fmt::format("Số {}\n\nQUY CHẾ LÀM VIỆC\ncủa Ban Chấp hành Đảng bộ phường Mẫu, nhiệm kỳ 2020 - 2025\n\n", number);
  if (!parent.empty()) text += fmt::format("- Căn cứ Quy chế số {},\n\n", parent);
  const char* bodies[] = {"Ban Thường vụ", "Thường trực Đảng ủy"};
  const char* matters[] = {"chủ trương đầu tư các dự án có tổng mức đầu tư", "các khoản chi ngân sách có giá trị"};
  int article = 0;
  for (int clause = 0; clause < clauses; ++clause) {
    if (clause % 10 == 0) {
      ++article;
      text += fmt::format("Điều {}. Trách nhiệm, quyền hạn của {}\n", article, bodies[article % 2]);
    }
    const int band = clause * 2 + (article % 2);
    text += fmt::format("{}. Quyết định {} từ {} tỷ đồng đến dưới {} tỷ đồng.\n", clause % 10 + 1, matters[clause % 2],
                        band * 10, band * 10 + 10);
  }
  return text;
}

// The benchmark measures documents far over the default limits on purpose.
rasoat::Limits unlimited() {
  rasoat::Limits limits;
  limits.maxFileBytes = std::size_t{1} << 34;
  limits.maxProvisions = std::size_t{1} << 30;
  return limits;
}

// A workspace without limits, reading with the shipped lexicon.
std::unique_ptr<rasoat::driver::Workspace> workspaceOf(const rasoat::model::Lexicon& lexicon) {
  auto workspace = std::make_unique<rasoat::driver::Workspace>(unlimited());
  workspace->borrowLexicon(lexicon);
  return workspace;
}

void add(rasoat::driver::Workspace& workspace, const std::string& path, const std::string& text, bool checked) {
  workspace.openText(path, text, rasoat::driver::Depth::model,
                     checked ? rasoat::driver::Role::checked : rasoat::driver::Role::context);
}

// What the checks would cost without pairing by matter: every pair of decisions
// goes to the solver. Runs on at most `cap` provisions; the cost is quadratic.
double naiveAllPairs(const CheckedDocument& document, const rasoat::model::Lexicon& lexicon, std::size_t cap,
                     std::size_t& used) {
  auto decisions = rasoat::checks::ownDecisions(document.model);
  if (decisions.size() > cap) decisions.resize(cap);
  used = decisions.size();
  rasoat::solver::Session solver(lexicon);
  const auto start = Clock::now();
  for (std::size_t i = 0; i < decisions.size(); ++i) {
    for (std::size_t j = i + 1; j < decisions.size(); ++j)
      solver.satisfiable({&decisions[i]->condition, &decisions[j]->condition}, {});
  }
  return secondsSince(start);
}

void benchProvisions(int provisions, const rasoat::model::Lexicon& lexicon, const rasoat::checks::RulePacks& packs) {
  const std::string text = generateRegulation(provisions, "01-QC/ĐU", "");
  const auto start = Clock::now();
  const auto workspace = workspaceOf(lexicon);
  add(*workspace, "generated.qc", text, true);
  const double read = secondsSince(start);
  const auto& documents = workspace->documents();
  const auto checkStart = Clock::now();
  rasoat::DiagnosticSink sink;
  rasoat::solver::Session solver(lexicon);
  rasoat::checks::CheckContext context{documents, lexicon, packs, solver, sink};
  rasoat::checks::runChecks(context, rasoat::checks::Selection({}, {"S006"}));
  const double check = secondsSince(checkStart);
  std::size_t used = 0;
  const double naive = naiveAllPairs(*documents.front(), lexicon, 1500, used);
  const double pairs = static_cast<double>(used) * static_cast<double>(used - 1) / 2;
  const double decisions = static_cast<double>(rasoat::checks::ownDecisions(documents.front()->model).size());
  const double naiveFull = naive / pairs * (decisions * (decisions - 1) / 2);
  std::printf(
      "%7d provisions: parse+model %6.2f s, checks %6.2f s (%d solver queries, %zu findings), peak %ld MB; "
      "naive all-pairs: %.2f s measured on %zu, %.1f s extrapolated to all (x%.0f)\n",
      provisions, read, check, solver.queries(), sink.all().size(), peakMegabytes(), naive, used, naiveFull,
      check > 0 ? naiveFull / check : 0.0);
  std::fflush(stdout);
}

void benchDocuments(int documents, const rasoat::model::Lexicon& lexicon, const rasoat::checks::RulePacks& packs) {
  const auto start = Clock::now();
  const auto workspace = workspaceOf(lexicon);
  add(*workspace, "parent.qc", generateRegulation(50, "900-QĐ/TW", ""), false);
  for (int i = 0; i < documents; ++i) {
    add(*workspace, fmt::format("ward-{}.qc", i), generateRegulation(50, fmt::format("{}-QC/ĐU", i + 1), "900-QĐ/TW"),
        true);
  }
  workspace->linkParents();
  const double read = secondsSince(start);
  for (unsigned threads : {1u, 2u}) {
    rasoat::DiagnosticSink findings;
    const auto checkStart = Clock::now();
    rasoat::checks::runChecksInParallel(workspace->documents(), lexicon, packs, rasoat::checks::Selection({}, {"S006"}),
                                        findings, threads);
    std::printf(
        "%7d documents of 50 clauses against a parent: parse+model %.2f s, checks on %u thread(s) %.2f s (%zu "
        "findings), peak %ld MB\n",
        documents, read, threads, secondsSince(checkStart), findings.all().size(), peakMegabytes());
  }
}

}  // namespace

int main(int argc, char** argv) {
  const auto lexicon = rasoat::model::Lexicon::loadDefault();
  const rasoat::checks::RulePacks packs;
  std::vector<int> sizes;
  for (int i = 1; i < argc; ++i) sizes.push_back(std::stoi(argv[i]));
  if (sizes.empty()) sizes = {1000, 10000, 100000};
  for (int size : sizes) benchProvisions(size, lexicon, packs);
  benchDocuments(200, lexicon, packs);
  return 0;
}
