// H003: a delegation of a power the higher level says may not be delegated.
#include <set>

#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/decision_scope.h"

namespace rasoat::checks {

namespace {

bool isDelegation(const model::Provision& provision) {
  return provision.modality == model::Modality::DELEGATE && provision.actor.id.has_value() &&
         provision.matter.has_value() && provision.matter != "chung" &&
         provision.actor.organisation == model::Organisation::own;
}

class ForbiddenDelegation : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"H003",
                                "forbidden-delegation",
                                Severity::error,
                                {"ủy quyền việc mà cấp trên quy định không được ủy quyền",
                                 "delegation of a power the higher level says may not be delegated"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    std::set<int> reported;
    for (const auto& local : document.model.provisions) {
      if (!isDelegation(local) || !local.reading.sure || local.deontic == model::Deontic::prohibition) continue;
      if (reported.count(local.source.position.line)) continue;
      for (const CheckedDocument* parent : sameBodyParents(document)) {
        for (const auto& rule : parent->model.provisions) {
          if (!isDelegation(rule) || !rule.reading.sure || rule.deontic != model::Deontic::prohibition) continue;
          if (rule.actor.id != local.actor.id || !relatedMatters(context.lexicon, rule.matter, local.matter)) continue;
          // A rule naming the recipients forbids only those.
          if (rule.recipient && local.recipient && rule.recipient->id != local.recipient->id) continue;
          solver::Witness witness;
          const auto outcome = context.solver.satisfiable({&rule.condition, &local.condition}, {}, &witness);
          if (outcome == solver::Outcome::unsat) continue;
          report(document, *parent, context, local, rule, outcome, witness);
          reported.insert(local.source.position.line);
          break;
        }
        if (reported.count(local.source.position.line)) break;
      }
    }
  }

 private:
  void report(const CheckedDocument& document, const CheckedDocument& parent, CheckContext& context,
              const model::Provision& local, const model::Provision& rule, solver::Outcome outcome,
              const solver::Witness& witness) const {
    const std::string actor = actorName(context.lexicon, local.actor.id);
    const std::string recipient = local.recipient ? actorName(context.lexicon, local.recipient->id) : "?";
    const std::string matter = matterName(context.lexicon, local.matter);
    Diagnostic diagnostic =
        finding(document, clauseRange(local.source),
                {fmt::format("{} ủy quyền cho {} \"{}\", việc mà {} không cho phép ủy quyền", actor, recipient, matter,
                             parent.model.number),
                 fmt::format("{} delegates \"{}\" to {}, which {} says may not be delegated",
                             actorName(context.lexicon, local.actor.id), matter, recipient, parent.model.number)});
    diagnostic.related.push_back(
        RelatedLocation{parent.tree.path,
                        clauseRange(rule.source),
                        {fmt::format("{} {}: không được ủy quyền", parent.model.number, rule.source.unit),
                         fmt::format("{} {}: may not be delegated", parent.model.number, rule.source.unit)}});
    diagnostic.witness = witnessText(outcome, witness, context.lexicon);
    diagnostic.suggestion = LocalizedText{
        fmt::format("bỏ việc ủy quyền; {} tự quyết định việc này", actor),
        fmt::format("remove the delegation; {} decides this itself", actorName(context.lexicon, local.actor.id))};
    context.sink.report(std::move(diagnostic));
  }
};

}  // namespace

std::unique_ptr<Check> makeForbiddenDelegation() {
  return std::make_unique<ForbiddenDelegation>();
}

}  // namespace rasoat::checks
