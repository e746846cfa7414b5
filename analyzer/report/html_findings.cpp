// The findings, each with its clauses side by side, and the clauses not formalised.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/registry.h"
#include "report/escape.h"
#include "report/html_parts.h"
#include "report/report_words.h"

namespace rasoat::report::html {

namespace {

void writeQuote(std::ostream& out, const LocalizedText& heading, const QuotedClause& clause, Language language) {
  out << "<section><h5>" << escapeHtml(heading.in(language)) << ": " << escapeHtml(placeOf(clause, language))
      << "</h5>";
  if (!clause.note.empty()) out << "<p class=\"note\">" << escapeHtml(clause.note.in(language)) << "</p>";
  out << "<blockquote>" << escapeHtml(clause.text) << "</blockquote></section>";
}

void writeFinding(std::ostream& out, const FindingView& view, const std::string& anchor, Language language) {
  const Diagnostic& finding = view.diagnostic;
  const std::string severity(severityName(finding.severity));
  out << "<article class=\"finding " << escapeHtml(severity) << "\" id=\"" << anchor << "\">\n<h4><span class=\"badge "
      << escapeHtml(severity) << "\">" << escapeHtml(severityWords(finding.severity).in(language)) << "</span> <code>"
      << escapeHtml(finding.code) << "</code> " << escapeHtml(finding.message.in(language)) << "</h4>\n";
  out << "<p class=\"where\">" << escapeHtml(whereOf(finding, view.clause, language));
  if (const checks::Check* check = checks::findCheck(finding.code))
    out << " · " << escapeHtml(check->info().summary.in(language));
  out << "</p>\n<div class=\"side\">";
  writeQuote(out, words().clause, view.clause, language);
  for (const auto& related : view.related) writeQuote(out, words().related, related, language);
  out << "</div>\n";
  if (finding.witness || finding.suggestion) out << "<dl class=\"detail\">";
  if (finding.witness)
    out << "<dt>" << escapeHtml(words().witness.in(language)) << "</dt><dd>"
        << escapeHtml(finding.witness->in(language)) << "</dd>";
  if (finding.suggestion)
    out << "<dt>" << escapeHtml(words().suggestion.in(language)) << "</dt><dd>"
        << escapeHtml(finding.suggestion->in(language)) << "</dd>";
  if (finding.witness || finding.suggestion) out << "</dl>";
  out << "\n</article>\n";
}

}  // namespace

std::string findingAnchor(int document, std::size_t finding) {
  return fmt::format("f{}-{}", document, finding + 1);
}

FindingAnchors findingAnchors(const std::vector<FindingView>& findings, int document) {
  FindingAnchors anchors;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const FindingView& view = findings[i];
    const std::string anchor = findingAnchor(document, i);
    anchors.try_emplace({view.diagnostic.code, view.clause.line}, anchor);
    for (const auto& related : view.related) {
      if (related.path == view.clause.path) anchors.try_emplace({view.diagnostic.code, related.line}, anchor);
    }
  }
  return anchors;
}

void writeFindings(std::ostream& out, const std::vector<FindingView>& findings, int document, Language language) {
  if (findings.empty()) out << "<p>" << escapeHtml(words().noFindings.in(language)) << "</p>\n";
  for (std::size_t i = 0; i < findings.size(); ++i)
    writeFinding(out, findings[i], findingAnchor(document, i), language);
}

void writeNotFormalised(std::ostream& out, const std::vector<UnreadClause>& clauses, Language language) {
  const ReportWords& w = words();
  if (clauses.empty()) {
    out << "<p>" << escapeHtml(w.none.in(language)) << ".</p>\n";
    return;
  }
  out << "<p>" << escapeHtml(w.notFormalisedIntro.in(language)) << "</p>\n";
  out << "<table class=\"clauses\"><thead><tr><th>" << escapeHtml(w.where.in(language)) << "</th><th>"
      << escapeHtml(w.reason.in(language)) << "</th><th>" << escapeHtml(w.text.in(language))
      << "</th></tr></thead><tbody>\n";
  for (const auto& unread : clauses) {
    const model::ClauseStatus& clause = unread.status;
    out << "<tr><td>" << escapeHtml(placeOf(unread, language)) << "</td><td>"
        << escapeHtml(
               checks::notFormalisedReason(clause.reason.value_or(model::NotFormalised::unreadable)).in(language))
        << "</td><td>" << escapeHtml(clause.source.text) << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
}

}  // namespace rasoat::report::html
