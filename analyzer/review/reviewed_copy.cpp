#include "review/reviewed_copy.h"

#include "review/sheet_reader.h"

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

void readChanges(const std::vector<syntax::AlignedRow>& rows, const DraftUnitOf& draftUnit, const std::string& path,
                 const std::string& reviewer, Language language, ReviewedCopy& out) {
  const bool vi = language == Language::vi;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    ReviewItem item;
    item.file = path;
    item.reviewer = reviewer;
    if (row.before && row.after && row.amended) {
      item.line = row.after->position.line;
      item.wording = Wording{syntax::ownText(*row.after)};
    } else if (!row.before && row.after) {
      item.line = row.after->position.line;
      item.comment =
          (vi ? "Đề nghị bổ sung " : "Proposes to add ") + row.afterLabel + ": " + syntax::ownText(*row.after);
    } else if (row.before && !row.after) {
      item.comment = (vi ? "Đề nghị bỏ " : "Proposes to drop ") + row.beforeLabel;
    } else {
      continue;
    }
    const IndexedUnit* unit = draftUnit(row.before && !row.after ? row.before : pairedAbove(rows, i));
    out.items.push_back(std::move(item));
    PlacedItem placed{&out.items.back(), unit, std::nullopt};
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
