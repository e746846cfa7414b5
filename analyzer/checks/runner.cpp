#include "checks/runner.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <thread>

#include <fmt/format.h>

#include "checks/registry.h"
#include "text/matching.h"

namespace rasoat::checks {

namespace {

bool matchesAny(const std::string& code, const std::vector<std::string>& patterns) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const std::string& pattern) { return pattern == "ALL" || code.rfind(pattern, 0) == 0; });
}

// Depth-first search for a citation cycle through `start`.
bool cycleFrom(const CheckedDocument* start, const CheckedDocument* current,
               std::vector<const CheckedDocument*>& path) {
  for (const CheckedDocument* parent : current->parents) {
    if (parent == start) return true;
    if (std::find(path.begin(), path.end(), parent) != path.end()) continue;
    path.push_back(parent);
    if (cycleFrom(start, parent, path)) return true;
    path.pop_back();
  }
  return false;
}

}  // namespace

bool Selection::enabled(const std::string& code) const {
  if (!select_.empty() && !matchesAny(code, select_)) return false;
  return !matchesAny(code, ignore_);
}

void linkParents(std::vector<std::unique_ptr<CheckedDocument>>& documents,
                 const std::vector<const CheckedDocument*>& against, DiagnosticSink& sink) {
  std::map<std::string, const CheckedDocument*> byNumber;
  for (const auto& document : documents) byNumber.emplace(text::matchKey(document->model.number), document.get());
  for (auto& document : documents) {
    for (const auto& citation : document->model.cites) {
      auto found = byNumber.find(text::matchKey(citation.number));
      if (found == byNumber.end() || found->second == document.get()) continue;
      if (std::find(document->parents.begin(), document->parents.end(), found->second) == document->parents.end()) {
        document->parents.push_back(found->second);
      }
    }
    for (const CheckedDocument* parent : against) {
      if (parent != document.get() &&
          std::find(document->parents.begin(), document->parents.end(), parent) == document->parents.end()) {
        document->parents.push_back(parent);
      }
    }
  }
  // A cycle makes "higher level" meaningless: report it and cut it.
  for (auto& document : documents) {
    std::vector<const CheckedDocument*> path;
    if (!cycleFrom(document.get(), document.get(), path)) continue;
    Diagnostic diagnostic;
    diagnostic.severity = Severity::error;
    diagnostic.path = document->tree.path;
    diagnostic.range = Range{Position{1, 1}, Position{1, 1}};
    std::string chain = document->model.number;
    for (const auto* step : path) chain += " → " + step->model.number;
    chain += " → " + document->model.number;
    diagnostic.message = {fmt::format("căn cứ trích dẫn vòng tròn: {}", chain),
                          fmt::format("citation cycle: {}", chain)};
    sink.report(std::move(diagnostic));
    document->parents.clear();
  }
}

namespace {

// The checks of one document.
void checkDocument(const CheckedDocument& document, CheckContext& context, const Selection& selection) {
  for (const auto& check : allChecks()) {
    if (selection.enabled(check->info().code)) check->run(document, context);
  }
}

}  // namespace

void runChecksInParallel(const std::vector<std::unique_ptr<CheckedDocument>>& documents, const model::Lexicon& lexicon,
                         const RulePacks& packs, const Selection& selection, DiagnosticSink& sink, unsigned threads,
                         std::ostream* dumpSmt) {
  std::vector<const CheckedDocument*> work;
  for (const auto& document : documents) {
    if (document->checked) work.push_back(document.get());
  }
  // One thread when the SMT-LIB is dumped: the dump stays in order.
  threads = dumpSmt ? 1 : std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(work.size())));
  std::atomic<std::size_t> next{0};
  std::vector<DiagnosticSink> sinks(threads);
  auto worker = [&](unsigned index) {
    solver::Session solver(lexicon);
    if (dumpSmt) solver.dumpTo(dumpSmt);
    CheckContext context{documents, lexicon, packs, solver, sinks[index]};
    for (std::size_t i = next++; i < work.size(); i = next++) checkDocument(*work[i], context, selection);
  };
  std::vector<std::thread> pool;
  for (unsigned index = 1; index < threads; ++index) pool.emplace_back(worker, index);
  worker(0);
  for (auto& thread : pool) thread.join();
  for (auto& part : sinks) {
    for (const auto& diagnostic : part.all()) sink.report(diagnostic);
  }
}

void runChecks(CheckContext& context, const Selection& selection) {
  for (const auto& document : context.documents) {
    if (document->checked) checkDocument(*document, context, selection);
  }
}

}  // namespace rasoat::checks
