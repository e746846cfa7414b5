// The overview of a report on many documents: one row per document with its
// counts and verdict, linked to its section, then the checks that fire in the
// most documents.
#include <fmt/format.h>

#include "report/escape.h"
#include "report/html_parts.h"
#include "report/report_words.h"

namespace rasoat::report::html {

namespace {

const char* verdictClass(Verdict verdict) {
  switch (verdict) {
    case Verdict::passes: return "passes";
    case Verdict::needsChanges: return "needs-changes";
    case Verdict::unreadable: return "unreadable";
  }
  return "";
}

// A family's cell: its number of findings, coloured by the worst severity.
void writeFamilyCell(std::ostream& out, const SeverityCounts& counts) {
  const int total = counts.error + counts.warning + counts.info;
  const char* tone = counts.error ? " error" : counts.warning ? " warning" : "";
  out << "<td class=\"n" << tone << "\">" << (total ? std::to_string(total) : "") << "</td>";
}

void writeHeader(std::ostream& out, const ReportData& data, Language language) {
  const ReportWords& w = words();
  out << "<thead><tr><th>" << escapeHtml(w.rowNumber.in(language)) << "</th><th>"
      << escapeHtml(w.documentName.in(language)) << "</th>";
  for (const Severity severity : {Severity::error, Severity::warning, Severity::info})
    out << "<th>" << escapeHtml(severityWords(severity).in(language)) << "</th>";
  for (const auto& family : data.families) {
    out << "<th class=\"family\" title=\"" << escapeHtml(familyWords(family.family).in(language)) << "\">"
        << escapeHtml(family.family) << "</th>";
  }
  out << "<th>" << escapeHtml(w.missingColumn.in(language)) << "</th><th>" << escapeHtml(w.verdict.in(language))
      << "</th></tr></thead>\n";
}

void writeVerdict(std::ostream& out, Verdict verdict, Language language) {
  out << "<td><span class=\"verdict " << verdictClass(verdict) << "\">"
      << escapeHtml(verdictWords(verdict).in(language)) << "</span></td>";
}

void writeRows(std::ostream& out, const ReportData& data, Language language) {
  int row = 0;
  for (std::size_t i = 0; i < data.documents.size(); ++i) {
    const DocumentReport& document = data.documents[i];
    const std::string name = document.organisation.empty() ? document.path : document.organisation;
    out << "<tr><td class=\"n\">" << ++row << "</td><td><a href=\"#" << documentAnchor(static_cast<int>(i)) << "\">"
        << escapeHtml(name) << "</a>";
    if (!document.number.empty()) out << " <span class=\"where\">" << escapeHtml(document.number) << "</span>";
    out << "<br><span class=\"where\">" << escapeHtml(document.path) << "</span></td>";
    out << "<td class=\"n\">" << document.counts.error << "</td><td class=\"n\">" << document.counts.warning
        << "</td><td class=\"n\">" << document.counts.info << "</td>";
    for (const auto& family : data.families) {
      SeverityCounts counts;
      for (const auto& own : document.families) {
        if (own.family == family.family) counts = own.counts;
      }
      writeFamilyCell(out, counts);
    }
    out << "<td>";
    for (std::size_t m = 0; m < document.missingHigher.size(); ++m)
      out << (m ? "; " : "") << escapeHtml(document.missingHigher[m]);
    out << "</td>";
    writeVerdict(out, document.verdict(), language);
    out << "</tr>\n";
  }
  // Unreadable documents last: a list of what to ask for again.
  // The message spans the counts, the families and the missing documents.
  const std::size_t span = 3 + data.families.size() + 1;
  for (const auto& document : data.unreadable) {
    out << "<tr class=\"unreadable\"><td class=\"n\">" << ++row << "</td><td>" << escapeHtml(document.path)
        << "</td><td colspan=\"" << span << "\">" << escapeHtml(document.problem.in(language)) << "</td>";
    writeVerdict(out, Verdict::unreadable, language);
    out << "</tr>\n";
  }
}

void writeFrequent(std::ostream& out, const std::vector<FrequentFinding>& frequent, Language language) {
  if (frequent.empty()) return;
  const ReportWords& w = words();
  out << "<h3>" << escapeHtml(w.frequent.in(language)) << "</h3>\n<table class=\"summary frequent\"><thead><tr><th>"
      << escapeHtml(w.code.in(language)) << "</th><th>" << escapeHtml(w.description.in(language)) << "</th><th>"
      << escapeHtml(w.documentCount.in(language)) << "</th><th>" << escapeHtml(w.findingCount.in(language))
      << "</th></tr></thead><tbody>\n";
  for (const auto& entry : frequent) {
    out << "<tr><td><code>" << escapeHtml(entry.code) << "</code></td><td>" << escapeHtml(entry.summary.in(language))
        << "</td><td class=\"n\">" << entry.documents << "</td><td class=\"n\">" << entry.findings << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
}

}  // namespace

std::string documentAnchor(int document) {
  return fmt::format("doc-{}", document + 1);
}

void writeOverview(std::ostream& out, const ReportData& data, Language language) {
  const ReportWords& w = words();
  out << "<section id=\"overview\" class=\"overview\"><h2>" << escapeHtml(w.overview.in(language)) << "</h2>\n<p>"
      << escapeHtml(w.overviewIntro.in(language)) << "</p>\n<div class=\"scroll\"><table class=\"summary overview\">";
  writeHeader(out, data, language);
  out << "<tbody>\n";
  writeRows(out, data, language);
  out << "</tbody></table></div>\n";
  writeFrequent(out, data.frequent, language);
  out << "</section>\n";
}

}  // namespace rasoat::report::html
