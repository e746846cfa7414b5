#include "checks/meeting_rules.h"

#include <algorithm>

#include <fmt/format.h>

#include "checks/unit_helpers.h"

namespace rasoat::checks {

LocalizedText ruleKindName(model::ParameterKind kind) {
  using model::ParameterKind;
  if (kind == ParameterKind::meetingFrequency) return {"chế độ họp thường lệ", "regular meeting frequency"};
  if (kind == ParameterKind::quorum) return {"số ủy viên tham dự để hội nghị hợp lệ", "quorum"};
  if (kind == ParameterKind::voteThreshold) return {"tỷ lệ biểu quyết thông qua", "vote threshold"};
  const std::string name(model::parameterKindName(kind));
  return {name, name};
}

LocalizedText describeRule(const model::Parameter& rule) {
  using wording::describeQuantity;
  const LocalizedText kind = ruleKindName(rule.kind);
  if (rule.kind == model::ParameterKind::meetingFrequency) {
    const std::string times = rule.times ? describeQuantity(*rule.times, Language::vi) : "1";
    const std::string timesEn = rule.times ? describeQuantity(*rule.times, Language::en) : "1";
    // "once every week", "2 times every 3 months".
    std::string periodEn = describeQuantity(rule.value, Language::en);
    if (periodEn.starts_with("1 ")) periodEn.erase(0, 2);
    return {fmt::format("{}: {} lần mỗi {}", kind.vi, times, describeQuantity(rule.value, Language::vi)),
            fmt::format("{}: {} every {}", kind.en, timesEn == "1" ? "once" : timesEn + " times", periodEn)};
  }
  const std::string op = rule.op == model::Comparison::ge   ? "≥"
                         : rule.op == model::Comparison::le ? "≤"
                                                            : std::string(model::comparisonSymbol(rule.op));
  return {fmt::format("{} {} {}", kind.vi, op, describeQuantity(rule.value, Language::vi)),
          fmt::format("{} {} {}", kind.en, op, describeQuantity(rule.value, Language::en))};
}

bool mentionsBody(const model::DocumentModel& model, const std::string& actor) {
  const auto own = [&](const model::ActorRef& ref) {
    return ref.id == actor && ref.organisation == model::Organisation::own;
  };
  return std::any_of(model.provisions.begin(), model.provisions.end(),
                     [&](const model::Provision& p) { return own(p.actor); }) ||
         std::any_of(model.parameters.begin(), model.parameters.end(),
                     [&](const model::Parameter& p) { return own(p.actor); });
}

bool statesRule(const model::DocumentModel& model, const std::string& actor, model::ParameterKind kind) {
  return std::any_of(model.parameters.begin(), model.parameters.end(), [&](const model::Parameter& p) {
    return p.kind == kind && p.actor.id == actor && p.actor.organisation == model::Organisation::own;
  });
}

Range missingRuleRange(const CheckedDocument& document, const std::string& actor) {
  const auto& parameters = document.model.parameters;
  const auto own = std::find_if(parameters.begin(), parameters.end(), [&](const model::Parameter& p) {
    return p.actor.id == actor && p.actor.organisation == model::Organisation::own;
  });
  if (own != parameters.end()) return wholeClause(own->source);
  const auto meeting = std::find_if(parameters.begin(), parameters.end(), [](const model::Parameter& p) {
    return p.kind == model::ParameterKind::meetingFrequency || p.kind == model::ParameterKind::quorum;
  });
  if (meeting != parameters.end()) return wholeClause(meeting->source);
  const auto& provisions = document.model.provisions;
  const auto first = std::find_if(provisions.begin(), provisions.end(), [&](const model::Provision& p) {
    return p.actor.id == actor && p.actor.organisation == model::Organisation::own;
  });
  if (first != provisions.end()) return wholeClause(first->source);
  return documentRange(document.tree);
}

}  // namespace rasoat::checks
