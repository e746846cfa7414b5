#include "report/overview_xlsx.h"

#include <vector>

#include "report/escape.h"
#include "report/report_words.h"
#include "report/xlsx_file.h"

namespace rasoat::report {

namespace {

struct Formats {
  lxw_format* header = nullptr;
  lxw_format* text = nullptr;
};

Formats makeFormats(lxw_workbook* workbook) {
  return Formats{headerFormat(workbook), textFormat(workbook)};
}

// Writes a sheet row by row (text and number cells) under a frozen header,
// with a filter over what was written.
class SheetWriter {
 public:
  SheetWriter(lxw_worksheet* sheet, const Formats& formats) : sheet_(sheet), formats_(formats) {}

  void header(const std::vector<std::string>& names, const std::vector<double>& widths) {
    for (std::size_t c = 0; c < names.size(); ++c) {
      worksheet_set_column(sheet_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
      worksheet_write_string(sheet_, 0, static_cast<lxw_col_t>(c), xmlSafeText(names[c]).c_str(), formats_.header);
    }
    columns_ = names.size();
    worksheet_freeze_panes(sheet_, 1, 0);
  }
  void text(const std::string& value) {
    worksheet_write_string(sheet_, row_, column_++, xmlSafeText(value).c_str(), formats_.text);
  }
  void number(double value) { worksheet_write_number(sheet_, row_, column_++, value, nullptr); }
  void blank() { ++column_; }
  void endRow() {
    ++row_;
    column_ = 0;
  }
  // The filter over the header and every row written.
  void filter() { worksheet_autofilter(sheet_, 0, 0, row_ > 1 ? row_ - 1 : 1, static_cast<lxw_col_t>(columns_ - 1)); }

 private:
  lxw_worksheet* sheet_;
  const Formats& formats_;
  lxw_row_t row_ = 1;
  lxw_col_t column_ = 0;
  std::size_t columns_ = 0;
};

std::string nameOf(const DocumentReport& document) {
  return document.organisation.empty() ? document.path : document.organisation;
}

void writeOverviewSheet(lxw_worksheet* sheet, const Formats& formats, const ReportData& data, Language language) {
  const ReportWords& w = words();
  std::vector<std::string> names{w.rowNumber.in(language), w.documentName.in(language),
                                 language == Language::vi ? "Số hiệu" : "Number",
                                 language == Language::vi ? "Tệp" : "File"};
  std::vector<double> widths{6, 40, 14, 36};
  for (const Severity severity : {Severity::error, Severity::warning, Severity::info}) {
    names.push_back(severityWords(severity).in(language));
    widths.push_back(10);
  }
  for (const auto& family : data.families) {
    names.push_back(family.family + " — " + familyWords(family.family).in(language));
    widths.push_back(12);
  }
  names.push_back(w.missingColumn.in(language));
  names.push_back(w.verdict.in(language));
  widths.insert(widths.end(), {28, 14});
  SheetWriter writer(sheet, formats);
  writer.header(names, widths);
  int row = 0;
  for (const auto& document : data.documents) {
    writer.number(++row);
    writer.text(nameOf(document));
    writer.text(document.number);
    writer.text(document.path);
    writer.number(document.counts.error);
    writer.number(document.counts.warning);
    writer.number(document.counts.info);
    for (const auto& family : data.families) {
      int total = 0;
      for (const auto& own : document.families) {
        if (own.family == family.family) total = own.counts.error + own.counts.warning + own.counts.info;
      }
      writer.number(total);
    }
    std::string missing;
    for (const auto& number : document.missingHigher) missing += (missing.empty() ? "" : "; ") + number;
    writer.text(missing);
    writer.text(verdictWords(document.verdict()).in(language));
    writer.endRow();
  }
  for (const auto& document : data.unreadable) {
    writer.number(++row);
    writer.text(document.problem.in(language));
    writer.blank();
    writer.text(document.path);
    for (std::size_t c = 0; c < 3 + data.families.size() + 1; ++c) writer.blank();
    writer.text(verdictWords(Verdict::unreadable).in(language));
    writer.endRow();
  }
  writer.filter();
}

void writeFindingsSheet(lxw_worksheet* sheet, const Formats& formats, const ReportData& data, Language language) {
  const bool vi = language == Language::vi;
  SheetWriter writer(sheet, formats);
  writer.header({words().documentName.in(language), vi ? "Tệp" : "File", vi ? "Dòng" : "Line",
                 words().code.in(language), vi ? "Mức" : "Severity", words().family.in(language), vi ? "Khoản" : "Unit",
                 vi ? "Nội dung" : "Message", vi ? "Ví dụ" : "Witness", vi ? "Gợi ý" : "Suggestion"},
                {32, 30, 7, 8, 11, 16, 20, 70, 36, 50});
  for (const auto& document : data.documents) {
    for (const auto& view : document.findings) {
      const Diagnostic& finding = view.diagnostic;
      writer.text(nameOf(document));
      writer.text(finding.path);
      writer.number(finding.range.begin.line);
      writer.text(finding.code);
      writer.text(severityWords(finding.severity).in(language));
      writer.text(familyWords(finding.code.substr(0, 1)).in(language));
      writer.text(view.clause.unit);
      writer.text(finding.message.in(language));
      writer.text(finding.witness ? finding.witness->in(language) : "");
      writer.text(finding.suggestion ? finding.suggestion->in(language) : "");
      writer.endRow();
    }
  }
  writer.filter();
}

}  // namespace

std::string writeOverviewXlsx(std::ostream& out, const ReportData& data, Language language) {
  XlsxFile file;
  lxw_workbook* workbook = file.workbook();
  if (!workbook) return file.error();
  const Formats formats = makeFormats(workbook);
  const bool vi = language == Language::vi;
  writeOverviewSheet(workbook_add_worksheet(workbook, vi ? "Tổng quan" : "Overview"), formats, data, language);
  writeFindingsSheet(workbook_add_worksheet(workbook, vi ? "Phát hiện" : "Findings"), formats, data, language);
  return file.finish(out);
}

}  // namespace rasoat::report
