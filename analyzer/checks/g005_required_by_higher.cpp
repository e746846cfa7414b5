// G005: a rule the higher-level document states for a body, absent from the regulation.
#include <set>

#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/decision_scope.h"
#include "checks/meeting_rules.h"

namespace rasoat::checks {

namespace {

class RequiredByHigher : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"G005",
                                "missing-higher-requirement",
                                Severity::error,
                                {"quy chế thiếu nội dung mà văn bản cấp trên yêu cầu phải quy định",
                                 "something the higher-level document requires the regulation to state, absent"}};
    return info;
  }

  // A model regulation's meeting, quorum and vote rules are what every
  // regulation built on it must state for the same bodies.
  void run(const CheckedDocument& document, CheckContext& context) const override {
    std::set<std::pair<std::string, model::ParameterKind>> reported;  // body, kind
    for (const CheckedDocument* parent : sameBodyParents(document)) {
      for (const model::Parameter& rule : parent->model.parameters) {
        if (!rule.reading.sure || !rule.actor.id || rule.actor.organisation != model::Organisation::own) continue;
        const std::string& body = *rule.actor.id;
        if (!mentionsBody(document.model, body)) continue;
        if (statesRule(document.model, body, rule.kind)) continue;
        if (!reported.insert({body, rule.kind}).second) continue;
        report(document, *parent, context, rule);
      }
    }
  }

 private:
  void report(const CheckedDocument& document, const CheckedDocument& parent, CheckContext& context,
              const model::Parameter& rule) const {
    const std::string body = actorName(context.lexicon, rule.actor.id);
    const LocalizedText kind = ruleKindName(rule.kind);
    const std::string& higher = parent.model.number;
    Diagnostic diagnostic =
        finding(document, missingRuleRange(document, *rule.actor.id),
                {fmt::format("{} quy định {} của {}; quy chế này không quy định", higher, kind.vi, body),
                 fmt::format("{} states the {} of {}; this regulation does not", higher, kind.en,
                             actorName(context.lexicon, rule.actor.id))});
    diagnostic.related.push_back(
        RelatedLocation{parent.tree.path,
                        clauseRange(rule.source),
                        {fmt::format("{} {}: {}", higher, rule.source.unit, describeRule(rule).vi),
                         fmt::format("{} {}: {}", higher, rule.source.unit, describeRule(rule).en)}});
    diagnostic.suggestion = LocalizedText{fmt::format("bổ sung {} của {}, không thấp hơn {}", kind.vi, body, higher),
                                          fmt::format("state the {} of {}, no looser than {}", kind.en,
                                                      actorName(context.lexicon, rule.actor.id), higher)};
    context.sink.report(std::move(diagnostic));
  }
};

}  // namespace

std::unique_ptr<Check> makeRequiredByHigher() {
  return std::make_unique<RequiredByHigher>();
}

}  // namespace rasoat::checks
