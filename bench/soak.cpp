// Soak: checks the whole corpus many times in one process, as a long-running
// editor integration or a batch over thousands of files would, and prints the
// resident memory (peak and current, from /proc/self/status) after the first
// iteration and after the last. Memory that grows with the iterations is a
// leak or an unbounded cache. Not a unit test: it prints its figures.
//
//   build/bench/rasoat_soak [ITERATIONS] [CORPUS_DIRECTORY]   (300, corpus/)
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "checks/registry.h"
#include "checks/rule_packs.h"
#include "checks/runner.h"
#include "driver/workspace.h"

namespace {

namespace fs = std::filesystem;
// VmHWM (peak) and VmRSS (current) in kB.
std::pair<long, long> residentMemory() {
  std::ifstream status("/proc/self/status");
  long peak = -1, current = -1;
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmHWM:", 0) == 0) peak = std::stol(line.substr(6));
    if (line.rfind("VmRSS:", 0) == 0) current = std::stol(line.substr(6));
  }
  return {peak, current};
}

std::vector<std::string> corpusFiles(const fs::path& directory) {
  std::set<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(directory)) {
    if (entry.is_regular_file() && entry.path().extension() == ".qc") files.insert(entry.path().string());
  }
  return {files.begin(), files.end()};
}

// One `rasoat check` of every file of the corpus, from reading the files to
// the findings; returns the number of findings.
std::size_t checkCorpus(const std::vector<std::string>& files, const rasoat::model::Lexicon& lexicon,
                        const rasoat::checks::RulePacks& packs) {
  rasoat::driver::Workspace workspace;
  workspace.borrowLexicon(lexicon);
  for (const auto& path : files) workspace.open(path, rasoat::driver::Depth::model, rasoat::driver::Role::checked);
  workspace.linkParents();
  rasoat::DiagnosticSink& sink = workspace.sink();
  rasoat::checks::runChecksInParallel(workspace.documents(), lexicon, packs, rasoat::checks::Selection({}, {}), sink,
                                      1);
  return sink.all().size();
}

}  // namespace

int main(int argc, char** argv) {
  const int iterations = argc > 1 ? std::stoi(argv[1]) : 300;
  const fs::path corpus = argc > 2 ? fs::path(argv[2]) : fs::path(RASOAT_SOURCE_DIR) / "corpus";
  const auto files = corpusFiles(corpus);
  const auto lexicon = rasoat::model::Lexicon::loadDefault();
  const auto packs = rasoat::checks::loadRulePacks(rasoat::model::Lexicon::defaultRulesDirectory() + "/packs");
  fmt::print("soak: {} files of {}, {} iterations of a whole check in one process\n", files.size(), corpus.string(),
             iterations);
  const auto started = std::chrono::steady_clock::now();
  std::size_t firstFindings = 0;
  std::pair<long, long> first{};
  for (int i = 1; i <= iterations; ++i) {
    const std::size_t findings = checkCorpus(files, lexicon, packs);
    if (i == 1) {
      firstFindings = findings;
      first = residentMemory();
      fmt::print("after iteration 1: {} findings, peak {} kB, current {} kB\n", findings, first.first, first.second);
    }
    if (findings != firstFindings) {
      fmt::print("iteration {}: {} findings instead of {}: the runs are not independent\n", i, findings, firstFindings);
      return 1;
    }
  }
  const auto last = residentMemory();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  fmt::print(
      "after iteration {}: peak {} kB, current {} kB ({:+} kB current since iteration 1); {:.1f} s, {:.1f} ms "
      "an iteration\n",
      iterations, last.first, last.second, last.second - first.second, seconds, 1000 * seconds / iterations);
  return 0;
}
