#include "review/unit_index.h"

#include <algorithm>

#include "amend/consolidate.h"
#include "amend/instruction_parser.h"
#include "syntax/alignment.h"
#include "text/matching.h"
#include "text/utf8.h"

namespace rasoat::review {

namespace {

using syntax::UnitKind;

amend::UnitPath pathOf(const syntax::Unit& unit, amend::UnitPath path) {
  const std::string number = unit.number.value_or("");
  switch (unit.kind) {
    case UnitKind::chapter: path.chapter = number; break;
    case UnitKind::section: path.section = number; break;
    case UnitKind::article: path = amend::UnitPath{"", "", number, "", ""}; break;
    case UnitKind::clause: path.clause = number; break;
    case UnitKind::point: path.point = number; break;
    default: break;
  }
  return path;
}

}  // namespace

std::pair<int, int> unitLines(const syntax::Unit& unit) {
  return {unit.position.line, std::max(unit.position.line, unit.range.end.line)};
}

UnitIndex::UnitIndex(const syntax::Document& document) : document_(document) {
  // Reserved so that the parent pointers stay valid: one slot per unit.
  std::size_t count = 1;
  std::vector<const syntax::Unit*> pending{&document.root};
  while (!pending.empty()) {
    const syntax::Unit* unit = pending.back();
    pending.pop_back();
    count += unit->children.size();
    for (const auto& child : unit->children) pending.push_back(&child);
  }
  units_.reserve(count);
  units_.push_back(IndexedUnit{&document.root, "", {}, 0, 0, nullptr});
  positions_[&document.root] = 0;
  for (const auto& child : document.root.children) add(child, {}, 1, &units_.front());
  for (const auto& row : syntax::alignDocuments(document, document)) {
    const auto it = positions_.find(row.after);
    if (it != positions_.end()) units_[it->second].label = row.afterLabel;
  }
}

void UnitIndex::add(const syntax::Unit& unit, const amend::UnitPath& above, int depth, const IndexedUnit* parent) {
  const amend::UnitPath path = pathOf(unit, above);
  positions_[&unit] = units_.size();
  units_.push_back(IndexedUnit{&unit, "", path, static_cast<int>(units_.size()), depth, parent});
  const IndexedUnit* self = &units_.back();
  for (const auto& child : unit.children) add(child, path, depth + 1, self);
}

const IndexedUnit& UnitIndex::of(const syntax::Unit* unit) const {
  const auto it = positions_.find(unit);
  return it == positions_.end() ? units_.front() : units_[it->second];
}

const IndexedUnit& UnitIndex::named(const std::string& written) const {
  const auto path = amend::parseUnitAddress(text::decodeUtf8(text::matchKey(written)));
  if (!path) return units_.front();
  return of(amend::findUnit(document_.root, *path));
}

const IndexedUnit& UnitIndex::holding(int first, int last) const {
  const IndexedUnit* best = &units_.front();
  for (const auto& entry : units_) {
    if (entry.depth == 0) continue;
    const auto [begin, end] = unitLines(*entry.unit);
    if (begin <= first && last <= end && entry.depth > best->depth) best = &entry;
  }
  return *best;
}

}  // namespace rasoat::review
