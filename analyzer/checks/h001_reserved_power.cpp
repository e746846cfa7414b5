// H001: a power the higher level reserves to a body is given to a lower-ranked one.
#include <set>

#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/decision_scope.h"

namespace rasoat::checks {

namespace {

bool isPower(const model::Provision& provision) {
  const bool kind = provision.modality == model::Modality::DECIDE || provision.modality == model::Modality::DIRECT;
  const bool definite = provision.actor.id.has_value() && !provision.actor.vague &&
                        provision.actor.organisation == model::Organisation::own && provision.matter.has_value() &&
                        provision.matter != "chung" && provision.matter != "chu_truong";
  return kind && definite && provision.deontic != model::Deontic::prohibition;
}

class ReservedPower : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"H001",
                                "power-below-reserved-rank",
                                Severity::error,
                                {"giao quyền cho chủ thể thấp hơn chủ thể mà cấp trên dành quyền đó",
                                 "a power given to a lower-ranked actor than the higher level reserves it for"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    std::set<int> reported;
    for (const auto& local : document.model.provisions) {
      if (!isPower(local) || !local.reading.sure || reported.count(local.source.position.line)) continue;
      if (!inDecisionLine(context.lexicon, local.actor.id)) continue;  // a state body or an agency is not ranked
      // Members and officers are put in charge of (lãnh đạo, phụ trách) areas
      // within the collective's line; only a decision of theirs can take a reserved power.
      const auto* entry = context.lexicon.actor(*local.actor.id);
      const bool individual = entry && entry->kind == "individual";
      if (individual && local.modality != model::Modality::DECIDE) continue;
      for (const CheckedDocument* parent : sameBodyParents(document)) {
        if (checkAgainst(document, *parent, context, local)) {
          reported.insert(local.source.position.line);
          break;
        }
      }
    }
  }

 private:
  // Whether `local` takes a power `parent` reserves to a higher body; reports it.
  bool checkAgainst(const CheckedDocument& document, const CheckedDocument& parent, CheckContext& context,
                    const model::Provision& local) const {
    // What the higher level itself lets this body do on this matter.
    std::vector<const model::Condition*> allowed;
    for (const auto& grant : parent.model.provisions) {
      if (isPower(grant) && grant.actor.id == local.actor.id && grant.modality == local.modality &&
          relatedMatters(context.lexicon, grant.matter, local.matter)) {
        allowed.push_back(&grant.condition);
      }
    }
    for (const auto& reserved : parent.model.provisions) {
      if (!isPower(reserved) || !reserved.reading.sure || reserved.modality != local.modality) continue;
      const int owner = rankOf(context.lexicon, reserved.actor.id);
      // The executive committee's general powers are not reservations against
      // its standing bodies, unless the parent gives it a decision outright and
      // this regulation gives it to a lower body outright too. Its leadership
      // ("Ban Chấp hành lãnh đạo công tác dân vận") is shared by the bodies that
      // act for it between meetings ("Ban Thường vụ lãnh đạo Ủy ban Mặt trận …").
      const bool outright = reserved.condition.empty() && local.condition.empty();
      const bool reservedDecision = outright && reserved.modality == model::Modality::DECIDE;
      if (owner < 1 || (owner < 2 && !reservedDecision) || rankOf(context.lexicon, local.actor.id) <= owner) continue;
      if (!sameLeaf(context.lexicon, reserved.matter, local.matter)) continue;
      solver::Witness witness;
      const auto outcome = context.solver.satisfiable({&reserved.condition, &local.condition}, allowed, &witness);
      if (outcome == solver::Outcome::unsat) continue;
      report(document, parent, context, local, reserved, outcome, witness);
      return true;
    }
    return false;
  }

  void report(const CheckedDocument& document, const CheckedDocument& parent, CheckContext& context,
              const model::Provision& local, const model::Provision& reserved, solver::Outcome outcome,
              const solver::Witness& witness) const {
    const std::string lower = actorName(context.lexicon, local.actor.id);
    const std::string higher = actorName(context.lexicon, reserved.actor.id);
    const std::string matter = matterName(context.lexicon, local.matter);
    Diagnostic diagnostic = finding(
        document, clauseRange(local.source),
        {fmt::format("{} được giao \"{}\" mà {} dành cho {} (vượt thẩm quyền)", lower, matter, parent.model.number,
                     higher),
         fmt::format("{} is given \"{}\", which {} reserves to {}", lower, matter, parent.model.number, higher)});
    diagnostic.related.push_back(
        RelatedLocation{parent.tree.path,
                        clauseRange(reserved.source),
                        {fmt::format("{} {}: {} quyết định khi {}", parent.model.number, reserved.source.unit, higher,
                                     wording::describeCondition(reserved.condition, context.lexicon).vi),
                         fmt::format("{} {}: {} decides when {}", parent.model.number, reserved.source.unit, higher,
                                     wording::describeCondition(reserved.condition, context.lexicon).en)}});
    diagnostic.witness = witnessText(outcome, witness, context.lexicon);
    diagnostic.suggestion =
        LocalizedText{fmt::format("giao lại cho {} hoặc giới hạn phạm vi cho khớp với văn bản cấp trên", higher),
                      fmt::format("give it back to {} or narrow the scope to what the higher level allows",
                                  actorName(context.lexicon, reserved.actor.id))};
    context.sink.report(std::move(diagnostic));
  }
};

}  // namespace

std::unique_ptr<Check> makeReservedPower() {
  return std::make_unique<ReservedPower>();
}

}  // namespace rasoat::checks
