#include "report/report_data.h"

#include <algorithm>
#include <map>
#include <set>

#include "checks/registry.h"
#include "checks/runner.h"
#include "report/authority_graph.h"
#include "report/authority_matrix.h"
#include "report/clause_index.h"
#include "report/finding_marks.h"
#include "text/natural_order.h"

namespace rasoat::report {

namespace {

using Documents = std::vector<std::unique_ptr<checks::CheckedDocument>>;

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

std::vector<FamilyCount> familyCounts() {
  std::vector<FamilyCount> families;
  for (const char family : std::string("SCOGDHA")) families.push_back(FamilyCount{std::string(1, family), {}});
  return families;
}

// Counts a finding in the totals and in its family (a family outside the
// catalogue's is added at the end).
void tally(SeverityCounts& counts, std::vector<FamilyCount>& families, const Diagnostic& finding) {
  count(counts, finding.severity);
  auto family = std::find_if(families.begin(), families.end(),
                             [&](const FamilyCount& f) { return f.family[0] == finding.code[0]; });
  if (family == families.end()) family = families.insert(families.end(), {finding.code.substr(0, 1), {}});
  count(family->counts, finding.severity);
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
  report.families = familyCounts();
  for (const auto& finding : findings) {
    if (finding.path != report.path || finding.code.empty()) continue;
    tally(report.counts, report.families, finding);
    if (finding.code != "S006") report.findings.push_back(viewOf(clauses, finding));
  }
  for (const auto& clause : document.model.clauses) {
    if (clause.formalised) continue;
    const text::SourceText* source = document.source;
    const bool office = source && !source->documentFormat().empty();
    report.notFormalised.push_back({clause, office ? source->paragraphOfLine(clause.source.position.line) : 0});
  }
  // A reader must not take "no conflict with the higher level" from a
  // document that was never compared: cited documents not found are named.
  for (const auto& citation : checks::missingParents(document, documents)) {
    if (std::find(report.missingHigher.begin(), report.missingHigher.end(), citation.number) ==
        report.missingHigher.end())
      report.missingHigher.push_back(citation.number);
  }
  return report;
}

// The checks that fire in the most documents, at most ten.
std::vector<FrequentFinding> frequentFindings(const std::vector<DocumentReport>& documents,
                                              const std::vector<Diagnostic>& findings) {
  std::map<std::string, FrequentFinding> byCode;
  std::map<std::string, std::set<std::string>> where;
  std::set<std::string> checked;
  for (const auto& document : documents) checked.insert(document.path);
  for (const auto& finding : findings) {
    if (finding.code.empty() || !checked.count(finding.path)) continue;
    FrequentFinding& entry = byCode[finding.code];
    entry.code = finding.code;
    ++entry.findings;
    where[finding.code].insert(finding.path);
  }
  std::vector<FrequentFinding> frequent;
  for (auto& [code, entry] : byCode) {
    entry.documents = static_cast<int>(where[code].size());
    if (const checks::Check* check = checks::findCheck(code)) entry.summary = check->info().summary;
    frequent.push_back(entry);
  }
  std::stable_sort(frequent.begin(), frequent.end(), [](const FrequentFinding& a, const FrequentFinding& b) {
    return a.documents != b.documents ? a.documents > b.documents : a.findings > b.findings;
  });
  if (frequent.size() > 10) frequent.resize(10);
  return frequent;
}

}  // namespace

Verdict DocumentReport::verdict() const {
  return counts.error + counts.warning > 0 ? Verdict::needsChanges : Verdict::passes;
}

bool hasOverview(const ReportData& data) {
  return data.documents.size() + data.unreadable.size() > 1;
}

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
    for (const auto& number : data.documents.back().missingHigher) {
      if (std::find(data.missingHigher.begin(), data.missingHigher.end(), number) == data.missingHigher.end())
        data.missingHigher.push_back(number);
    }
  }
  // "xã Số 2" before "xã Số 10"; a document without a name by its path.
  std::stable_sort(data.documents.begin(), data.documents.end(), [](const DocumentReport& a, const DocumentReport& b) {
    const std::string& x = a.organisation.empty() ? a.path : a.organisation;
    const std::string& y = b.organisation.empty() ? b.path : b.organisation;
    if (x != y) return text::naturalLess(x, y);
    return text::naturalLess(a.path, b.path);
  });
  data.families = familyCounts();
  for (const auto& finding : findings) {
    if (finding.code.empty() || !checkedPaths.count(finding.path)) {
      data.otherFindings.push_back(finding);
      continue;
    }
    tally(data.counts, data.families, finding);
  }
  data.frequent = frequentFindings(data.documents, findings);
  return data;
}

}  // namespace rasoat::report
