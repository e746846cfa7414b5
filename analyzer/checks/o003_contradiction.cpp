// O003: one body is both given and forbidden the same power on overlapping scopes.
#include <map>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/decision_scope.h"

namespace rasoat::checks {

namespace {

// The two provisions speak of the same power: same body, same kind of power,
// the same leaf matter, or a prohibition on a whole family and a grant of one
// of its members ("không được quyết định các vấn đề về công tác cán bộ" and
// "quyết định điều động cán bộ"), and the same recipient when both name one.
bool samePower(const model::Lexicon& lexicon, const model::Provision& forbidden, const model::Provision& given) {
  if (forbidden.actor.id != given.actor.id || forbidden.modality != given.modality) return false;
  const bool memberOfForbidden =
      forbidden.matter && given.matter && lexicon.isDescendant(*given.matter, *forbidden.matter);
  if (!sameLeaf(lexicon, forbidden.matter, given.matter) && !memberOfForbidden) return false;
  return !(forbidden.recipient && given.recipient && forbidden.recipient->id != given.recipient->id);
}

class Contradiction : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"O003",
                                "obligation-and-prohibition",
                                Severity::error,
                                {"một chủ thể vừa được giao vừa bị cấm cùng một việc trên phạm vi giao nhau",
                                 "obligation and prohibition on overlapping scopes"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    const auto& provisions = document.model.provisions;
    // The grants by body and kind of power: a prohibition meets only those
    // (comparing every pair was quadratic in a long regulation).
    std::map<std::pair<std::string, model::Modality>, std::vector<const model::Provision*>> grants;
    for (const auto& given : provisions) {
      if (given.deontic != model::Deontic::prohibition && isSureDefinite(given))
        grants[std::make_pair(*given.actor.id, given.modality)].push_back(&given);
    }
    for (const auto& forbidden : provisions) {
      if (forbidden.deontic != model::Deontic::prohibition || !isSureDefinite(forbidden)) continue;
      const auto candidates = grants.find(std::make_pair(*forbidden.actor.id, forbidden.modality));
      if (candidates == grants.end()) continue;
      for (const model::Provision* grant : candidates->second) {
        const model::Provision& given = *grant;
        if (given.source.position == forbidden.source.position) continue;
        if (!samePower(context.lexicon, forbidden, given)) continue;
        // Two bands of one amount that do not meet need no solver.
        const auto a = intervalOf(forbidden.condition), b = intervalOf(given.condition);
        if (a && b && a->attribute == b->attribute && !intersects(*a, *b)) continue;
        solver::Witness witness;
        const auto outcome = context.solver.satisfiable({&forbidden.condition, &given.condition}, {}, &witness);
        if (outcome == solver::Outcome::unsat) continue;
        report(document, context, forbidden, given, outcome, witness);
        break;  // one finding per prohibition
      }
    }
  }

 private:
  void report(const CheckedDocument& document, CheckContext& context, const model::Provision& forbidden,
              const model::Provision& given, solver::Outcome outcome, const solver::Witness& witness) const {
    // At the later of the two clauses, with the earlier as the note.
    const bool givenLater = forbidden.source.position < given.source.position;
    const model::Provision& at = givenLater ? given : forbidden;
    const model::Provision& other = givenLater ? forbidden : given;
    const std::string actor = actorName(context.lexicon, given.actor.id);
    const std::string matter = matterName(context.lexicon, given.matter);
    Diagnostic diagnostic = finding(
        document, clauseRange(at.source),
        {fmt::format("{} vừa được giao vừa bị cấm \"{}\" ({}) trong cùng trường hợp", actor, matter, given.power),
         fmt::format("{} is both given and forbidden \"{}\" ({}) in the same case",
                     actorName(context.lexicon, given.actor.id), matter, given.power)});
    const bool otherForbids = &other == &forbidden;
    diagnostic.related.push_back(RelatedLocation{
        document.tree.path,
        clauseRange(other.source),
        {fmt::format("{} {}", otherForbids ? "điều cấm tại" : "điều giao tại", other.source.unit),
         fmt::format("{} {}", otherForbids ? "the prohibition in" : "the grant in", other.source.unit)}});
    diagnostic.witness = witnessText(outcome, witness, context.lexicon);
    diagnostic.suggestion = LocalizedText{"thu hẹp một trong hai phạm vi hoặc nêu rõ trường hợp loại trừ (\"trừ ...\")",
                                          "narrow one of the two scopes or state the exception (\"trừ ...\")"};
    context.sink.report(std::move(diagnostic));
  }
};

}  // namespace

std::unique_ptr<Check> makeContradiction() {
  return std::make_unique<Contradiction>();
}

}  // namespace rasoat::checks
