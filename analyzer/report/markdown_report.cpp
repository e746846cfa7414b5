#include "report/markdown_report.h"

#include <map>

#include <fmt/format.h>

#include "report/escape.h"
#include "report/markdown_parts.h"
#include "report/report_words.h"

namespace rasoat::report {

namespace {

using markdown::Cell;
using markdown::writeTable;

std::string percent(int part, int whole) {
  return fmt::format("{:.1f}%", whole == 0 ? 100.0 : 100.0 * part / whole);
}

std::string bodyName(const std::string& name, bool upper, Language language) {
  return upper ? name + " (" + words().upper.in(language) + ")" : name;
}

std::string powerText(const PowerEntry& power, Language language) {
  std::string text = escapeMarkdownCell(power.unit);
  if (!power.condition.empty()) text += " (" + escapeMarkdownCell(power.condition.in(language)) + ")";
  if (power.overlap) text += " **[" + escapeMarkdownCell(words().badgeOverlap.in(language)) + "]**";
  if (power.conflict) text += " **[" + escapeMarkdownCell(words().badgeConflict.in(language)) + "]**";
  for (const auto& code : power.codes) text += " `" + code + "`";
  return text;
}

Cell cellText(const MatrixCell& cell, Language language) {
  std::string text;
  for (std::size_t i = 0; i < cell.powers.size(); ++i) {
    const PowerEntry& first = cell.powers[i];
    if (i > 0 && cell.powers[i - 1].sameKind(first)) continue;
    const bool prohibited = first.prohibited();
    text += (text.empty() ? "" : "<br>") + std::string("**") +
            escapeMarkdownCell((prohibited ? words().prohibited.in(language) : "") +
                               modalityWords(first.modality).in(language)) +
            "**: ";
    std::string refs;
    for (std::size_t j = i; j < cell.powers.size(); ++j) {
      if (cell.powers[j].sameKind(first)) refs += (refs.empty() ? "" : "; ") + powerText(cell.powers[j], language);
    }
    text += refs;
  }
  return text;
}

void writeSummary(std::ostream& out, const ReportData& data, Language language) {
  const ReportWords& w = words();
  out << "## " << escapeMarkdown(w.summary.in(language)) << "\n\n";
  std::vector<std::vector<Cell>> rows;
  for (const auto& document : data.documents) {
    rows.push_back({"**" + escapeMarkdownCell(document.number) + "** " + escapeMarkdownCell(document.organisation) +
                        " (" + escapeMarkdownCell(document.path) + ")",
                    std::to_string(document.clauses),
                    fmt::format("{}/{} ({})", document.formalised, document.clauses,
                                percent(document.formalised, document.clauses))});
  }
  rows.push_back({escapeMarkdownCell(w.total.in(language)), std::to_string(data.clauses),
                  fmt::format("{}/{} ({})", data.formalised, data.clauses, percent(data.formalised, data.clauses))});
  writeTable(out,
             {escapeMarkdownCell(w.documents.in(language)), escapeMarkdownCell(w.clauses.in(language)),
              escapeMarkdownCell(w.coverage.in(language))},
             rows);
  out << "**" << escapeMarkdown(w.higher.in(language)) << ":** ";
  if (data.higherDocuments.empty()) out << escapeMarkdown(w.none.in(language));
  for (std::size_t i = 0; i < data.higherDocuments.size(); ++i)
    out << (i ? "; " : "") << escapeMarkdown(data.higherDocuments[i]);
  if (!data.missingHigher.empty()) {
    out << "\n\n**" << escapeMarkdown(w.missingHigher.in(language)) << ":** ";
    for (std::size_t i = 0; i < data.missingHigher.size(); ++i)
      out << (i ? "; " : "") << escapeMarkdown(data.missingHigher[i]);
  }
  if (data.accepted > 0) out << "\n\n**" << escapeMarkdown(w.accepted.in(language)) << ":** " << data.accepted;
  out << "\n\n";
  rows.clear();
  auto countsRow = [](const std::string& label, const SeverityCounts& counts) {
    return std::vector<Cell>{label, std::to_string(counts.error), std::to_string(counts.warning),
                             std::to_string(counts.info)};
  };
  for (const auto& family : data.families)
    rows.push_back(
        countsRow(escapeMarkdownCell(family.family + " — " + familyWords(family.family).in(language)), family.counts));
  rows.push_back(countsRow(escapeMarkdownCell(w.total.in(language)), data.counts));
  std::vector<Cell> header{escapeMarkdownCell(w.family.in(language))};
  for (const Severity severity : {Severity::error, Severity::warning, Severity::info})
    header.push_back(escapeMarkdownCell(severityWords(severity).in(language)));
  writeTable(out, header, rows);
}

void writeMatrix(std::ostream& out, const AuthorityMatrix& matrix, Language language) {
  const ReportWords& w = words();
  if (matrix.rows.empty()) {
    out << escapeMarkdown(w.emptyMatrix.in(language)) << "\n\n";
    return;
  }
  out << escapeMarkdown(w.matrixIntro.in(language)) << "\n\n";
  out << "**" << escapeMarkdown(w.legend.in(language)) << ":** **[" << escapeMarkdown(w.badgeOverlap.in(language))
      << "]** " << escapeMarkdown(w.legendOverlap.in(language)) << "; **["
      << escapeMarkdown(w.badgeConflict.in(language)) << "]** " << escapeMarkdown(w.legendConflict.in(language))
      << "; **[" << escapeMarkdown(w.badgeGap.in(language)) << "]** " << escapeMarkdown(w.legendGap.in(language))
      << ".\n\n";
  std::vector<Cell> header{escapeMarkdownCell(w.matter.in(language))};
  for (const auto& column : matrix.columns)
    header.push_back(escapeMarkdownCell(bodyName(column.name, column.upper, language)));
  std::vector<std::vector<Cell>> rows;
  for (const auto& row : matrix.rows) {
    std::vector<Cell> cells{escapeMarkdownCell(row.name)};
    if (row.gap) {
      cells[0] += " **[" + escapeMarkdownCell(w.badgeGap.in(language)) + "]**";
      for (const auto& code : row.gapCodes) cells[0] += " `" + code + "`";
    }
    for (const auto& cell : row.cells) cells.push_back(cellText(cell, language));
    rows.push_back(std::move(cells));
  }
  writeTable(out, header, rows);
  if (matrix.unplaced > 0) out << matrix.unplaced << " " << escapeMarkdown(w.unplaced.in(language)) << ".\n\n";
}

void writeGraph(std::ostream& out, const AuthorityGraph& graph, Language language) {
  const ReportWords& w = words();
  if (graph.edges.empty()) {
    out << escapeMarkdown(w.noEdges.in(language)) << "\n\n";
    return;
  }
  std::map<std::string, std::string> names;
  for (const auto& node : graph.nodes) names[node.key] = bodyName(node.name, node.upper, language);
  for (const auto& edge : graph.edges) {
    std::string matters, units;
    for (const auto& matter : edge.matters)
      matters += (matters.empty() ? "" : "; ") + (matter.empty() ? w.unknownMatter.in(language) : matter);
    for (const auto& unit : edge.units) units += (units.empty() ? "" : "; ") + unit;
    out << "- " << escapeMarkdown(names.at(edge.from)) << " → " << escapeMarkdown(names.at(edge.to)) << " ("
        << escapeMarkdown((edge.kind == EdgeKind::delegation ? w.delegation : w.reporting).in(language))
        << "): " << escapeMarkdown(matters) << " — " << escapeMarkdown(units)
        << (edge.flagged ? " **[" + escapeMarkdown(w.flagged.in(language)) + "]**" : "") << "\n";
  }
  out << "\n";
}

void writeDocument(std::ostream& out, const DocumentReport& document, Language language, int index, bool overview) {
  const ReportWords& w = words();
  // The anchor the overview links to (a report on one document has no overview).
  if (overview) out << "<a id=\"" << markdown::documentAnchor(index) << "\"></a>\n\n";
  out << "## " << escapeMarkdown(document.number + " — " + document.organisation) << "\n\n";
  if (overview) {
    out << escapeMarkdown(document.path) << " — " << document.counts.error << " "
        << escapeMarkdown(severityWords(Severity::error).in(language)) << ", " << document.counts.warning << " "
        << escapeMarkdown(severityWords(Severity::warning).in(language)) << ", " << document.counts.info << " "
        << escapeMarkdown(severityWords(Severity::info).in(language)) << " — **"
        << escapeMarkdown(w.verdict.in(language)) << ":** "
        << escapeMarkdown(verdictWords(document.verdict()).in(language)) << " (["
        << escapeMarkdown(w.backToOverview.in(language)) << "](#overview))\n\n";
  }
  out << "### " << escapeMarkdown(w.matrix.in(language)) << "\n\n";
  writeMatrix(out, document.matrix, language);
  out << "### " << escapeMarkdown(w.graph.in(language)) << "\n\n";
  writeGraph(out, document.graph, language);
  out << "### " << escapeMarkdown(w.findings.in(language)) << " (" << document.findings.size() << ")\n\n";
  if (document.findings.empty()) out << escapeMarkdown(w.noFindings.in(language)) << "\n\n";
  for (const auto& view : document.findings) markdown::writeFinding(out, view, language);
  out << "### " << escapeMarkdown(w.notFormalised.in(language)) << " (" << document.notFormalised.size() << ")\n\n";
  markdown::writeNotFormalised(out, document.notFormalised, language);
}

}  // namespace

void writeMarkdownReport(std::ostream& out, const ReportData& data, Language language) {
  const ReportWords& w = words();
  out << "# " << escapeMarkdown(w.title.in(language)) << "\n\n" << escapeMarkdown(w.intro.in(language)) << "\n\n";
  const bool overview = hasOverview(data);
  if (overview) markdown::writeOverview(out, data, language);
  writeSummary(out, data, language);
  int index = 0;
  for (const auto& document : data.documents) writeDocument(out, document, language, index++, overview);
  if (!data.otherFindings.empty()) {
    out << "## " << escapeMarkdown(w.otherFindings.in(language)) << "\n\n";
    for (const auto& finding : data.otherFindings)
      out << "- " << escapeMarkdown(fmt::format("{}:{}", finding.path, finding.range.begin.line)) << " `"
          << finding.code << "` " << escapeMarkdown(finding.message.in(language)) << "\n";
    out << "\n";
  }
}

}  // namespace rasoat::report