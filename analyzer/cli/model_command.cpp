#include "cli/model_command.h"

#include <iostream>

#include "base/input_error.h"
#include "model/model_builder.h"
#include "model/model_json.h"
#include "syntax/layout_parser.h"

namespace rasoat::cli {

namespace {

struct ModelOptions {
  std::vector<std::string> files;
  std::string lexiconDirectory;
};

int runModel(const ModelOptions& options, const CommonOptions& common) {
  Session session(common);
  std::optional<model::Lexicon> lexicon = session.loadLexicon(options.lexiconDirectory);
  if (!lexicon) return kUsageOrInputError;
  nlohmann::ordered_json documents = nlohmann::ordered_json::array();
  for (const std::string& path : options.files) {
    const text::SourceText* source = session.load(path);
    if (!source) continue;
    syntax::Document document = syntax::parseLayout(*source, session.sink());
    documents.push_back(model::toJson(model::buildModel(document, *lexicon)));
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
  command->add_option("--lexicon", options->lexiconDirectory, "Directory of lexicon YAML files (default: the shipped rules/lexicon)");
  command->callback([options, &common, &status] { status = runModel(*options, common); });
}

}  // namespace rasoat::cli
