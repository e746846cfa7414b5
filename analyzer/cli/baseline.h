#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/diagnostic.h"
#include "cli/project_config.h"
#include "cli/session.h"
#include "report/fingerprint.h"
#include "report/sarif.h"

// Accepting findings: a baseline file records the findings of a run by their
// fingerprints (report/fingerprint.h), and a later run reports only the new
// ones; rasoat.yaml `accept:` names single findings with the group's reason.
namespace rasoat::cli {

// The findings a baseline file accepted, each by the path of its file
// (relative to the baseline's directory) and its two fingerprints.
class Baseline {
 public:
  // Reads FILE; throws InputError naming the file (and the line) when it is
  // missing or is not a rasoat baseline.
  static Baseline read(const std::string& path);
  // The baseline of these findings, to be written at `path`.
  static Baseline of(const std::string& path, const std::vector<report::SarifFinding>& findings);

  // The file's text: JSON, one finding a line, sorted, so that a baseline kept
  // under version control changes line by line.
  std::string text() const;
  // Takes an entry not yet taken with this path and fingerprint (or, when
  // `wordsOnly`, this fingerprint without the unit); false when none is left.
  bool take(const std::string& findingPath, const std::string& fingerprint, bool wordsOnly);
  const std::string& path() const { return path_; }
  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::string path;
    std::string fingerprint;
    std::string wordsOnly;
    std::string code;
    std::string unit;
    std::string message;
    bool taken = false;
  };
  std::string relative(const std::string& findingPath) const;
  void add(Entry entry);

  std::string path_;
  std::vector<Entry> entries_;
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> byFingerprint_, byWords_;
};

// The findings of a run sorted into those reported and those accepted.
struct TriagedFindings {
  std::vector<Diagnostic> reported;       // new: printed, counted, decide the exit status
  std::vector<report::SarifFinding> all;  // every finding, with its identity and acceptance
  int acceptedByBaseline = 0;
  int acceptedByConfig = 0;
  int accepted() const { return acceptedByBaseline + acceptedByConfig; }
};

// --baseline FILE, --update-baseline FILE and rasoat.yaml's `accept:`.
struct AcceptOptions {
  std::string baseline;
  std::string updateBaseline;
  std::vector<AcceptRule> rules;
};
void addAcceptOptions(CLI::App& command, AcceptOptions& options, const CommonOptions& common);

// Sorts the findings: those rasoat.yaml accepts, those the baseline accepts,
// the new ones. --update-baseline writes every finding of this run to the file
// (whole or not at all, never over an input) and accepts them all. Prints an
// error naming the file and returns nullopt when the baseline cannot be read
// or written.
std::optional<TriagedFindings> acceptFindings(const AcceptOptions& options, const std::vector<Diagnostic>& findings,
                                              const report::FindingIdentities& identities,
                                              const std::vector<std::string>& inputs, Language language);

// Prints the findings accepted, for the summary line: ", 3 đã chấp nhận".
std::string acceptedSuffix(const TriagedFindings& triaged, Language language);

TriagedFindings triage(const std::vector<Diagnostic>& findings, const report::FindingIdentities& identities,
                       Baseline* baseline, const std::vector<AcceptRule>& rules, Language language);

}  // namespace rasoat::cli
