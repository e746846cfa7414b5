// The comparison table as Markdown (GFM) and CSV.
#include "report/compare_writers.h"
#include "report/escape.h"

namespace rasoat::report {

namespace {

std::string markdownCell(const std::vector<text::DiffSpan>& spans) {
  std::string out;
  for (const auto& span : spans) {
    const std::string text = escapeMarkdownCell(span.text);
    if (span.op == text::DiffOp::added) {
      out += "<ins>" + text + "</ins>";
    } else if (span.op == text::DiffOp::removed) {
      out += "<del>" + text + "</del>";
    } else {
      out += text;
    }
  }
  return out;
}

}  // namespace

void writeCompareMarkdown(const CompareTable& table, Language language, std::ostream& out) {
  const CompareWords words = compareWords(language);
  out << "# " << escapeMarkdown(words.title) << "\n\n";
  out << "- " << escapeMarkdown(words.current) << ": " << escapeMarkdown(table.beforeTitle) << " ("
      << escapeMarkdown(table.beforePath) << ")\n";
  out << "- " << escapeMarkdown(words.draft) << ": " << escapeMarkdown(table.afterTitle) << " ("
      << escapeMarkdown(table.afterPath) << ")\n";
  out << "- " << escapeMarkdown(words.summary) << ": " << escapeMarkdown(compareSummary(table, language)) << "\n\n";
  out << "| " << escapeMarkdownCell(words.current) << " | " << escapeMarkdownCell(words.draft) << " | "
      << escapeMarkdownCell(words.change) << " |\n| --- | --- | --- |\n";
  for (const CompareRow& row : table.rows) {
    std::string change;
    for (const auto& line : row.changes)
      change += (change.empty() ? "" : "<br>") + escapeMarkdownCell(line.in(language));
    out << "| " << markdownCell(row.before) << " | " << markdownCell(row.after) << " | " << change << " |\n";
  }
}

void writeCompareCsv(const CompareTable& table, Language language, const CompareLayout& layout, std::ostream& out) {
  // Excel reads a CSV as the ANSI code page unless a BOM says UTF-8.
  if (layout.byteOrderMark) out << "\xEF\xBB\xBF";
  std::string line;
  for (const std::string& heading : compareHeadings(layout, language))
    line += (line.empty() ? "" : ",") + escapeCsvField(heading);
  out << line << "\r\n";
  int number = 0;
  for (const CompareRow& row : table.rows) {
    if (layout.numberColumn) out << (row.depth == 0 ? "" : std::to_string(++number)) << ',';
    out << escapeCsvField(plainText(row.before)) << ',' << escapeCsvField(plainText(row.after)) << ','
        << escapeCsvField(changeText(row, language, "\n"));
    if (layout.reasonColumn) out << ',';
    out << "\r\n";
  }
}

}  // namespace rasoat::report
