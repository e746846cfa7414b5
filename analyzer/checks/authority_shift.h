#pragma once

#include <vector>

#include "checks/check.h"

namespace rasoat::checks {

// A case whose decision moves from one body to another between two versions
// of a regulation: `before` (a decision of the current text) and `after` (of
// the draft) cover the case, the body of `after` did not decide it before,
// and the body of `before` no longer decides it.
struct AuthorityShift {
  const model::Provision* before = nullptr;
  const model::Provision* after = nullptr;
  solver::Outcome outcome = solver::Outcome::sat;
  solver::Witness witness;
};

// The shifts of decision power from `previous` to `current`, in the order of
// the draft's clauses; one per pair of clauses. The solver gives each case.
std::vector<AuthorityShift> authorityShifts(const model::DocumentModel& previous, const model::DocumentModel& current,
                                            const model::Lexicon& lexicon, solver::Session& solver);

// "thẩm quyền quyết định "dự án đầu tư" chuyển từ Ban Thường vụ sang Thường trực".
LocalizedText shiftText(const AuthorityShift& shift, const model::Lexicon& lexicon);

}  // namespace rasoat::checks
