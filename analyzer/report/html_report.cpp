#include "report/html_report.h"

#include <fmt/format.h>

#include "report/escape.h"
#include "report/html_parts.h"
#include "report/html_style.h"
#include "report/report_words.h"

namespace rasoat::report {

namespace {

std::string percent(int part, int whole) {
  return fmt::format("{:.1f}%", whole == 0 ? 100.0 : 100.0 * part / whole);
}

void writeCountsRow(std::ostream& out, const std::string& label, const SeverityCounts& counts) {
  out << "<tr><th scope=\"row\">" << escapeHtml(label) << "</th><td class=\"n\">" << counts.error
      << "</td><td class=\"n\">" << counts.warning << "</td><td class=\"n\">" << counts.info << "</td></tr>\n";
}

void writeDocumentTable(std::ostream& out, const ReportData& data, Language language) {
  const ReportWords& w = words();
  out << "<table class=\"summary\"><thead><tr><th>" << escapeHtml(w.documents.in(language)) << "</th><th>"
      << escapeHtml(w.clauses.in(language)) << "</th><th>" << escapeHtml(w.coverage.in(language))
      << "</th></tr></thead><tbody>\n";
  for (const auto& document : data.documents) {
    out << "<tr><td><b>" << escapeHtml(document.number) << "</b> " << escapeHtml(document.organisation)
        << "<br><span class=\"where\">" << escapeHtml(document.path) << "</span></td><td class=\"n\">"
        << document.clauses << "</td><td class=\"n\">" << document.formalised << "/" << document.clauses << " ("
        << percent(document.formalised, document.clauses) << ")</td></tr>\n";
  }
  out << "<tr><th scope=\"row\">" << escapeHtml(w.total.in(language)) << "</th><td class=\"n\">" << data.clauses
      << "</td><td class=\"n\">" << data.formalised << "/" << data.clauses << " ("
      << percent(data.formalised, data.clauses) << ")</td></tr>\n</tbody></table>\n";
}

void writeSummary(std::ostream& out, const ReportData& data, Language language) {
  const ReportWords& w = words();
  out << "<section id=\"summary\"><h2>" << escapeHtml(w.summary.in(language)) << "</h2>\n";
  // With many documents the overview above is the table of documents.
  if (!hasOverview(data)) writeDocumentTable(out, data, language);
  out << "<p><b>" << escapeHtml(w.higher.in(language)) << ":</b> ";
  if (data.higherDocuments.empty()) out << escapeHtml(w.none.in(language));
  for (std::size_t i = 0; i < data.higherDocuments.size(); ++i)
    out << (i ? "; " : "") << escapeHtml(data.higherDocuments[i]);
  if (!data.missingHigher.empty()) {
    out << "</p>\n<p class=\"missing\"><b>" << escapeHtml(w.missingHigher.in(language)) << ":</b> ";
    for (std::size_t i = 0; i < data.missingHigher.size(); ++i)
      out << (i ? "; " : "") << escapeHtml(data.missingHigher[i]);
  }
  if (data.accepted > 0)
    out << "</p>\n<p class=\"accepted\"><b>" << escapeHtml(w.accepted.in(language)) << ":</b> " << data.accepted;
  out << "</p>\n<table class=\"summary\"><thead><tr><th>" << escapeHtml(w.family.in(language)) << "</th>";
  for (const Severity severity : {Severity::error, Severity::warning, Severity::info})
    out << "<th>" << escapeHtml(severityWords(severity).in(language)) << "</th>";
  out << "</tr></thead><tbody>\n";
  for (const auto& family : data.families)
    writeCountsRow(out, family.family + " — " + familyWords(family.family).in(language), family.counts);
  writeCountsRow(out, w.total.in(language), data.counts);
  out << "</tbody></table>\n</section>\n";
}

// Counts, verdict and the higher level of one document, at the head of its
// section: the section can be printed and handed out on its own.
void writeDocumentHead(std::ostream& out, const DocumentReport& document, Language language) {
  const ReportWords& w = words();
  out << "<p class=\"document-head\"><span class=\"where\">" << escapeHtml(document.path) << "</span><br>";
  for (const Severity severity : {Severity::error, Severity::warning, Severity::info}) {
    const int n = severity == Severity::error     ? document.counts.error
                  : severity == Severity::warning ? document.counts.warning
                                                  : document.counts.info;
    out << n << " " << escapeHtml(severityWords(severity).in(language)) << (severity == Severity::info ? "" : ", ");
  }
  out << " — <b>" << escapeHtml(w.verdict.in(language)) << ":</b> <span class=\"verdict "
      << (document.verdict() == Verdict::passes ? "passes" : "needs-changes") << "\">"
      << escapeHtml(verdictWords(document.verdict()).in(language)) << "</span>";
  if (!document.parents.empty()) {
    out << "<br><b>" << escapeHtml(w.higher.in(language)) << ":</b> ";
    for (std::size_t i = 0; i < document.parents.size(); ++i) out << (i ? "; " : "") << escapeHtml(document.parents[i]);
  }
  if (!document.missingHigher.empty()) {
    out << "<br><span class=\"missing\"><b>" << escapeHtml(w.missingHigher.in(language)) << ":</b> ";
    for (std::size_t i = 0; i < document.missingHigher.size(); ++i)
      out << (i ? "; " : "") << escapeHtml(document.missingHigher[i]);
    out << "</span>";
  }
  out << "</p>\n";
}

void writeDocument(std::ostream& out, const DocumentReport& document, Language language, int index, bool overview) {
  const ReportWords& w = words();
  out << "<section class=\"document\" id=\"" << html::documentAnchor(index) << "\"><h2>" << escapeHtml(document.number)
      << " — " << escapeHtml(document.organisation) << "</h2>\n";
  if (overview) {
    writeDocumentHead(out, document, language);
    out << "<p class=\"back\"><a href=\"#overview\">" << escapeHtml(w.backToOverview.in(language)) << "</a></p>\n";
  }
  out << "<section class=\"matrix\"><h3>" << escapeHtml(w.matrix.in(language)) << "</h3>\n";
  const html::FindingAnchors anchors = html::findingAnchors(document.findings, index);
  html::writeMatrix(out, document.matrix, anchors, language);
  out << "</section>\n<section class=\"graph\">";
  html::writeGraph(out, document.graph, language, index, "<h3>" + escapeHtml(w.graph.in(language)) + "</h3>\n");
  out << "</section>\n<section class=\"findings\"><h3>" << escapeHtml(w.findings.in(language)) << " ("
      << document.findings.size() << ")</h3>\n";
  html::writeFindings(out, document.findings, index, language);
  out << "</section>\n<section class=\"not-formalised\"><h3>" << escapeHtml(w.notFormalised.in(language)) << " ("
      << document.notFormalised.size() << ")</h3>\n";
  html::writeNotFormalised(out, document.notFormalised, language);
  out << "</section>\n</section>\n";
}

void writeOtherFindings(std::ostream& out, const std::vector<Diagnostic>& findings, Language language) {
  if (findings.empty()) return;
  out << "<section><h2>" << escapeHtml(words().otherFindings.in(language)) << "</h2><ul>\n";
  for (const auto& finding : findings) {
    out << "<li><span class=\"where\">" << escapeHtml(fmt::format("{}:{}", finding.path, finding.range.begin.line))
        << "</span> <code>" << escapeHtml(finding.code) << "</code> " << escapeHtml(finding.message.in(language))
        << "</li>\n";
  }
  out << "</ul></section>\n";
}

}  // namespace

void writeHtmlReport(std::ostream& out, const ReportData& data, Language language) {
  const ReportWords& w = words();
  out << "<!DOCTYPE html>\n<html lang=\"" << (language == Language::vi ? "vi" : "en") << "\">\n<head>\n"
      << "<meta charset=\"utf-8\">\n"
      // Nothing may be fetched or run: the page is read offline and attached to a submission.
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
      << escapeHtml(w.title.in(language)) << "</title>\n<style>" << html::kStyle << "</style>\n</head>\n<body>\n";
  out << "<header><h1>" << escapeHtml(w.title.in(language)) << "</h1>\n<p class=\"lead\">"
      << escapeHtml(w.intro.in(language)) << "</p></header>\n<main>\n";
  const bool overview = hasOverview(data);
  if (overview) html::writeOverview(out, data, language);
  writeSummary(out, data, language);
  int index = 0;
  for (const auto& document : data.documents) writeDocument(out, document, language, index++, overview);
  writeOtherFindings(out, data.otherFindings, language);
  out << "</main>\n<footer>" << escapeHtml(w.generated.in(language)) << "</footer>\n</body>\n</html>\n";
}

}  // namespace rasoat::report
