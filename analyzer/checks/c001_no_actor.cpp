// C001: a task or duty with no actor ("rõ người").
#include <fmt/format.h>

#include "checks/catalogue.h"

namespace rasoat::checks {

namespace {

class NoActor : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"C001",
                                "task-without-actor",
                                Severity::warning,
                                {"nhiệm vụ không xác định ai thực hiện (rõ người)", "a task or duty with no actor"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    for (const auto& clause : document.model.clauses) {
      if (clause.formalised || clause.reason != model::NotFormalised::noActor) continue;
      Diagnostic diagnostic =
          finding(document, clauseRange(clause.source),
                  {fmt::format("{} giao nhiệm vụ nhưng không nói ai thực hiện", clause.source.unit),
                   fmt::format("{} assigns a task but says nobody who carries it out", clause.source.unit)});
      diagnostic.suggestion = LocalizedText{"nêu rõ tập thể hoặc cá nhân chịu trách nhiệm thực hiện (rõ người)",
                                            "name the body or person responsible"};
      context.sink.report(std::move(diagnostic));
    }
  }
};

}  // namespace

std::unique_ptr<Check> makeNoActor() {
  return std::make_unique<NoActor>();
}

}  // namespace rasoat::checks
