// S003: a cross-reference to a unit that does not exist, in this document or
// in a document of the corpus.
#include <optional>

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

  // A dangling reference that opens a line ("Điều 3 (…)" where the layout did
  // not read a heading) is likely an unread heading: after the first few, the
  // rest make one finding, as S001 does for stray clauses.
  void run(const CheckedDocument& document, CheckContext& context) const override {
    int atLineStart = 0;
    std::optional<Range> lastAtLineStart;
    forEachUnit(document.tree.root, [&](const syntax::Unit& unit, const std::string& article) {
      for (const auto& reference : unit.references) {
        for (const auto& target : reference.targets) {
          auto diagnostic = check(document, context, reference, target, article);
          if (!diagnostic) continue;
          const bool opensLine = reference.range.begin.column == 1;
          if (opensLine && ++atLineStart > kReportedAtLineStart) {
            lastAtLineStart = reference.range;
            continue;
          }
          context.sink.report(std::move(*diagnostic));
        }
      }
    });
    if (lastAtLineStart) reportCascade(document, context, atLineStart - kReportedAtLineStart, *lastAtLineStart);
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

  static constexpr int kReportedAtLineStart = 3;

  void reportCascade(const CheckedDocument& document, CheckContext& context, int more, const Range& last) const {
    Diagnostic diagnostic = finding(
        document, last,
        {fmt::format("{} dẫn chiếu nữa ở đầu dòng đến nội dung không tồn tại (đến dòng {}): có lẽ đó là tiêu đề điều, "
                     "khoản viết theo một cách chưa đọc được",
                     more, last.begin.line),
         fmt::format("{} more references at the start of a line to units that do not exist (up to line {}): they "
                     "are probably article or clause headings in a form the layout does not read",
                     more, last.begin.line)});
    diagnostic.suggestion =
        LocalizedText{"viết tiêu đề điều theo mẫu 'Điều N. Tên điều'", "write article headings as 'Điều N. Title'"};
    context.sink.report(std::move(diagnostic));
  }

  std::optional<Diagnostic> check(const CheckedDocument& document, CheckContext& context,
                                  const syntax::CrossReference& reference, const syntax::ReferenceTarget& target,
                                  const std::string& article) const {
    if (target.article.empty() && target.clause.empty() && target.point.empty() && target.chapter.empty())
      return std::nullopt;
    const CheckedDocument* in = documentOf(document, context, target.document);
    if (!in) return std::nullopt;  // a document outside the corpus: nothing to check it against
    const std::string enclosing = target.document.empty() ? article : "";
    if (findTarget(in->tree.root, target, enclosing)) return std::nullopt;
    const std::string where = target.document.empty() ? "" : " " + target.document;
    Diagnostic diagnostic = finding(document, reference.range,
                                    {fmt::format("\"{}\" dẫn chiếu đến nội dung không tồn tại{}", reference.text,
                                                 where.empty() ? " trong văn bản này" : " trong văn bản" + where),
                                     fmt::format("\"{}\" refers to a unit that does not exist{}", reference.text,
                                                 where.empty() ? " in this document" : " in" + where)});
    diagnostic.suggestion =
        LocalizedText{"sửa số điều, khoản, điểm được dẫn chiếu", "correct the article, clause or point referred to"};
    return diagnostic;
  }
};

}  // namespace

std::unique_ptr<Check> makeReferences() {
  return std::make_unique<References>();
}

}  // namespace rasoat::checks
