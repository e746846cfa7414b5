// rasoat: a static analyser for Vietnamese working regulations (quy chế làm việc).
//
// The passes, in order (one library each under analyzer/):
//   text    read the file, reject what is not UTF-8 text, make the matching copy
//   syntax  parse the layout with the ANTLR grammar, build the typed tree
//   amend   amending documents: read their instructions, apply them to the base
//   model   read clauses with the clause grammar and the lexicon: provisions, parameters
//   solver  Z3: conditions as formulas, bounded queries, witnesses
//   checks  the catalogue, run over each document and its higher-level documents
//   report  print diagnostics and trees; the working-group report
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/apply_command.h"
#include "cli/check_command.h"
#include "cli/compare_command.h"
#include "cli/import_command.h"
#include "cli/limit_options.h"
#include "cli/model_command.h"
#include "cli/parse_command.h"
#include "cli/report_command.h"
#include "cli/session.h"

int main(int argc, char** argv) {
  using namespace rasoat::cli;
  CLI::App app{"rasoat — rà soát quy chế làm việc (a static analyser for working regulations)"};
  app.set_version_flag("--version", "rasoat 0.1.0");
  app.require_subcommand(1);
  // Global options (--lang, --max-*) may also follow the command: "rasoat check --max-depth 12 a.qc".
  app.fallthrough();
  CommonOptions common;
  app.add_option("--lang", common.language, "Language of messages: vi (default) or en")
      ->check(CLI::IsMember({"vi", "en"}));
  app.add_option("--color", common.colour, "auto (default), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  addLimitOptions(app, common.limits);
  app.add_flag("--original", common.reading.original,
               "Read .docx/.odt files with tracked changes as the original, before the changes "
               "(default: every change accepted)");

  int status = kSuccess;
  addParseCommand(app, common, status);
  addModelCommand(app, common, status);
  addCheckCommand(app, common, status);
  addCompareCommand(app, common, status);
  addApplyCommand(app, common, status);
  addReportCommand(app, common, status);
  addImportCommand(app, common, status);
  addCatalogueCommands(app, common, status);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? kSuccess : kUsageOrInputError;
  } catch (const std::exception& error) {
    std::cerr << "rasoat: internal error: " << error.what() << "\n";
    return kUsageOrInputError;
  }
  return status;
}
