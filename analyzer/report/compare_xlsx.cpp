// The comparison table as a workbook, with libxlsxwriter.
#include <vector>

#include "report/compare_writers.h"
#include "report/escape.h"
#include "report/xlsx_file.h"

namespace rasoat::report {

namespace {

struct Formats {
  lxw_format* header = nullptr;
  lxw_format* text = nullptr;
  lxw_format* heading = nullptr;
  lxw_format* added = nullptr;
  lxw_format* removed = nullptr;
  lxw_format* addedCell = nullptr;  // a whole cell added or removed
  lxw_format* removedCell = nullptr;
};

Formats makeFormats(lxw_workbook* workbook) {
  Formats formats;
  formats.header = headerFormat(workbook);
  formats.text = textFormat(workbook);
  formats.heading = workbook_add_format(workbook);
  format_set_bold(formats.heading);
  format_set_text_wrap(formats.heading);
  format_set_align(formats.heading, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(formats.heading, LXW_BORDER_THIN);
  formats.added = workbook_add_format(workbook);
  format_set_underline(formats.added, LXW_UNDERLINE_SINGLE);
  format_set_font_color(formats.added, 0x006100);
  formats.removed = workbook_add_format(workbook);
  format_set_font_strikeout(formats.removed);
  format_set_font_color(formats.removed, 0xC00000);
  formats.addedCell = workbook_add_format(workbook);
  format_set_text_wrap(formats.addedCell);
  format_set_align(formats.addedCell, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(formats.addedCell, LXW_BORDER_THIN);
  format_set_underline(formats.addedCell, LXW_UNDERLINE_SINGLE);
  format_set_font_color(formats.addedCell, 0x006100);
  formats.removedCell = workbook_add_format(workbook);
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
                                                       : nullptr);
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

std::string writeCompareXlsx(const CompareTable& table, Language language, std::ostream& out) {
  XlsxFile file;
  lxw_workbook* workbook = file.workbook();
  if (!workbook) return file.error();
  const CompareWords words = compareWords(language);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, language == Language::vi ? "Đối chiếu" : "Comparison");
  const Formats formats = makeFormats(workbook);
  worksheet_set_column(sheet, 0, 1, 60, nullptr);
  worksheet_set_column(sheet, 2, 2, 42, nullptr);
  worksheet_write_string(sheet, 0, 0, words.current.c_str(), formats.header);
  worksheet_write_string(sheet, 0, 1, words.draft.c_str(), formats.header);
  worksheet_write_string(sheet, 0, 2, words.change.c_str(), formats.header);
  worksheet_freeze_panes(sheet, 1, 0);
  lxw_row_t index = 1;
  for (const CompareRow& row : table.rows) {
    lxw_format* format = row.depth <= 1 ? formats.heading : formats.text;
    writeCell(sheet, index, 0, row.before, formats, format);
    writeCell(sheet, index, 1, row.after, formats, format);
    worksheet_write_string(sheet, index, 2, xmlSafeText(changeText(row, language, "\n")).c_str(), formats.text);
    ++index;
  }
  return file.finish(out);
}

}  // namespace rasoat::report
