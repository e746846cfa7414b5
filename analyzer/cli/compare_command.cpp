#include "cli/compare_command.h"

#include <filesystem>
#include <iostream>
#include <sstream>

#include "checks/rule_packs.h"
#include "checks/runner.h"
#include "cli/help_text.h"
#include "cli/output_file.h"
#include "report/compare_writers.h"

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
std::string formatOf(const CompareOptions& options, Language language, std::string& error) {
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
  error = language == Language::en
              ? options.output +
                    ": cannot tell the format from the extension; use .html, .md, .csv, .docx or .xlsx, or --format"
              : options.output +
                    ": không biết ghi theo dạng nào từ phần mở rộng của tên tệp; hãy dùng .html, .md, .csv, .docx "
                    "hoặc .xlsx, hoặc --format";
  return "";
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
  const Language language = common.language == "en" ? Language::en : Language::vi;
  const std::string format = formatOf(options, language, error);
  if (format.empty()) {
    std::cerr << "rasoat: error: " << error << "\n";
    return kUsageOrInputError;
  }
  if (options.output.empty() && (format == "docx" || format == "xlsx")) {
    std::cerr << "rasoat: error: "
              << (language == Language::en ? "a ." + format + " table is written to a file: give -o FILE." + format
                                           : "bảng dạng ." + format + " được ghi ra tệp: hãy cho -o TỆP." + format)
              << "\n";
    return kUsageOrInputError;
  }
  Session session(common);
  std::optional<model::Lexicon> lexicon = session.loadLexicon(options.lexiconDirectory);
  if (!lexicon) return kUsageOrInputError;
  std::optional<checks::RulePacks> packs = session.loadRulePacks();
  if (!packs) return kUsageOrInputError;
  driver::Workspace& workspace = session.workspace();
  workspace.adoptLexicon(std::move(*lexicon));
  const text::SourceText* before = workspace.load(options.before);
  const text::SourceText* after = workspace.load(options.after);
  if (!before || !after) return kUsageOrInputError;

  // Refuse to write over an input before any work is done.
  std::unique_ptr<OutputFile> file;
  if (!options.output.empty()) {
    file = std::make_unique<OutputFile>(options.output, std::vector<std::string>{options.before, options.after});
    if (!file->ok()) {
      std::cerr << "rasoat: error: " << file->message().in(language) << "\n";
      return kUsageOrInputError;
    }
  }
  checks::CheckedDocument& draft = workspace.read(*after, driver::Depth::model, driver::Role::checked);
  const checks::CheckedDocument& inForce = workspace.read(*before, driver::Depth::model, driver::Role::reference);
  draft.previous = &inForce;
  const model::Lexicon& words = workspace.lexicon();
  solver::Session solver(words);
  checks::CheckContext context{workspace.documents(), words, *packs, solver, session.sink()};
  checks::runChecks(context, checks::Selection({"A001", "A002"}, {}));
  const report::CompareTable table = report::buildCompareTable(inForce, draft, words, solver);

  if (file) {
    error = writeTable(table, format, language, options.layout, file->stream());
    if (error.empty() && !file->commit()) error = file->message().in(language);
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
      say(common, "Bảng đối chiếu quy chế hiện hành và dự thảo: .html, .md, .csv, .docx, .xlsx",
          "Comparison table (bảng đối chiếu) of a regulation in force and its draft: .html, .md, .csv, .docx, .xlsx"));
  command->add_option("old", options->before, say(common, "Quy chế hiện hành", "The regulation in force"))->required();
  command->add_option("new", options->after, say(common, "Dự thảo: toàn văn mới", "The draft: a new full text"))
      ->required();
  command->add_option("-o,--output", options->output,
                      say(common, "Tệp kết quả; định dạng theo phần mở rộng (mặc định: Markdown ra đầu ra chuẩn)",
                          "Output file; the format follows its extension (default: Markdown on standard output)"));
  command
      ->add_option("--format", options->format,
                   say(common, "html, md, csv, docx hoặc xlsx (thay cho phần mở rộng)",
                       "html, md, csv, docx or xlsx (overrides the extension)"))
      ->check(CLI::IsMember({"html", "md", "csv", "docx", "xlsx"}));
  command
      ->add_option("--fail-on", options->failOn,
                   say(common, "Trả mã 1 khi có phát hiện từ mức: error (mặc định), warning, info",
                       "Exit 1 when a finding reaches: error (default), warning, info"))
      ->check(CLI::IsMember({"error", "warning", "info"}));
  command->add_option("--lexicon", options->lexiconDirectory,
                      say(common, "Thư mục từ vựng (YAML)", "Directory of lexicon YAML files"));
  command->add_flag("--stt", options->layout.numberColumn,
                    say(common, "Thêm cột STT đầu bảng (.docx, .xlsx, .csv)",
                        "An STT (row number) column first (.docx, .xlsx, .csv)"));
  command->add_flag("--reason-column", options->layout.reasonColumn,
                    say(common, "Thêm cột \"Lý do, giải trình\" trống ở cuối để điền (.docx, .xlsx, .csv)",
                        "An empty \"Lý do, giải trình\" column last, to fill in (.docx, .xlsx, .csv)"));
  command->add_flag("--fold-unchanged", options->layout.foldUnchanged,
                    say(common, "Điều không thay đổi chỉ ghi tiêu đề và một ghi chú (.docx)",
                        "Unchanged articles as their heading and a note (.docx)"));
  command->add_flag(
      "--bom", options->layout.byteOrderMark,
      say(common, "Ghi BOM UTF-8 trước tệp CSV, cho Excel", "A UTF-8 byte order mark before the CSV, for Excel"));
  command->callback([options, &common, &status] { status = runCompare(*options, common); });
}

}  // namespace rasoat::cli
