#include "report/report_data.h"

#include <algorithm>
#include <set>

#include "report/authority_graph.h"
#include "report/authority_matrix.h"
#include "report/finding_marks.h"

namespace rasoat::report {

namespace {

using Documents = std::vector<std::unique_ptr<checks::CheckedDocument>>;

const checks::CheckedDocument* documentAt(const Documents& documents, const std::string& path) {
  for (const auto& document : documents) {
    if (document->tree.path == path) return document.get();
  }
  return nullptr;
}

// The clause a location points into: its numbered clause or point when the
// model has one starting on that line, else the line itself.
QuotedClause quote(const Documents& documents, const std::string& path, Range range) {
  QuotedClause quoted{path, range.begin.line, "", "", "", {}};
  const checks::CheckedDocument* document = documentAt(documents, path);
  if (!document) return quoted;
  quoted.document = document->model.number;
  // The innermost unit around the line: the one that starts last.
  const model::SourceRef* best = nullptr;
  for (const auto& clause : document->model.clauses) {
    const auto& source = clause.source;
    if (source.range.begin.line <= range.begin.line && range.begin.line <= source.range.end.line &&
        (!best || best->range.begin < source.range.begin))
      best = &source;
  }
  if (best) {
    quoted.unit = best->unit;
    quoted.text = best->text;
    return quoted;
  }
  if (document->source && range.begin.line >= 1 && range.begin.line <= document->source->lineCount())
    quoted.text = document->source->lineUtf8(range.begin.line);
  return quoted;
}

FindingView viewOf(const Documents& documents, const Diagnostic& finding) {
  FindingView view{finding, quote(documents, finding.path, finding.range), {}};
  for (const auto& related : finding.related) {
    QuotedClause other = quote(documents, related.path, related.range);
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
                              const std::vector<Diagnostic>& findings, const model::Lexicon& lexicon) {
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
    if (finding.path == report.path && finding.code != "S006") report.findings.push_back(viewOf(documents, finding));
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
  std::set<std::string> checkedPaths, higher;
  for (const auto& document : documents) {
    if (!document->checked) continue;
    checkedPaths.insert(document->tree.path);
    data.documents.push_back(documentReport(*document, documents, findings, lexicon));
    data.clauses += data.documents.back().clauses;
    data.formalised += data.documents.back().formalised;
    for (const auto* parent : document->parents) {
      if (higher.insert(parent->tree.path).second)
        data.higherDocuments.push_back(parent->model.number + " (" + parent->tree.path + ")");
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
