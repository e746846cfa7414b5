// The synthesis as a workbook, with libxlsxwriter, printed as the office's
// other tables: the title block, landscape A4, fit to one page wide, the
// header row repeated on each printed page, Times New Roman 12 pt in every
// cell and every run of a rich string, every text wrapped and every row as
// high as its wrapped text.
#include <string>
#include <vector>

#include <xlsxwriter.h>

#include "report/compare_table.h"
#include "report/escape.h"
#include "report/synthesis_writers.h"
#include "report/xlsx_file.h"

namespace rasoat::report {

namespace {

constexpr double kFontPoints = 12;
const std::vector<double> kWidths{6, 40, 55, 20, 30};

struct Formats {
  lxw_format* header = nullptr;
  lxw_format* text = nullptr;
  lxw_format* number = nullptr;
  lxw_format* answer = nullptr;
  lxw_format* note = nullptr;  // the lines under the table: wrapped, unframed
  // The runs of a rich string: each carries the cell's font.
  lxw_format* plain = nullptr;
  lxw_format* added = nullptr;
  lxw_format* removed = nullptr;
};

lxw_format* fontFormat(lxw_workbook* workbook) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_font_name(format, "Times New Roman");
  format_set_font_size(format, kFontPoints);
  return format;
}

lxw_format* cellFormat(lxw_workbook* workbook) {
  lxw_format* format = fontFormat(workbook);
  format_set_text_wrap(format);
  format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(format, LXW_BORDER_THIN);
  return format;
}

Formats makeFormats(lxw_workbook* workbook) {
  Formats formats;
  formats.header = cellFormat(workbook);
  format_set_bold(formats.header);
  format_set_align(formats.header, LXW_ALIGN_CENTER);
  format_set_bg_color(formats.header, 0xE7E6E6);
  formats.text = cellFormat(workbook);
  formats.number = cellFormat(workbook);
  format_set_align(formats.number, LXW_ALIGN_CENTER);
  formats.answer = cellFormat(workbook);
  format_set_font_color(formats.answer, 0xC00000);
  formats.note = fontFormat(workbook);
  format_set_text_wrap(formats.note);
  format_set_align(formats.note, LXW_ALIGN_VERTICAL_TOP);
  formats.plain = fontFormat(workbook);
  formats.added = fontFormat(workbook);
  format_set_underline(formats.added, LXW_UNDERLINE_SINGLE);
  format_set_bold(formats.added);
  formats.removed = fontFormat(workbook);
  format_set_font_strikeout(formats.removed);
  return formats;
}

// The comment cell's runs: paragraphs on lines of their own, added words
// underlined and bold, removed ones struck through, each run in the cell's font.
std::vector<std::pair<std::string, lxw_format*>> commentPieces(
    const std::vector<std::vector<text::DiffSpan>>& paragraphs, const Formats& formats) {
  std::vector<std::pair<std::string, lxw_format*>> pieces;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    if (p > 0) pieces.emplace_back("\n", formats.plain);
    for (const auto& span : paragraphs[p]) {
      std::string text = xmlSafeText(span.text);
      if (text.empty()) continue;
      lxw_format* mark = span.op == text::DiffOp::added     ? formats.added
                         : span.op == text::DiffOp::removed ? formats.removed
                                                            : formats.plain;
      if (!pieces.empty() && pieces.back().second == mark)
        pieces.back().first += text;
      else
        pieces.emplace_back(std::move(text), mark);
    }
  }
  return pieces;
}

// Writes the comment cell; returns its plain text (for the row's height).
std::string writeComment(lxw_worksheet* sheet, lxw_row_t row,
                         const std::vector<std::vector<text::DiffSpan>>& paragraphs, const Formats& formats) {
  const auto pieces = commentPieces(paragraphs, formats);
  std::string all;
  for (const auto& piece : pieces) all += piece.first;
  if (pieces.size() < 2) {
    worksheet_write_string(sheet, row, 2, all.c_str(), formats.text);
    return all;
  }
  std::vector<lxw_rich_string_tuple> tuples(pieces.size());
  std::vector<lxw_rich_string_tuple*> pointers;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    tuples[i].format = pieces[i].second;
    tuples[i].string = const_cast<char*>(pieces[i].first.c_str());
    pointers.push_back(&tuples[i]);
  }
  pointers.push_back(nullptr);
  worksheet_write_rich_string(sheet, row, 2, pointers.data(), formats.text);
  return all;
}

// One entry's row, but for the unit cell; returns its height in points.
double writeEntry(lxw_worksheet* sheet, lxw_row_t row, const review::SynthesisEntry& entry, Language language,
                  const Formats& formats) {
  worksheet_write_number(sheet, row, 0, entry.number, formats.number);
  const std::string comment = writeComment(sheet, row, commentCell(entry, language), formats);
  const std::string reviewer = xmlSafeText(entry.reviewer);
  const std::string answer = xmlSafeText(entry.answer.in(language));
  worksheet_write_string(sheet, row, 3, reviewer.c_str(), formats.text);
  worksheet_write_string(sheet, row, 4, answer.c_str(), formats.answer);
  const double points = rowPoints({{comment, kWidths[2]}, {reviewer, kWidths[3]}, {answer, kWidths[4]}});
  worksheet_set_row(sheet, row, points, nullptr);
  return points;
}

// A unit's entries, the unit cell merged over them; the last row grows when
// the unit's text needs more than its entries' rows give.
lxw_row_t writeUnit(lxw_worksheet* sheet, lxw_row_t first, const review::SynthesisRow& row, Language language,
                    const Formats& formats) {
  const std::string unit = xmlSafeText(unitCell(row, language));
  lxw_row_t index = first;
  double points = 0, last = 0;
  for (const auto& entry : row.entries) {
    last = writeEntry(sheet, index, entry, language, formats);
    worksheet_write_string(sheet, index, 1, unit.c_str(), formats.text);
    points += last;
    ++index;
  }
  if (index - first > 1) worksheet_merge_range(sheet, first, 1, index - 1, 1, unit.c_str(), formats.text);
  const double needed = linesPoints(wrappedLines(unit, kWidths[1]));
  if (index > first && needed > points)
    worksheet_set_row(sheet, index - 1, std::min(kXlsxMaximumRowPoints, last + needed - points), nullptr);
  return index;
}

void writeSheet(lxw_workbook* workbook, lxw_worksheet* sheet, const review::Synthesis& synthesis, Language language) {
  const Formats formats = makeFormats(workbook);
  const SynthesisWords words = synthesisWords(language);
  for (std::size_t index = 0; index < kWidths.size(); ++index) {
    const auto column = static_cast<lxw_col_t>(index);
    worksheet_set_column(sheet, column, column, kWidths[index], nullptr);
  }
  TitleBlock title;
  title.issuer = synthesis.issuer;
  title.motto = compareWords(language).motto;
  title.name = words.title;
  title.about = {synthesis.draftTitle.empty() ? synthesis.draftPath : synthesis.draftTitle};
  title.summary = synthesisSummary(synthesis, language);
  const lxw_row_t header = writeTitleBlock(workbook, sheet, title, kWidths);
  setUpOfficePrinting(sheet, header);
  const std::string headings[] = {words.number, words.unit, words.comment, words.reviewer, words.answer};
  std::vector<CellText> headingCells;
  for (std::size_t index = 0; index < kWidths.size(); ++index) {
    worksheet_write_string(sheet, header, static_cast<lxw_col_t>(index), headings[index].c_str(), formats.header);
    headingCells.push_back({headings[index], kWidths[index]});
  }
  worksheet_set_row(sheet, header, rowPoints(headingCells), nullptr);
  lxw_row_t index = header + 1;
  for (const auto& row : synthesis.rows) index = writeUnit(sheet, index, row, language, formats);
  ++index;  // a blank line under the table
  if (synthesis.allAccepted) writeWideLine(sheet, index++, allAcceptedLine(synthesis, language), kWidths, formats.note);
  for (const auto& skipped : synthesis.skipped) writeWideLine(sheet, index++, skipped, kWidths, formats.note);
}

}  // namespace

std::string writeSynthesisXlsx(const review::Synthesis& synthesis, Language language, std::ostream& out) {
  return writeWorkbook(
      [&](lxw_workbook* workbook) {
        writeSheet(workbook, workbook_add_worksheet(workbook, language == Language::vi ? "Tổng hợp" : "Synthesis"),
                   synthesis, language);
      },
      out);
}

}  // namespace rasoat::report
