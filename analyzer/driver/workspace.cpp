#include "driver/workspace.h"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <utility>

#include "checks/runner.h"
#include "model/model_builder.h"
#include "syntax/layout_parser.h"

namespace rasoat::driver {

namespace {

Reporter& silent() {
  static Reporter reporter;
  return reporter;
}

}  // namespace

Workspace::Workspace(Limits limits, Reporter* reporter, input::ReadOptions reading)
    : limits_(limits), reporter_(reporter ? reporter : &silent()), reading_(std::move(reading)) {}

Workspace::~Workspace() = default;

void Workspace::adoptLexicon(model::Lexicon lexicon) {
  ownLexicon_ = std::move(lexicon);
  lexicon_ = &*ownLexicon_;
}

void Workspace::borrowLexicon(const model::Lexicon& lexicon) {
  ownLexicon_.reset();
  lexicon_ = &lexicon;
}

const model::Lexicon& Workspace::lexicon() const {
  if (!lexicon_) throw std::logic_error("driver::Workspace: a model was asked for before a lexicon was given");
  return *lexicon_;
}

// Throws InputError. A path given twice is read once: replacing it would leave
// the documents already read from it pointing at nothing.
const text::SourceText* Workspace::readSource(const std::string& path, bool quietly) {
  if (const text::SourceText* loaded = find(path)) {
    if (!quietly) reportReading(*loaded);
    return loaded;
  }
  return keep(std::make_unique<text::SourceText>(text::SourceText::load(path, limits_, reading_)), quietly);
}

const text::SourceText* Workspace::keep(std::unique_ptr<text::SourceText> source, bool quietly) {
  const text::SourceText* kept = source.get();
  const std::string path = source->path();
  sources_[path] = std::move(source);
  if (!quietly) reportReading(*kept);
  return kept;
}

// How a file was read (an old encoding converted, tracked changes accepted)
// reaches every output as a note without a check code; what is doubtful about
// the text read (words once converted wrongly) as a warning.
void Workspace::reportReading(const text::SourceText& source) {
  if (!reported_.insert(&source).second) return;
  for (const LocalizedText& note : source.readingNotes()) {
    Diagnostic diagnostic;
    diagnostic.severity = Severity::note;
    diagnostic.path = source.path();
    diagnostic.message = note;
    sink_.report(std::move(diagnostic));
  }
  for (const Diagnostic& warning : source.readingWarnings()) sink_.report(warning);
}

const text::SourceText* Workspace::load(const std::string& path) {
  try {
    return readSource(path);
  } catch (const InputError& error) {
    reporter_->inputError(error);
    return nullptr;
  }
}

const text::SourceText* Workspace::loadQuietly(const std::string& path) {
  try {
    return readSource(path, true);
  } catch (const InputError& error) {
    reporter_->warning(error.path(), {"bỏ qua tệp trong kho văn bản: " + error.message().vi,
                                      "skipping corpus file: " + error.message().en});
    return nullptr;
  }
}

const text::SourceText* Workspace::addText(const std::string& path, std::string_view bytes) {
  if (find(path)) throw std::invalid_argument("driver::Workspace: two texts under one path: " + path);
  try {
    return keep(std::make_unique<text::SourceText>(text::SourceText::fromBytes(path, bytes, limits_)));
  } catch (const InputError& error) {
    reporter_->inputError(error);
    return nullptr;
  }
}

const text::SourceText* Workspace::find(const std::string& path) const {
  const auto found = sources_.find(path);
  return found == sources_.end() ? nullptr : found->second.get();
}

std::unique_ptr<checks::CheckedDocument> Workspace::parse(const text::SourceText& source, DiagnosticSink& sink) const {
  auto document = std::make_unique<checks::CheckedDocument>();
  document->source = &source;
  document->tree = syntax::parseLayout(source, sink, limits_);
  return document;
}

checks::CheckedDocument& Workspace::add(std::unique_ptr<checks::CheckedDocument> document, Depth depth, Role role) {
  document->checked = role == Role::checked;
  checks::CheckedDocument& added = *document;
  states_[&added] = State{Depth::tree, role};
  documents_.push_back(std::move(document));
  deepen(added, depth);
  return added;
}

checks::CheckedDocument& Workspace::read(const text::SourceText& source, Depth depth, Role role) {
  DiagnosticSink unreported;
  return add(parse(source, role == Role::context ? unreported : sink_), depth, role);
}

checks::CheckedDocument* Workspace::open(const std::string& path, Depth depth, Role role) {
  const text::SourceText* source = load(path);
  return source ? &read(*source, depth, role) : nullptr;
}

checks::CheckedDocument* Workspace::openText(const std::string& path, std::string_view bytes, Depth depth, Role role) {
  const text::SourceText* source = addText(path, bytes);
  return source ? &read(*source, depth, role) : nullptr;
}

void Workspace::deepen(checks::CheckedDocument& document, Depth depth) {
  State& state = states_.at(&document);
  if (state.depth >= depth) return;
  if (depth == Depth::header) {
    document.model = model::documentInfo(document.tree);
  } else {
    document.model = model::buildModel(document.tree, lexicon(), limits_);
    if (state.role != Role::context) {
      for (const auto& diagnostic : document.model.diagnostics) sink_.report(diagnostic);
    }
  }
  state.depth = depth;
}

void Workspace::linkParents(const std::vector<const checks::CheckedDocument*>& against) {
  checks::linkParents(documents_, against, sink_, limits_);
  // A corpus document is read in full only if a checked document cites it, at any depth.
  std::set<const checks::CheckedDocument*> needed;
  std::vector<const checks::CheckedDocument*> pending;
  for (const auto& document : documents_) {
    if (document->checked) pending.push_back(document.get());
  }
  while (!pending.empty()) {
    const checks::CheckedDocument* current = pending.back();
    pending.pop_back();
    for (const auto* parent : current->parents) {
      if (needed.insert(parent).second) pending.push_back(parent);
    }
  }
  for (auto& document : documents_) {
    if (document->checked || !needed.count(document.get())) continue;
    deepen(*document, Depth::model);
    if (document->source) reportReading(*document->source);
  }
  noteMissingParents();
}

// Cited documents that are not in the workspace: said once per document,
// which is checked without them.
void Workspace::noteMissingParents() {
  for (const auto& document : documents_) {
    if (!document->checked) continue;
    std::string numbers;
    for (const auto& citation : checks::missingParents(*document, documents_))
      numbers += (numbers.empty() ? "" : ", ") + citation.number;
    if (numbers.empty()) continue;
    reporter_->note(document->tree.path,
                    {"văn bản được trích dẫn không có trong kho (--corpus), kiểm tra mà không có: " + numbers,
                     "cited documents not in the corpus (--corpus), checked without them: " + numbers});
  }
}

void Workspace::remap(Diagnostic& diagnostic) const {
  for (const auto& amended : amended_) amended->remap(diagnostic);
}

std::unique_ptr<checks::CheckedDocument> Workspace::release(const checks::CheckedDocument& document) {
  const auto found = std::find_if(documents_.begin(), documents_.end(),
                                  [&](const auto& candidate) { return candidate.get() == &document; });
  if (found == documents_.end()) return nullptr;
  std::unique_ptr<checks::CheckedDocument> released = std::move(*found);
  documents_.erase(found);
  states_.erase(released.get());
  return released;
}

checks::CheckedDocument& Workspace::adopt(std::unique_ptr<checks::CheckedDocument> document) {
  checks::CheckedDocument& adopted = *document;
  states_[&adopted] = State{Depth::model, adopted.checked ? Role::checked : Role::context};
  documents_.push_back(std::move(document));
  return adopted;
}

}  // namespace rasoat::driver
