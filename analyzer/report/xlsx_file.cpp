#include "report/xlsx_file.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "report/escape.h"
#include "text/utf8.h"

namespace rasoat::report {

XlsxFile::XlsxFile() {
  std::string pattern = (std::filesystem::temp_directory_path() / "rasoat-XXXXXX.xlsx").string();
  const int descriptor = mkstemps(pattern.data(), 5);
  if (descriptor < 0) {
    error_ = "cannot create a temporary file for the .xlsx workbook";
    return;
  }
  close(descriptor);
  path_ = pattern;
  workbook_ = workbook_new(path_.c_str());
  if (!workbook_) error_ = "cannot create the .xlsx workbook";
}

XlsxFile::~XlsxFile() {
  if (workbook_) workbook_close(workbook_);
  if (!path_.empty()) std::remove(path_.c_str());
}

std::string XlsxFile::finish(std::ostream& out) {
  if (!workbook_) return error_;
  const lxw_error status = workbook_close(workbook_);
  workbook_ = nullptr;
  std::ifstream in(path_, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (status != LXW_NO_ERROR || bytes.empty())
    return std::string("cannot write the .xlsx workbook: ") + lxw_strerror(status);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return "";
}

lxw_format* headerFormat(lxw_workbook* workbook) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_bold(format);
  format_set_text_wrap(format);
  format_set_bg_color(format, 0xE7E6E6);
  format_set_border(format, LXW_BORDER_THIN);
  return format;
}

lxw_format* textFormat(lxw_workbook* workbook) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_text_wrap(format);
  format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(format, LXW_BORDER_THIN);
  return format;
}

namespace {

// Characters of Vietnamese text per unit of column width, less one unit of
// the cell's margins: measured (see the header).
constexpr double kCharactersPerUnit = 1.1;
// A capital is wider than the average character.
constexpr double kCapitalWidth = 1.3;

bool isCapital(char32_t c) {
  if (c >= U'A' && c <= U'Z') return true;
  if (c >= 0xC0 && c <= 0xDD) return c != 0xD7;
  if ((c >= 0x100 && c <= 0x17F) || (c >= 0x1EA0 && c <= 0x1EF9)) return c % 2 == 0;
  return c == 0x1A0 || c == 0x1AF;
}

double textWidth(std::u32string_view word) {
  double width = 0;
  for (char32_t c : word) {
    const int columns = text::displayWidth(c);
    if (columns > 0) width += isCapital(c) ? kCapitalWidth : columns;
  }
  return width;
}

// Lines of one paragraph laid word by word; a word longer than a line is split.
int paragraphLines(std::u32string_view paragraph, double capacity) {
  int lines = 1;
  double used = 0;
  std::size_t start = 0;
  while (start < paragraph.size()) {
    const std::size_t end = std::min(paragraph.find(U' ', start), paragraph.size());
    double word = textWidth(paragraph.substr(start, end - start));
    start = end + 1;
    if (word == 0) continue;
    if (used > 0 && used + 1 + word <= capacity) {
      used += 1 + word;
      continue;
    }
    if (used > 0) ++lines;
    for (; word > capacity; word -= capacity) ++lines;
    used = word;
  }
  return lines;
}

}  // namespace

int wrappedLines(std::string_view text, double width) {
  const double capacity = std::max(1.0, (width - 1) * kCharactersPerUnit);
  const std::u32string all = text::decodeUtf8(text);
  int lines = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = all.find(U'\n', start);
    lines += paragraphLines(std::u32string_view(all).substr(start, end == std::u32string::npos ? end : end - start),
                            capacity);
    if (end == std::u32string::npos) return lines;
    start = end + 1;
  }
}

double linesPoints(int lines) {
  return lines * kXlsxLinePoints + 4;
}

double rowPoints(const std::vector<CellText>& cells) {
  int lines = 1;
  for (const CellText& cell : cells) lines = std::max(lines, wrappedLines(cell.text, cell.width));
  return std::min(kXlsxMaximumRowPoints, linesPoints(lines));
}

namespace {

lxw_format* titleFormat(lxw_workbook* workbook, double points) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_font_name(format, "Times New Roman");
  format_set_font_size(format, points);
  format_set_text_wrap(format);
  format_set_align(format, LXW_ALIGN_CENTER);
  format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
  return format;
}

double sum(const std::vector<double>& widths, std::size_t from, std::size_t to) {
  double total = 0;
  for (std::size_t i = from; i < to && i < widths.size(); ++i) total += widths[i];
  return total;
}

// The columns of the left part: about two fifths of the width, one column at least.
std::size_t leftColumns(const std::vector<double>& widths) {
  const double total = sum(widths, 0, widths.size());
  std::size_t columns = 1;
  while (columns + 1 < widths.size() && sum(widths, 0, columns + 1) <= total * 0.45) ++columns;
  return columns;
}

// Text over the columns [first, last], merged when there are several.
void writeMerged(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t first, lxw_col_t last, const std::string& text,
                 lxw_format* format) {
  if (first == last)
    worksheet_write_string(sheet, row, first, text.c_str(), format);
  else
    worksheet_merge_range(sheet, row, first, row, last, text.c_str(), format);
}

}  // namespace

lxw_row_t writeTitleBlock(lxw_workbook* workbook, lxw_worksheet* sheet, const TitleBlock& title,
                          const std::vector<double>& widths) {
  if (widths.size() < 2) return 0;
  lxw_format* plain = titleFormat(workbook, 13);
  lxw_format* bold = titleFormat(workbook, 13);
  format_set_bold(bold);
  lxw_format* motto = titleFormat(workbook, 13);
  format_set_bold(motto);
  format_set_underline(motto, LXW_UNDERLINE_SINGLE);
  lxw_format* name = titleFormat(workbook, 14);
  format_set_bold(name);
  lxw_format* summary = titleFormat(workbook, 12);
  format_set_italic(summary);
  const std::size_t split = leftColumns(widths);
  const auto last = static_cast<lxw_col_t>(widths.size() - 1);
  const double all = sum(widths, 0, widths.size());
  std::string issuer;
  for (const auto& line : title.issuer) issuer += xmlSafeText(line) + "\n";
  issuer += "*";
  writeMerged(sheet, 0, 0, static_cast<lxw_col_t>(split - 1), issuer, title.issuer.size() > 1 ? plain : bold);
  if (title.issuer.size() > 1) {
    // The issuing body itself (the last line) in bold, the levels above it plain.
    std::string above;
    for (std::size_t i = 0; i + 1 < title.issuer.size(); ++i) above += xmlSafeText(title.issuer[i]) + "\n";
    const std::string body = xmlSafeText(title.issuer.back()) + "\n";
    lxw_rich_string_tuple parts[] = {{plain, const_cast<char*>(above.c_str())},
                                     {bold, const_cast<char*>(body.c_str())},
                                     {plain, const_cast<char*>("*")}};
    lxw_rich_string_tuple* pointers[] = {&parts[0], &parts[1], &parts[2], nullptr};
    worksheet_write_rich_string(sheet, 0, 0, pointers, plain);
  }
  writeMerged(sheet, 0, static_cast<lxw_col_t>(split), last, xmlSafeText(title.motto), motto);
  const double left = sum(widths, 0, split) * 12 / 13, right = sum(widths, split, widths.size()) * 12 / 13;
  worksheet_set_row(sheet, 0, std::max(rowPoints({{issuer, left}}), rowPoints({{title.motto, right}})) * 13 / 12,
                    nullptr);
  lxw_row_t row = 1;
  worksheet_set_row(sheet, row++, kXlsxLinePoints, nullptr);
  // A larger font takes the width of a narrower column at 12 pt.
  const auto line = [&](const std::string& text, lxw_format* format, double points) {
    writeMerged(sheet, row, 0, last, xmlSafeText(text), format);
    worksheet_set_row(sheet, row++, rowPoints({{text, all * 12 / points}}) * points / 12, nullptr);
  };
  line(title.name, name, 14);
  for (const auto& about : title.about) line(about, plain, 13);
  if (!title.summary.empty()) line(title.summary, summary, 12);
  worksheet_set_row(sheet, row++, kXlsxLinePoints, nullptr);
  return row;
}

void setUpOfficePrinting(lxw_worksheet* sheet, lxw_row_t header) {
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, 9);  // A4
  worksheet_fit_to_pages(sheet, 1, 0);
  worksheet_repeat_rows(sheet, header, header);
  worksheet_freeze_panes(sheet, header + 1, 0);
  worksheet_set_margins(sheet, 30 / 25.4, 15 / 25.4, 20 / 25.4, 20 / 25.4);
  worksheet_set_header(sheet, "&C&P");
}

void writeWideLine(lxw_worksheet* sheet, lxw_row_t row, const std::string& text, const std::vector<double>& widths,
                   lxw_format* format) {
  const std::string safe = xmlSafeText(text);
  writeMerged(sheet, row, 0, static_cast<lxw_col_t>(widths.size() - 1), safe, format);
  worksheet_set_row(sheet, row, rowPoints({{safe, sum(widths, 0, widths.size())}}), nullptr);
}

std::string writeWorkbook(const std::function<void(lxw_workbook*)>& fill, std::ostream& out) {
  XlsxFile file;
  if (file.workbook() == nullptr) return file.error();
  fill(file.workbook());
  return file.finish(out);
}

}  // namespace rasoat::report
