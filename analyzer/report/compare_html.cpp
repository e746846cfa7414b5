#include <fmt/format.h>

#include "report/compare_writers.h"
#include "report/escape.h"

namespace rasoat::report {

namespace {

// Self-contained style: no font or script is fetched.
constexpr const char* kStyle = R"(
body { font-family: "Times New Roman", "Liberation Serif", serif; margin: 1.5em; color: #111; }
h1 { font-size: 1.4em; margin-bottom: 0.2em; }
p.documents, p.summary { margin: 0.2em 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #777; padding: 0.3em 0.5em; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #eee; }
col.text { width: 37%; } col.change { width: 26%; }
tr.depth-0 td { font-weight: bold; text-align: center; background: #f6f6f6; }
tr.depth-1 td.text { font-weight: bold; }
tr.depth-3 td.text { padding-left: 1.5em; }
tr.added td.new, tr.removed td.old { background: #f3f8ff; }
ins { background: #d7f5d7; text-decoration: underline; }
del { background: #f9d6d6; text-decoration: line-through; }
td.fold { padding: 0; border: none; }
td.fold table { margin: 0; }
details > summary { cursor: pointer; color: #555; padding: 0.3em 0.5em; border: 1px solid #777; border-top: none; }
td.change ul { margin: 0; padding-left: 1.1em; }
@page { size: A4 landscape; margin: 1.5cm; }
@media print {
  body { margin: 0; }
  thead { display: table-header-group; }
  tr { page-break-inside: avoid; }
  details > summary { border: 1px solid #777; }
}
)";

std::string cell(const std::vector<text::DiffSpan>& spans) {
  std::string out;
  for (const auto& span : spans) {
    std::string text = escapeHtml(span.text);
    std::string withBreaks;
    for (char c : text) withBreaks += c == '\n' ? std::string("<br>") : std::string(1, c);
    if (span.op == text::DiffOp::added) withBreaks = "<ins>" + withBreaks + "</ins>";
    if (span.op == text::DiffOp::removed) withBreaks = "<del>" + withBreaks + "</del>";
    out += withBreaks;
  }
  return out;
}

std::string changeCell(const CompareRow& row, Language language) {
  if (row.changes.empty()) return "";
  if (row.changes.size() == 1) return escapeHtml(row.changes.front().in(language));
  std::string out = "<ul>";
  for (const auto& change : row.changes) out += "<li>" + escapeHtml(change.in(language)) + "</li>";
  return out + "</ul>";
}

void writeRow(const CompareRow& row, Language language, std::ostream& out) {
  out << fmt::format("<tr class=\"depth-{} {}\">", row.depth, syntax::changeStatusName(row.status));
  out << "<td class=\"text old\">" << cell(row.before) << "</td>";
  out << "<td class=\"text new\">" << cell(row.after) << "</td>";
  out << "<td class=\"change\">" << changeCell(row, language) << "</td></tr>\n";
}

void writeColumns(std::ostream& out) {
  out << "<colgroup><col class=\"text\"><col class=\"text\"><col class=\"change\"></colgroup>\n";
}

// A run of unchanged rows, folded: one row holding a <details> with the rows.
void writeFolded(const std::vector<const CompareRow*>& run, Language language, std::ostream& out) {
  if (run.empty()) return;
  const CompareWords words = compareWords(language);
  out << "<tr class=\"folded\"><td class=\"fold\" colspan=\"3\"><details><summary>"
      << fmt::format("{} {}", run.size(), escapeHtml(words.unchanged)) << "</summary><table>";
  writeColumns(out);
  out << "<tbody>\n";
  for (const CompareRow* row : run) writeRow(*row, language, out);
  out << "</tbody></table></details></td></tr>\n";
}

// Rows with a changed row under them (the rows after, deeper, before the next
// row of the same depth or shallower).
std::vector<bool> contextRows(const CompareTable& table) {
  std::vector<bool> context(table.rows.size(), false);
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    for (std::size_t j = i + 1; j < table.rows.size() && table.rows[j].depth > table.rows[i].depth; ++j) {
      if (!table.rows[j].unchanged()) {
        context[i] = true;
        break;
      }
    }
  }
  return context;
}

}  // namespace

void writeCompareHtml(const CompareTable& table, Language language, std::ostream& out) {
  const CompareWords words = compareWords(language);
  out << "<!DOCTYPE html>\n<html lang=\"" << (language == Language::vi ? "vi" : "en") << "\">\n<head>\n"
      << "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << escapeHtml(words.title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
  out << "<h1>" << escapeHtml(words.title) << "</h1>\n";
  out << "<p class=\"documents\">" << escapeHtml(words.current) << ": " << escapeHtml(table.beforeTitle) << " ("
      << escapeHtml(table.beforePath) << ")<br>" << escapeHtml(words.draft) << ": " << escapeHtml(table.afterTitle)
      << " (" << escapeHtml(table.afterPath) << ")</p>\n";
  out << "<p class=\"summary\">" << escapeHtml(words.summary) << ": " << escapeHtml(compareSummary(table, language))
      << "</p>\n";
  out << "<table class=\"compare\">\n";
  writeColumns(out);
  out << "<thead><tr><th>" << escapeHtml(words.current) << "</th><th>" << escapeHtml(words.draft) << "</th><th>"
      << escapeHtml(words.change) << "</th></tr></thead>\n<tbody>\n";
  // Runs of two or more unchanged rows are folded; chapter headings never are,
  // nor the heading of an article or clause with a change inside, so that
  // the reader keeps the outline and sees where each change is.
  const std::vector<bool> context = contextRows(table);
  std::vector<const CompareRow*> run;
  auto flush = [&] {
    if (run.size() == 1) writeRow(*run.front(), language, out);
    if (run.size() > 1) writeFolded(run, language, out);
    run.clear();
  };
  for (std::size_t index = 0; index < table.rows.size(); ++index) {
    const CompareRow& row = table.rows[index];
    if (row.unchanged() && row.kind != syntax::UnitKind::chapter && !context[index]) {
      run.push_back(&row);
      continue;
    }
    flush();
    writeRow(row, language, out);
  }
  flush();
  out << "</tbody>\n</table>\n</body>\n</html>\n";
}

}  // namespace rasoat::report
