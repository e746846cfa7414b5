#include "report/docx_report.h"

#include <map>

#include <fmt/format.h>

#include "checks/check.h"
#include "report/compare_table.h"
#include "report/docx_writer.h"
#include "report/report_words.h"

namespace rasoat::report {

namespace {

using docx::Run;
using docx::Runs;

Runs plain(const std::string& text) {
  return {Run{text}};
}

Runs bold(const std::string& text) {
  return {Run{text, text::DiffOp::same, true, false}};
}

std::string percent(int part, int whole) {
  return fmt::format("{:.1f}%", whole == 0 ? 100.0 : 100.0 * part / whole);
}

std::string bodyName(const std::string& name, bool upper, Language language) {
  return upper ? name + " (" + words().upper.in(language) + ")" : name;
}

void addSummary(docx::Document& document, const ReportData& data, Language language) {
  const ReportWords& w = words();
  document.addHeading(w.summary.in(language));
  docx::Table table =
      document.addTable({60, 15, 25}, {w.documents.in(language), w.clauses.in(language), w.coverage.in(language)});
  for (const auto& report : data.documents) {
    table.addRow({{Run{report.number, text::DiffOp::same, true, false},
                   Run{" " + report.organisation + " (" + report.path + ")"}},
                  plain(std::to_string(report.clauses)),
                  plain(fmt::format("{}/{} ({})", report.formalised, report.clauses,
                                    percent(report.formalised, report.clauses)))},
                 docx::RowLook::plain);
  }
  table.addRow(
      {plain(w.total.in(language)), plain(std::to_string(data.clauses)),
       plain(fmt::format("{}/{} ({})", data.formalised, data.clauses, percent(data.formalised, data.clauses)))},
      docx::RowLook::heading);
  std::string higher;
  for (const auto& name : data.higherDocuments) higher += (higher.empty() ? "" : "; ") + name;
  document.addParagraph({Run{w.higher.in(language) + ": ", text::DiffOp::same, true, false},
                         Run{higher.empty() ? w.none.in(language) : higher}});
  if (!data.missingHigher.empty()) {
    std::string missing;
    for (const auto& number : data.missingHigher) missing += (missing.empty() ? "" : "; ") + number;
    document.addParagraph({Run{w.missingHigher.in(language) + ": ", text::DiffOp::same, true, false}, Run{missing}});
  }
  std::vector<std::string> headings{w.family.in(language)};
  for (const Severity severity : {Severity::error, Severity::warning, Severity::info})
    headings.push_back(severityWords(severity).in(language));
  docx::Table counts = document.addTable({55, 15, 15, 15}, headings);
  auto countsRow = [&](const std::string& label, const SeverityCounts& c, docx::RowLook look) {
    counts.addRow(
        {plain(label), plain(std::to_string(c.error)), plain(std::to_string(c.warning)), plain(std::to_string(c.info))},
        look);
  };
  for (const auto& family : data.families)
    countsRow(family.family + " — " + familyWords(family.family).in(language), family.counts, docx::RowLook::plain);
  countsRow(w.total.in(language), data.counts, docx::RowLook::heading);
}

Runs cellRuns(const MatrixCell& cell, Language language) {
  const ReportWords& w = words();
  Runs runs;
  for (std::size_t i = 0; i < cell.powers.size(); ++i) {
    const PowerEntry& first = cell.powers[i];
    if (i > 0 && cell.powers[i - 1].sameKind(first)) continue;
    if (!runs.empty()) runs.push_back(Run{"\n"});
    runs.push_back(
        Run{(first.prohibited() ? w.prohibited.in(language) : "") + modalityWords(first.modality).in(language) + ": ",
            text::DiffOp::same, true, false});
    bool firstRef = true;
    for (std::size_t j = i; j < cell.powers.size(); ++j) {
      const PowerEntry& power = cell.powers[j];
      if (!power.sameKind(first)) continue;
      std::string text = (firstRef ? "" : "; ") + power.unit;
      if (!power.condition.empty()) text += " (" + power.condition.in(language) + ")";
      runs.push_back(Run{text});
      if (power.overlap) runs.push_back(Run{" [" + w.badgeOverlap.in(language) + "]", text::DiffOp::same, true, true});
      if (power.conflict)
        runs.push_back(Run{" [" + w.badgeConflict.in(language) + "]", text::DiffOp::same, true, true});
      firstRef = false;
    }
  }
  return runs;
}

void addMatrix(docx::Document& document, const AuthorityMatrix& matrix, Language language) {
  const ReportWords& w = words();
  if (matrix.rows.empty()) {
    document.addParagraph(plain(w.emptyMatrix.in(language)));
    return;
  }
  document.addParagraph(plain(w.matrixIntro.in(language)));
  document.addParagraph({Run{w.legend.in(language) + ": ", text::DiffOp::same, true, false},
                         Run{"[" + w.badgeOverlap.in(language) + "] " + w.legendOverlap.in(language) + "; [" +
                             w.badgeConflict.in(language) + "] " + w.legendConflict.in(language) + "; [" +
                             w.badgeGap.in(language) + "] " + w.legendGap.in(language) + "."}});
  std::vector<int> shares{12};
  std::vector<std::string> headings{w.matter.in(language)};
  for (const auto& column : matrix.columns) {
    shares.push_back(88 / static_cast<int>(matrix.columns.size()) + 1);
    headings.push_back(bodyName(column.name, column.upper, language));
  }
  // Many bodies: a smaller font, cells left-aligned, so that no word breaks.
  docx::Table table = document.addTable(shares, headings, std::vector<docx::Align>(shares.size(), docx::Align::left),
                                        matrix.columns.size() > 6 ? 9 : 11);
  for (const auto& row : matrix.rows) {
    std::vector<Runs> cells{bold(row.name)};
    if (row.gap) {
      std::string codes;
      for (const auto& code : row.gapCodes) codes += " " + code;
      cells[0].push_back(Run{" [" + w.badgeGap.in(language) + "]" + codes, text::DiffOp::same, true, true});
    }
    for (const auto& cell : row.cells) cells.push_back(cellRuns(cell, language));
    table.addRow(cells, docx::RowLook::plain);
  }
  if (matrix.unplaced > 0)
    document.addParagraph(plain(std::to_string(matrix.unplaced) + " " + w.unplaced.in(language) + "."));
}

void addGraph(docx::Document& document, const AuthorityGraph& graph, Language language) {
  const ReportWords& w = words();
  if (graph.edges.empty()) {
    document.addParagraph(plain(w.noEdges.in(language)));
    return;
  }
  std::map<std::string, std::string> names;
  for (const auto& node : graph.nodes) names[node.key] = bodyName(node.name, node.upper, language);
  docx::Table table = document.addTable(
      {20, 20, 14, 26, 20},
      {w.from.in(language), w.to.in(language), w.relation.in(language), w.matter.in(language), w.where.in(language)});
  for (const auto& edge : graph.edges) {
    std::string matters, units;
    for (const auto& matter : edge.matters)
      matters += (matters.empty() ? "" : "; ") + (matter.empty() ? w.unknownMatter.in(language) : matter);
    for (const auto& unit : edge.units) units += (units.empty() ? "" : "; ") + unit;
    Runs relation = plain((edge.kind == EdgeKind::delegation ? w.delegation : w.reporting).in(language));
    if (edge.flagged) relation.push_back(Run{" [" + w.flagged.in(language) + "]", text::DiffOp::same, true, true});
    table.addRow({plain(names.at(edge.from)), plain(names.at(edge.to)), relation, plain(matters), plain(units)},
                 docx::RowLook::plain);
  }
}

Runs quoted(const QuotedClause& clause, Language language) {
  Runs runs;
  if (!clause.note.empty()) runs.push_back(Run{clause.note.in(language) + "\n", text::DiffOp::same, false, true});
  runs.push_back(Run{clause.text});
  return runs;
}

// A finding: its message, then its clauses side by side in one table row.
void addFinding(docx::Document& document, const FindingView& view, Language language) {
  const ReportWords& w = words();
  const Diagnostic& finding = view.diagnostic;
  document.addParagraph(
      {Run{severityWords(finding.severity).in(language) + " " + finding.code + ": ", text::DiffOp::same, true, false},
       Run{finding.message.in(language)},
       Run{" (" + whereOf(finding, view.clause, language) + ")", text::DiffOp::same, false, true}},
      docx::Align::left);
  std::vector<int> shares{50};
  std::vector<std::string> headings{w.clause.in(language) + ": " + placeOf(view.clause, language)};
  std::vector<Runs> cells{quoted(view.clause, language)};
  for (const auto& related : view.related) {
    shares.push_back(50);
    headings.push_back(w.related.in(language) + ": " + placeOf(related, language));
    cells.push_back(quoted(related, language));
  }
  docx::Table table = document.addTable(shares, headings);
  table.addRow(cells, docx::RowLook::plain);
  if (finding.witness)
    document.addParagraph(
        {Run{w.witness.in(language) + ": ", text::DiffOp::same, true, false}, Run{finding.witness->in(language)}});
  if (finding.suggestion)
    document.addParagraph({Run{w.suggestion.in(language) + ": ", text::DiffOp::same, true, false},
                           Run{finding.suggestion->in(language)}});
}

void addNotFormalised(docx::Document& document, const std::vector<UnreadClause>& clauses, Language language) {
  const ReportWords& w = words();
  if (clauses.empty()) {
    document.addParagraph(plain(w.none.in(language) + "."));
    return;
  }
  document.addParagraph(plain(w.notFormalisedIntro.in(language)));
  docx::Table table =
      document.addTable({20, 25, 55}, {w.where.in(language), w.reason.in(language), w.text.in(language)});
  for (const auto& unread : clauses) {
    const model::ClauseStatus& clause = unread.status;
    table.addRow(
        {plain(placeOf(unread, language)),
         plain(checks::notFormalisedReason(clause.reason.value_or(model::NotFormalised::unreadable)).in(language)),
         plain(clause.source.text)},
        docx::RowLook::plain);
  }
}

void addDocument(docx::Document& document, const DocumentReport& report, Language language) {
  const ReportWords& w = words();
  document.addHeading(report.number + " — " + report.organisation);
  document.addHeading(w.matrix.in(language));
  addMatrix(document, report.matrix, language);
  document.addHeading(w.graph.in(language));
  addGraph(document, report.graph, language);
  document.addHeading(fmt::format("{} ({})", w.findings.in(language), report.findings.size()));
  if (report.findings.empty()) document.addParagraph(plain(w.noFindings.in(language)));
  for (const auto& view : report.findings) addFinding(document, view, language);
  document.addHeading(fmt::format("{} ({})", w.notFormalised.in(language), report.notFormalised.size()));
  addNotFormalised(document, report.notFormalised, language);
}

}  // namespace

std::string writeDocxReport(std::ostream& out, const ReportData& data, Language language) {
  const ReportWords& w = words();
  const CompareWords office = compareWords(language);
  docx::Document document(true);
  std::vector<std::string> issuer;
  if (!data.documents.empty()) issuer.push_back(data.documents.front().organisation);
  std::vector<std::string> about;
  for (const auto& report : data.documents) about.push_back(report.number + " — " + report.organisation);
  document.addTitleBlock(issuer, office.motto, w.title.in(language), about);
  document.addParagraph({Run{w.intro.in(language), text::DiffOp::same, false, true}});
  addSummary(document, data, language);
  for (const auto& report : data.documents) addDocument(document, report, language);
  if (!data.otherFindings.empty()) {
    document.addHeading(w.otherFindings.in(language));
    for (const auto& finding : data.otherFindings)
      document.addParagraph(plain(fmt::format("{}:{} {} {}", finding.path, finding.range.begin.line, finding.code,
                                              finding.message.in(language))),
                            docx::Align::left);
  }
  return document.write(out);
}

}  // namespace rasoat::report
