// The comparison table as a workbook, with libxlsxwriter (xlsx_file.h): the
// title block, rich text marks, every row as high as its wrapped text.
#include <algorithm>
#include <vector>

#include <xlsxwriter.h>

#include "report/compare_writers.h"
#include "report/escape.h"
#include "report/xlsx_file.h"

namespace rasoat::report {

namespace {

constexpr double kFontPoints = 12;

struct Formats {
  lxw_format* header = nullptr;
  lxw_format* text = nullptr;
  lxw_format* heading = nullptr;
  lxw_format* added = nullptr;
  lxw_format* removed = nullptr;
  lxw_format* addedCell = nullptr;  // a whole cell added or removed
  lxw_format* removedCell = nullptr;
  lxw_format* plain = nullptr;   // the unmarked pieces of a rich string
  lxw_format* number = nullptr;  // the STT column, centred
};

// Times New Roman 12 pt in every cell, as the office prints.
lxw_format* newFormat(lxw_workbook* workbook) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_font_name(format, "Times New Roman");
  format_set_font_size(format, kFontPoints);
  return format;
}

Formats makeFormats(lxw_workbook* workbook) {
  Formats formats;
  formats.plain = newFormat(workbook);
  formats.number = newFormat(workbook);
  format_set_align(formats.number, LXW_ALIGN_CENTER);
  format_set_align(formats.number, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(formats.number, LXW_BORDER_THIN);
  formats.header = newFormat(workbook);
  format_set_bold(formats.header);
  format_set_text_wrap(formats.header);
  format_set_bg_color(formats.header, 0xE7E6E6);
  format_set_border(formats.header, LXW_BORDER_THIN);
  formats.text = newFormat(workbook);
  format_set_text_wrap(formats.text);
  format_set_align(formats.text, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(formats.text, LXW_BORDER_THIN);
  formats.heading = newFormat(workbook);
  format_set_bold(formats.heading);
  format_set_text_wrap(formats.heading);
  format_set_align(formats.heading, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(formats.heading, LXW_BORDER_THIN);
  formats.added = newFormat(workbook);
  format_set_underline(formats.added, LXW_UNDERLINE_SINGLE);
  format_set_font_color(formats.added, 0x006100);
  formats.removed = newFormat(workbook);
  format_set_font_strikeout(formats.removed);
  format_set_font_color(formats.removed, 0xC00000);
  formats.addedCell = newFormat(workbook);
  format_set_text_wrap(formats.addedCell);
  format_set_align(formats.addedCell, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(formats.addedCell, LXW_BORDER_THIN);
  format_set_underline(formats.addedCell, LXW_UNDERLINE_SINGLE);
  format_set_font_color(formats.addedCell, 0x006100);
  formats.removedCell = newFormat(workbook);
  format_set_text_wrap(formats.removedCell);
  format_set_align(formats.removedCell, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(formats.removedCell, LXW_BORDER_THIN);
  format_set_font_strikeout(formats.removedCell);
  format_set_font_color(formats.removedCell, 0xC00000);
  return formats;
}

// A cell with its marks as a rich string; a plain string when nothing is
// marked (a rich string needs two fragments or more).
void writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const std::vector<text::DiffSpan>& spans,
               const Formats& formats, lxw_format* cellFormat) {
  std::vector<std::string> texts;
  std::vector<lxw_format*> marks;
  bool marked = false;
  for (const auto& span : spans) {
    std::string text = xmlSafeText(span.text);
    if (text.empty()) continue;
    texts.push_back(std::move(text));
    marks.push_back(span.op == text::DiffOp::added     ? formats.added
                    : span.op == text::DiffOp::removed ? formats.removed
                                                       : formats.plain);
    marked = marked || span.op != text::DiffOp::same;
  }
  if (!marked || texts.size() < 2) {
    std::string all;
    for (const auto& text : texts) all += text;
    lxw_format* format = cellFormat;
    if (marked) format = marks.front() == formats.added ? formats.addedCell : formats.removedCell;
    worksheet_write_string(sheet, row, column, all.c_str(), format);
    return;
  }
  std::vector<lxw_rich_string_tuple> tuples(texts.size());
  std::vector<lxw_rich_string_tuple*> pointers;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    tuples[i].format = marks[i];
    tuples[i].string = const_cast<char*>(texts[i].c_str());
    pointers.push_back(&tuples[i]);
  }
  pointers.push_back(nullptr);
  worksheet_write_rich_string(sheet, row, column, pointers.data(), cellFormat);
}

}  // namespace

namespace {

std::vector<double> columnWidths(const CompareLayout& layout) {
  std::vector<double> widths;
  if (layout.numberColumn) widths.push_back(6);
  widths.insert(widths.end(), {55, 55, 38});
  if (layout.reasonColumn) widths.push_back(30);
  return widths;
}

void writeHeader(lxw_worksheet* sheet, lxw_row_t header, const std::vector<double>& widths,
                 const std::vector<std::string>& headings, const Formats& formats) {
  std::vector<CellText> cells;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    const auto column = static_cast<lxw_col_t>(i);
    worksheet_set_column(sheet, column, column, widths[i], nullptr);
    worksheet_write_string(sheet, header, column, headings[i].c_str(), formats.header);
    cells.push_back({headings[i], widths[i]});
  }
  worksheet_set_row(sheet, header, rowPoints(cells), nullptr);
}

void writeRows(lxw_worksheet* sheet, lxw_row_t index, const CompareTable& table, Language language,
               const CompareLayout& layout, const std::vector<double>& widths, const Formats& formats) {
  const lxw_col_t first = layout.numberColumn ? 1 : 0;
  int number = 0;
  for (const CompareRow& row : table.rows) {
    lxw_format* format = row.depth <= 1 ? formats.heading : formats.text;
    if (layout.numberColumn) {
      if (row.depth == 0)
        worksheet_write_blank(sheet, index, 0, formats.text);
      else
        worksheet_write_number(sheet, index, 0, ++number, formats.number);
    }
    const std::string change = xmlSafeText(changeText(row, language, "\n"));
    writeCell(sheet, index, first, row.before, formats, format);
    writeCell(sheet, index, first + 1, row.after, formats, format);
    worksheet_write_string(sheet, index, first + 2, change.c_str(), formats.text);
    if (layout.reasonColumn) worksheet_write_blank(sheet, index, first + 3, formats.text);
    const std::string before = plainText(row.before), after = plainText(row.after);
    worksheet_set_row(sheet, index,
                      rowPoints({{before, widths[first]}, {after, widths[first + 1]}, {change, widths[first + 2]}}),
                      nullptr);
    ++index;
  }
}

}  // namespace

std::string writeCompareXlsx(const CompareTable& table, Language language, const CompareLayout& layout,
                             std::ostream& out) {
  return writeWorkbook(
      [&](lxw_workbook* workbook) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, language == Language::vi ? "Đối chiếu" : "Comparison");
        const Formats formats = makeFormats(workbook);
        const CompareWords words = compareWords(language);
        const std::vector<double> widths = columnWidths(layout);
        TitleBlock title;
        title.issuer = table.issuer;
        title.motto = words.motto;
        title.name = words.heading;
        title.about = {words.current + ": " + table.beforeTitle, words.draft + ": " + table.afterTitle};
        title.summary = words.summary + ": " + compareSummary(table, language);
        const lxw_row_t header = writeTitleBlock(workbook, sheet, title, widths);
        setUpOfficePrinting(sheet, header);
        writeHeader(sheet, header, widths, compareHeadings(layout, language), formats);
        writeRows(sheet, header + 1, table, language, layout, widths, formats);
      },
      out);
}

}  // namespace rasoat::report
