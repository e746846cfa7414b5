#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/diagnostic.h"
#include "checks/check.h"
#include "checks/runner.h"
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
  unsigned jobs = 0;        // 0: one per core
  AcceptOptions accepting;  // --baseline, --update-baseline, rasoat.yaml accept:
};

// Fills what the command line left unset from rasoat.yaml (the language, the
// selection, the corpus, the limits); `failOn` (check only) may be null.
// Prints the error and returns false on a malformed file.
bool applyProjectConfig(DocumentInputs& inputs, CommonOptions& common, const CLI::App& app, std::string* failOn);

// What `check` and `report` read before running the checks: the lexicon and
// the documents, into the session's workspace (driver::Workspace::loadInputs),
// and the rule packs. Nothing after an input error, which has been printed.
// A directory among the FILEs stands for the regulations under it (expandInputs):
// `inputs.files` is replaced by the files read.
std::optional<checks::RulePacks> loadCheckInputs(DocumentInputs& inputs, Session& session);

// Every path the documents were read from: what an output may never replace.
std::vector<std::string> inputPaths(const DocumentInputs& inputs, const driver::Workspace& workspace);

// The findings of the session the selection keeps (input errors always),
// those on a consolidated text moved to where the user wrote the line, sorted.
std::vector<Diagnostic> selectedFindings(const Session& session, const checks::Selection& selection);

// --jobs, or one thread per core.
unsigned threadCount(unsigned jobs);

}  // namespace rasoat::cli
