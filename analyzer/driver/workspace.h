#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic_sink.h"
#include "base/limits.h"
#include "checks/check.h"
#include "driver/amended_regulation.h"
#include "driver/reporter.h"
#include "input/read_options.h"
#include "model/lexicon.h"
#include "text/source_text.h"

namespace rasoat::driver {

// How far a document is read.
enum class Depth {
  tree,    // normalised text and syntax tree (`rasoat parse`)
  header,  // and its number, title and bases only: a corpus document nobody has cited yet
  model,   // and the whole semantic model
};

// Whose diagnostics (syntax errors, model remarks) are reported.
enum class Role {
  checked,    // a document the checks run on: reported
  reference,  // given by the user but not checked (the old version of `compare`): reported
  context,    // a parent, a base or a corpus document: read silently
};

// What `check` and `report` read: the FILEs (checked; amending documents are
// recognised among them and paired with their bases), the --against documents
// and the corpus directories (default: the FILEs' directories), whose
// documents are read in full only when a checked document cites them.
struct Inputs {
  std::vector<std::string> files;
  std::vector<std::string> against;
  std::vector<std::string> corpus;
};

// The one place where documents are read: read → normalise → parse → model →
// link parents → consolidate amendments, with the limits applied once. It owns
// the sources (each path read once), the trees and models (as the checks see
// them), the amending documents with their consolidated texts, and the lexicon
// the models are built with. Every command, benchmark, fuzz target and test
// loads documents through it (docs/driver.md).
class Workspace {
 public:
  explicit Workspace(Limits limits = {}, Reporter* reporter = nullptr, input::ReadOptions reading = {});
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;
  ~Workspace();

  // The lexicon models are built with; set before reading at Depth::model.
  void adoptLexicon(model::Lexicon lexicon);
  void borrowLexicon(const model::Lexicon& lexicon);  // must outlive the workspace
  const model::Lexicon& lexicon() const;
  bool hasLexicon() const { return lexicon_ != nullptr; }

  const Limits& limits() const { return limits_; }
  // The diagnostics of the documents read in the roles that report them.
  DiagnosticSink& sink() { return sink_; }
  const DiagnosticSink& sink() const { return sink_; }

  // Sources, each path read once. Null after an input error, which is
  // reported (a warning only for loadQuietly: a corpus file nobody asked for).
  const text::SourceText* load(const std::string& path);
  const text::SourceText* loadQuietly(const std::string& path);
  // A text held in memory (tests, benchmarks, fuzzing), under a path of its own.
  const text::SourceText* addText(const std::string& path, std::string_view bytes);
  const text::SourceText* find(const std::string& path) const;

  // A source read into a document of the workspace, as far as `depth`.
  checks::CheckedDocument& read(const text::SourceText& source, Depth depth, Role role);
  // load or addText, then read; null after an input error.
  checks::CheckedDocument* open(const std::string& path, Depth depth, Role role);
  checks::CheckedDocument* openText(const std::string& path, std::string_view bytes, Depth depth, Role role);
  // Reads further a document read less far (a corpus document that turns out to be cited).
  void deepen(checks::CheckedDocument& document, Depth depth);

  // Links every document to the documents it cites (and to `against`), reads
  // in full the documents that are parents of a checked one, at any depth,
  // and notes the citations that name no document of the workspace.
  void linkParents(const std::vector<const checks::CheckedDocument*>& against = {});

  // `check` and `report`: everything in `inputs`, linked. False when the
  // amending documents and their bases do not fit together (reported).
  bool loadInputs(const Inputs& inputs);
  // `apply BASE AMENDMENT`: the amending document against an explicit base;
  // null after an input error (not an amending document, another number).
  const AmendedRegulation* amend(const std::string& basePath, const std::string& amendingPath);

  const std::vector<std::unique_ptr<checks::CheckedDocument>>& documents() const { return documents_; }
  const std::vector<std::unique_ptr<AmendedRegulation>>& amended() const { return amended_; }
  // Moves a finding on a consolidated text to where the user wrote the line.
  void remap(Diagnostic& diagnostic) const;

  // Hands a document to another workspace and takes it back (the fuzz target
  // lends one parent, read once, to every run); its source stays where it was read.
  std::unique_ptr<checks::CheckedDocument> release(const checks::CheckedDocument& document);
  checks::CheckedDocument& adopt(std::unique_ptr<checks::CheckedDocument> document);

 private:
  struct Candidate;
  const text::SourceText* readSource(const std::string& path, bool quietly = false);
  const text::SourceText* keep(std::unique_ptr<text::SourceText> source, bool quietly = false);
  // Says once how a source was read; a corpus file's notes wait until a
  // checked document cites it (a neighbouring draft in an old encoding is
  // none of this run's business).
  void reportReading(const text::SourceText& source);
  std::unique_ptr<checks::CheckedDocument> parse(const text::SourceText& source, DiagnosticSink& sink) const;
  checks::CheckedDocument& add(std::unique_ptr<checks::CheckedDocument> document, Depth depth, Role role);
  bool readFiles(const std::vector<std::string>& files, std::set<std::string>& seen);
  bool pairAmendments(std::vector<Candidate>& candidates);
  std::unique_ptr<AmendedRegulation> consolidate(const text::SourceText& base, const text::SourceText& amending,
                                                 syntax::Document amendingTree);
  void addAmended(std::unique_ptr<AmendedRegulation> amended);
  void noteMissingParents();

  Limits limits_;
  Reporter* reporter_;
  input::ReadOptions reading_;  // --original: office documents as before their tracked changes
  std::optional<model::Lexicon> ownLexicon_;
  const model::Lexicon* lexicon_ = nullptr;
  DiagnosticSink sink_;
  std::map<std::string, std::unique_ptr<text::SourceText>> sources_;
  std::set<const text::SourceText*> reported_;  // sources whose reading notes were said
  std::vector<std::unique_ptr<checks::CheckedDocument>> documents_;
  struct State {
    Depth depth;
    Role role;
  };
  std::map<const checks::CheckedDocument*, State> states_;
  std::vector<std::unique_ptr<AmendedRegulation>> amended_;
};

}  // namespace rasoat::driver
