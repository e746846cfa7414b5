#include "checks/runner.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <set>
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

// Depth-first search for a citation cycle through `start`. `done` holds the
// documents already searched in full: each is entered once, so a corpus of
// many documents citing each other costs linear time, not exponential.
bool cycleFrom(const CheckedDocument* start, const CheckedDocument* current, std::vector<const CheckedDocument*>& path,
               std::set<const CheckedDocument*>& done) {
  for (const CheckedDocument* parent : current->parents) {
    if (parent == start) return true;
    if (!done.insert(parent).second) continue;
    path.push_back(parent);
    if (cycleFrom(start, parent, path, done)) return true;
    path.pop_back();
  }
  return false;
}

Diagnostic documentDiagnostic(const CheckedDocument& document, Severity severity, Range range, LocalizedText message) {
  Diagnostic diagnostic;
  diagnostic.severity = severity;
  diagnostic.path = document.tree.path;
  diagnostic.range = range;
  diagnostic.message = std::move(message);
  return diagnostic;
}

std::string chainText(const std::vector<const CheckedDocument*>& chain) {
  std::string text;
  for (const auto* step : chain) text += (text.empty() ? "" : " → ") + step->model.number;
  return text;
}

// The longest chain of higher-level documents above `document` (itself first);
// the graph has no cycle left when this runs.
std::vector<const CheckedDocument*> longestChain(const CheckedDocument* document,
                                                 std::map<const CheckedDocument*, std::size_t>& heights) {
  std::function<std::size_t(const CheckedDocument*)> height = [&](const CheckedDocument* node) -> std::size_t {
    if (auto found = heights.find(node); found != heights.end()) return found->second;
    std::size_t best = 0;
    for (const auto* parent : node->parents) best = std::max(best, height(parent) + 1);
    return heights[node] = best;
  };
  std::vector<const CheckedDocument*> chain{document};
  while (!chain.back()->parents.empty()) {
    const auto& parents = chain.back()->parents;
    chain.push_back(*std::max_element(parents.begin(), parents.end(),
                                      [&](const auto* a, const auto* b) { return height(a) < height(b); }));
  }
  return chain;
}

// The checked documents and every document above them.
std::set<const CheckedDocument*> aboveChecked(const std::vector<std::unique_ptr<CheckedDocument>>& documents) {
  std::set<const CheckedDocument*> reached;
  std::vector<const CheckedDocument*> pending;
  for (const auto& document : documents) {
    if (document->checked && reached.insert(document.get()).second) pending.push_back(document.get());
  }
  while (!pending.empty()) {
    const CheckedDocument* current = pending.back();
    pending.pop_back();
    for (const auto* parent : current->parents) {
      if (reached.insert(parent).second) pending.push_back(parent);
    }
  }
  return reached;
}

// A chain of citations longer than the limit is reported and cut where it
// passes the limit: the checks never walk further up than maxCitationDepth.
void cutLongChains(std::vector<std::unique_ptr<CheckedDocument>>& documents, const Limits& limits,
                   DiagnosticSink& sink) {
  for (auto& document : documents) {
    if (!document->checked) continue;
    std::map<const CheckedDocument*, std::size_t> heights;
    auto chain = longestChain(document.get(), heights);
    if (chain.size() <= limits.maxCitationDepth + 1) continue;
    chain.resize(limits.maxCitationDepth + 1);
    const std::string text = chainText(chain) + " → …";
    sink.report(documentDiagnostic(
        *document, Severity::error, Range{Position{1, 1}, Position{1, 1}},
        {fmt::format("chuỗi văn bản cấp trên dài quá {} bậc: {}; phần trên bị bỏ qua (nâng giới hạn bằng "
                     "--max-citation-depth)",
                     limits.maxCitationDepth, text),
         fmt::format("chain of higher-level documents longer than {}: {}; the rest is not followed (raise the limit "
                     "with --max-citation-depth)",
                     limits.maxCitationDepth, text)}));
    // Documents are owned here; the chain holds const views of them.
    for (auto& owned : documents) {
      if (owned.get() == chain.back()) owned->parents.clear();
    }
  }
}

}  // namespace

Selection::Selection(std::vector<std::string> select, std::vector<std::string> ignore)
    : select_(normaliseCodes(std::move(select))), ignore_(normaliseCodes(std::move(ignore))) {}

bool Selection::enabled(const std::string& code) const {
  if (!select_.empty() && !matchesAny(code, select_)) return false;
  return !matchesAny(code, ignore_);
}

void linkParents(std::vector<std::unique_ptr<CheckedDocument>>& documents,
                 const std::vector<const CheckedDocument*>& against, DiagnosticSink& sink, const Limits& limits) {
  // Two documents with one number: the first loaded (checked, --against, then
  // the corpus in path order) is the one cited; the other is named when a
  // checked document cites that number or both are checked (elsewhere the
  // ambiguity is harmless).
  std::map<std::string, const CheckedDocument*> byNumber;
  std::vector<const CheckedDocument*> shadowed;
  for (const auto& document : documents) {
    if (!byNumber.emplace(text::matchKey(document->model.number), document.get()).second)
      shadowed.push_back(document.get());
  }
  std::set<std::string> citedByChecked;
  for (const auto& document : documents) {
    if (!document->checked) continue;
    for (const auto& citation : document->model.cites) citedByChecked.insert(text::matchKey(citation.number));
  }
  for (const CheckedDocument* document : shadowed) {
    const std::string key = text::matchKey(document->model.number);
    // Two checked documents with one number (a batch of communes, one of
    // which copied another's number) are named too.
    const bool bothChecked = document->checked && byNumber[key]->checked && !key.empty();
    if (!citedByChecked.count(key) && !bothChecked) continue;
    const std::string& first = byNumber[key]->tree.path;
    sink.report(
        documentDiagnostic(*document, Severity::warning, Range{Position{1, 1}, Position{1, 1}},
                           {fmt::format("hai văn bản cùng số {}: {} và {}; trích dẫn số này được hiểu là {}",
                                        document->model.number, first, document->tree.path, first),
                            fmt::format("two documents numbered {}: {} and {}; citations of this number mean {}",
                                        document->model.number, first, document->tree.path, first)}));
  }
  for (auto& document : documents) {
    for (const auto& citation : document->model.cites) {
      auto found = byNumber.find(text::matchKey(citation.number));
      if (found == byNumber.end()) continue;
      if (found->second == document.get()) {
        if (document->checked) {
          sink.report(documentDiagnostic(
              *document, Severity::warning, citation.range,
              {fmt::format("văn bản trích dẫn chính nó ({}); bỏ qua trích dẫn này", citation.number),
               fmt::format("the document cites itself ({}); this citation is ignored", citation.number)}));
        }
        continue;
      }
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
  // A cycle makes "higher level" meaningless: cut it, and report it when it
  // lies above a checked document.
  const std::set<const CheckedDocument*> above = aboveChecked(documents);
  for (auto& document : documents) {
    std::vector<const CheckedDocument*> path{document.get()};
    std::set<const CheckedDocument*> done{document.get()};
    if (!cycleFrom(document.get(), document.get(), path, done)) continue;
    path.push_back(document.get());
    const std::string chain = chainText(path);
    if (above.count(document.get()))
      sink.report(documentDiagnostic(
          *document, Severity::error, Range{Position{1, 1}, Position{1, 1}},
          {fmt::format("căn cứ trích dẫn vòng tròn: {}", chain), fmt::format("citation cycle: {}", chain)}));
    document->parents.clear();
  }
  cutLongChains(documents, limits, sink);
}

std::vector<model::Citation> missingParents(const CheckedDocument& document,
                                            const std::vector<std::unique_ptr<CheckedDocument>>& documents) {
  std::set<std::string> numbers;
  for (const auto& loaded : documents) numbers.insert(text::matchKey(loaded->model.number));
  std::vector<model::Citation> missing;
  for (const auto& citation : document.model.cites) {
    if (!numbers.count(text::matchKey(citation.number))) missing.push_back(citation);
  }
  return missing;
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
                         std::ostream* dumpSmt, const CheckProgress& progress) {
  std::vector<const CheckedDocument*> work;
  for (const auto& document : documents) {
    if (document->checked) work.push_back(document.get());
  }
  // One thread when the SMT-LIB is dumped: the dump stays in order.
  threads = dumpSmt ? 1 : std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(work.size())));
  std::atomic<std::size_t> next{0}, done{0};
  std::vector<DiagnosticSink> sinks(threads);
  auto worker = [&](unsigned index) {
    solver::Session solver(lexicon);
    if (dumpSmt) solver.dumpTo(dumpSmt);
    CheckContext context{documents, lexicon, packs, solver, sinks[index]};
    for (std::size_t i = next++; i < work.size(); i = next++) {
      checkDocument(*work[i], context, selection);
      const std::size_t finished = ++done;
      if (progress) progress(finished, work.size());
    }
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
