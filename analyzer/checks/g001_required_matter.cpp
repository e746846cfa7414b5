// G001: a matter every working regulation must allocate has no decision holder.
#include <algorithm>

#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/decision_scope.h"
#include "checks/unit_helpers.h"

namespace rasoat::checks {

namespace {

// A matter listed for some levels only ("a party cell appoints no cadres")
// binds a document of unknown level too: the catalogue is the rule.
bool bindsLevel(const RequiredMatter& required, model::Level level) {
  return required.levels.empty() || level == model::Level::unknown ||
         std::find(required.levels.begin(), required.levels.end(), level) != required.levels.end();
}

class RequiredMatterUnassigned : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"G001",
                                "required-matter-unassigned",
                                Severity::error,
                                {"việc bắt buộc phải phân định thẩm quyền nhưng không ai được giao quyết định",
                                 "a matter of the required catalogue with no decision holder at all"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    // Only working regulations allocate powers; other documents are not judged by the catalogue.
    if (document.model.kind != model::DocumentKind::regulation &&
        document.model.kind != model::DocumentKind::modelRegulation)
      return;
    if (document.model.provisions.empty()) return;
    auto decisions = ownDecisions(document.model, Readings::any);  // any holder silences it
    // "Ban Thường vụ không ủy quyền cho Thường trực quyết định: … thi hành kỷ
    // luật": one keeps only a decision one holds.
    for (const auto& provision : document.model.provisions) {
      const bool keptBack = provision.modality == model::Modality::DELEGATE &&
                            provision.deontic == model::Deontic::prohibition &&
                            provision.delegated == model::Modality::DECIDE;
      if (keptBack && isDefinite(provision)) decisions.push_back(&provision);
    }
    for (const RequiredMatter& required : context.packs.requiredMatters) {
      if (!bindsLevel(required, document.model.level)) continue;
      const bool held = std::any_of(decisions.begin(), decisions.end(), [&](const model::Provision* decision) {
        return relatedMatters(context.lexicon, *decision->matter, required.matter);
      });
      if (!held) report(document, context, required);
    }
  }

 private:
  void report(const CheckedDocument& document, CheckContext& context, const RequiredMatter& required) const {
    const std::string matter = matterName(context.lexicon, required.matter);
    Diagnostic diagnostic =
        finding(document, documentRange(document.tree),
                {fmt::format("không có khoản nào giao quyền quyết định \"{}\" (lỗ hổng thẩm quyền)", matter),
                 fmt::format("no clause gives anyone the power to decide \"{}\" (a gap)", matter)});
    diagnostic.suggestion = LocalizedText{
        fmt::format("bổ sung khoản quy định tập thể nào quyết định \"{}\" (căn cứ: {})", matter, required.citation),
        fmt::format("add a clause that says which body decides \"{}\" (basis: {})", matter, required.citation)};
    context.sink.report(std::move(diagnostic));
  }
};

}  // namespace

std::unique_ptr<Check> makeRequiredMatter() {
  return std::make_unique<RequiredMatterUnassigned>();
}

}  // namespace rasoat::checks
