// The comparison table as a workbook, with libxlsxwriter. The library writes
// only to a file name: the workbook goes to a private temporary file, which is
// read back into the stream and removed.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include <xlsxwriter.h>

#include "report/compare_writers.h"
#include "report/escape.h"
#include "text/utf8.h"

namespace rasoat::report {

namespace {

constexpr double kFontPoints = 12;
constexpr double kLinePoints = 15;  // one line of 12 pt text
// Characters of Vietnamese text in Times New Roman 12 pt per unit of column
// width (a unit is a digit of the default Calibri 11): measured on LibreOffice's
// print, about 1.5, taken lower so that a row is never too short.
constexpr double kCharactersPerUnit = 1.3;
constexpr double kMaximumRowPoints = 409;

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

// Lines a text takes wrapped in a column `width` characters wide: Excel and
// LibreOffice do not grow a row for text written by a program, so the height
// is set from this.
int wrappedLines(const std::string& text, double width) {
  int lines = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    const std::string paragraph = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    const int columns = text::displayWidth(text::decodeUtf8(paragraph));
    const double perLine = width * kCharactersPerUnit;
    lines += std::max(1, static_cast<int>((columns + perLine - 1) / perLine));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

// A4 landscape, one page wide, the header row on every page, the office's
// margins (inches), the page number at the top.
void setUpPrinting(lxw_worksheet* sheet) {
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, 9);  // A4
  worksheet_fit_to_pages(sheet, 1, 0);
  worksheet_repeat_rows(sheet, 0, 0);
  worksheet_set_margins(sheet, 30 / 25.4, 15 / 25.4, 20 / 25.4, 20 / 25.4);
  worksheet_set_header(sheet, "&C&P");
}

std::string temporaryPath() {
  std::string pattern = (std::filesystem::temp_directory_path() / "rasoat-XXXXXX.xlsx").string();
  const int descriptor = mkstemps(pattern.data(), 5);
  if (descriptor < 0) return "";
  close(descriptor);
  return pattern;
}

}  // namespace

std::string writeCompareXlsx(const CompareTable& table, Language language, const CompareLayout& layout,
                             std::ostream& out) {
  const std::string path = temporaryPath();
  if (path.empty()) return "cannot create a temporary file for the .xlsx workbook";
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook) {
    std::remove(path.c_str());
    return "cannot create the .xlsx workbook";
  }
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, language == Language::vi ? "Đối chiếu" : "Comparison");
  const Formats formats = makeFormats(workbook);
  setUpPrinting(sheet);
  std::vector<double> widths;
  if (layout.numberColumn) widths.push_back(6);
  widths.insert(widths.end(), {55, 55, 38});
  if (layout.reasonColumn) widths.push_back(30);
  const std::vector<std::string> headings = compareHeadings(layout, language);
  for (std::size_t i = 0; i < widths.size(); ++i) {
    const auto column = static_cast<lxw_col_t>(i);
    worksheet_set_column(sheet, column, column, widths[i], nullptr);
    worksheet_write_string(sheet, 0, column, headings[i].c_str(), formats.header);
  }
  worksheet_freeze_panes(sheet, 1, 0);
  const lxw_col_t first = layout.numberColumn ? 1 : 0;
  lxw_row_t index = 1;
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
    const int lines =
        std::max({wrappedLines(plainText(row.before), widths[first]),
                  wrappedLines(plainText(row.after), widths[first + 1]), wrappedLines(change, widths[first + 2])});
    worksheet_set_row(sheet, index, std::min(kMaximumRowPoints, lines * kLinePoints + 4), nullptr);
    ++index;
  }
  const lxw_error status = workbook_close(workbook);
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  std::remove(path.c_str());
  if (status != LXW_NO_ERROR || bytes.empty())
    return std::string("cannot write the .xlsx workbook: ") + lxw_strerror(status);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return "";
}

}  // namespace rasoat::report
