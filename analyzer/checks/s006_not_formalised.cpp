// S006: a numbered clause or point the analyser could not formalise (counted in coverage).
#include <fmt/format.h>

#include "checks/catalogue.h"

namespace rasoat::checks {

namespace {

class NotFormalised : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{
        "S006", "not-formalised", Severity::info, {"khoản, điểm chưa được hình thức hóa", "clause not formalised"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    for (const auto& clause : document.model.clauses) {
      if (clause.formalised || clause.reason == model::NotFormalised::definition) continue;
      const LocalizedText reason = notFormalisedReason(*clause.reason);
      context.sink.report(finding(document, clauseRange(clause.source),
                                  {fmt::format("{} chưa được hình thức hóa: {}", clause.source.unit, reason.vi),
                                   fmt::format("{} is not formalised: {}", clause.source.unit, reason.en)}));
    }
  }
};

}  // namespace

std::unique_ptr<Check> makeNotFormalised() {
  return std::make_unique<NotFormalised>();
}

}  // namespace rasoat::checks
