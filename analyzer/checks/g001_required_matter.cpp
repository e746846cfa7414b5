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
      if (held || decidedAbove(document, context, required)) continue;
      report(document, context, required, decidedByWhomUnread(document, context, required));
    }
  }

 private:
  // "Bổ nhiệm cán bộ do Ban Thường vụ Tỉnh ủy quyết định": allocated, above.
  static bool decidedAbove(const CheckedDocument& document, const CheckContext& context,
                           const RequiredMatter& required) {
    return std::any_of(document.model.provisions.begin(), document.model.provisions.end(), [&](const auto& p) {
      const bool above =
          p.actor.organisation == model::Organisation::upper || p.actor.organisation == model::Organisation::central;
      return p.modality == model::Modality::DECIDE && p.deontic != model::Deontic::prohibition && p.actor.resolved() &&
             above && relatedMatters(context.lexicon, p.matter, required.matter);
    });
  }

  // A decision on the matter whose holder was not read: not sure to be a gap,
  // so an info asking for review, never an error (model-and-checks.md §6).
  static bool decidedByWhomUnread(const CheckedDocument& document, const CheckContext& context,
                                  const RequiredMatter& required) {
    return std::any_of(document.model.provisions.begin(), document.model.provisions.end(), [&](const auto& p) {
      return p.modality == model::Modality::DECIDE && p.deontic != model::Deontic::prohibition &&
             (!p.actor.resolved() || p.actor.vague) && relatedMatters(context.lexicon, p.matter, required.matter);
    });
  }

  void report(const CheckedDocument& document, CheckContext& context, const RequiredMatter& required,
              bool holderUnread) const {
    const std::string matter = matterName(context.lexicon, required.matter);
    Diagnostic diagnostic = finding(
        document, documentRange(document.tree),
        holderUnread
            ? LocalizedText{fmt::format("cần xem lại: có khoản nói việc quyết định \"{}\" nhưng không rõ ai "
                                        "quyết định",
                                        matter),
                            fmt::format("to review: a clause speaks of deciding \"{}\" but who decides was "
                                        "not read",
                                        matter)}
            : LocalizedText{fmt::format("không có khoản nào giao quyền quyết định \"{}\" (lỗ hổng thẩm quyền)", matter),
                            fmt::format("no clause gives anyone the power to decide \"{}\" (a gap)", matter)});
    if (holderUnread) diagnostic.severity = Severity::info;
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
