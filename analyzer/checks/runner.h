#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "base/limits.h"
#include "checks/check.h"

namespace rasoat::checks {

// Which codes run: --select and --ignore take codes or prefixes ("O", "S00").
class Selection {
 public:
  // Codes and prefixes are matched without regard to case ("g002" is G002).
  Selection(std::vector<std::string> select, std::vector<std::string> ignore);
  bool enabled(const std::string& code) const;

 private:
  std::vector<std::string> select_;
  std::vector<std::string> ignore_;
};

// Links each document to the documents it cites that are loaded (by number),
// plus `against`. Reports instead of following: citation cycles (cut),
// self-citations (ignored), two documents with one number (the first loaded
// is meant), chains longer than limits.maxCitationDepth (cut there).
void linkParents(std::vector<std::unique_ptr<CheckedDocument>>& documents,
                 const std::vector<const CheckedDocument*>& against, DiagnosticSink& sink, const Limits& limits = {});

// The citations of `document` that name no loaded document.
std::vector<model::Citation> missingParents(const CheckedDocument& document,
                                            const std::vector<std::unique_ptr<CheckedDocument>>& documents);

// Runs every enabled check over the documents marked as checked.
void runChecks(CheckContext& context, const Selection& selection);

// Called after each document is checked, from the thread that checked it,
// with how many are done and how many there are: the command line's progress.
using CheckProgress = std::function<void(std::size_t done, std::size_t total)>;

// The same over several threads: each has its own solver session and its own
// findings, merged at the end (the lexicon, packs and documents are shared read-only).
void runChecksInParallel(const std::vector<std::unique_ptr<CheckedDocument>>& documents, const model::Lexicon& lexicon,
                         const RulePacks& packs, const Selection& selection, DiagnosticSink& sink, unsigned threads,
                         std::ostream* dumpSmt = nullptr, const CheckProgress& progress = {});

}  // namespace rasoat::checks
