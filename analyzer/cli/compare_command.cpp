#include "cli/compare_command.h"

#include <filesystem>
#include <iostream>
#include <sstream>

#include "checks/rule_packs.h"
#include "checks/runner.h"
#include "cli/output_file.h"
#include "model/model_builder.h"
#include "report/compare_writers.h"
#include "syntax/layout_parser.h"

namespace rasoat::cli {

namespace {

namespace fs = std::filesystem;

struct CompareOptions {
  std::string before;
  std::string after;
  std::string output;
  std::string format;  // html | md | csv | docx | xlsx; empty: from the output's extension
  std::string failOn = "error";
  std::string lexiconDirectory;
  report::CompareLayout layout;
};

const char* const kFormats[] = {"html", "md", "csv", "docx", "xlsx"};

// The format named by --format, else by the output's extension ("md" on stdout).
std::string formatOf(const CompareOptions& options, std::string& error) {
  if (!options.format.empty()) return options.format;
  if (options.output.empty()) return "md";
  std::string extension = fs::path(options.output).extension().string();
  if (!extension.empty()) extension.erase(0, 1);
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (extension == "htm") extension = "html";
  if (extension == "markdown") extension = "md";
  for (const char* format : kFormats) {
    if (extension == format) return extension;
  }
  error = options.output +
          ": cannot tell the format from the extension; use .html, .md, .csv, .docx or .xlsx, or "
          "--format";
  return "";
}

std::unique_ptr<checks::CheckedDocument> analyse(const text::SourceText& source, const model::Lexicon& lexicon,
                                                 DiagnosticSink& sink, bool checked) {
  auto document = std::make_unique<checks::CheckedDocument>();
  document->source = &source;
  document->tree = syntax::parseLayout(source, sink);
  document->model = model::buildModel(document->tree, lexicon);
  document->checked = checked;
  return document;
}

// Writes the table in `format` to `out`; an error message, empty on success.
std::string writeTable(const report::CompareTable& table, const std::string& format, Language language,
                       const report::CompareLayout& layout, std::ostream& out) {
  if (format == "html") report::writeCompareHtml(table, language, out);
  if (format == "md") report::writeCompareMarkdown(table, language, out);
  if (format == "csv") report::writeCompareCsv(table, language, layout, out);
  if (format == "docx") return report::writeCompareDocx(table, language, layout, out);
  if (format == "xlsx") return report::writeCompareXlsx(table, language, layout, out);
  return "";
}

Severity severityOf(const std::string& name) {
  if (name == "warning") return Severity::warning;
  if (name == "info") return Severity::info;
  return Severity::error;
}

int runCompare(const CompareOptions& options, const CommonOptions& common) {
  std::string error;
  const std::string format = formatOf(options, error);
  if (format.empty()) {
    std::cerr << "rasoat: error: " << error << "\n";
    return kUsageOrInputError;
  }
  if (options.output.empty() && (format == "docx" || format == "xlsx")) {
    std::cerr << "rasoat: error: a ." << format << " table is written to a file: give -o FILE." << format << "\n";
    return kUsageOrInputError;
  }
  Session session(common);
  std::optional<model::Lexicon> lexicon = session.loadLexicon(options.lexiconDirectory);
  if (!lexicon) return kUsageOrInputError;
  std::optional<checks::RulePacks> packs = session.loadRulePacks();
  if (!packs) return kUsageOrInputError;
  const text::SourceText* before = session.load(options.before);
  const text::SourceText* after = session.load(options.after);
  if (!before || !after) return kUsageOrInputError;

  // Refuse to write over an input before any work is done.
  std::unique_ptr<OutputFile> file;
  if (!options.output.empty()) {
    file = std::make_unique<OutputFile>(options.output, std::vector<std::string>{options.before, options.after});
    if (!file->ok()) {
      std::cerr << "rasoat: error: " << file->error() << "\n";
      return kUsageOrInputError;
    }
  }
  std::vector<std::unique_ptr<checks::CheckedDocument>> documents;
  documents.push_back(analyse(*after, *lexicon, session.sink(), true));
  documents.push_back(analyse(*before, *lexicon, session.sink(), false));
  documents.front()->previous = documents.back().get();
  solver::Session solver(*lexicon);
  checks::CheckContext context{documents, *lexicon, *packs, solver, session.sink()};
  checks::runChecks(context, checks::Selection({"A001", "A002"}, {}));
  const report::CompareTable table = report::buildCompareTable(*documents.back(), *documents.front(), *lexicon, solver);

  const Language language = session.language();
  if (file) {
    error = writeTable(table, format, language, options.layout, file->stream());
    if (error.empty() && !file->commit()) error = file->error();
  } else {
    std::ostringstream text;
    error = writeTable(table, format, language, options.layout, text);
    std::cout << text.str();
  }
  session.printDiagnostics();
  if (!error.empty()) {
    std::cerr << "rasoat: error: " << error << "\n";
    return kUsageOrInputError;
  }
  return session.exitStatus(severityOf(options.failOn));
}

}  // namespace

void addCompareCommand(CLI::App& app, CommonOptions& common, int& status) {
  auto options = std::make_shared<CompareOptions>();
  CLI::App* command = app.add_subcommand(
      "compare",
      "Comparison table (bảng đối chiếu) of a regulation in force and its draft: .html, .md, .csv, .docx, "
      ".xlsx");
  command->add_option("old", options->before, "The regulation in force (.qc)")->required();
  command->add_option("new", options->after, "The draft: a new full text (.qc)")->required();
  command->add_option("-o,--output", options->output,
                      "Output file; the format follows its extension (default: Markdown on standard output)");
  command->add_option("--format", options->format, "html, md, csv, docx or xlsx (overrides the extension)")
      ->check(CLI::IsMember({"html", "md", "csv", "docx", "xlsx"}));
  command->add_option("--fail-on", options->failOn, "Exit 1 when a finding reaches: error (default), warning, info")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  command->add_option("--lexicon", options->lexiconDirectory, "Directory of lexicon YAML files");
  command->add_flag("--stt", options->layout.numberColumn, "An STT (row number) column first (.docx, .xlsx, .csv)");
  command->add_flag("--reason-column", options->layout.reasonColumn,
                    "An empty \"Lý do, giải trình\" column last, to fill in (.docx, .xlsx, .csv)");
  command->add_flag("--fold-unchanged", options->layout.foldUnchanged,
                    "Unchanged articles as their heading and a note (.docx)");
  command->add_flag("--bom", options->layout.byteOrderMark, "A UTF-8 byte order mark before the CSV, for Excel");
  command->callback([options, &common, &status] { status = runCompare(*options, common); });
}

}  // namespace rasoat::cli
