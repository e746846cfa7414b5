#include "syntax/layout_limits.h"

#include <algorithm>

#include <fmt/format.h>

namespace rasoat::syntax {

namespace {

// "1.2.3" is three levels; a point letter or a plain number is one.
std::size_t levelsOf(const Unit& unit) {
  if (!unit.number) return 1;
  return static_cast<std::size_t>(std::count(unit.number->begin(), unit.number->end(), '.')) + 1;
}

bool belowArticle(UnitKind kind) {
  return kind == UnitKind::clause || kind == UnitKind::point || kind == UnitKind::item;
}

// The nesting level of a unit under a parent at `depth`: one more than its
// parent, or as many as its number says ("1.2.3" directly under an article is
// three levels deep); chapters, sections and articles are level 0.
std::size_t levelOf(const Unit& unit, std::size_t depth) {
  return belowArticle(unit.kind) ? std::max(depth + 1, levelsOf(unit)) : 0;
}

struct Walk {
  const Limits& limits;
  std::size_t units = 0;
  std::size_t tooDeep = 0;
  bool overCount = false;
  // Where the reports point; copied because the units are cut afterwards.
  Position tooDeepAt;
  Position overCountAt;
  std::size_t tooDeepLevel = 0;

  // Returns false once the unit limit is reached: everything after it is cut.
  bool visit(Unit& unit, std::size_t depth) {
    auto child = unit.children.begin();
    for (; child != unit.children.end(); ++child) {
      if (++units > limits.maxProvisions) break;
      const std::size_t level = levelOf(*child, depth);
      if (level > limits.maxNestingDepth) {
        if (tooDeep++ == 0) {
          tooDeepAt = child->position;
          tooDeepLevel = level;
        }
        child->children.clear();
        continue;
      }
      if (!visit(*child, level)) {
        ++child;
        break;
      }
    }
    if (units > limits.maxProvisions && !overCount) {
      overCount = true;
      if (child != unit.children.end()) overCountAt = child->position;
    }
    // Over-deep units are dropped with their children; units past the count limit too.
    if (child != unit.children.end()) unit.children.erase(child, unit.children.end());
    unit.children.erase(std::remove_if(unit.children.begin(), unit.children.end(),
                                       [&](const Unit& c) { return levelOf(c, depth) > limits.maxNestingDepth; }),
                        unit.children.end());
    return units <= limits.maxProvisions;
  }
};

Diagnostic limitError(const std::string& path, Position at, LocalizedText message) {
  Diagnostic diagnostic;
  diagnostic.severity = Severity::error;
  diagnostic.path = path;
  diagnostic.range = Range{at, at};
  diagnostic.message = std::move(message);
  return diagnostic;
}

}  // namespace

void enforceLayoutLimits(Document& document, const Limits& limits, DiagnosticSink& sink) {
  Walk walk{limits, 0, 0, false, {}, {}, 0};
  walk.visit(document.root, 0);
  if (walk.tooDeep > 0) {
    sink.report(limitError(
        document.path, walk.tooDeepAt,
        {fmt::format("khoản, điểm lồng nhau {} cấp, quá giới hạn {} cấp ({} đơn vị như vậy bị bỏ qua; nâng giới hạn "
                     "bằng --max-depth)",
                     walk.tooDeepLevel, limits.maxNestingDepth, walk.tooDeep),
         fmt::format("clauses and points nested {} levels deep, over the limit of {} ({} such units skipped; raise "
                     "the limit with --max-depth)",
                     walk.tooDeepLevel, limits.maxNestingDepth, walk.tooDeep)}));
  }
  if (walk.overCount) {
    sink.report(limitError(
        document.path, walk.overCountAt,
        {fmt::format("văn bản có hơn {} đơn vị đánh số (điều, khoản, điểm); phần từ đây trở đi bị bỏ qua (nâng giới "
                     "hạn bằng --max-provisions)",
                     limits.maxProvisions),
         fmt::format("the document has more than {} numbered units (articles, clauses, points); the rest from here "
                     "on is skipped (raise the limit with --max-provisions)",
                     limits.maxProvisions)}));
  }
}

}  // namespace rasoat::syntax
