// H004: the regulation allows what a higher-level document forbids.
#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/decision_scope.h"

namespace rasoat::checks {

namespace {

class ProhibitionContradicted : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{
        "H004",
        "higher-prohibition-contradicted",
        Severity::error,
        {"quy chế cho phép điều mà văn bản cấp trên cấm", "a prohibition of the higher level contradicted"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    for (const auto& local : document.model.provisions) {
      if (local.deontic == model::Deontic::prohibition || !isSureDefinite(local)) continue;
      // Forbidden delegations are H003's.
      if (local.modality == model::Modality::DELEGATE) continue;
      if (const auto found = forbiddenBy(document, context, local)) report(document, context, local, *found);
    }
  }

 private:
  struct Breach {
    const CheckedDocument* parent;
    const model::Provision* rule;
    solver::Outcome outcome;
    solver::Witness witness;
  };

  static std::optional<Breach> forbiddenBy(const CheckedDocument& document, CheckContext& context,
                                           const model::Provision& local) {
    for (const CheckedDocument* parent : bindingParents(document)) {
      for (const auto& rule : parent->model.provisions) {
        if (rule.deontic != model::Deontic::prohibition || !isSureDefinite(rule)) continue;
        if (rule.actor.id != local.actor.id || rule.modality != local.modality) continue;
        if (!bindsOwnBody(document, *parent, rule.actor)) continue;
        if (!sameLeaf(context.lexicon, rule.matter, local.matter)) continue;
        if (rule.recipient && local.recipient && rule.recipient->id != local.recipient->id) continue;
        Breach breach{parent, &rule, solver::Outcome::unsat, {}};
        breach.outcome = context.solver.satisfiable({&rule.condition, &local.condition}, {}, &breach.witness);
        if (breach.outcome != solver::Outcome::unsat) return breach;
      }
    }
    return std::nullopt;
  }

  void report(const CheckedDocument& document, CheckContext& context, const model::Provision& local,
              const Breach& breach) const {
    const std::string actor = actorName(context.lexicon, local.actor.id);
    const std::string matter = matterName(context.lexicon, local.matter);
    const std::string& higher = breach.parent->model.number;
    Diagnostic diagnostic =
        finding(document, clauseRange(local.source),
                {fmt::format("{} được \"{}\" ({}), điều mà {} cấm", actor, matter, local.power, higher),
                 fmt::format("{} may \"{}\" ({}) here, which {} forbids", actorName(context.lexicon, local.actor.id),
                             matter, local.power, higher)});
    diagnostic.related.push_back(
        RelatedLocation{breach.parent->tree.path,
                        clauseRange(breach.rule->source),
                        {fmt::format("{} {}: điều cấm", higher, breach.rule->source.unit),
                         fmt::format("{} {}: the prohibition", higher, breach.rule->source.unit)}});
    diagnostic.witness = witnessText(breach.outcome, breach.witness, context.lexicon);
    diagnostic.suggestion = LocalizedText{fmt::format("bỏ hoặc thu hẹp khoản này cho phù hợp với {}", higher),
                                          fmt::format("remove the clause or narrow it to what {} allows", higher)};
    context.sink.report(std::move(diagnostic));
  }
};

}  // namespace

std::unique_ptr<Check> makeProhibitionContradicted() {
  return std::make_unique<ProhibitionContradicted>();
}

}  // namespace rasoat::checks
