#include "cli/checked_documents.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>
#include <thread>

#include "base/input_error.h"
#include "checks/runner.h"
#include "cli/corpus_files.h"
#include "cli/limit_options.h"
#include "cli/project_config.h"
#include "model/model_builder.h"
#include "report/terminal_text.h"
#include "syntax/layout_parser.h"

namespace rasoat::cli {

namespace {

namespace fs = std::filesystem;

std::unique_ptr<checks::CheckedDocument> analyse(const text::SourceText& source, const model::Lexicon& lexicon,
                                                 DiagnosticSink& sink, bool checked, const Limits& limits) {
  auto document = std::make_unique<checks::CheckedDocument>();
  document->source = &source;
  DiagnosticSink ignored;
  document->tree = syntax::parseLayout(source, checked ? sink : ignored, limits);
  // A corpus document is read in full only if a checked document cites it.
  document->model = checked ? model::buildModel(document->tree, lexicon, limits) : model::documentInfo(document->tree);
  for (const auto& diagnostic : document->model.diagnostics) sink.report(diagnostic);
  document->checked = checked;
  return document;
}

// The base of an amending document: not checked itself, but read in full, as
// the version the consolidated text replaces.
std::unique_ptr<checks::CheckedDocument> analyseAmended(const AmendedRegulation& amended, const model::Lexicon& lexicon,
                                                        DiagnosticSink& sink, const Limits& limits) {
  auto base = analyse(*amended.base, lexicon, sink, false, limits);
  base->model = model::buildModel(base->tree, lexicon, limits);
  return base;
}

// Reads in full the corpus documents that are parents of a checked document,
// at any depth; the others stay unread.
void readParents(std::vector<std::unique_ptr<checks::CheckedDocument>>& documents, const model::Lexicon& lexicon,
                 const Limits& limits) {
  std::set<const checks::CheckedDocument*> needed;
  std::vector<const checks::CheckedDocument*> pending;
  for (const auto& document : documents) {
    if (document->checked) pending.push_back(document.get());
  }
  while (!pending.empty()) {
    const checks::CheckedDocument* current = pending.back();
    pending.pop_back();
    for (const auto* parent : current->parents) {
      if (needed.insert(parent).second) pending.push_back(parent);
    }
  }
  for (auto& document : documents) {
    if (!document->checked && needed.count(document.get()))
      document->model = model::buildModel(document->tree, lexicon, limits);
  }
}

// Cited documents that are not in the corpus: said once per document (on
// stderr, like the other notes about the corpus), checked without them.
void noteMissingParents(const std::vector<std::unique_ptr<checks::CheckedDocument>>& documents, Language language) {
  for (const auto& document : documents) {
    if (!document->checked) continue;
    std::string numbers;
    for (const auto& citation : checks::missingParents(*document, documents))
      numbers += (numbers.empty() ? "" : ", ") + citation.number;
    if (numbers.empty()) continue;
    std::cerr << report::terminalSafe(document->tree.path) << ": note: "
              << report::terminalSafe(
                     language == Language::vi
                         ? "văn bản được trích dẫn không có trong kho (--corpus), kiểm tra mà không có: "
                         : "cited documents not in the corpus (--corpus), checked without them: ")
              << report::terminalSafe(numbers) << "\n";
  }
}

}  // namespace

bool applyProjectConfig(DocumentInputs& inputs, CommonOptions& common, const CLI::App& app, std::string* failOn) {
  const bool languageGiven = app.get_option("--lang")->count() > 0;
  try {
    const auto config = findProjectConfig(inputs.files.front());
    if (!config) return true;
    // A selection on the command line replaces the file's selection as a whole.
    if (inputs.select.empty() && inputs.ignore.empty()) {
      inputs.select = config->select;
      inputs.ignore = config->ignore;
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

std::optional<std::vector<std::unique_ptr<checks::CheckedDocument>>> loadDocuments(const DocumentInputs& inputs,
                                                                                   Session& session,
                                                                                   const model::Lexicon& lexicon,
                                                                                   AmendmentInputs& amendments) {
  std::vector<std::unique_ptr<checks::CheckedDocument>> documents;
  std::set<std::string> seen;
  std::optional<AmendmentInputs> resolved = resolveAmendmentInputs(session, inputs.files);
  if (!resolved) return std::nullopt;
  amendments = std::move(*resolved);
  for (const auto& path : amendments.regulations) {
    if (!seen.insert(fs::path(path).lexically_normal().string()).second) continue;
    if (const auto* source = session.find(path))
      documents.push_back(analyse(*source, lexicon, session.sink(), true, session.limits()));
  }
  for (const auto& amended : amendments.amended) {
    seen.insert(fs::path(amended->base->path()).lexically_normal().string());
    seen.insert(fs::path(amended->amending->path()).lexically_normal().string());
    documents.push_back(analyseAmended(*amended, lexicon, session.sink(), session.limits()));
    documents.push_back(analyse(*amended->consolidated, lexicon, session.sink(), true, session.limits()));
    documents.back()->previous = documents[documents.size() - 2].get();
    documents.back()->consolidation = amended->consolidation;
  }
  std::vector<const checks::CheckedDocument*> against;
  for (const auto& path : inputs.against) {
    if (const auto* source = session.load(path)) {
      documents.push_back(analyse(*source, lexicon, session.sink(), false, session.limits()));
      against.push_back(documents.back().get());
      seen.insert(fs::path(path).lexically_normal().string());
    }
  }
  std::vector<std::string> directories = inputs.corpus;
  if (directories.empty()) {
    for (const auto& path : inputs.files)
      directories.push_back(fs::path(path).parent_path().empty() ? "." : fs::path(path).parent_path().string());
  }
  for (const auto& path : corpusFiles(directories, session.language())) {
    if (!seen.insert(path).second) continue;
    if (const auto* source = session.loadQuietly(path))
      documents.push_back(analyse(*source, lexicon, session.sink(), false, session.limits()));
  }
  checks::linkParents(documents, against, session.sink(), session.limits());
  readParents(documents, lexicon, session.limits());
  noteMissingParents(documents, session.language());
  return documents;
}

std::unique_ptr<CheckInputs> loadCheckInputs(const DocumentInputs& inputs, Session& session) {
  std::optional<model::Lexicon> lexicon = session.loadLexicon(inputs.lexiconDirectory);
  if (!lexicon) return nullptr;
  std::optional<checks::RulePacks> packs = session.loadRulePacks();
  if (!packs) return nullptr;
  auto loaded = std::make_unique<CheckInputs>(CheckInputs{std::move(*lexicon), std::move(*packs), {}, {}});
  auto documents = loadDocuments(inputs, session, loaded->lexicon, loaded->amendments);
  if (!documents) {
    session.printDiagnostics();
    return nullptr;
  }
  loaded->documents = std::move(*documents);
  return loaded;
}

std::vector<std::string> inputPaths(const DocumentInputs& inputs,
                                    const std::vector<std::unique_ptr<checks::CheckedDocument>>& documents) {
  std::vector<std::string> paths = inputs.files;
  paths.insert(paths.end(), inputs.against.begin(), inputs.against.end());
  for (const auto& document : documents) paths.push_back(document->source->path());
  return paths;
}

std::vector<Diagnostic> selectedFindings(Session& session, const checks::Selection& selection,
                                         const AmendmentInputs& amendments) {
  std::vector<Diagnostic> findings;
  for (auto& diagnostic : session.sink().sorted()) {
    if (!diagnostic.code.empty() && !selection.enabled(diagnostic.code)) continue;
    // Findings on a consolidated text are reported where the user wrote the line.
    for (const auto& amended : amendments.amended) amended->remap(diagnostic);
    findings.push_back(std::move(diagnostic));
  }
  std::stable_sort(findings.begin(), findings.end(), diagnosticLess);
  return findings;
}

unsigned threadCount(unsigned jobs) {
  return jobs > 0 ? jobs : std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace rasoat::cli
