// G004: a body with no meeting frequency or no quorum rule.
#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/decision_scope.h"
#include "checks/meeting_rules.h"

namespace rasoat::checks {

namespace {

// Whether a higher-level document of the same bodies states the rule (then
// G005 reports its absence, with the higher clause).
bool higherStates(const CheckedDocument& document, const std::string& actor, model::ParameterKind kind) {
  for (const CheckedDocument* parent : sameBodyParents(document)) {
    if (statesRule(parent->model, actor, kind)) return true;
  }
  return false;
}

class MissingMeetingRule : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"G004",
                                "missing-meeting-rule",
                                Severity::warning,
                                {"một tập thể lãnh đạo không có quy định về chế độ họp hoặc số tham dự hợp lệ",
                                 "a body with no meeting frequency or no quorum rule"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    for (const RequiredMeetingRules& required : context.packs.requiredMeetingRules) {
      if (!mentionsBody(document.model, required.actor)) continue;
      for (const model::ParameterKind kind : required.rules) {
        if (statesRule(document.model, required.actor, kind) || higherStates(document, required.actor, kind)) continue;
        report(document, context, required, kind);
      }
    }
  }

 private:
  void report(const CheckedDocument& document, CheckContext& context, const RequiredMeetingRules& required,
              model::ParameterKind kind) const {
    const std::string body = actorName(context.lexicon, required.actor);
    const LocalizedText rule = ruleKindName(kind);
    Diagnostic diagnostic = finding(document, missingRuleRange(document, required.actor),
                                    {fmt::format("quy chế không quy định {} của {}", rule.vi, body),
                                     fmt::format("the regulation states no {} for {}", rule.en, required.actor)});
    diagnostic.suggestion =
        LocalizedText{fmt::format("bổ sung {} của {} (căn cứ: {})", rule.vi, body, required.citation),
                      fmt::format("state the {} of {} (basis: {})", rule.en, required.actor, required.citation)};
    context.sink.report(std::move(diagnostic));
  }
};

}  // namespace

std::unique_ptr<Check> makeMissingMeetingRule() {
  return std::make_unique<MissingMeetingRule>();
}

}  // namespace rasoat::checks
