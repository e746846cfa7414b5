// S003: a cross-reference to a unit that does not exist, in this document or
// in a document of the corpus.
#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/unit_helpers.h"
#include "text/matching.h"

namespace rasoat::checks {

namespace {

class References : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{
        "S003",
        "dangling-reference",
        Severity::error,
        {"dẫn chiếu đến điều, khoản, điểm không tồn tại", "cross-reference to a unit that does not exist"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    forEachUnit(document.tree.root, [&](const syntax::Unit& unit, const std::string& article) {
      for (const auto& reference : unit.references) {
        for (const auto& target : reference.targets) check(document, context, reference, target, article);
      }
    });
  }

 private:
  // The document a target lies in: this one, or one of the corpus by number.
  static const CheckedDocument* documentOf(const CheckedDocument& self, CheckContext& context,
                                           const std::string& number) {
    if (number.empty()) return &self;
    for (const auto& candidate : context.documents) {
      if (text::matchKey(candidate->model.number) == text::matchKey(number)) return candidate.get();
    }
    return nullptr;
  }

  void check(const CheckedDocument& document, CheckContext& context, const syntax::CrossReference& reference,
             const syntax::ReferenceTarget& target, const std::string& article) const {
    if (target.article.empty() && target.clause.empty() && target.point.empty() && target.chapter.empty()) return;
    const CheckedDocument* in = documentOf(document, context, target.document);
    if (!in) return;  // a document outside the corpus: nothing to check it against
    const std::string enclosing = target.document.empty() ? article : "";
    if (findTarget(in->tree.root, target, enclosing)) return;
    const std::string where = target.document.empty() ? "" : " " + target.document;
    Diagnostic diagnostic = finding(document, reference.range,
                                    {fmt::format("\"{}\" dẫn chiếu đến nội dung không tồn tại{}", reference.text,
                                                 where.empty() ? " trong văn bản này" : " trong văn bản" + where),
                                     fmt::format("\"{}\" refers to a unit that does not exist{}", reference.text,
                                                 where.empty() ? " in this document" : " in" + where)});
    diagnostic.suggestion =
        LocalizedText{"sửa số điều, khoản, điểm được dẫn chiếu", "correct the article, clause or point referred to"};
    context.sink.report(std::move(diagnostic));
  }
};

}  // namespace

std::unique_ptr<Check> makeReferences() {
  return std::make_unique<References>();
}

}  // namespace rasoat::checks
