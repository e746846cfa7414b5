#include "cli/import_command.h"

#include "cli/help_text.h"

#include "cli/output_target.h"

namespace rasoat::cli {

namespace {

struct ImportOptions {
  std::string file;
  std::string output;
};

int runImport(const ImportOptions& options, const CommonOptions& common) {
  Session session(common);
  OutputTarget output(session.language());
  if (!output.open(options.output, {options.file})) return kUsageOrInputError;
  if (const text::SourceText* source = session.workspace().load(options.file)) {
    for (int line = 1; line <= source->lineCount(); ++line) output.stream() << source->lineUtf8(line) << "\n";
  }
  if (!output.finish(!session.hadInputError())) return kUsageOrInputError;
  return session.exitStatus();
}

}  // namespace

void addImportCommand(CLI::App& app, CommonOptions& common, int& status) {
  auto options = std::make_shared<ImportOptions>();
  CLI::App* command = app.add_subcommand(
      "import",
      say(common, "Ghi văn bản của quy chế .docx/.odt/.pdf/.doc như rasoat đọc (số thứ tự như Word hiển thị)",
          "Write the text of a .docx/.odt/.pdf/.doc regulation as rasoat reads it (numbers as Word shows them)"));
  command->add_option("file", options->file, say(common, "Văn bản", "The document"))->required();
  command->add_option("--output,-o", options->output,
                      say(common, "Ghi vào tệp này (trọn vẹn hoặc không ghi) thay cho đầu ra chuẩn",
                          "Write to this file (whole or not at all) instead of stdout"));
  command->callback([options, &common, &status] { status = runImport(*options, common); });
}

}  // namespace rasoat::cli
