// S006: a numbered clause or point the analyser could not formalise (counted in coverage).
#include <fmt/format.h>

#include "checks/catalogue.h"

namespace rasoat::checks {

namespace {

LocalizedText reasonText(const std::string& reason) {
  if (reason == "no actor") return {"không xác định được chủ thể", "no actor found"};
  if (reason == "vague actor") return {"chủ thể không cụ thể", "the actor is vague"};
  if (reason == "no power verb") return {"không có động từ thẩm quyền", "no power verb found"};
  if (reason == "no matter") return {"không xác định được nội dung, lĩnh vực", "no matter found"};
  if (reason == "definition") return {"điều khoản giải thích từ ngữ", "a definition"};
  if (reason == "too long") return {"câu quá dài để phân tích", "the clause is too long to read"};
  return {"không đọc được câu", "the sentence could not be read"};
}

class NotFormalised : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{
        "S006", "not-formalised", Severity::info, {"khoản, điểm chưa được hình thức hóa", "clause not formalised"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    for (const auto& clause : document.model.clauses) {
      if (clause.formalised || clause.reason == "definition") continue;
      const LocalizedText reason = reasonText(clause.reason);
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
