#include "cli/apply_command.h"

#include <iostream>

#include "checks/catalogue.h"
#include "cli/output_file.h"

namespace rasoat::cli {

namespace {

struct ApplyOptions {
  std::string base;
  std::string amendment;
  std::string output;
};

int runApply(const ApplyOptions& options, const CommonOptions& common) {
  Session session(common);
  const driver::AmendedRegulation* amended = session.workspace().amend(options.base, options.amendment);
  if (!amended) {
    session.printDiagnostics();
    return kUsageOrInputError;
  }
  // An instruction that cannot be applied is reported as A003, at the instruction.
  for (auto& finding : checks::missingTargetFindings(amended->consolidation->failures))
    session.sink().report(std::move(finding));
  session.printDiagnostics();
  // A text with an instruction left out would pass for the consolidated one: nothing is written.
  if (session.sink().count(Severity::error) > 0) return kFindings;
  const std::string text = amended->consolidation->text();
  if (options.output.empty()) {
    std::cout << text;
    return kSuccess;
  }
  OutputFile output(options.output, {options.base, options.amendment});
  if (output.ok()) output.stream() << text;
  if (!output.ok() || !output.commit()) {
    std::cerr << "rasoat: error: " << output.error() << "\n";
    return kUsageOrInputError;
  }
  return kSuccess;
}

}  // namespace

void addApplyCommand(CLI::App& app, CommonOptions& common, int& status) {
  auto options = std::make_shared<ApplyOptions>();
  CLI::App* command = app.add_subcommand(
      "apply", "Apply an amending document to its base regulation: the consolidated text (văn bản hợp nhất)");
  command->add_option("base", options->base, "The regulation in force (.qc)")->required();
  command->add_option("amendment", options->amendment, "The amending document (.qc)")->required();
  command->add_option("-o,--output", options->output, "Write the consolidated text here (default: standard output)");
  command->callback([options, &common, &status] { status = runApply(*options, common); });
}

}  // namespace rasoat::cli
