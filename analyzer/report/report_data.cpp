#include "report/report_data.h"

#include <algorithm>
#include <map>
#include <set>

#include "checks/runner.h"
#include "report/authority_graph.h"
#include "report/authority_matrix.h"
#include "report/finding_marks.h"

namespace rasoat::report {

namespace {

using Documents = std::vector<std::unique_ptr<checks::CheckedDocument>>;

// The numbered clauses and points of every document, by path, sorted by where
// they start: finds the clause around a line in logarithmic time.
class ClauseIndex {
 public:
  explicit ClauseIndex(const Documents& documents) {
    for (const auto& document : documents) {
      Entry& entry = byPath_[document->tree.path];
      entry.document = document.get();
      for (const auto& clause : document->model.clauses) entry.units.push_back(&clause.source);
      std::stable_sort(entry.units.begin(), entry.units.end(),
                       [](const auto* a, const auto* b) { return a->range.begin < b->range.begin; });
    }
  }

  // The clause a location points into: the innermost numbered clause or point
  // around its line, else the line itself.
  QuotedClause quote(const std::string& path, Range range) const {
    QuotedClause quoted{path, range.begin.line, "", "", "", {}};
    const auto found = byPath_.find(path);
    if (found == byPath_.end()) return quoted;
    const Entry& entry = found->second;
    quoted.document = entry.document->model.number;
    const int line = range.begin.line;
    auto after = std::upper_bound(entry.units.begin(), entry.units.end(), line,
                                  [](int l, const model::SourceRef* unit) { return l < unit->range.begin.line; });
    // Units nest (a clause holds its points): the latest one to start may have
    // ended already, and the one around the line is among its few ancestors.
    for (int steps = 0; steps < 16 && after != entry.units.begin(); ++steps) {
      const model::SourceRef* unit = *--after;
      if (unit->range.end.line >= line) {
        quoted.unit = unit->unit;
        quoted.text = unit->text;
        return quoted;
      }
    }
    const text::SourceText* source = entry.document->source;
    if (source && line >= 1 && line <= source->lineCount()) quoted.text = source->lineUtf8(line);
    return quoted;
  }

 private:
  struct Entry {
    const checks::CheckedDocument* document = nullptr;
    std::vector<const model::SourceRef*> units;
  };
  std::map<std::string, Entry> byPath_;
};

FindingView viewOf(const ClauseIndex& clauses, const Diagnostic& finding) {
  FindingView view{finding, clauses.quote(finding.path, finding.range), {}};
  for (const auto& related : finding.related) {
    // A note on the finding's own clause (G002 lists every clause of the split) goes with its quote.
    if (related.path == finding.path && related.range.begin.line == finding.range.begin.line) {
      view.clause.note = related.message;
      continue;
    }
    QuotedClause other = clauses.quote(related.path, related.range);
    other.note = related.message;
    view.related.push_back(std::move(other));
  }
  return view;
}

void count(SeverityCounts& counts, Severity severity) {
  if (severity == Severity::error) ++counts.error;
  if (severity == Severity::warning) ++counts.warning;
  if (severity == Severity::info) ++counts.info;
}

DocumentReport documentReport(const checks::CheckedDocument& document, const Documents& documents,
                              const ClauseIndex& clauses, const std::vector<Diagnostic>& findings,
                              const model::Lexicon& lexicon) {
  DocumentReport report;
  report.path = document.tree.path;
  report.number = document.model.number;
  report.organisation = document.model.organisation;
  for (const auto* parent : document.parents) report.parents.push_back(parent->model.number);
  report.clauses = document.model.clauseCount();
  report.formalised = document.model.formalisedCount();
  const FindingMarks marks = markFindings(document, documents, findings, lexicon);
  report.matrix = buildMatrix(document.model, marks, lexicon);
  report.graph = buildGraph(document.model, marks, lexicon);
  for (const auto& finding : findings) {
    if (finding.path == report.path && finding.code != "S006") report.findings.push_back(viewOf(clauses, finding));
  }
  for (const auto& clause : document.model.clauses) {
    if (!clause.formalised) report.notFormalised.push_back(clause);
  }
  return report;
}

}  // namespace

ReportData assembleReport(const Documents& documents, const std::vector<Diagnostic>& findings,
                          const model::Lexicon& lexicon) {
  ReportData data;
  const ClauseIndex clauses(documents);
  std::set<std::string> checkedPaths, higher;
  for (const auto& document : documents) {
    if (!document->checked) continue;
    checkedPaths.insert(document->tree.path);
    data.documents.push_back(documentReport(*document, documents, clauses, findings, lexicon));
    data.clauses += data.documents.back().clauses;
    data.formalised += data.documents.back().formalised;
    for (const auto* parent : document->parents) {
      if (higher.insert(parent->tree.path).second)
        data.higherDocuments.push_back(parent->model.number + " (" + parent->tree.path + ")");
    }
    // A reader must not take "no conflict with the higher level" from a
    // document that was never compared: cited documents not found are named.
    for (const auto& citation : checks::missingParents(*document, documents)) {
      if (std::find(data.missingHigher.begin(), data.missingHigher.end(), citation.number) == data.missingHigher.end())
        data.missingHigher.push_back(citation.number);
    }
  }
  for (const char family : std::string("SCOGDHA")) data.families.push_back(FamilyCount{std::string(1, family), {}});
  for (const auto& finding : findings) {
    if (finding.code.empty() || !checkedPaths.count(finding.path)) {
      data.otherFindings.push_back(finding);
      continue;
    }
    count(data.counts, finding.severity);
    auto family = std::find_if(data.families.begin(), data.families.end(),
                               [&](const FamilyCount& f) { return f.family[0] == finding.code[0]; });
    if (family == data.families.end())
      family = data.families.insert(data.families.end(), {finding.code.substr(0, 1), {}});
    count(family->counts, finding.severity);
  }
  return data;
}

}  // namespace rasoat::report
