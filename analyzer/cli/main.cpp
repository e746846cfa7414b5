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

#include "cli/annotate_command.h"
#include "cli/app_pages.h"
#include "cli/apply_command.h"
#include "cli/check_command.h"
#include "cli/comments_command.h"
#include "cli/compare_command.h"
#include "cli/help_text.h"
#include "cli/import_command.h"
#include "cli/limit_options.h"
#include "cli/model_command.h"
#include "cli/parse_command.h"
#include "cli/report_command.h"
#include "cli/session.h"

int main(int argc, char** argv) {
  using namespace rasoat::cli;
  CommonOptions common;
  // The help and the usage errors are written while parsing: their language
  // is read from the command line first.
  common.language = languageOfArguments(argc, argv);
  CLI::App app{say(common, "rasoat — rà soát quy chế làm việc của cấp ủy",
                   "rasoat — a static analyser for the working regulations of party committees")};
  localiseHelp(app, common);
  app.set_version_flag("--version", std::string("rasoat ") + kVersion,
                       say(common, "In phiên bản rồi thoát", "Print the version and exit"));
  app.require_subcommand(1);
  // Global options (--lang, --max-*) may also follow the command: "rasoat check --max-depth 12 a.qc".
  app.fallthrough();
  app.add_option("--lang", common.language,
                 say(common, "Ngôn ngữ: vi (mặc định) hoặc en", "Language of messages: vi (default) or en"))
      ->check(CLI::IsMember({"vi", "en"}));
  app.add_option("--color", common.colour,
                 say(common, "Tô màu: auto (mặc định: chỉ trên màn hình, không khi có NO_COLOR), always, never",
                     "Colour: auto (default: on a terminal, not when NO_COLOR is set), always or never"))
      ->check(CLI::IsMember({"auto", "always", "never"}));
  addLimitOptions(app, common);
  app.add_flag(
      "--original", common.reading.original,
      say(common,
          "Đọc .docx/.odt có theo dõi thay đổi như bản gốc, trước các thay đổi (mặc định: chấp nhận mọi thay đổi)",
          "Read .docx/.odt files with tracked changes as the original, before the changes (default: every change "
          "accepted)"));

  int status = kSuccess;
  addParseCommand(app, common, status);
  addModelCommand(app, common, status);
  addCheckCommand(app, common, status);
  addCompareCommand(app, common, status);
  addApplyCommand(app, common, status);
  addReportCommand(app, common, status);
  addCommentsCommand(app, common, status);
  addImportCommand(app, common, status);
  addAnnotateCommand(app, common, status);
  addCatalogueCommands(app, common, status);
  for (CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) {
    command->group(say(common, "Các lệnh", "Commands"));
    // A command's help flag is made before it takes the default group's name.
    if (CLI::Option* help = command->get_help_ptr()) help->group(say(common, "Tùy chọn", "Options"));
  }
  if (printPageAsked(app, common, argc, argv)) return kSuccess;
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    std::cerr << "rasoat: " << say(common, "lỗi", "error") << ": " << usageErrorMessage(app, error, common, argc, argv)
              << "\n";
    return kUsageOrInputError;
  } catch (const std::exception& error) {
    std::cerr << "rasoat: internal error: " << error.what() << "\n";
    return kUsageOrInputError;
  }
  return status;
}
