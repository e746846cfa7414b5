#include "checks/runner.h"

#include <algorithm>
#include <functional>
#include <map>

#include <fmt/format.h>

#include "checks/registry.h"
#include "text/matching.h"

namespace rasoat::checks {

namespace {

bool matchesAny(const std::string& code, const std::vector<std::string>& patterns) {
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& pattern) {
    return pattern == "ALL" || code.rfind(pattern, 0) == 0;
  });
}

// Depth-first search for a citation cycle through `start`.
bool cycleFrom(const CheckedDocument* start, const CheckedDocument* current, std::vector<const CheckedDocument*>& path) {
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

void linkParents(std::vector<std::unique_ptr<CheckedDocument>>& documents, const std::vector<const CheckedDocument*>& against,
                 DiagnosticSink& sink) {
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
      if (parent != document.get() && std::find(document->parents.begin(), document->parents.end(), parent) == document->parents.end()) {
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
    diagnostic.message = {fmt::format("căn cứ trích dẫn vòng tròn: {}", chain), fmt::format("citation cycle: {}", chain)};
    sink.report(std::move(diagnostic));
    document->parents.clear();
  }
}

void runChecks(CheckContext& context, const Selection& selection) {
  for (const auto& document : context.documents) {
    if (!document->checked) continue;
    for (const auto& check : allChecks()) {
      if (selection.enabled(check->info().code)) check->run(*document, context);
    }
  }
}

}  // namespace rasoat::checks
