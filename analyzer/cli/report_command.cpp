#include "cli/report_command.h"

#include <filesystem>
#include <iostream>

#include "checks/runner.h"
#include "cli/help_text.h"
#include "cli/checked_documents.h"
#include "cli/output_file.h"
#include "report/docx_report.h"
#include "report/html_report.h"
#include "report/markdown_report.h"
#include "report/report_data.h"

namespace rasoat::cli {

namespace {

struct ReportOptions : DocumentInputs {
  std::string output;
  std::string format;  // html | md; default from the output's extension
};

// --format wins; else the output's extension: .html (.htm), .md (.markdown)
// or .docx. Anything else is refused (empty), never written as HTML.
std::string formatOf(const ReportOptions& options) {
  if (!options.format.empty()) return options.format;
  std::string extension = std::filesystem::path(options.output).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (extension == ".html" || extension == ".htm") return "html";
  if (extension == ".md" || extension == ".markdown") return "md";
  if (extension == ".docx") return "docx";
  return "";
}

int runReport(ReportOptions options, CommonOptions common, const CLI::App& app) {
  if (!applyProjectConfig(options, common, app, nullptr)) return kUsageOrInputError;
  Session session(common);
  const std::optional<checks::RulePacks> packs = loadCheckInputs(options, session);
  if (!packs) return kUsageOrInputError;
  const auto& documents = session.workspace().documents();
  const model::Lexicon& lexicon = session.workspace().lexicon();
  // A report of a missing or unreadable input would be misleading: nothing is written.
  if (session.hadInputError()) return kUsageOrInputError;

  OutputFile output(options.output, inputPaths(options, session.workspace()));
  if (!output.ok()) {
    std::cerr << "rasoat: error: " << output.error() << "\n";
    return kUsageOrInputError;
  }
  // Never written in another format than the one the name says.
  const std::string format = formatOf(options);
  if (format.empty()) {
    const LocalizedText message{
        ": báo cáo chỉ ghi được dạng .html, .md hoặc .docx; hãy dùng một trong các phần mở rộng này hoặc --format",
        ": a report is written as .html, .md or .docx; use one of these extensions or --format"};
    std::cerr << "rasoat: " << LocalizedText{"lỗi", "error"}.in(session.language()) << ": " << options.output
              << message.in(session.language()) << "\n";
    return kUsageOrInputError;
  }
  const checks::Selection selection(options.select, options.ignore);
  checks::runChecksInParallel(documents, lexicon, *packs, selection, session.sink(), threadCount(options.jobs));
  const auto findings = selectedFindings(session, selection);
  const report::ReportData data = report::assembleReport(documents, findings, lexicon);
  std::string error;
  if (format == "md")
    report::writeMarkdownReport(output.stream(), data, session.language());
  else if (format == "docx")
    error = report::writeDocxReport(output.stream(), data, session.language());
  else
    report::writeHtmlReport(output.stream(), data, session.language());
  if (!error.empty()) {
    std::cerr << "rasoat: error: " << error << "\n";
    return kUsageOrInputError;
  }
  if (!output.commit()) {
    std::cerr << "rasoat: error: " << output.error() << "\n";
    return kUsageOrInputError;
  }
  return kSuccess;
}

}  // namespace

void addReportCommand(CLI::App& app, CommonOptions& common, int& status) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* command = app.add_subcommand(
      "report", say(common, "Báo cáo rà soát cho tổ công tác: tóm tắt, ma trận thẩm quyền, sơ đồ ủy quyền, phát hiện",
                    "Write the working group's report: summary, authority matrix, delegation graph, findings"));
  command->add_option("files", options->files, say(common, "Các tệp quy chế", "Regulation files"))->required();
  command
      ->add_option("-o,--output", options->output,
                   say(common, "Tệp báo cáo: .html, .md (Markdown) hoặc .docx (Word)",
                       "The report file: .html, .md (Markdown) or .docx (Word)"))
      ->required();
  command
      ->add_option("--format", options->format,
                   say(common, "html, md hoặc docx (mặc định: theo phần mở rộng)",
                       "html, md or docx (default: from the output's extension)"))
      ->check(CLI::IsMember({"html", "md", "docx"}));
  addDocumentInputOptions(*command, *options, common);
  // "rasoat report FILE --lang en -o x.html" reads as naturally as "rasoat --lang en report ...".
  command->fallthrough();
  command->callback([options, &app, &common, &status] { status = runReport(*options, common, app); });
}

}  // namespace rasoat::cli
