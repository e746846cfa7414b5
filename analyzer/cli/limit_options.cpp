#include "cli/limit_options.h"

namespace rasoat::cli {

const std::vector<LimitOption>& limitOptions() {
  static const std::vector<LimitOption> options = {
      {"max-file-size", &Limits::maxFileBytes, "Largest input file accepted, in bytes"},
      {"max-line-length", &Limits::maxLineLength, "Longest line accepted, in characters"},
      {"max-document-size", &Limits::maxDocumentBytes, "Largest .docx/.odt/.pdf/.doc accepted, in bytes"},
      {"max-zip-entries", &Limits::maxZipEntries, "Most entries in a .docx/.odt archive"},
      {"max-zip-entry-size", &Limits::maxZipEntryBytes, "Largest part of a .docx/.odt once uncompressed, in bytes"},
      {"max-zip-total-size", &Limits::maxZipTotalBytes, "Largest .docx/.odt once uncompressed, in bytes"},
      {"max-zip-ratio", &Limits::maxZipRatio, "Highest compression ratio of a part over 1 MiB (zip bombs)"},
      {"max-list-number", &Limits::maxListNumber, "Largest value of automatic numbering read"},
      {"max-pdf-pages", &Limits::maxPdfPages, "Most pages of a PDF read"},
      {"max-depth", &Limits::maxNestingDepth, "Deepest nesting of clauses and points below an article"},
      {"max-provisions", &Limits::maxProvisions, "Most numbered units (articles, clauses, points) per document"},
      {"max-number-digits", &Limits::maxNumberDigits, "Most integer digits of an amount read (after tỷ, triệu)"},
      {"max-decimal-places", &Limits::maxDecimalPlaces, "Most decimal places of a number read"},
      {"max-citation-depth", &Limits::maxCitationDepth, "Longest chain of higher-level documents followed"},
  };
  return options;
}

void addLimitOptions(CLI::App& app, Limits& limits) {
  for (const LimitOption& option : limitOptions()) {
    app.add_option(std::string("--") + option.key, limits.*option.field,
                   std::string(option.help) + " (default " + std::to_string(Limits{}.*option.field) + ")")
        ->check(CLI::PositiveNumber)
        ->group("Limits (docs/limits.md)");
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
