#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/limits.h"
#include "checks/check.h"
#include "checks/runner.h"

// Runs the checks on a version of the draft held in memory (the draft itself,
// or the draft with proposals accepted), against the draft's own parents and
// previous version, and names each finding by what it says rather than by its
// line, so that the findings of two versions can be compared.
namespace rasoat::review {

struct Finding {
  std::string code;
  Severity severity = Severity::error;
  LocalizedText message;
  std::optional<LocalizedText> witness;
  std::string unit;  // the label of the unit it is on ("Điều 5 khoản 2"), empty for the document
  // code + unit + message: equal for the same finding in two versions,
  // whatever lines moved between them.
  std::string fingerprint() const;
};

// A finding both versions have (same code, unit and message) whose witness
// differs: an overlap or a gap moved or reshaped.
struct ChangedFinding {
  Finding before;  // the draft's
  Finding after;
};

// What a version adds to the draft's findings, what it removes and what it changes.
struct FindingChange {
  std::vector<Finding> added;
  std::vector<Finding> removed;
  std::vector<ChangedFinding> changed;
  bool empty() const { return added.empty() && removed.empty() && changed.empty(); }
  bool addsError() const;
};

class ProposalChecker {
 public:
  // `draft` lends its parents and previous version; everything is borrowed.
  ProposalChecker(const checks::CheckedDocument& draft, const model::Lexicon& lexicon, const checks::RulePacks& packs,
                  const checks::Selection& selection, const Limits& limits);

  // The findings of a text; `path` names it in messages.
  std::vector<Finding> check(const std::string& path, const std::string& text) const;
  // The findings of the draft's own text (computed once).
  const std::vector<Finding>& draftFindings() const;
  // Compared with the draft's.
  FindingChange compare(const std::string& path, const std::string& text) const;

 private:
  const checks::CheckedDocument& draft_;
  const model::Lexicon& lexicon_;
  const checks::RulePacks& packs_;
  const checks::Selection& selection_;
  Limits limits_;
  mutable std::optional<std::vector<Finding>> draftFindings_;
};

}  // namespace rasoat::review
