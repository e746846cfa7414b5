#include "cli/checked_documents.h"

#include <algorithm>
#include <iostream>
#include <thread>

#include <fmt/format.h>

#include "base/input_error.h"
#include "checks/registry.h"
#include "checks/runner.h"
#include "cli/batch_inputs.h"
#include "cli/limit_options.h"
#include "cli/project_config.h"
#include "report/terminal_text.h"

namespace rasoat::cli {

namespace {

// A mistyped code in --select, --ignore or rasoat.yaml is a usage error: a
// silently clean run would read as "no finding".
bool selectionKnown(const DocumentInputs& inputs, const std::string& origin, const CommonOptions& common) {
  std::vector<std::string> unknown = checks::unknownCodes(inputs.select);
  const auto ignored = checks::unknownCodes(inputs.ignore);
  unknown.insert(unknown.end(), ignored.begin(), ignored.end());
  if (unknown.empty()) return true;
  const std::string names = report::terminalSafe(fmt::format("{}", fmt::join(unknown, ", ")));
  const LocalizedText message{
      fmt::format("{}: mã kiểm tra không có trong danh mục: {} (xem `rasoat rules`)", origin, names),
      fmt::format("{}: no check has this code or prefix: {} (see `rasoat rules`)", origin, names)};
  const Language language = common.language == "en" ? Language::en : Language::vi;
  std::cerr << "rasoat: " << LocalizedText{"lỗi", "error"}.in(language) << ": " << message.in(language) << "\n";
  return false;
}

bool applyConfigFile(DocumentInputs& inputs, CommonOptions& common, const CLI::App& app, std::string* failOn,
                     std::string& selectionOrigin) {
  const bool languageGiven = app.get_option("--lang")->count() > 0;
  try {
    const auto config = findProjectConfig(configAnchor(inputs.files.front()));
    if (!config) return true;
    // A selection on the command line replaces the file's selection as a whole.
    if (inputs.select.empty() && inputs.ignore.empty() && (!config->select.empty() || !config->ignore.empty())) {
      inputs.select = config->select;
      inputs.ignore = config->ignore;
      selectionOrigin = config->path;
    }
    if (failOn && !config->failOn.empty()) *failOn = config->failOn;
    if (!languageGiven && !config->language.empty()) common.language = config->language;
    if (inputs.corpus.empty()) inputs.corpus = config->corpus;
    if (inputs.lexiconDirectory.empty()) inputs.lexiconDirectory = config->lexicon;
    inputs.accepting.rules = config->accept;
    for (const auto& [key, value] : config->limits) {
      if (!limitGiven(app, key)) common.limits.*limitField(key) = value;
    }
    return true;
  } catch (const InputError& error) {
    const std::string line = error.position() ? ":" + std::to_string(error.position()->line) : "";
    std::cerr << report::terminalSafe(error.path()) << line
              << ": error: " << error.message().in(common.language == "en" ? Language::en : Language::vi) << "\n";
    return false;
  }
}

}  // namespace

bool applyProjectConfig(DocumentInputs& inputs, CommonOptions& common, const CLI::App& app, std::string* failOn) {
  std::string selectionOrigin = "--select/--ignore";
  if (!applyConfigFile(inputs, common, app, failOn, selectionOrigin)) return false;
  return selectionKnown(inputs, selectionOrigin, common);
}

std::optional<checks::RulePacks> loadCheckInputs(DocumentInputs& inputs, Session& session) {
  inputs.files = expandInputs(inputs.files, session);
  std::optional<model::Lexicon> lexicon = session.loadLexicon(inputs.lexiconDirectory);
  if (!lexicon) return std::nullopt;
  std::optional<checks::RulePacks> packs = session.loadRulePacks();
  if (!packs) return std::nullopt;
  driver::Workspace& workspace = session.workspace();
  workspace.adoptLexicon(std::move(*lexicon));
  if (!workspace.loadInputs(driver::Inputs{inputs.files, inputs.against, inputs.corpus})) {
    session.printDiagnostics();
    return std::nullopt;
  }
  return packs;
}

std::vector<std::string> inputPaths(const DocumentInputs& inputs, const driver::Workspace& workspace) {
  std::vector<std::string> paths = inputs.files;
  paths.insert(paths.end(), inputs.against.begin(), inputs.against.end());
  for (const auto& document : workspace.documents()) paths.push_back(document->source->path());
  return paths;
}

std::vector<Diagnostic> selectedFindings(const Session& session, const checks::Selection& selection) {
  std::vector<Diagnostic> findings;
  for (auto& diagnostic : session.workspace().sink().sorted()) {
    if (!diagnostic.code.empty() && !selection.enabled(diagnostic.code)) continue;
    // Findings on a consolidated text are reported where the user wrote the line.
    session.workspace().remap(diagnostic);
    findings.push_back(std::move(diagnostic));
  }
  std::stable_sort(findings.begin(), findings.end(), diagnosticLess);
  return findings;
}

unsigned threadCount(unsigned jobs) {
  return jobs > 0 ? jobs : std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace rasoat::cli
