#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "checks/check.h"

namespace rasoat::report {

// Which provisions of one document the findings name, and how: what the
// matrix and the graph mark. Findings carry places, not provisions; a place is
// turned back into the provisions of its clause, narrowed by what the family
// of the finding is about:
//   O (overlap): the decision powers, of two different bodies on related
//     matters, of the finding's clause and its related clause;
//   G (gap): the matters decided both in the finding's clause and in a related one;
//   H (higher level): the powers of the finding's clause on a matter related
//     to the higher-level clause it cites (all of them if none is);
//   D (delegation): the delegations of every clause the finding names.
struct FindingMarks {
  std::map<const model::Provision*, std::set<std::string>> overlap;
  std::map<const model::Provision*, std::set<std::string>> conflict;
  std::map<const model::Provision*, std::set<std::string>> delegation;
  std::map<std::string, std::set<std::string>> gaps;  // matter -> codes
};

FindingMarks markFindings(const checks::CheckedDocument& document,
                          const std::vector<std::unique_ptr<checks::CheckedDocument>>& documents,
                          const std::vector<Diagnostic>& findings, const model::Lexicon& lexicon);

}  // namespace rasoat::report
