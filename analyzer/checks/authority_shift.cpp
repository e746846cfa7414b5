#include "checks/authority_shift.h"

#include <fmt/format.h>

#include "checks/decision_scope.h"

namespace rasoat::checks {

namespace {

// The conditions under which `actor` decides a matter related to `matter`.
std::vector<const model::Condition*> decidedBy(const std::vector<const model::Provision*>& decisions,
                                               const std::string& actor, const std::string& matter,
                                               const model::Lexicon& lexicon) {
  std::vector<const model::Condition*> conditions;
  for (const model::Provision* provision : decisions) {
    if (provision->actor.id == actor && relatedMatters(lexicon, provision->matter, matter))
      conditions.push_back(&provision->condition);
  }
  return conditions;
}

}  // namespace

std::vector<AuthorityShift> authorityShifts(const model::DocumentModel& previous, const model::DocumentModel& current,
                                            const model::Lexicon& lexicon, solver::Session& solver) {
  const std::vector<const model::Provision*> before = ownDecisions(previous);
  const std::vector<const model::Provision*> after = ownDecisions(current);
  std::vector<AuthorityShift> shifts;
  for (const model::Provision* now : after) {
    for (const model::Provision* then : before) {
      if (now->actor.id == then->actor.id || !relatedMatters(lexicon, now->matter, then->matter)) continue;
      // A case both cover, that the new body did not decide before and the
      // old body no longer decides.
      std::vector<const model::Condition*> excluded = decidedBy(before, now->actor.id, now->matter, lexicon);
      const auto still = decidedBy(after, then->actor.id, then->matter, lexicon);
      excluded.insert(excluded.end(), still.begin(), still.end());
      AuthorityShift shift;
      shift.before = then;
      shift.after = now;
      shift.outcome = solver.satisfiable({&now->condition, &then->condition}, excluded, &shift.witness);
      if (shift.outcome != solver::Outcome::unsat) shifts.push_back(std::move(shift));
    }
  }
  return shifts;
}

LocalizedText shiftText(const AuthorityShift& shift, const model::Lexicon& lexicon) {
  const std::string from = actorName(lexicon, shift.before->actor.id);
  const std::string to = actorName(lexicon, shift.after->actor.id);
  const std::string matter = matterName(lexicon, shift.after->matter);
  return {
      fmt::format("thẩm quyền quyết định \"{}\" chuyển từ {} sang {}", matter, from, to),
      fmt::format("the decision on \"{}\" moves from {} to {}", matter, shift.before->actor.id, shift.after->actor.id)};
}

}  // namespace rasoat::checks
