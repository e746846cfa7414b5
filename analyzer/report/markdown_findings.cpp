// The findings, each with its clauses side by side in one table row, and the
// clauses not formalised, in Markdown.
#include <fmt/format.h>

#include "checks/check.h"
#include "report/escape.h"
#include "report/markdown_parts.h"
#include "report/report_words.h"

namespace rasoat::report::markdown {

namespace {}  // namespace

void writeTable(std::ostream& out, const std::vector<Cell>& header, const std::vector<std::vector<Cell>>& rows) {
  out << "|";
  for (const auto& cell : header) out << " " << cell << " |";
  out << "\n|";
  for (std::size_t i = 0; i < header.size(); ++i) out << " --- |";
  out << "\n";
  for (const auto& row : rows) {
    out << "|";
    for (const auto& cell : row) out << " " << cell << " |";
    out << "\n";
  }
  out << "\n";
}

void writeFinding(std::ostream& out, const FindingView& view, Language language) {
  const ReportWords& w = words();
  const Diagnostic& finding = view.diagnostic;
  out << "#### " << escapeMarkdown(severityWords(finding.severity).in(language)) << " `" << finding.code << "` "
      << escapeMarkdown(finding.message.in(language)) << "\n\n";
  out << escapeMarkdown(whereOf(finding, view.clause, language)) << "\n\n";
  std::vector<Cell> header{escapeMarkdownCell(w.clause.in(language) + ": " + placeOf(view.clause, language))};
  auto quoted = [language](const QuotedClause& clause) {
    return (clause.note.empty() ? "" : "*" + escapeMarkdownCell(clause.note.in(language)) + "*<br>") +
           escapeMarkdownCell(clause.text);
  };
  std::vector<Cell> texts{quoted(view.clause)};
  for (const auto& related : view.related) {
    header.push_back(escapeMarkdownCell(w.related.in(language) + ": " + placeOf(related, language)));
    texts.push_back(quoted(related));
  }
  writeTable(out, header, {texts});
  if (finding.witness)
    out << "- **" << escapeMarkdown(w.witness.in(language)) << ":** " << escapeMarkdown(finding.witness->in(language))
        << "\n";
  if (finding.suggestion)
    out << "- **" << escapeMarkdown(w.suggestion.in(language)) << ":** "
        << escapeMarkdown(finding.suggestion->in(language)) << "\n";
  if (finding.witness || finding.suggestion) out << "\n";
}

void writeNotFormalised(std::ostream& out, const std::vector<UnreadClause>& clauses, Language language) {
  const ReportWords& w = words();
  if (clauses.empty()) {
    out << escapeMarkdown(w.none.in(language)) << ".\n\n";
    return;
  }
  out << escapeMarkdown(w.notFormalisedIntro.in(language)) << "\n\n";
  std::vector<std::vector<Cell>> rows;
  rows.reserve(clauses.size());
  for (const auto& unread : clauses) {
    const model::ClauseStatus& clause = unread.status;
    rows.push_back(
        {escapeMarkdownCell(placeOf(unread, language)),
         escapeMarkdownCell(
             checks::notFormalisedReason(clause.reason.value_or(model::NotFormalised::unreadable)).in(language)),
         escapeMarkdownCell(clause.source.text)});
  }
  writeTable(out,
             {escapeMarkdownCell(w.where.in(language)), escapeMarkdownCell(w.reason.in(language)),
              escapeMarkdownCell(w.text.in(language))},
             rows);
}

}  // namespace rasoat::report::markdown
