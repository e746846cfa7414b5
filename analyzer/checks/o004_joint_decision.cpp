// O004: a decision power given to several bodies jointly with no rule on who decides.
#include <set>

#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/cue_words.h"
#include "checks/decision_scope.h"

namespace rasoat::checks {

namespace {

class JointDecision : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"O004",
                                "joint-decision-without-rule",
                                Severity::warning,
                                {"nhiều chủ thể cùng quyết định một việc mà không quy định ai quyết định cuối cùng",
                                 "joint subject holding a decision power with no rule on who decides"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    std::set<int> reported;
    for (const model::Provision* decision : ownDecisions(document.model)) {
      if (decision->jointWith.empty()) continue;
      // "chủ trì", "trường hợp không thống nhất ...": the clause settles it.
      if (mentionsCue(context.lexicon, decision->source.text, "joint_rule")) continue;
      if (!reported.insert(decision->source.position.line).second) continue;
      std::string bodies = actorName(context.lexicon, decision->actor.id);
      for (const std::string& other : decision->jointWith) bodies += ", " + actorName(context.lexicon, other);
      Diagnostic diagnostic =
          finding(document, clauseRange(decision->source),
                  {fmt::format("{} cùng quyết định \"{}\" nhưng không quy định xử lý khi ý kiến khác nhau", bodies,
                               matterName(context.lexicon, decision->matter)),
                   fmt::format("{} decide \"{}\" jointly, with no rule for when they disagree", bodies,
                               matterName(context.lexicon, decision->matter))});
      diagnostic.suggestion = LocalizedText{
          "nêu chủ thể chủ trì quyết định, hoặc \"trường hợp không thống nhất thì báo cáo ... quyết định\"",
          "name the body that decides, or say who decides when they disagree"};
      context.sink.report(std::move(diagnostic));
    }
  }
};

}  // namespace

std::unique_ptr<Check> makeJointDecision() {
  return std::make_unique<JointDecision>();
}

}  // namespace rasoat::checks
