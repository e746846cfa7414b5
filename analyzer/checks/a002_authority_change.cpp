// A002: who decides what changes between the current text and the draft.
#include <fmt/format.h>

#include "checks/authority_shift.h"
#include "checks/catalogue.h"
#include "checks/decision_scope.h"

namespace rasoat::checks {

namespace {

class AuthorityChange : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"A002",
                                "authority-change",
                                Severity::info,
                                {"bản sửa đổi chuyển thẩm quyền quyết định từ chủ thể này sang chủ thể khác",
                                 "the amendment moves a decision power from one body to another"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    if (!document.previous) return;
    for (const AuthorityShift& shift :
         authorityShifts(document.previous->model, document.model, context.lexicon, context.solver)) {
      Diagnostic diagnostic = finding(document, clauseRange(shift.after->source), shiftText(shift, context.lexicon));
      const model::Provision& old = *shift.before;
      const std::string holder = actorName(context.lexicon, old.actor.id);
      diagnostic.related.push_back(
          RelatedLocation{document.previous->tree.path,
                          clauseRange(old.source),
                          {fmt::format("văn bản hiện hành: {} quyết định tại {}", holder, old.source.unit),
                           fmt::format("current text: {} decides in {}", model::actorId(old.actor), old.source.unit)}});
      diagnostic.witness = witnessText(shift.outcome, shift.witness, context.lexicon);
      diagnostic.suggestion = LocalizedText{"nêu rõ việc chuyển thẩm quyền này trong tờ trình và bảng đối chiếu",
                                            "state this transfer of power in the submission and the comparison table"};
      context.sink.report(std::move(diagnostic));
    }
  }
};

}  // namespace

std::unique_ptr<Check> makeAuthorityChange() {
  return std::make_unique<AuthorityChange>();
}

}  // namespace rasoat::checks
