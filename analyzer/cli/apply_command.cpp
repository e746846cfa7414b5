#include "cli/apply_command.h"

#include <iostream>

#include "checks/catalogue.h"
#include "cli/help_text.h"
#include "cli/output_file.h"
#include "report/terminal_text.h"

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
    std::cerr << "rasoat: error: " << report::terminalSafe(output.message().in(session.language())) << "\n";
    return kUsageOrInputError;
  }
  return kSuccess;
}

}  // namespace

void addApplyCommand(CLI::App& app, CommonOptions& common, int& status) {
  auto options = std::make_shared<ApplyOptions>();
  CLI::App* command = app.add_subcommand(
      "apply", say(common, "Áp dụng văn bản sửa đổi, bổ sung vào quy chế đang có hiệu lực: văn bản hợp nhất",
                   "Apply an amending document to its base regulation: the consolidated text (văn bản hợp nhất)"));
  command->add_option("base", options->base, say(common, "Quy chế đang có hiệu lực", "The regulation in force"))
      ->required();
  command->add_option("amendment", options->amendment, say(common, "Văn bản sửa đổi, bổ sung", "The amending document"))
      ->required();
  command->add_option("-o,--output", options->output,
                      say(common, "Ghi văn bản hợp nhất vào tệp này (mặc định: đầu ra chuẩn)",
                          "Write the consolidated text here (default: standard output)"));
  command->callback([options, &common, &status] { status = runApply(*options, common); });
}

}  // namespace rasoat::cli
