// A001: the amendment reorders chapters or articles, or moves articles
// between chapters, rather than changing what they say.
#include <fmt/format.h>

#include "checks/catalogue.h"
#include "syntax/alignment.h"

namespace rasoat::checks {

namespace {

// A unit's heading: its marker to the end of its first line.
Range headingRange(const syntax::Unit& unit) {
  Range range{unit.position, unit.textRange.end};
  if (range.end.line != range.begin.line || range.end < range.begin) range.end = range.begin;
  return range;
}

class StructureChange : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"A001",
                                "structure-change",
                                Severity::warning,
                                {"bản sửa đổi thay đổi bố cục (thứ tự chương, điều, chuyển điều sang chương khác)",
                                 "the amendment changes the structure (order of chapters or articles, articles "
                                 "moved between chapters)"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    if (!document.previous) return;
    for (const syntax::AlignedRow& row : syntax::alignDocuments(document.previous->tree, document.tree)) {
      if (!row.moved || !row.before || !row.after) continue;
      if (row.kind != syntax::UnitKind::chapter && row.kind != syntax::UnitKind::article) continue;
      report(document, context, row);
    }
  }

 private:
  void report(const CheckedDocument& document, CheckContext& context, const syntax::AlignedRow& row) const {
    const bool betweenChapters = row.kind == syntax::UnitKind::article && row.beforeChapter != row.afterChapter;
    LocalizedText message;
    if (betweenChapters) {
      message = {fmt::format("{} (trước là {}) được chuyển từ {} sang {}", row.afterLabel, row.beforeLabel,
                             orNone(row.beforeChapter, true), orNone(row.afterChapter, true)),
                 fmt::format("{} (formerly {}) moves from {} to {}", row.afterLabel, row.beforeLabel,
                             orNone(row.beforeChapter, false), orNone(row.afterChapter, false))};
    } else {
      message = {fmt::format("{} (trước là {}) được chuyển sang vị trí khác", row.afterLabel, row.beforeLabel),
                 fmt::format("{} (formerly {}) moves to another place in the order", row.afterLabel, row.beforeLabel)};
    }
    Diagnostic diagnostic = finding(document, headingRange(*row.after), message);
    diagnostic.related.push_back(RelatedLocation{document.previous->tree.path,
                                                 headingRange(*row.before),
                                                 {fmt::format("vị trí trong văn bản hiện hành: {}", row.beforeLabel),
                                                  fmt::format("place in the current text: {}", row.beforeLabel)}});
    diagnostic.suggestion = LocalizedText{
        "nếu không cần đổi bố cục, giữ thứ tự cũ và chỉ sửa nội dung; nếu cần, nêu lý do trong tờ trình và rà soát "
        "lại các dẫn chiếu đến điều, chương đã chuyển",
        "unless the new order is needed, keep the old one and amend only the content; otherwise explain it in the "
        "submission and review the references to the units moved"};
    context.sink.report(std::move(diagnostic));
  }

  static std::string orNone(const std::string& chapter, bool vietnamese) {
    if (!chapter.empty()) return chapter;
    return vietnamese ? "ngoài các chương" : "outside any chapter";
  }
};

}  // namespace

std::unique_ptr<Check> makeStructureChange() {
  return std::make_unique<StructureChange>();
}

}  // namespace rasoat::checks
