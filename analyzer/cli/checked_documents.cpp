#include "cli/checked_documents.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>
#include <thread>

#include "base/input_error.h"
#include "checks/runner.h"
#include "cli/project_config.h"
#include "model/model_builder.h"
#include "syntax/layout_parser.h"

namespace rasoat::cli {

namespace {

namespace fs = std::filesystem;

// The regulations of the corpus directories, for finding parents by number.
std::vector<std::string> corpusFiles(const std::vector<std::string>& directories) {
  std::set<std::string> files;
  for (const auto& directory : directories) {
    std::error_code error;
    if (!fs::is_directory(directory, error)) continue;
    for (fs::recursive_directory_iterator it(directory, fs::directory_options::skip_permission_denied, error), end;
         it != end && !error; it.increment(error)) {
      if (it->is_regular_file(error) && it->path().extension() == ".qc")
        files.insert(it->path().lexically_normal().string());
    }
  }
  return {files.begin(), files.end()};
}

std::unique_ptr<checks::CheckedDocument> analyse(const text::SourceText& source, const model::Lexicon& lexicon,
                                                 DiagnosticSink& sink, bool checked) {
  auto document = std::make_unique<checks::CheckedDocument>();
  document->source = &source;
  DiagnosticSink ignored;
  document->tree = syntax::parseLayout(source, checked ? sink : ignored);
  // A corpus document is read in full only if a checked document cites it.
  document->model = checked ? model::buildModel(document->tree, lexicon) : model::documentInfo(document->tree);
  document->checked = checked;
  return document;
}

// The base of an amending document: not checked itself, but read in full, as
// the version the consolidated text replaces.
std::unique_ptr<checks::CheckedDocument> analyseAmended(const AmendedRegulation& amended, const model::Lexicon& lexicon,
                                                        DiagnosticSink& sink) {
  auto base = analyse(*amended.base, lexicon, sink, false);
  base->model = model::buildModel(base->tree, lexicon);
  return base;
}

// Reads in full the corpus documents that are parents of a checked document,
// at any depth; the others stay unread.
void readParents(std::vector<std::unique_ptr<checks::CheckedDocument>>& documents, const model::Lexicon& lexicon) {
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
      document->model = model::buildModel(document->tree, lexicon);
  }
}

}  // namespace

bool applyProjectConfig(DocumentInputs& inputs, CommonOptions& common, bool languageGiven, std::string* failOn) {
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
    return true;
  } catch (const InputError& error) {
    const std::string line = error.position() ? ":" + std::to_string(error.position()->line) : "";
    std::cerr << error.path() << line
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
    if (const auto* source = session.find(path)) documents.push_back(analyse(*source, lexicon, session.sink(), true));
  }
  for (const auto& amended : amendments.amended) {
    seen.insert(fs::path(amended->base->path()).lexically_normal().string());
    seen.insert(fs::path(amended->amending->path()).lexically_normal().string());
    documents.push_back(analyseAmended(*amended, lexicon, session.sink()));
    documents.push_back(analyse(*amended->consolidated, lexicon, session.sink(), true));
    documents.back()->previous = documents[documents.size() - 2].get();
    documents.back()->consolidation = amended->consolidation;
  }
  std::vector<const checks::CheckedDocument*> against;
  for (const auto& path : inputs.against) {
    if (const auto* source = session.load(path)) {
      documents.push_back(analyse(*source, lexicon, session.sink(), false));
      against.push_back(documents.back().get());
      seen.insert(fs::path(path).lexically_normal().string());
    }
  }
  std::vector<std::string> directories = inputs.corpus;
  if (directories.empty()) {
    for (const auto& path : inputs.files)
      directories.push_back(fs::path(path).parent_path().empty() ? "." : fs::path(path).parent_path().string());
  }
  for (const auto& path : corpusFiles(directories)) {
    if (!seen.insert(path).second) continue;
    if (const auto* source = session.loadQuietly(path))
      documents.push_back(analyse(*source, lexicon, session.sink(), false));
  }
  checks::linkParents(documents, against, session.sink());
  readParents(documents, lexicon);
  return documents;
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
