// The comparison table as a Word document, laid out for printing as an
// office's (docx_writer.h): title block, A4 landscape, the header row on
// every page, rows kept whole, optional STT and "Lý do, giải trình" columns,
// unchanged articles folded to their heading on request.
#include <fmt/format.h>

#include "report/compare_writers.h"
#include "report/docx_writer.h"

namespace rasoat::report {

namespace {

using docx::Run;
using docx::Runs;

// Whether the row starts an article that is unchanged with all it holds.
bool foldable(const CompareTable& table, std::size_t index) {
  const CompareRow& row = table.rows[index];
  if (row.kind != syntax::UnitKind::article || !row.unchanged()) return false;
  for (std::size_t next = index + 1; next < table.rows.size() && table.rows[next].depth > row.depth; ++next) {
    if (!table.rows[next].unchanged()) return false;
  }
  return true;
}

// The first line of a cell: an article's heading.
Runs firstLine(const std::vector<text::DiffSpan>& spans) {
  std::string text = plainText(spans);
  text = text.substr(0, text.find('\n'));
  return {Run{text}};
}

}  // namespace

std::vector<std::string> compareHeadings(const CompareLayout& layout, Language language) {
  const CompareWords words = compareWords(language);
  std::vector<std::string> headings;
  if (layout.numberColumn) headings.push_back(words.number);
  headings.insert(headings.end(), {words.current, words.draft, words.change});
  if (layout.reasonColumn) headings.push_back(words.reason);
  return headings;
}

std::string writeCompareDocx(const CompareTable& table, Language language, const CompareLayout& layout,
                             std::ostream& out) {
  const CompareWords words = compareWords(language);
  docx::Document document(true);
  document.addTitleBlock(table.issuer, words.motto, words.heading,
                         {words.current + ": " + table.beforeTitle, words.draft + ": " + table.afterTitle});
  document.addParagraph({Run{words.summary + ": " + compareSummary(table, language), text::DiffOp::same, false, true}});
  std::vector<int> shares;
  std::vector<docx::Align> aligns;
  if (layout.numberColumn) {
    shares.push_back(7);
    aligns.push_back(docx::Align::centre);
  }
  shares.insert(shares.end(), {36, 36, 28});
  aligns.insert(aligns.end(), {docx::Align::both, docx::Align::both, docx::Align::left});
  if (layout.reasonColumn) {
    shares.push_back(22);
    aligns.push_back(docx::Align::left);
  }
  docx::Table grid = document.addTable(shares, compareHeadings(layout, language), aligns);
  int number = 0;
  for (std::size_t index = 0; index < table.rows.size(); ++index) {
    const CompareRow& row = table.rows[index];
    std::vector<Runs> cells;
    if (layout.numberColumn) cells.push_back({Run{row.depth == 0 ? "" : std::to_string(++number)}});
    std::size_t folded = 0;
    if (layout.foldUnchanged && foldable(table, index)) {
      while (index + folded + 1 < table.rows.size() && table.rows[index + folded + 1].depth > row.depth) ++folded;
      cells.push_back(firstLine(row.before));
      cells.push_back(firstLine(row.after));
      cells.push_back({Run{folded == 0 ? words.kept : fmt::format("{} ({} {})", words.kept, folded, words.units),
                           text::DiffOp::same, false, true}});
    } else {
      cells.push_back(docx::fromSpans(row.before));
      cells.push_back(docx::fromSpans(row.after));
      cells.push_back({Run{changeText(row, language, "\n")}});
    }
    if (layout.reasonColumn) cells.push_back({Run{""}});
    const docx::RowLook look = row.depth == 0   ? docx::RowLook::part
                               : row.depth == 1 ? docx::RowLook::heading
                                                : docx::RowLook::plain;
    grid.addRow(cells, look);
    index += folded;
  }
  return document.write(out);
}

}  // namespace rasoat::report
