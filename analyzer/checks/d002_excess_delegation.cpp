// D002: a body delegates a decision power it does not hold, or beyond its scope.
#include <algorithm>

#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/decision_scope.h"

namespace rasoat::checks {

namespace {

// "Ban Thường vụ ủy quyền cho Thường trực quyết định ...": a decision power handed over.
bool delegatesDecision(const model::Provision& provision) {
  return provision.modality == model::Modality::DELEGATE && provision.deontic != model::Deontic::prohibition &&
         provision.delegated == model::Modality::DECIDE && isSureDefinite(provision);
}

bool numericHoldings(const std::vector<const model::Provision*>& holdings) {
  return std::all_of(holdings.begin(), holdings.end(),
                     [](const model::Provision* holding) { return hasNumericBound(holding->condition); });
}

class ExcessDelegation : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{
        "D002",
        "delegation-beyond-power",
        Severity::error,
        {"ủy quyền vượt quá quyền mà chủ thể ủy quyền có", "delegation of more than the delegator holds"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    const auto decisions = ownDecisions(document.model, Readings::any);  // what the delegator holds
    for (const auto& delegation : document.model.provisions) {
      if (!delegatesDecision(delegation)) continue;
      // The executive committee holds every power of the organisation not given
      // to another; in a cell's regulation the cell itself does.
      if (rankOf(context.lexicon, delegation.actor.id) == 1 || cellItself(document, context, delegation)) continue;
      std::vector<const model::Condition*> held;
      std::vector<const model::Provision*> holdings;
      for (const model::Provision* decision : decisions) {
        if (decision->actor.id != delegation.actor.id) continue;
        // Powers over one branch ("cán bộ": appointment, assignment ...) are
        // read from different verbs of the same clauses; compare within the branch.
        if (rootMatter(context.lexicon, *decision->matter) != rootMatter(context.lexicon, *delegation.matter)) continue;
        held.push_back(&decision->condition);
        holdings.push_back(decision);
      }
      // A delegation bounded by an amount is compared with the delegator's powers
      // over the same matter when it has any: a bound on projects says nothing of
      // purchases, and the solver would cover one with the other.
      narrowToMatter(context.lexicon, delegation, held, holdings);
      // A numeric scope ("from 50 billion đồng") is a limit the text sets; a
      // categorical one (whose management list) is not, since the standing
      // bodies keep a residual power over the rest: only numbers are compared.
      if (!holdings.empty() && !(hasNumericBound(delegation.condition) && numericHoldings(holdings))) continue;
      solver::Witness witness;
      const auto outcome = context.solver.satisfiable({&delegation.condition}, held, &witness);
      if (outcome == solver::Outcome::unsat) continue;
      report(document, context, delegation, holdings, outcome, witness);
    }
  }

 private:
  static bool cellItself(const CheckedDocument& document, CheckContext& context, const model::Provision& delegation) {
    if (document.model.level != model::Level::cell || delegation.actor.organisation != model::Organisation::own)
      return false;
    const auto* entry = delegation.actor.id ? context.lexicon.actor(*delegation.actor.id) : nullptr;
    return entry && entry->kind == "collective" && !entry->rank;
  }

  static void narrowToMatter(const model::Lexicon& lexicon, const model::Provision& delegation,
                             std::vector<const model::Condition*>& held,
                             std::vector<const model::Provision*>& holdings) {
    if (!hasNumericBound(delegation.condition)) return;
    std::vector<const model::Condition*> sameHeld;
    std::vector<const model::Provision*> same;
    for (const model::Provision* holding : holdings) {
      if (!relatedMatters(lexicon, holding->matter, delegation.matter)) continue;
      same.push_back(holding);
      sameHeld.push_back(&holding->condition);
    }
    if (same.empty()) return;
    held = std::move(sameHeld);
    holdings = std::move(same);
  }

  void report(const CheckedDocument& document, CheckContext& context, const model::Provision& delegation,
              const std::vector<const model::Provision*>& holdings, solver::Outcome outcome,
              const solver::Witness& witness) const {
    const std::string actor = actorName(context.lexicon, delegation.actor.id);
    const std::string matter = matterName(context.lexicon, delegation.matter);
    const std::string recipient = delegation.recipient ? actorName(context.lexicon, delegation.recipient->id) : "?";
    LocalizedText message =
        holdings.empty()
            ? LocalizedText{fmt::format("{} ủy quyền cho {} quyết định \"{}\" nhưng quy chế không giao {} quyền này",
                                        actor, recipient, matter, actor),
                            fmt::format("{} delegates deciding \"{}\" but the regulation gives it no such power", actor,
                                        matter)}
            : LocalizedText{
                  fmt::format("{} ủy quyền cho {} quyết định \"{}\" rộng hơn phạm vi {} được quyết định", actor,
                              recipient, matter, actor),
                  fmt::format("{} delegates deciding \"{}\" beyond the scope it decides itself", actor, matter)};
    Diagnostic diagnostic = finding(document, clauseRange(delegation.source), std::move(message));
    for (const model::Provision* holding : holdings) {
      const LocalizedText scope = wording::describeCondition(holding->condition, context.lexicon);
      diagnostic.related.push_back(
          RelatedLocation{document.tree.path,
                          clauseRange(holding->source),
                          {fmt::format("{} quyết định tại {}: {}", actor, holding->source.unit, scope.vi),
                           fmt::format("{} decides in {}: {}", actor, holding->source.unit, scope.en)}});
    }
    diagnostic.witness = witnessText(outcome, witness, context.lexicon);
    diagnostic.suggestion =
        LocalizedText{"chỉ ủy quyền trong phạm vi quyền được giao, hoặc để chủ thể có thẩm quyền ủy quyền",
                      "delegate only within the power held, or let the body that holds it delegate"};
    context.sink.report(std::move(diagnostic));
  }
};

}  // namespace

std::unique_ptr<Check> makeExcessDelegation() {
  return std::make_unique<ExcessDelegation>();
}

}  // namespace rasoat::checks
