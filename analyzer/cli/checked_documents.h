#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/diagnostic.h"
#include "checks/check.h"
#include "checks/runner.h"
#include "cli/amendment_inputs.h"
#include "cli/baseline.h"
#include "cli/session.h"

namespace rasoat::cli {

// What `check` and `report` share on the command line: the documents, where
// their parents are found, which checks run.
struct DocumentInputs {
  std::vector<std::string> files;
  std::vector<std::string> against;
  std::vector<std::string> corpus;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string lexiconDirectory;
  unsigned jobs = 0;  // 0: one per core
  AcceptOptions accepting;  // --baseline, --update-baseline, rasoat.yaml accept:
};

// Fills what the command line left unset from rasoat.yaml (the language, the
// selection, the corpus, the limits); `failOn` (check only) may be null.
// Prints the error and returns false on a malformed file.
bool applyProjectConfig(DocumentInputs& inputs, CommonOptions& common, const CLI::App& app, std::string* failOn);

// The FILEs (checked), the --against documents and the corpus documents (read
// in full only when a checked document cites them), linked to their parents.
// An amending document given with its base is checked as the consolidated
// text, with the base as its previous version; `amendments` keeps them, for
// selectedFindings. Input errors are reported through the session; nullopt
// when the amending documents and their bases do not fit together.
std::optional<std::vector<std::unique_ptr<checks::CheckedDocument>>> loadDocuments(const DocumentInputs& inputs,
                                                                                   Session& session,
                                                                                   const model::Lexicon& lexicon,
                                                                                   AmendmentInputs& amendments);

// What `check` and `report` read before running the checks: the lexicon, the
// rule packs and the documents (loadDocuments). Null after an input error,
// which has been printed. Held by pointer: the documents were read with this
// lexicon.
struct CheckInputs {
  model::Lexicon lexicon;
  checks::RulePacks packs;
  AmendmentInputs amendments;
  std::vector<std::unique_ptr<checks::CheckedDocument>> documents;
};
std::unique_ptr<CheckInputs> loadCheckInputs(const DocumentInputs& inputs, Session& session);

// Every path the documents were read from: what an output may never replace.
std::vector<std::string> inputPaths(const DocumentInputs& inputs,
                                    const std::vector<std::unique_ptr<checks::CheckedDocument>>& documents);

// The findings of the session the selection keeps (input errors always),
// those on a consolidated text moved to where the user wrote the line, sorted.
std::vector<Diagnostic> selectedFindings(Session& session, const checks::Selection& selection,
                                         const AmendmentInputs& amendments);

// --jobs, or one thread per core.
unsigned threadCount(unsigned jobs);

}  // namespace rasoat::cli
