#include "cli/model_command.h"

#include <iostream>

#include <fmt/format.h>

#include "base/input_error.h"
#include "model/model_builder.h"
#include "model/model_json.h"
#include "syntax/layout_parser.h"

namespace rasoat::cli {

namespace {

struct ModelOptions {
  std::vector<std::string> files;
  std::string lexiconDirectory;
  std::string format = "json";
};

// One line per document: how much of it was understood.
void printCoverage(const model::DocumentModel& model, Language language) {
  const int clauses = model.clauseCount();
  const int formalised = model.formalisedCount();
  const double percent = clauses == 0 ? 100.0 : 100.0 * formalised / clauses;
  const char* format =
      language == Language::vi
          ? "{}  [{}]  {}/{} khoản, điểm được hình thức hóa ({:.1f}%), {} quy định quyền hạn, {} tham số\n"
          : "{}  [{}]  {}/{} clauses and points formalised ({:.1f}%), {} provisions, {} parameters\n";
  std::cout << fmt::format(fmt::runtime(format), model.path, model.number, formalised, clauses, percent,
                           model.provisions.size(), model.parameters.size());
}

int runModel(const ModelOptions& options, const CommonOptions& common) {
  Session session(common);
  std::optional<model::Lexicon> lexicon = session.loadLexicon(options.lexiconDirectory);
  if (!lexicon) return kUsageOrInputError;
  nlohmann::ordered_json documents = nlohmann::ordered_json::array();
  int clauses = 0;
  int formalised = 0;
  for (const std::string& path : options.files) {
    const text::SourceText* source = session.load(path);
    if (!source) continue;
    syntax::Document document = syntax::parseLayout(*source, session.sink());
    const model::DocumentModel model = model::buildModel(document, *lexicon);
    clauses += model.clauseCount();
    formalised += model.formalisedCount();
    if (options.format == "summary")
      printCoverage(model, session.language());
    else
      documents.push_back(model::toJson(model));
  }
  if (options.format == "summary" && clauses > 0) {
    std::cout << fmt::format(
        fmt::runtime(session.language() == Language::vi ? "Tổng: {}/{} ({:.1f}%)\n" : "Total: {}/{} ({:.1f}%)\n"),
        formalised, clauses, 100.0 * formalised / clauses);
  }
  if (!documents.empty()) std::cout << (options.files.size() == 1 ? documents[0] : documents).dump(2) << "\n";
  session.printDiagnostics();
  return session.exitStatus();
}

}  // namespace

void addModelCommand(CLI::App& app, CommonOptions& common, int& status) {
  auto options = std::make_shared<ModelOptions>();
  CLI::App* command = app.add_subcommand("model", "Print the semantic model of regulations as JSON");
  command->add_option("files", options->files, "Regulation files (.qc)")->required();
  command->add_option("--format", options->format, "json (default) or summary (coverage per document)")
      ->check(CLI::IsMember({"json", "summary"}));
  command->add_option("--lexicon", options->lexiconDirectory,
                      "Directory of lexicon YAML files (default: the shipped rules/lexicon)");
  command->callback([options, &common, &status] { status = runModel(*options, common); });
}

}  // namespace rasoat::cli
