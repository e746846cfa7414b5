#include "cli/model_command.h"

#include <iostream>

#include <fmt/format.h>

#include "base/input_error.h"
#include "cli/help_text.h"
#include "cli/output_target.h"
#include "model/model_json.h"
#include "report/json_findings.h"
#include "report/json_output.h"
#include "report/terminal_text.h"

namespace rasoat::cli {

namespace {

struct ModelOptions {
  std::vector<std::string> files;
  std::string lexiconDirectory;
  std::string format = "json";
  std::string output;
};

// One line per document: how much of it was understood.
void printCoverage(std::ostream& out, const model::DocumentModel& model, Language language) {
  const int clauses = model.clauseCount();
  const int formalised = model.formalisedCount();
  const double percent = clauses == 0 ? 100.0 : 100.0 * formalised / clauses;
  const char* format =
      language == Language::vi
          ? "{}  [{}]  {}/{} khoản, điểm được hình thức hóa ({:.1f}%), {} quy định quyền hạn, {} tham số\n"
          : "{}  [{}]  {}/{} clauses and points formalised ({:.1f}%), {} provisions, {} parameters\n";
  out << fmt::format(fmt::runtime(format), report::terminalSafe(model.path), report::terminalSafe(model.number),
                     formalised, clauses, percent, model.provisions.size(), model.parameters.size());
}

int runModel(const ModelOptions& options, const CommonOptions& common) {
  Session session(common);
  std::optional<model::Lexicon> lexicon = session.loadLexicon(options.lexiconDirectory);
  if (!lexicon) return kUsageOrInputError;
  OutputTarget output(session.language());
  if (!output.open(options.output, options.files)) return kUsageOrInputError;
  std::ostream& out = output.stream();
  nlohmann::ordered_json documents = nlohmann::ordered_json::array();
  int clauses = 0;
  int formalised = 0;
  session.workspace().adoptLexicon(std::move(*lexicon));
  for (const std::string& path : options.files) {
    const auto* document = session.workspace().open(path, driver::Depth::model, driver::Role::checked);
    if (!document) continue;
    const model::DocumentModel& model = document->model;
    clauses += model.clauseCount();
    formalised += model.formalisedCount();
    if (options.format == "summary")
      printCoverage(out, model, session.language());
    else
      documents.push_back(model::toJson(model));
    const text::SourceText& source = *document->source;
    if (options.format != "summary" && !source.readingNotes().empty())
      documents.back()["readingNotes"] = report::readingNotesJson(source.readingNotes(), session.language());
  }
  if (options.format == "summary" && clauses > 0) {
    out << fmt::format(
        fmt::runtime(session.language() == Language::vi ? "Tổng: {}/{} ({:.1f}%)\n" : "Total: {}/{} ({:.1f}%)\n"),
        formalised, clauses, 100.0 * formalised / clauses);
  }
  if (!documents.empty()) report::writeJson(out, options.files.size() == 1 ? documents[0] : documents);
  session.printDiagnostics();
  if (!output.finish(!session.hadInputError())) return kUsageOrInputError;
  return session.exitStatus();
}

}  // namespace

void addModelCommand(CLI::App& app, CommonOptions& common, int& status) {
  auto options = std::make_shared<ModelOptions>();
  CLI::App* command = app.add_subcommand("model", say(common, "In mô hình ngữ nghĩa của quy chế (JSON)",
                                                      "Print the semantic model of regulations as JSON"));
  command->add_option("files", options->files, say(common, "Các tệp quy chế", "Regulation files"))->required();
  command
      ->add_option("--format", options->format,
                   say(common, "json (mặc định) hoặc summary (tỷ lệ đọc được của từng văn bản)",
                       "json (default) or summary (coverage per document)"))
      ->check(CLI::IsMember({"json", "summary"}));
  command->add_option("--lexicon", options->lexiconDirectory,
                      say(common, "Thư mục từ vựng (YAML; mặc định: rules/lexicon kèm theo)",
                          "Directory of lexicon YAML files (default: the shipped rules/lexicon)"));
  command->add_option("--output,-o", options->output,
                      say(common, "Ghi vào tệp này (trọn vẹn hoặc không ghi) thay cho đầu ra chuẩn",
                          "Write to this file (whole or not at all) instead of stdout"));
  command->callback([options, &common, &status] { status = runModel(*options, common); });
}

}  // namespace rasoat::cli
