#include "cli/limit_options.h"

#include "cli/help_text.h"

namespace rasoat::cli {

const std::vector<LimitOption>& limitOptions() {
  static const std::vector<LimitOption> options = {
      {"max-file-size", &Limits::maxFileBytes, "Tệp lớn nhất được đọc, tính bằng byte",
       "Largest input file accepted, in bytes"},
      {"max-line-length", &Limits::maxLineLength, "Dòng dài nhất được đọc, tính bằng ký tự",
       "Longest line accepted, in characters"},
      {"max-document-size", &Limits::maxDocumentBytes, "Tệp .docx/.odt/.pdf/.doc lớn nhất được đọc, tính bằng byte",
       "Largest .docx/.odt/.pdf/.doc accepted, in bytes"},
      {"max-zip-entries", &Limits::maxZipEntries, "Số mục nhiều nhất trong một tệp nén .docx/.odt",
       "Most entries in a .docx/.odt archive"},
      {"max-zip-entry-size", &Limits::maxZipEntryBytes, "Phần lớn nhất của .docx/.odt sau khi giải nén, tính bằng byte",
       "Largest part of a .docx/.odt once uncompressed, in bytes"},
      {"max-zip-total-size", &Limits::maxZipTotalBytes, "Tệp .docx/.odt lớn nhất sau khi giải nén, tính bằng byte",
       "Largest .docx/.odt once uncompressed, in bytes"},
      {"max-zip-ratio", &Limits::maxZipRatio, "Tỷ lệ nén cao nhất của một phần trên 1 MiB (bom nén)",
       "Highest compression ratio of a part over 1 MiB (zip bombs)"},
      {"max-list-number", &Limits::maxListNumber, "Giá trị lớn nhất của số thứ tự tự động được đọc",
       "Largest value of automatic numbering read"},
      {"max-pdf-pages", &Limits::maxPdfPages, "Số trang PDF nhiều nhất được đọc", "Most pages of a PDF read"},
      {"max-depth", &Limits::maxNestingDepth, "Số cấp lồng nhau nhiều nhất của khoản, điểm dưới một Điều",
       "Deepest nesting of clauses and points below an article"},
      {"max-provisions", &Limits::maxProvisions, "Số đơn vị (Điều, khoản, điểm) nhiều nhất của một văn bản",
       "Most numbered units (articles, clauses, points) per document"},
      {"max-number-digits", &Limits::maxNumberDigits, "Số chữ số phần nguyên nhiều nhất của một số (sau tỷ, triệu)",
       "Most integer digits of an amount read (after tỷ, triệu)"},
      {"max-decimal-places", &Limits::maxDecimalPlaces, "Số chữ số thập phân nhiều nhất của một số",
       "Most decimal places of a number read"},
      {"max-citation-depth", &Limits::maxCitationDepth, "Chuỗi văn bản cấp trên dài nhất được lần theo",
       "Longest chain of higher-level documents followed"},
  };
  return options;
}

void addLimitOptions(CLI::App& app, CommonOptions& common) {
  for (const LimitOption& option : limitOptions()) {
    const std::string byDefault = std::to_string(common.limits.*option.field);
    app.add_option(std::string("--") + option.key, common.limits.*option.field,
                   say(common, std::string(option.helpVi) + " (mặc định " + byDefault + ")",
                       std::string(option.helpEn) + " (default " + byDefault + ")"))
        ->check(CLI::PositiveNumber)
        ->group(say(common, "Giới hạn (docs/limits.md)", "Limits (docs/limits.md)"));
  }
}

bool limitGiven(const CLI::App& app, const std::string& key) {
  const CLI::Option* option = app.get_option_no_throw("--" + key);
  return option && option->count() > 0;
}

std::size_t Limits::*limitField(const std::string& key) {
  for (const LimitOption& option : limitOptions()) {
    if (key == option.key) return option.field;
  }
  return nullptr;
}

}  // namespace rasoat::cli
