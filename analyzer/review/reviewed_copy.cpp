#include "review/reviewed_copy.h"

#include "review/sheet_reader.h"

#include <optional>
#include <tuple>

namespace rasoat::review {

const syntax::Unit* pairedAbove(const std::vector<syntax::AlignedRow>& rows, std::size_t at) {
  int depth = rows[at].depth;
  for (std::size_t i = at + 1; i-- > 0;) {
    if (rows[i].depth > depth) continue;
    if (rows[i].before && rows[i].after) return rows[i].before;
    depth = std::min(depth, rows[i].depth - 1);
  }
  return nullptr;
}

double pairedShare(const std::vector<syntax::AlignedRow>& rows) {
  int units = 0, paired = 0;
  for (const auto& row : rows) {
    if (!row.after) continue;
    ++units;
    if (row.before) ++paired;
  }
  return units == 0 ? 0.0 : static_cast<double>(paired) / units;
}

namespace {

// A unit's lines as a reader writes them: the marker and its own text (a
// chapter's or section's title on a line of its own), then its children's.
void writtenLines(const syntax::Unit& unit, std::vector<std::string>& out) {
  const std::string own = syntax::ownText(unit);
  const bool titleBelow = unit.kind == syntax::UnitKind::chapter || unit.kind == syntax::UnitKind::section;
  if (unit.marker.empty() || own.empty() || titleBelow) {
    if (!unit.marker.empty()) out.push_back(unit.marker);
    if (!own.empty()) out.push_back(own);
  } else {
    out.push_back(unit.marker + " " + own);
  }
  for (const auto& child : unit.children) writtenLines(child, out);
}

// The row of the unit that holds row `at`: the last one before it at a lower depth.
std::optional<std::size_t> holderRow(const std::vector<syntax::AlignedRow>& rows, std::size_t at) {
  for (std::size_t i = at; i-- > 0;) {
    if (rows[i].depth < rows[at].depth) return i;
  }
  return std::nullopt;
}

const IndexedUnit* inDraft(const DraftUnitOf& draftUnit, const syntax::Unit* unit) {
  const IndexedUnit* found = unit ? draftUnit(unit) : nullptr;
  return found && found->depth > 0 ? found : nullptr;
}

// A unit the copy adds, put after the draft's unit the one before it pairs
// (the last paired unit at its depth under the same holder), else first
// under its holder's own text; none when the holder is added too (the
// holder's addition carries it) or the draft has no place for it.
std::optional<UnitChange> addition(const std::vector<syntax::AlignedRow>& rows, std::size_t at,
                                   const DraftUnitOf& draftUnit) {
  const auto holder = holderRow(rows, at);
  if (holder && !rows[*holder].before) return std::nullopt;
  UnitChange change;
  for (std::size_t i = at; i-- > (holder ? *holder + 1 : 0);) {
    if (rows[i].depth != rows[at].depth || !rows[i].before) continue;
    change.unit = inDraft(draftUnit, rows[i].before);
    if (!change.unit) return std::nullopt;
    change.after = unitLines(*change.unit->unit).second;
    break;
  }
  if (!change.unit) {
    if (!holder) return std::nullopt;
    change.unit = inDraft(draftUnit, rows[*holder].before);
    if (!change.unit) return std::nullopt;
    const syntax::Unit& above = *change.unit->unit;
    change.after = above.children.empty() ? unitLines(above).second : above.children.front().position.line - 1;
  }
  writtenLines(*rows[at].after, change.lines);
  return change;
}

// A unit the copy drops: its lines taken out of the draft; none when its
// holder is dropped too (the holder's drop carries it).
std::optional<UnitChange> drop(const std::vector<syntax::AlignedRow>& rows, std::size_t at,
                               const DraftUnitOf& draftUnit) {
  const auto holder = holderRow(rows, at);
  if (holder && !rows[*holder].after) return std::nullopt;
  UnitChange change;
  change.unit = inDraft(draftUnit, rows[at].before);
  if (!change.unit) return std::nullopt;
  std::tie(change.first, change.last) = unitLines(*change.unit->unit);
  return change;
}

}  // namespace

void readChanges(const std::vector<syntax::AlignedRow>& rows, const DraftUnitOf& draftUnit, const std::string& path,
                 const std::string& reviewer, Language language, ReviewedCopy& out) {
  const bool vi = language == Language::vi;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    ReviewItem item;
    std::optional<UnitChange> change;
    item.file = path;
    item.reviewer = reviewer;
    if (row.before && row.after && row.amended) {
      item.line = row.after->position.line;
      item.wording = Wording{syntax::ownText(*row.after)};
    } else if (!row.before && row.after) {
      item.line = row.after->position.line;
      item.comment =
          (vi ? "Đề nghị bổ sung " : "Proposes to add ") + row.afterLabel + ": " + syntax::ownText(*row.after);
      change = addition(rows, i, draftUnit);
    } else if (row.before && !row.after) {
      item.comment = (vi ? "Đề nghị bỏ " : "Proposes to drop ") + row.beforeLabel;
      change = drop(rows, i, draftUnit);
    } else {
      continue;
    }
    const IndexedUnit* unit = draftUnit(row.before && !row.after ? row.before : pairedAbove(rows, i));
    out.items.push_back(std::move(item));
    PlacedItem placed{&out.items.back(), unit, std::nullopt, change.value_or(UnitChange{})};
    if (out.items.back().wording) placed.wording = out.items.back().wording->text;
    out.placed.push_back(placed);
  }
}

void readCopy(const syntax::Document& draft, const UnitIndex& index, const syntax::Document& copy,
              const std::string& path, Language language, ReviewedCopy& out) {
  const auto rows = syntax::alignDocuments(draft, copy);
  out.paired = pairedShare(rows);
  if (out.paired < kMinimumPaired) return;
  const DraftUnitOf draftUnit = [&index](const syntax::Unit* unit) { return &index.of(unit); };
  readChanges(rows, draftUnit, path, reviewerOfFile(path), language, out);
}

}  // namespace rasoat::review
