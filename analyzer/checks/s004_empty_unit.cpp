// S004: an article with no content, or a chapter with no article.
#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/unit_helpers.h"

namespace rasoat::checks {

namespace {

using syntax::UnitKind;

class EmptyUnit : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{
        "S004", "empty-unit", Severity::warning, {"điều hoặc chương không có nội dung", "empty article or chapter"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    forEachUnit(document.tree.root, [&](const syntax::Unit& unit, const std::string&) {
      const bool emptyArticle = unit.kind == UnitKind::article && unit.children.empty();
      const bool emptyChapter = unit.kind == UnitKind::chapter && unit.children.empty();
      if (!emptyArticle && !emptyChapter) return;
      const std::string number = unit.number.value_or("?");
      context.sink.report(finding(document, markerRange(unit),
                                  emptyArticle ? LocalizedText{fmt::format("Điều {} không có nội dung", number),
                                                               fmt::format("article {} has no content", number)}
                                               : LocalizedText{fmt::format("Chương {} không có điều nào", number),
                                                               fmt::format("chapter {} has no article", number)}));
    });
  }
};

}  // namespace

std::unique_ptr<Check> makeEmptyUnit() {
  return std::make_unique<EmptyUnit>();
}

}  // namespace rasoat::checks
