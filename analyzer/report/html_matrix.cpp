// The authority matrix as an HTML table.
#include <fmt/format.h>

#include "report/escape.h"
#include "report/html_parts.h"
#include "report/report_words.h"

namespace rasoat::report::html {

namespace {

void writeBadge(std::ostream& out, const char* kind, const LocalizedText& text, Language language) {
  out << " <span class=\"badge " << kind << "\">" << escapeHtml(text.in(language)) << "</span>";
}

// A finding's code, linked to the finding when the page has it.
void writeCode(std::ostream& out, const std::string& code, int line, const FindingAnchors& anchors) {
  const auto found = anchors.find({code, line});
  if (found == anchors.end()) {
    out << " <code>" << escapeHtml(code) << "</code>";
    return;
  }
  out << " <a href=\"#" << found->second << "\"><code>" << escapeHtml(code) << "</code></a>";
}

// One power: "Điều 5 khoản 2 (tổng mức đầu tư dưới 20 tỷ đồng)", the clause as a tooltip.
void writePower(std::ostream& out, const PowerEntry& power, const FindingAnchors& anchors, Language language) {
  out << "<span class=\"ref\" title=\"" << escapeHtml(power.clauseText) << "\">" << escapeHtml(power.unit) << "</span>";
  if (!power.condition.empty())
    out << " <span class=\"cond\">(" << escapeHtml(power.condition.in(language)) << ")</span>";
  const ReportWords& w = words();
  if (power.overlap) writeBadge(out, "overlap", w.badgeOverlap, language);
  if (power.conflict) writeBadge(out, "conflict", w.badgeConflict, language);
  for (const auto& code : power.codes) writeCode(out, code, power.line, anchors);
}

std::string cellClasses(const MatrixCell& cell) {
  std::string classes = "cell";
  if (cell.overlap()) classes += " overlap";
  if (cell.conflict()) classes += " conflict";
  return classes;
}

// The powers of a cell grouped by kind: "quyết định: Điều 5 khoản 2; Điều 6 khoản 1".
void writePowers(std::ostream& out, const MatrixCell& cell, const FindingAnchors& anchors, Language language) {
  if (!cell.powers.empty()) out << "<ul>";
  for (std::size_t i = 0; i < cell.powers.size(); ++i) {
    const PowerEntry& first = cell.powers[i];
    if (i > 0 && cell.powers[i - 1].sameKind(first)) continue;
    const bool prohibited = first.prohibited();
    out << "<li><span class=\"power\">" << (prohibited ? escapeHtml(words().prohibited.in(language)) : "")
        << escapeHtml(modalityWords(first.modality).in(language)) << "</span>: ";
    bool firstOfKind = true;
    for (std::size_t j = i; j < cell.powers.size(); ++j) {
      if (!cell.powers[j].sameKind(first)) continue;
      if (!firstOfKind) out << "; ";
      writePower(out, cell.powers[j], anchors, language);
      firstOfKind = false;
    }
    out << "</li>";
  }
  if (!cell.powers.empty()) out << "</ul>";
}

void writeCell(std::ostream& out, const MatrixCell& cell, const FindingAnchors& anchors, Language language) {
  out << "<td class=\"" << cellClasses(cell) << "\">";
  writePowers(out, cell, anchors, language);
  out << "</td>";
}

// The line of a power in the row that a finding with this code names.
int lineNamed(const MatrixRow& row, const std::string& code, const FindingAnchors& anchors) {
  for (const auto& cell : row.cells) {
    for (const auto& power : cell.powers) {
      if (anchors.count({code, power.line})) return power.line;
    }
  }
  return 0;
}

void writeRowHead(std::ostream& out, const MatrixRow& row, const FindingAnchors& anchors, Language language) {
  out << escapeHtml(row.name);
  if (row.gap) {
    writeBadge(out, "gap", words().badgeGap, language);
    for (const auto& code : row.gapCodes) writeCode(out, code, lineNamed(row, code, anchors), anchors);
  }
}

// The matrix for paper: a table of a dozen bodies on A4 wraps every clause
// reference and leaves pages nearly empty, so print shows each matter as a
// short block (its bodies and their powers, empty cells left out), flowing in
// two columns. Hidden on screen, where the table is.
void writePrintedMatrix(std::ostream& out, const AuthorityMatrix& matrix, const FindingAnchors& anchors,
                        Language language) {
  out << "<div class=\"matrix-print\">\n";
  for (const auto& row : matrix.rows) {
    out << "<section class=\"matter" << (row.gap ? " gap" : "") << "\"><h4>";
    writeRowHead(out, row, anchors, language);
    out << "</h4>";
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      if (row.cells[c].powers.empty()) continue;
      const MatrixColumn& column = matrix.columns[c];
      out << "<div class=\"" << cellClasses(row.cells[c]) << "\"><b>"
          << escapeHtml(bodyName(column.name, column.upper, language)) << "</b>";
      writePowers(out, row.cells[c], anchors, language);
      out << "</div>";
    }
    out << "</section>\n";
  }
  out << "</div>\n";
}

// The powers the matrix could not place, listed (a count alone tells the
// group nothing to look at): the clause, the power, what was not identified.
void writeUnplaced(std::ostream& out, const std::vector<UnplacedPower>& powers, Language language) {
  if (powers.empty()) return;
  const ReportWords& w = words();
  out << "<details class=\"unplaced\" open><summary>" << escapeHtml(w.unplacedIntro.in(language)) << " ("
      << powers.size() << ")</summary>\n<table class=\"clauses unplaced\"><thead><tr><th>"
      << escapeHtml(w.unplacedClause.in(language)) << "</th><th>" << escapeHtml(w.power.in(language)) << "</th><th>"
      << escapeHtml(w.why.in(language)) << "</th></tr></thead><tbody>\n";
  for (const auto& power : powers) {
    std::string why;
    if (!power.actorKnown)
      why = w.unplacedActor.in(language) + (power.actor.empty() ? "" : " (\u201c" + power.actor + "\u201d)");
    if (!power.matterKnown) why += (why.empty() ? "" : "; ") + w.unplacedMatter.in(language);
    out << "<tr><td>" << escapeHtml(power.unit) << " <span class=\"where\">("
        << escapeHtml(fmt::format("{}", power.line)) << ")</span></td><td><span class=\"power\">"
        << escapeHtml(modalityWords(power.modality).in(language)) << "</span>: " << escapeHtml(power.clauseText)
        << "</td><td>" << escapeHtml(why) << "</td></tr>\n";
  }
  out << "</tbody></table></details>\n";
}

}  // namespace

std::string bodyName(const std::string& name, bool upper, Language language) {
  return upper ? name + " (" + words().upper.in(language) + ")" : name;
}

void writeMatrix(std::ostream& out, const AuthorityMatrix& matrix, const FindingAnchors& anchors, Language language) {
  const ReportWords& w = words();
  if (matrix.rows.empty()) {
    out << "<p>" << escapeHtml(w.emptyMatrix.in(language)) << "</p>\n";
    return;
  }
  out << "<p>" << escapeHtml(w.matrixIntro.in(language)) << "</p>\n";
  out << "<p class=\"legend\"><b>" << escapeHtml(w.legend.in(language)) << ":</b> ";
  out << "<span class=\"swatch overlap\"></span>" << escapeHtml(w.legendOverlap.in(language)) << " · ";
  out << "<span class=\"swatch conflict\"></span>" << escapeHtml(w.legendConflict.in(language)) << " · ";
  out << "<span class=\"swatch gap\"></span>" << escapeHtml(w.legendGap.in(language)) << "</p>\n";
  // Scrolls inside a box no taller than the window: the horizontal scroll bar
  // and every body's column stay in reach; matters and bodies stay in view.
  out << "<div class=\"matrix-box\"><table class=\"matrix\">\n<thead><tr><th scope=\"col\">"
      << escapeHtml(w.matter.in(language)) << "</th>";
  for (const auto& column : matrix.columns) {
    out << "<th scope=\"col\"" << (column.upper ? " class=\"upper\"" : "") << ">"
        << escapeHtml(bodyName(column.name, column.upper, language)) << "</th>";
  }
  out << "</tr></thead>\n<tbody>\n";
  for (const auto& row : matrix.rows) {
    out << "<tr" << (row.gap ? " class=\"gap\"" : "") << "><th scope=\"row\">";
    writeRowHead(out, row, anchors, language);
    out << "</th>";
    for (const auto& cell : row.cells) writeCell(out, cell, anchors, language);
    out << "</tr>\n";
  }
  out << "</tbody></table></div>\n";
  writePrintedMatrix(out, matrix, anchors, language);
  if (matrix.unplaced > 0)
    out << "<p class=\"note\">" << matrix.unplaced << " " << escapeHtml(w.unplaced.in(language)) << ".</p>\n";
  writeUnplaced(out, matrix.unplacedPowers, language);
}

}  // namespace rasoat::report::html
