// H002: a meeting frequency, quorum or vote threshold looser than the
// higher-level document's.
#include <optional>

#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/decision_scope.h"
#include "checks/meeting_rules.h"

namespace rasoat::checks {

namespace {

// The parameter as a condition over one variable: the cases the rule allows.
model::Condition allowed(const model::Parameter& parameter, bool asHigherRule) {
  model::Atom atom;
  using model::Comparison;
  const bool meeting = parameter.kind == model::ParameterKind::meetingFrequency;
  atom.attribute = meeting ? "meeting_period" : std::string(model::parameterKindName(parameter.kind));
  atom.number = parameter.value;
  atom.op = parameter.op;
  // "họp 3 tháng một lần" in a higher rule means "at least every 3 months".
  if (meeting) atom.op = asHigherRule ? Comparison::le : Comparison::eq;
  // A quorum or threshold "= 2/3" written without "ít nhất" still means at least.
  if (!meeting && atom.op == Comparison::eq) atom.op = Comparison::ge;
  return model::Condition{{atom}, {}};
}

class LooserParameter : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"H002",
                                "looser-than-higher-level",
                                Severity::error,
                                {"tham số (họp, số tham dự, biểu quyết) lỏng hơn quy định cấp trên",
                                 "a numeric parameter looser than the higher level's"}};
    return info;
  }

  // One finding per local rule, with a note for every higher-level rule it breaks.
  void run(const CheckedDocument& document, CheckContext& context) const override {
    for (const auto& local : document.model.parameters) {
      if (!local.reading.sure || !local.actor.id || local.actor.organisation != model::Organisation::own) continue;
      std::optional<Diagnostic> diagnostic;
      for (const CheckedDocument* parent : sameBodyParents(document)) {
        for (const auto& higher : parent->model.parameters) {
          if (higher.kind != local.kind || higher.actor.id != local.actor.id ||
              higher.actor.organisation != model::Organisation::own)
            continue;
          if (higher.value.unit != local.value.unit || !higher.reading.sure) continue;
          compare(document, *parent, context, local, higher, diagnostic);
        }
      }
      if (diagnostic) context.sink.report(std::move(*diagnostic));
    }
  }

 private:
  void compare(const CheckedDocument& document, const CheckedDocument& parent, CheckContext& context,
               const model::Parameter& local, const model::Parameter& higher, std::optional<Diagnostic>& out) const {
    const model::Condition localRule = allowed(local, false);
    const model::Condition higherRule = allowed(higher, true);
    solver::Witness witness;
    const auto outcome = context.solver.satisfiable({&localRule}, {&higherRule}, &witness);
    if (outcome == solver::Outcome::unsat) return;
    const LocalizedText kind = ruleKindName(local.kind);
    const LocalizedText required = wording::describeCondition(higherRule, context.lexicon);
    const std::string actor = actorName(context.lexicon, local.actor.id);
    RelatedLocation note{
        parent.tree.path,
        clauseRange(higher.source),
        {fmt::format("quy định cấp trên ({}, {}): {}", parent.model.number, higher.source.unit, required.vi),
         fmt::format("the higher level ({}, {}) requires: {}", parent.model.number, higher.source.unit, required.en)}};
    if (out) {
      out->related.push_back(std::move(note));
      return;
    }
    Diagnostic diagnostic =
        finding(document, clauseRange(local.source),
                {fmt::format("{} của {} lỏng hơn {} ({})", kind.vi, actor, parent.model.number, higher.source.unit),
                 fmt::format("the {} of {} is looser than {} ({})", kind.en, actorName(context.lexicon, local.actor.id),
                             parent.model.number, higher.source.unit)});
    diagnostic.related.push_back(std::move(note));
    diagnostic.witness = wording::describeWitness(witness, context.lexicon);
    diagnostic.suggestion = LocalizedText{fmt::format("không thấp hơn quy định cấp trên: {}", required.vi),
                                          fmt::format("be at least as strict as the higher level: {}", required.en)};
    out = std::move(diagnostic);
  }
};

}  // namespace

std::unique_ptr<Check> makeLooserParameter() {
  return std::make_unique<LooserParameter>();
}

}  // namespace rasoat::checks
