#include "checks/authority_shift.h"

#include <cmath>

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
    if (provision->actor.id == actor && relatedMatters(lexicon, *provision->matter, matter))
      conditions.push_back(&provision->condition);
  }
  return conditions;
}

// A rounder case than the solver's first model ("21 tỷ đồng" rather than
// "20,000000001 tỷ đồng"): a witness with one amount is tried again at the
// next whole number of its leading units, then of ten times them.
void roundWitness(AuthorityShift& shift, const std::vector<const model::Condition*>& all,
                  const std::vector<const model::Condition*>& excluded, solver::Session& solver) {
  if (shift.outcome != solver::Outcome::sat || shift.witness.values.size() != 1) return;
  const solver::Witness::Value& value = shift.witness.values.front();
  if (!value.number || value.number->unit == model::Unit::fraction) return;
  const double amount = value.number->value();
  if (!(amount >= 1) || !std::isfinite(amount)) return;
  const int magnitude = static_cast<int>(std::floor(std::log10(amount)));
  for (int power : {magnitude - 1, magnitude}) {
    if (power < 0) continue;
    const double step = std::pow(10.0, power);
    if (std::fmod(amount, step) == 0) return;  // already round
    const double steps = std::ceil(amount / step);
    if (steps > 1e15) return;
    model::Quantity candidate;
    candidate.digits = std::to_string(static_cast<long long>(steps));
    candidate.exponent = power;
    candidate.unit = value.number->unit;
    solver::Witness rounder;
    const auto bounds = solver::Session::Bounds{value.attribute, candidate, candidate};
    if (solver.satisfiable(all, excluded, &rounder, bounds) == solver::Outcome::sat) {
      shift.witness = std::move(rounder);
      return;
    }
  }
}

}  // namespace

std::vector<AuthorityShift> authorityShifts(const model::DocumentModel& previous, const model::DocumentModel& current,
                                            const model::Lexicon& lexicon, solver::Session& solver) {
  // A002 is an info: any reading.
  const std::vector<const model::Provision*> before = ownDecisions(previous, Readings::any);
  const std::vector<const model::Provision*> after = ownDecisions(current, Readings::any);
  std::vector<AuthorityShift> shifts;
  for (const model::Provision* now : after) {
    for (const model::Provision* then : before) {
      if (now->actor.id == then->actor.id || !sameLeaf(lexicon, now->matter, then->matter)) continue;
      // A case both cover, that the new body did not decide before and the
      // old body no longer decides.
      std::vector<const model::Condition*> excluded = decidedBy(before, *now->actor.id, *now->matter, lexicon);
      const auto still = decidedBy(after, *then->actor.id, *then->matter, lexicon);
      excluded.insert(excluded.end(), still.begin(), still.end());
      AuthorityShift shift;
      shift.before = then;
      shift.after = now;
      const std::vector<const model::Condition*> both{&now->condition, &then->condition};
      shift.outcome = solver.satisfiable(both, excluded, &shift.witness);
      if (shift.outcome == solver::Outcome::unsat) continue;
      roundWitness(shift, both, excluded, solver);
      shifts.push_back(std::move(shift));
    }
  }
  return shifts;
}

LocalizedText shiftText(const AuthorityShift& shift, const model::Lexicon& lexicon) {
  const std::string from = actorName(lexicon, shift.before->actor.id);
  const std::string to = actorName(lexicon, shift.after->actor.id);
  const std::string matter = matterName(lexicon, shift.after->matter);
  return {fmt::format("thẩm quyền quyết định \"{}\" chuyển từ {} sang {}", matter, from, to),
          fmt::format("the decision on \"{}\" moves from {} to {}", matter, model::actorId(shift.before->actor),
                      model::actorId(shift.after->actor))};
}

}  // namespace rasoat::checks
