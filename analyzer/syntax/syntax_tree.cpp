#include "syntax/syntax_tree.h"

#include <string_view>

namespace rasoat::syntax {

const char* unitKindName(UnitKind kind) {
  switch (kind) {
    case UnitKind::document: return "document";
    case UnitKind::chapter: return "chapter";
    case UnitKind::section: return "section";
    case UnitKind::article: return "article";
    case UnitKind::clause: return "clause";
    case UnitKind::point: return "point";
    case UnitKind::item: return "item";
  }
  return "clause";
}

namespace {

void countInto(const Unit& unit, UnitCounts& counts) {
  switch (unit.kind) {
    case UnitKind::chapter: ++counts.chapters; break;
    case UnitKind::section: ++counts.sections; break;
    case UnitKind::article: ++counts.articles; break;
    case UnitKind::clause: ++counts.clauses; break;
    case UnitKind::point: ++counts.points; break;
    case UnitKind::item: ++counts.items; break;
    case UnitKind::document: break;
  }
  counts.references += static_cast<int>(unit.references.size());
  for (const Unit& child : unit.children) countInto(child, counts);
}

}  // namespace

int pointLetterOrder(char32_t letter) {
  static constexpr std::u32string_view kOrder = U"abcdđeghiklmnopqrstuvxy";
  const auto at = kOrder.find(letter);
  return at == std::u32string_view::npos ? -1 : static_cast<int>(at);
}

UnitCounts countUnits(const Unit& root) {
  UnitCounts counts;
  countInto(root, counts);
  return counts;
}

}  // namespace rasoat::syntax
