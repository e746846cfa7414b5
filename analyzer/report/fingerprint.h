#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "checks/check.h"
#include "report/clause_index.h"

namespace rasoat::report {

// What names a finding across runs, whatever the lines around it: the check's
// code, the unit it stands in ("Điều 5 khoản 2 điểm a") and the clause's words
// (normalised: case, spacing, normal form and tone placement do not count),
// hashed. Inserting lines above the clause or editing another clause keeps it;
// editing the clause's words makes it a new finding. Findings outside a
// numbered clause (the title, the legal bases) are named by the words of their
// line. Input errors (no code) have none.
//
// A second fingerprint leaves the unit out: a clause renumbered because one
// was inserted before it keeps its words, and a baseline matches on these when
// no finding has the first.
struct FindingIdentity {
  std::string unit;         // "Điều 5 khoản 2", empty outside a numbered clause
  std::string fingerprint;  // 16 hexadecimal digits; empty for input errors
  std::string wordsOnly;    // the same without the unit
};

// The fingerprint of a code, a unit and a clause's text.
std::string fingerprintOf(const std::string& code, const std::string& unit, const std::string& clauseText);

// The identity of each finding, from the clauses of the documents they were found in.
class FindingIdentities {
 public:
  explicit FindingIdentities(const std::vector<std::unique_ptr<checks::CheckedDocument>>& documents)
      : clauses_(documents) {}
  FindingIdentity of(const Diagnostic& finding) const;

 private:
  ClauseIndex clauses_;
};

}  // namespace rasoat::report
