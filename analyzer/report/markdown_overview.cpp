// The overview of a Markdown report on many documents: the same table as the
// HTML report's, each document linked to its section.
#include <fmt/format.h>

#include "report/escape.h"
#include "report/markdown_parts.h"
#include "report/report_words.h"

namespace rasoat::report::markdown {

namespace {

Cell familyCell(const DocumentReport& document, const std::string& family) {
  for (const auto& own : document.families) {
    if (own.family != family) continue;
    const int total = own.counts.error + own.counts.warning + own.counts.info;
    if (total == 0) return "";
    // The worst severity in bold, as the HTML report colours it.
    return own.counts.error + own.counts.warning > 0 ? fmt::format("**{}**", total) : std::to_string(total);
  }
  return "";
}

std::vector<std::vector<Cell>> overviewRows(const ReportData& data, Language language) {
  std::vector<std::vector<Cell>> rows;
  for (std::size_t i = 0; i < data.documents.size(); ++i) {
    const DocumentReport& document = data.documents[i];
    const std::string name = document.organisation.empty() ? document.path : document.organisation;
    std::vector<Cell> row{
        std::to_string(rows.size() + 1),
        fmt::format("[{}](#{}) {} ({})", escapeMarkdownCell(name), documentAnchor(static_cast<int>(i)),
                    escapeMarkdownCell(document.number), escapeMarkdownCell(document.path)),
        std::to_string(document.counts.error), std::to_string(document.counts.warning),
        std::to_string(document.counts.info)};
    for (const auto& family : data.families) row.push_back(familyCell(document, family.family));
    std::string missing;
    for (const auto& number : document.missingHigher) missing += (missing.empty() ? "" : "; ") + number;
    row.push_back(escapeMarkdownCell(missing));
    row.push_back(escapeMarkdownCell(verdictWords(document.verdict()).in(language)));
    rows.push_back(std::move(row));
  }
  for (const auto& document : data.unreadable) {
    std::vector<Cell> row{std::to_string(rows.size() + 1), escapeMarkdownCell(document.path),
                          escapeMarkdownCell(document.problem.in(language))};
    row.resize(5 + data.families.size() + 1);
    row.push_back(escapeMarkdownCell(verdictWords(Verdict::unreadable).in(language)));
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

std::string documentAnchor(int document) {
  return fmt::format("doc-{}", document + 1);
}

void writeOverview(std::ostream& out, const ReportData& data, Language language) {
  const ReportWords& w = words();
  out << "<a id=\"overview\"></a>\n\n## " << escapeMarkdown(w.overview.in(language)) << "\n\n"
      << escapeMarkdown(w.overviewIntro.in(language)) << "\n\n";
  std::vector<Cell> header{escapeMarkdownCell(w.rowNumber.in(language)),
                           escapeMarkdownCell(w.documentName.in(language))};
  for (const Severity severity : {Severity::error, Severity::warning, Severity::info})
    header.push_back(escapeMarkdownCell(severityWords(severity).in(language)));
  for (const auto& family : data.families) header.push_back(family.family);
  header.push_back(escapeMarkdownCell(w.missingColumn.in(language)));
  header.push_back(escapeMarkdownCell(w.verdict.in(language)));
  writeTable(out, header, overviewRows(data, language));
  if (data.frequent.empty()) return;
  out << "### " << escapeMarkdown(w.frequent.in(language)) << "\n\n";
  std::vector<std::vector<Cell>> rows;
  for (const auto& entry : data.frequent) {
    rows.push_back({"`" + entry.code + "`", escapeMarkdownCell(entry.summary.in(language)),
                    std::to_string(entry.documents), std::to_string(entry.findings)});
  }
  writeTable(out,
             {escapeMarkdownCell(w.code.in(language)), escapeMarkdownCell(w.description.in(language)),
              escapeMarkdownCell(w.documentCount.in(language)), escapeMarkdownCell(w.findingCount.in(language))},
             rows);
}

}  // namespace rasoat::report::markdown
