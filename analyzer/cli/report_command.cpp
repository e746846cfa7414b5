#include "cli/report_command.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "checks/runner.h"
#include "cli/baseline.h"
#include "cli/checked_documents.h"
#include "cli/output_file.h"
#include "cli/progress_line.h"
#include "report/fingerprint.h"
#include "report/html_report.h"
#include "report/markdown_report.h"
#include "report/overview_xlsx.h"
#include "report/report_data.h"

namespace rasoat::cli {

namespace {

struct ReportOptions : DocumentInputs {
  std::string output;
  std::string format;  // html | md | xlsx; default from the output's extension
};

// --format wins; else ".md"/".markdown" is Markdown, ".xlsx" a workbook and anything else HTML.
std::string formatOf(const ReportOptions& options) {
  if (!options.format.empty()) return options.format;
  const std::string extension = std::filesystem::path(options.output).extension().string();
  if (extension == ".xlsx") return "xlsx";
  return extension == ".md" || extension == ".markdown" ? "md" : "html";
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
    std::cerr << "rasoat: error: " << output.error() << "\n";
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
  const std::optional<TriagedFindings> triaged = acceptFindings(
      options.accepting, selectedFindings(session, selection), identities, inputs, session.language());
  if (!triaged) return kUsageOrInputError;
  report::ReportData data = report::assembleReport(documents, triaged->reported, lexicon);
  data.accepted = triaged->accepted();
  for (const auto& error : session.inputErrors())
    data.unreadable.push_back(report::UnreadableDocument{error.path(), error.message()});
  const std::string format = formatOf(options);
  if (format == "md") {
    report::writeMarkdownReport(output.stream(), data, session.language());
  } else if (format == "xlsx") {
    if (const std::string error = report::writeOverviewXlsx(output.stream(), data, session.language()); !error.empty()) {
      std::cerr << "rasoat: error: " << error << "\n";
      return kUsageOrInputError;
    }
  } else {
    report::writeHtmlReport(output.stream(), data, session.language());
  }
  if (!output.commit()) {
    std::cerr << "rasoat: error: " << output.error() << "\n";
    return kUsageOrInputError;
  }
  return session.hadInputError() ? kUsageOrInputError : kSuccess;
}

}  // namespace

void addReportCommand(CLI::App& app, CommonOptions& common, int& status) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* command = app.add_subcommand(
      "report", "Write the working group's report: summary, authority matrix, delegation graph, findings");
  command->add_option("files", options->files, "Regulation files (.qc), or directories of them")->required();
  command->add_option("-o,--output", options->output, "The report file (.html, .md for Markdown, .xlsx for a workbook)")->required();
  command->add_option("--format", options->format, "html, md or xlsx (default: from the output's extension)")
      ->check(CLI::IsMember({"html", "md", "xlsx"}));
  command->add_option("--against", options->against, "Higher-level documents to check against (besides those cited)")
      ->allow_extra_args(false);
  command
      ->add_option("--corpus", options->corpus,
                   "Directories where cited documents are looked up (default: the files' directories)")
      ->allow_extra_args(false);
  command->add_option("--select", options->select, "Only these codes or prefixes (O001, O, S00), comma-separated")
      ->delimiter(',')
      ->allow_extra_args(false);
  command->add_option("--ignore", options->ignore, "Skip these codes or prefixes, comma-separated")
      ->delimiter(',')
      ->allow_extra_args(false);
  command->add_option("--jobs,-j", options->jobs, "Documents checked in parallel (default: one per core)");
  command->add_option("--lexicon", options->lexiconDirectory, "Directory of lexicon YAML files");
  addAcceptOptions(*command, options->accepting);
  // "rasoat report FILE --lang en -o x.html" reads as naturally as "rasoat --lang en report ...".
  command->fallthrough();
  command->callback([options, &app, &common, &status] { status = runReport(*options, common, app); });
}

}  // namespace rasoat::cli
