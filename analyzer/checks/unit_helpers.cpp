#include "checks/unit_helpers.h"

#include "text/matching.h"
#include "text/utf8.h"

namespace rasoat::checks {

using syntax::Unit;
using syntax::UnitKind;

Range markerRange(const Unit& unit) {
  Range range{unit.position, unit.position};
  range.end.column += std::max<int>(1, static_cast<int>(text::decodeUtf8(unit.marker).size()));
  return range;
}

namespace {

void visitUnder(const Unit& unit, const std::string& article,
                const std::function<void(const Unit&, const std::string&)>& visit) {
  for (const Unit& child : unit.children) {
    const std::string enclosing = child.kind == UnitKind::article ? child.number.value_or("") : article;
    visit(child, enclosing);
    visitUnder(child, enclosing, visit);
  }
}

bool sameNumber(const std::optional<std::string>& number, const std::string& wanted) {
  return number && text::matchKey(*number) == text::matchKey(wanted);
}

const Unit* childNumbered(const Unit& unit, UnitKind kind, const std::string& number) {
  for (const Unit& child : unit.children) {
    if (child.kind == kind && sameNumber(child.number, number)) return &child;
    // Points may also be numbered "3.4" under a clause, or sit under a sub-clause.
    if (kind == UnitKind::point && child.kind == UnitKind::point) {
      if (const Unit* nested = childNumbered(child, kind, number)) return nested;
    }
  }
  return nullptr;
}

// Articles sit under the root, chapters and sections, never inside another
// article: the search does not descend into them (walking every clause and
// point for each reference made S003 quadratic in a long regulation).
const Unit* findArticle(const Unit& root, const std::string& number) {
  for (const Unit& child : root.children) {
    if (child.kind == UnitKind::article) {
      if (sameNumber(child.number, number)) return &child;
      continue;
    }
    if (const Unit* found = findArticle(child, number)) return found;
  }
  return nullptr;
}

const Unit* findChapter(const Unit& root, const std::string& number) {
  for (const Unit& child : root.children) {
    if (child.kind == UnitKind::chapter && sameNumber(child.number, number)) return &child;
  }
  return nullptr;
}

}  // namespace

void forEachUnit(const Unit& root, const std::function<void(const Unit&, const std::string&)>& visit) {
  visitUnder(root, "", visit);
}

const Unit* findTarget(const Unit& root, const syntax::ReferenceTarget& target, const std::string& article) {
  if (!target.chapter.empty() && target.article.empty()) return findChapter(root, target.chapter);
  const std::string articleNumber = target.article.empty() ? article : target.article;
  if (articleNumber.empty()) return &root;
  const Unit* unit = findArticle(root, articleNumber);
  if (!unit || target.clause.empty()) {
    if (unit && !target.point.empty()) return childNumbered(*unit, UnitKind::point, target.point);
    return unit;
  }
  const Unit* inArticle = unit;
  unit = childNumbered(*inArticle, UnitKind::clause, target.clause);
  // "5.3" under Điều 5 (read as a clause, or as a point when the article has
  // no clause) is its khoản 3, as "khoản 3 Điều 5" names it.
  if (!unit && inArticle->number) {
    const std::string dotted = *inArticle->number + "." + target.clause;
    unit = childNumbered(*inArticle, UnitKind::clause, dotted);
    if (!unit) unit = childNumbered(*inArticle, UnitKind::point, dotted);
  }
  if (!unit || target.point.empty()) return unit;
  return childNumbered(*unit, UnitKind::point, target.point);
}

Range documentRange(const syntax::Document& document) {
  const Position start = document.title ? document.title->range.begin : Position{1, 1};
  return Range{start, start};
}

}  // namespace rasoat::checks
