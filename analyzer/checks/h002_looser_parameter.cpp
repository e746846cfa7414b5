// H002: a meeting frequency, quorum or vote threshold looser than the
// higher-level document's.
#include <optional>
#include <utility>

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

// A meeting period in days: the shortest it can be (a month of 28 days) or the
// longest (31). Periods in different units are compared only where the answer
// holds for every calendar: "5 tuần một lần" (at least 35 days) is looser than
// "hằng tháng" (at most 31); "2 tuần" and "nửa tháng" are not compared.
std::optional<model::Quantity> periodInDays(const model::Quantity& period, bool longest) {
  long long days = 0;
  switch (period.unit) {
    case model::Unit::day: days = 1; break;
    case model::Unit::week: days = 7; break;
    case model::Unit::month: days = longest ? 31 : 28; break;
    case model::Unit::quarter: days = longest ? 92 : 89; break;
    case model::Unit::year: days = longest ? 366 : 365; break;
    default: return std::nullopt;  // working days depend on the holidays
  }
  model::Quantity inDays = model::multiplied(period, days);
  inDays.unit = model::Unit::day;
  return inDays;
}

// The two parameters in one unit, or nothing when they cannot be compared.
std::optional<std::pair<model::Parameter, model::Parameter>> inOneUnit(const model::Parameter& local,
                                                                       const model::Parameter& higher) {
  if (higher.value.unit == local.value.unit) return std::make_pair(local, higher);
  if (local.kind != model::ParameterKind::meetingFrequency) return std::nullopt;
  auto shortest = periodInDays(local.value, false);
  auto longest = periodInDays(higher.value, true);
  if (!shortest || !longest) return std::nullopt;
  std::pair<model::Parameter, model::Parameter> converted{local, higher};
  converted.first.value = *shortest;
  converted.second.value = *longest;
  return converted;
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
      // A parent of this document's kind rules its own bodies; one above it, its
      // lower bodies, this document's among them.
      for (const CheckedDocument* parent : bindingParents(document)) {
        for (const auto& higher : parent->model.parameters) {
          if (higher.kind != local.kind || higher.actor.id != local.actor.id || !higher.reading.sure ||
              !bindsOwnBody(document, *parent, higher.actor))
            continue;
          if (const auto comparable = inOneUnit(local, higher))
            compare(document, *parent, context, {local, higher}, *comparable, diagnostic);
        }
      }
      if (diagnostic) context.sink.report(std::move(*diagnostic));
    }
  }

 private:
  // `written`: the local and the higher parameter as the texts say them;
  // `comparable`: the same in one unit, for the solver.
  void compare(const CheckedDocument& document, const CheckedDocument& parent, CheckContext& context,
               const std::pair<const model::Parameter&, const model::Parameter&>& written,
               const std::pair<model::Parameter, model::Parameter>& comparable, std::optional<Diagnostic>& out) const {
    const auto& [local, higher] = written;
    const model::Condition localRule = allowed(comparable.first, false);
    const model::Condition higherRule = allowed(comparable.second, true);
    solver::Witness witness;
    const auto outcome = context.solver.satisfiable({&localRule}, {&higherRule}, &witness);
    if (outcome == solver::Outcome::unsat) return;
    const LocalizedText kind = ruleKindName(local.kind);
    const LocalizedText required = wording::describeCondition(allowed(higher, true), context.lexicon);
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
    // Periods compared in days: the witness is the local period as written.
    const bool converted = comparable.first.value.unit != local.value.unit;
    diagnostic.witness = converted ? wording::describeCondition(allowed(local, false), context.lexicon)
                                   : wording::describeWitness(witness, context.lexicon);
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
