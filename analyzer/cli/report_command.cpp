#include "cli/report_command.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "checks/runner.h"
#include "cli/baseline.h"
#include "cli/checked_documents.h"
#include "cli/help_text.h"
#include "cli/output_file.h"
#include "cli/progress_line.h"
#include "report/docx_report.h"
#include "report/fingerprint.h"
#include "report/html_report.h"
#include "report/markdown_report.h"
#include "report/overview_xlsx.h"
#include "report/report_data.h"
#include "report/terminal_text.h"

namespace rasoat::cli {

namespace {

struct ReportOptions : DocumentInputs {
  std::string output;
  std::string format;  // html | md | xlsx; default from the output's extension
};

// --format wins; else the output's extension: .html (.htm), .md (.markdown)
// .docx or .xlsx (the overview). Anything else is refused (empty), never written as HTML.
std::string formatOf(const ReportOptions& options) {
  if (!options.format.empty()) return options.format;
  std::string extension = std::filesystem::path(options.output).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (extension == ".html" || extension == ".htm") return "html";
  if (extension == ".md" || extension == ".markdown") return "md";
  if (extension == ".docx") return "docx";
  if (extension == ".xlsx") return "xlsx";
  return "";
}

int runReport(ReportOptions options, CommonOptions common, const CLI::App& app) {
  if (!applyProjectConfig(options, common, app, nullptr)) return kUsageOrInputError;
  Session session(common);
  // From the start: reading many documents takes longer than checking them.
  auto progress = std::make_unique<ProgressLine>(session.language());
  const std::optional<checks::RulePacks> packs = loadCheckInputs(options, session);
  if (!packs) return kUsageOrInputError;
  const auto& documents = session.workspace().documents();
  const model::Lexicon& lexicon = session.workspace().lexicon();
  // A batch never stops at one bad file: the report is written for the
  // documents that could be read, with a row for each that could not, and
  // the exit status still says an input was bad. With nothing readable,
  // nothing is written.
  const bool anyChecked = std::any_of(documents.begin(), documents.end(), [](const auto& d) { return d->checked; });
  if (!anyChecked) return kUsageOrInputError;

  const std::vector<std::string> inputs = inputPaths(options, session.workspace());
  OutputFile output(options.output, inputs);
  if (!output.ok()) {
    std::cerr << "rasoat: error: " << report::terminalSafe(output.message().in(session.language())) << "\n";
    return kUsageOrInputError;
  }
  // Never written in another format than the one the name says.
  const std::string format = formatOf(options);
  if (format.empty()) {
    const LocalizedText message{
        ": báo cáo chỉ ghi được dạng .html, .md, .docx hoặc .xlsx; hãy dùng một trong các phần mở rộng này hoặc "
        "--format",
        ": a report is written as .html, .md, .docx or .xlsx; use one of these extensions or --format"};
    std::cerr << "rasoat: " << LocalizedText{"lỗi", "error"}.in(session.language()) << ": " << options.output
              << message.in(session.language()) << "\n";
    return kUsageOrInputError;
  }
  const checks::Selection selection(options.select, options.ignore);
  {
    checks::runChecksInParallel(documents, lexicon, *packs, selection, session.sink(), threadCount(options.jobs),
                                nullptr,
                                [&progress](std::size_t done, std::size_t total) { progress->update(done, total); });
  }
  progress.reset();  // erased before the findings are printed
  const report::FindingIdentities identities(documents);
  const std::optional<TriagedFindings> triaged =
      acceptFindings(options.accepting, selectedFindings(session, selection), identities, inputs, session.language());
  if (!triaged) return kUsageOrInputError;
  report::ReportData data = report::assembleReport(documents, triaged->reported, lexicon);
  data.accepted = triaged->accepted();
  for (const auto& error : session.inputErrors())
    data.unreadable.push_back(report::UnreadableDocument{error.path(), error.message()});
  std::string error;
  if (format == "md") {
    report::writeMarkdownReport(output.stream(), data, session.language());
  } else if (format == "xlsx") {
    error = report::writeOverviewXlsx(output.stream(), data, session.language());
  } else if (format == "docx") {
    error = report::writeDocxReport(output.stream(), data, session.language());
  } else {
    report::writeHtmlReport(output.stream(), data, session.language());
  }
  if (!error.empty()) {
    std::cerr << "rasoat: error: " << error << "\n";
    return kUsageOrInputError;
  }
  if (!output.commit()) {
    std::cerr << "rasoat: error: " << report::terminalSafe(output.message().in(session.language())) << "\n";
    return kUsageOrInputError;
  }
  return session.hadInputError() ? kUsageOrInputError : kSuccess;
}

}  // namespace

void addReportCommand(CLI::App& app, CommonOptions& common, int& status) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* command = app.add_subcommand(
      "report", say(common, "Báo cáo rà soát cho tổ công tác: tóm tắt, ma trận thẩm quyền, sơ đồ ủy quyền, phát hiện",
                    "Write the working group's report: summary, authority matrix, delegation graph, findings"));
  command
      ->add_option("files", options->files,
                   say(common, "Các tệp quy chế, hoặc thư mục chứa chúng", "Regulation files, or directories of them"))
      ->required();
  command
      ->add_option("-o,--output", options->output,
                   say(common, "Tệp báo cáo: .html, .md (Markdown), .docx (Word) hoặc .xlsx (bảng tổng quan)",
                       "The report file: .html, .md (Markdown), .docx (Word) or .xlsx (the overview workbook)"))
      ->required();
  command
      ->add_option("--format", options->format,
                   say(common, "html, md, docx hoặc xlsx (mặc định: theo phần mở rộng)",
                       "html, md, docx or xlsx (default: from the output's extension)"))
      ->check(CLI::IsMember({"html", "md", "docx", "xlsx"}));
  addDocumentInputOptions(*command, *options, common);
  addAcceptOptions(*command, options->accepting, common);
  // "rasoat report FILE --lang en -o x.html" reads as naturally as "rasoat --lang en report ...".
  command->fallthrough();
  command->callback([options, &app, &common, &status] { status = runReport(*options, common, app); });
}

}  // namespace rasoat::cli
