// C004: a body given duties but answerable to no one ("rõ trách nhiệm").
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/decision_scope.h"

namespace rasoat::checks {

namespace {

bool isDuty(const model::Provision& provision) {
  using model::Modality;
  const bool acts = provision.modality == Modality::DECIDE || provision.modality == Modality::DIRECT ||
                    provision.modality == Modality::EXECUTE || provision.modality == Modality::SUPERVISE;
  return acts && provision.deontic != model::Deontic::prohibition && provision.actor.id.has_value() &&
         !provision.actor.vague && provision.actor.organisation == model::Organisation::own;
}

// The body reports to, or answers to, a party body: its own organisation's
// decision line, its congress, or the level above (not a state agency).
bool answers(const model::Lexicon& lexicon, const model::DocumentModel& model, const std::string& actor) {
  return std::any_of(model.provisions.begin(), model.provisions.end(), [&](const model::Provision& p) {
    const bool toSomeone = p.modality == model::Modality::REPORT || p.modality == model::Modality::ACCOUNTABLE;
    if (!toSomeone || p.actor.id != actor || !p.recipient || !p.recipient->id) return false;
    const model::ActorRef& to = *p.recipient;
    return to.organisation != model::Organisation::own || to.id == "DAI_HOI" || inDecisionLine(lexicon, to.id);
  });
}

class NoAccountability : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"C004",
                                "duty-without-accountability",
                                Severity::info,
                                {"chủ thể được giao nhiệm vụ nhưng không rõ chịu trách nhiệm trước ai (rõ trách nhiệm)",
                                 "a duty with no one accountable or no one supervising it"}};
    return info;
  }

  // One finding per body, at its first duty.
  void run(const CheckedDocument& document, CheckContext& context) const override {
    std::map<std::string, const model::Provision*> firstDuty;
    for (const auto& provision : document.model.provisions) {
      // The committee's own bodies and officers; state bodies and mass
      // organisations answer under their own rules, the congress to no one here.
      // The executive committee answers to its congress and the level above
      // by the Charter itself; a regulation need not restate it.
      const bool top = rankOf(context.lexicon, provision.actor.id) == 1;
      if (isDuty(provision) && inDecisionLine(context.lexicon, provision.actor.id) && !top)
        firstDuty.try_emplace(*provision.actor.id, &provision);
    }
    for (const auto& [actor, duty] : firstDuty) {
      if (answers(context.lexicon, document.model, actor)) continue;
      const std::string name = actorName(context.lexicon, actor);
      Diagnostic diagnostic = finding(
          document, clauseRange(duty->source),
          {fmt::format("{} được giao nhiệm vụ nhưng quy chế không quy định {} báo cáo hay chịu trách nhiệm trước ai",
                       name, name),
           fmt::format("{} is given duties but the regulation does not say to whom it reports or answers", name)});
      diagnostic.suggestion =
          LocalizedText{fmt::format("bổ sung \"{} chịu trách nhiệm trước ... và báo cáo ...\"", name),
                        fmt::format("say to whom {} answers and reports", name)};
      context.sink.report(std::move(diagnostic));
    }
  }
};

}  // namespace

std::unique_ptr<Check> makeNoAccountability() {
  return std::make_unique<NoAccountability>();
}

}  // namespace rasoat::checks
