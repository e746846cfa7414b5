// The synthesis as a workbook, with libxlsxwriter: landscape A4, fit to one
// page wide, header row repeated on each printed page, wrapped text.
#include <vector>

#include <xlsxwriter.h>

#include "report/escape.h"
#include "report/synthesis_writers.h"
#include "report/xlsx_file.h"

namespace rasoat::report {

namespace {

struct Formats {
  lxw_format* header = nullptr;
  lxw_format* text = nullptr;
  lxw_format* answer = nullptr;
  lxw_format* added = nullptr;
  lxw_format* removed = nullptr;
};

lxw_format* cellFormat(lxw_workbook* workbook) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_text_wrap(format);
  format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(format, LXW_BORDER_THIN);
  format_set_font_name(format, "Times New Roman");
  format_set_font_size(format, 12);
  return format;
}

Formats makeFormats(lxw_workbook* workbook) {
  Formats formats;
  formats.header = cellFormat(workbook);
  format_set_bold(formats.header);
  format_set_align(formats.header, LXW_ALIGN_CENTER);
  format_set_bg_color(formats.header, 0xE7E6E6);
  formats.text = cellFormat(workbook);
  formats.answer = cellFormat(workbook);
  format_set_font_color(formats.answer, 0xC00000);
  formats.added = workbook_add_format(workbook);
  format_set_underline(formats.added, LXW_UNDERLINE_SINGLE);
  format_set_bold(formats.added);
  formats.removed = workbook_add_format(workbook);
  format_set_font_strikeout(formats.removed);
  return formats;
}

// The comment cell as a rich string (added underlined and bold, removed
// struck through), paragraphs on lines of their own.
void writeComment(lxw_worksheet* sheet, lxw_row_t row, const std::vector<std::vector<text::DiffSpan>>& paragraphs,
                  const Formats& formats) {
  std::vector<std::pair<std::string, lxw_format*>> pieces;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    if (p > 0) pieces.emplace_back("\n", nullptr);
    for (const auto& span : paragraphs[p]) {
      std::string text = xmlSafeText(span.text);
      if (text.empty()) continue;
      lxw_format* mark = span.op == text::DiffOp::added     ? formats.added
                         : span.op == text::DiffOp::removed ? formats.removed
                                                            : nullptr;
      if (!pieces.empty() && pieces.back().second == mark)
        pieces.back().first += text;
      else
        pieces.emplace_back(std::move(text), mark);
    }
  }
  if (pieces.size() < 2) {
    worksheet_write_string(sheet, row, 2, pieces.empty() ? "" : pieces.front().first.c_str(), formats.text);
    return;
  }
  std::vector<lxw_rich_string_tuple> tuples(pieces.size());
  std::vector<lxw_rich_string_tuple*> pointers;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    tuples[i].format = pieces[i].second;
    tuples[i].string = pieces[i].first.data();
    pointers.push_back(&tuples[i]);
  }
  pointers.push_back(nullptr);
  worksheet_write_rich_string(sheet, row, 2, pointers.data(), formats.text);
}

void writeSheet(lxw_worksheet* sheet, const review::Synthesis& synthesis, Language language, const Formats& formats) {
  const SynthesisWords words = synthesisWords(language);
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, 9);  // A4
  worksheet_fit_to_pages(sheet, 1, 0);
  worksheet_repeat_rows(sheet, 0, 0);
  worksheet_set_column(sheet, 0, 0, 6, nullptr);
  worksheet_set_column(sheet, 1, 1, 40, nullptr);
  worksheet_set_column(sheet, 2, 2, 55, nullptr);
  worksheet_set_column(sheet, 3, 3, 20, nullptr);
  worksheet_set_column(sheet, 4, 4, 30, nullptr);
  const std::string headings[] = {words.number, words.unit, words.comment, words.reviewer, words.answer};
  for (lxw_col_t column = 0; column < 5; ++column)
    worksheet_write_string(sheet, 0, column, headings[column].c_str(), formats.header);
  worksheet_freeze_panes(sheet, 1, 0);
  lxw_row_t index = 1;
  for (const auto& row : synthesis.rows) {
    const lxw_row_t first = index;
    const std::string unit = xmlSafeText(unitCell(row, language));
    for (const auto& entry : row.entries) {
      worksheet_write_number(sheet, index, 0, entry.number, formats.text);
      worksheet_write_string(sheet, index, 1, unit.c_str(), formats.text);
      writeComment(sheet, index, commentCell(entry, language), formats);
      worksheet_write_string(sheet, index, 3, xmlSafeText(entry.item->reviewer).c_str(), formats.text);
      worksheet_write_string(sheet, index, 4, xmlSafeText(entry.answer.in(language)).c_str(), formats.answer);
      ++index;
    }
    if (index - first > 1) worksheet_merge_range(sheet, first, 1, index - 1, 1, unit.c_str(), formats.text);
  }
  if (synthesis.allAccepted)
    worksheet_write_string(sheet, index++, 2, xmlSafeText(allAcceptedLine(synthesis, language)).c_str(), nullptr);
  worksheet_write_string(sheet, index, 2, xmlSafeText(synthesisSummary(synthesis, language)).c_str(), nullptr);
}

}  // namespace

std::string writeSynthesisXlsx(const review::Synthesis& synthesis, Language language, std::ostream& out) {
  return writeWorkbook(
      [&](lxw_workbook* workbook) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, language == Language::vi ? "Tổng hợp" : "Synthesis");
        writeSheet(sheet, synthesis, language, makeFormats(workbook));
      },
      out);
}

}  // namespace rasoat::report
