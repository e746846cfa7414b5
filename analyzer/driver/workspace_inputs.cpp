// What `check`, `report` and `apply` read: the files given, paired when one
// amends another, the --against documents and the corpus.
#include <filesystem>
#include <set>

#include "amend/consolidate.h"
#include "amend/reader.h"
#include "driver/corpus_files.h"
#include "driver/workspace.h"
#include "syntax/layout_parser.h"
#include "text/matching.h"

namespace rasoat::driver {

namespace {

namespace fs = std::filesystem;

std::string numberOf(const syntax::Document& document) {
  return document.header.number ? document.header.number->text : "";
}

std::string normalPath(const std::string& path) {
  return fs::path(path).lexically_normal().string();
}

}  // namespace

// A FILE parsed once: its tree and its syntax errors, said only if it is
// checked or amends another (a base is read silently).
struct Workspace::Candidate {
  std::string path;
  std::unique_ptr<checks::CheckedDocument> document;
  DiagnosticSink syntaxErrors;
  bool amending = false;
  Candidate* base = nullptr;  // of an amending document
  bool used = false;          // a base of an amending document
};

bool Workspace::loadInputs(const Inputs& inputs) {
  std::set<std::string> seen;
  if (!readFiles(inputs.files, seen)) return false;
  std::vector<const checks::CheckedDocument*> against;
  for (const auto& path : inputs.against) {
    if (const text::SourceText* source = load(path)) {
      against.push_back(&read(*source, Depth::header, Role::context));
      seen.insert(normalPath(path));
    }
  }
  std::vector<std::string> directories = inputs.corpus;
  if (directories.empty()) {
    for (const auto& path : inputs.files)
      directories.push_back(fs::path(path).parent_path().empty() ? "." : fs::path(path).parent_path().string());
  }
  for (const auto& path : corpusFiles(directories, *reporter_)) {
    if (!seen.insert(path).second) continue;
    if (const text::SourceText* source = loadQuietly(path)) read(*source, Depth::header, Role::context);
  }
  linkParents(against);
  return true;
}

// The FILEs: regulations are checked as they are; an amending document is
// checked as the consolidated text, with its base as the previous version.
bool Workspace::readFiles(const std::vector<std::string>& files, std::set<std::string>& seen) {
  std::vector<Candidate> candidates;
  for (const auto& path : files) {
    if (seen.count(normalPath(path))) continue;
    const text::SourceText* source = load(path);
    if (!source) continue;
    seen.insert(normalPath(path));
    Candidate candidate{path, nullptr, {}, false, nullptr, false};
    candidate.document = parse(*source, candidate.syntaxErrors);
    // An amending document has instructions; a new full text titled "(sửa đổi, bổ sung)" has none.
    DiagnosticSink unreported;
    candidate.amending = amend::isAmendingDocument(candidate.document->tree) &&
                         !amend::readAmendment(*source, candidate.document->tree, unreported).instructions.empty();
    candidates.push_back(std::move(candidate));
  }
  if (!pairAmendments(candidates)) return false;
  auto keepErrors = [this](const Candidate& candidate) {
    for (const auto& diagnostic : candidate.syntaxErrors.all()) sink_.report(diagnostic);
  };
  for (auto& candidate : candidates) {
    if (candidate.amending || candidate.used) continue;
    keepErrors(candidate);
    add(std::move(candidate.document), Depth::model, Role::checked);
  }
  bool ok = true;
  for (auto& candidate : candidates) {
    if (!candidate.amending) continue;
    keepErrors(candidate);
    const text::SourceText& base = *candidate.base->document->source;
    auto amended = consolidate(base, *candidate.document->source, std::move(candidate.document->tree));
    if (!amended) {
      ok = false;
      continue;
    }
    // The base: not checked itself, but read in full, as the version the
    // consolidated text replaces (parsed again only when it is the base of two).
    std::unique_ptr<checks::CheckedDocument>& parsedBase = candidate.base->document;
    checks::CheckedDocument& previous =
        parsedBase ? add(std::move(parsedBase), Depth::model, Role::context) : read(base, Depth::model, Role::context);
    checks::CheckedDocument& current = read(*amended->consolidated, Depth::model, Role::checked);
    current.previous = &previous;
    current.consolidation = amended->consolidation;
    amended_.push_back(std::move(amended));
  }
  return ok;
}

// Finds each amending document's base among the other FILEs by the number it
// cites; a base used by an amending document is not a regulation of its own.
bool Workspace::pairAmendments(std::vector<Candidate>& candidates) {
  bool ok = true;
  for (auto& input : candidates) {
    if (!input.amending) continue;
    const std::string wanted = amend::amendedNumber(input.document->tree);
    Candidate* base = nullptr;
    std::vector<Candidate*> regulations;
    std::string both;  // two inputs carry the number: which one is in force cannot be told
    for (auto& other : candidates) {
      if (&other == &input || other.amending) continue;
      regulations.push_back(&other);
      if (wanted.empty() || text::matchKey(numberOf(other.document->tree)) != text::matchKey(wanted)) continue;
      if (base) both = base->path + ", " + other.path;
      base = &other;
    }
    if (!both.empty()) {
      reporter_->inputError(InputError(
          input.path, {"hai tệp cùng mang số " + wanted + " (" + both + "); chỉ đưa vào quy chế đang có hiệu lực",
                       "two files carry number " + wanted + " (" + both + "); give only the regulation in force"}));
      ok = false;
      continue;
    }
    // A draft that names no number amends the one regulation given with it.
    if (!base && wanted.empty() && regulations.size() == 1) base = regulations.front();
    if (!base && wanted.empty()) {
      reporter_->inputError(InputError(input.path, {"văn bản sửa đổi, bổ sung không nêu số hiệu quy chế được sửa đổi; "
                                                    "hãy đưa kèm đúng một tệp quy chế đang có hiệu lực",
                                                    "the amending document names no number for the regulation it "
                                                    "amends; give exactly one regulation in force with it"}));
      ok = false;
      continue;
    }
    if (!base) {
      reporter_->inputError(InputError(
          input.path, {"văn bản sửa đổi, bổ sung Quy chế số " + wanted +
                           " nhưng văn bản đó không có trong các tệp được đưa vào; hãy đưa cả tệp quy chế số " + wanted,
                       "the document amends regulation " + wanted +
                           ", which is not among the files given; give that regulation's file as well"}));
      ok = false;
      continue;
    }
    base->used = true;
    input.base = base;
  }
  return ok;
}

// Reads the instructions and applies them; the consolidated text is made a
// source of its own so that it parses and checks like any regulation.
std::unique_ptr<AmendedRegulation> Workspace::consolidate(const text::SourceText& base,
                                                          const text::SourceText& amending,
                                                          syntax::Document amendingTree) {
  auto result = std::make_unique<AmendedRegulation>();
  result->base = &base;
  result->amending = &amending;
  result->amendingTree = std::move(amendingTree);
  result->amendment = amend::readAmendment(amending, result->amendingTree, sink_);
  if (result->amendment.instructions.empty()) {
    reporter_->inputError(
        InputError(amending.path(), {"không tìm thấy câu lệnh sửa đổi, bổ sung, bãi bỏ nào trong văn bản",
                                     "no amending instruction found in the document"}));
    return nullptr;
  }
  auto consolidation = std::make_shared<amend::Consolidation>(amend::consolidate(base, result->amendment));
  const std::string path = amend::consolidatedPath(amending.path());
  try {
    if (find(path)) throw std::invalid_argument("driver::Workspace: a document amended twice: " + amending.path());
    result->consolidated =
        keep(std::make_unique<text::SourceText>(text::SourceText::fromBytes(path, consolidation->text(), limits_)));
  } catch (const InputError& error) {
    reporter_->inputError(InputError(amending.path(), error.message()));
    return nullptr;
  }
  result->consolidation = std::move(consolidation);
  return result;
}

const AmendedRegulation* Workspace::amend(const std::string& basePath, const std::string& amendingPath) {
  const text::SourceText* base = load(basePath);
  const text::SourceText* amending = load(amendingPath);
  if (!base || !amending) return nullptr;
  DiagnosticSink unreported;
  const syntax::Document baseTree = syntax::parseLayout(*base, unreported, limits_);
  syntax::Document tree = syntax::parseLayout(*amending, sink_, limits_);
  if (!amend::isAmendingDocument(tree)) {
    reporter_->inputError(
        InputError(amendingPath, {"không phải văn bản sửa đổi, bổ sung: tiêu đề cần có dạng \"Sửa đổi, bổ "
                                  "sung một số điều của Quy chế làm việc số ...\"",
                                  "not an amending document: its title should read \"Sửa đổi, bổ sung "
                                  "một số điều của Quy chế làm việc số ...\""}));
    return nullptr;
  }
  const std::string wanted = amend::amendedNumber(tree);
  const std::string have = numberOf(baseTree);
  if (!wanted.empty() && !have.empty() && text::matchKey(wanted) != text::matchKey(have)) {
    reporter_->inputError(InputError(
        amendingPath, {"văn bản sửa đổi Quy chế số " + wanted + ", nhưng " + basePath + " là văn bản số " + have,
                       "the document amends regulation " + wanted + ", but " + basePath + " is number " + have}));
    return nullptr;
  }
  auto amended = consolidate(*base, *amending, std::move(tree));
  if (!amended) return nullptr;
  amended_.push_back(std::move(amended));
  return amended_.back().get();
}

}  // namespace rasoat::driver
