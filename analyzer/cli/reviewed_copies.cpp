#include "cli/reviewed_copies.h"

#include "review/sheet_reader.h"
#include "syntax/alignment.h"

namespace rasoat::cli {

namespace {

// The nearest draft unit a copy's row hangs under: its own pair, else the
// pair of the last unit before it at a lower depth.
const review::IndexedUnit* anchorOf(const std::vector<syntax::AlignedRow>& rows, std::size_t at,
                                    const review::UnitIndex& index) {
  int depth = rows[at].depth;
  for (std::size_t i = at + 1; i-- > 0;) {
    if (rows[i].depth > depth) continue;
    if (rows[i].before && rows[i].after) return &index.of(rows[i].before);
    depth = std::min(depth, rows[i].depth - 1);
  }
  return &index.root();
}

}  // namespace

void readCopy(const syntax::Document& draft, const review::UnitIndex& index, const syntax::Document& copy,
              const std::string& path, Language language, ReviewedCopy& out) {
  const auto rows = syntax::alignDocuments(draft, copy);
  int copyUnits = 0, paired = 0;
  for (const auto& row : rows) {
    if (!row.after) continue;
    ++copyUnits;
    if (row.before) ++paired;
  }
  out.paired = copyUnits == 0 ? 0.0 : static_cast<double>(paired) / copyUnits;
  if (out.paired < kMinimumPaired) return;
  const std::string reviewer = review::reviewerOfFile(path);
  std::vector<std::pair<std::size_t, const review::IndexedUnit*>> where;
  out.items.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    review::ReviewItem item;
    item.file = path;
    item.reviewer = reviewer;
    const bool vi = language == Language::vi;
    if (row.before && row.after && row.amended) {
      item.line = row.after->position.line;
      item.wording = review::Wording{syntax::ownText(*row.after)};
    } else if (!row.before && row.after) {
      item.line = row.after->position.line;
      item.comment = (vi ? "Đề nghị bổ sung " : "Proposes to add ") + row.afterLabel + ": " + syntax::ownText(*row.after);
    } else if (row.before && !row.after) {
      item.comment = (vi ? "Đề nghị bỏ " : "Proposes to drop ") + row.beforeLabel;
    } else {
      continue;
    }
    const review::IndexedUnit* unit = row.before && !row.after ? &index.of(row.before) : anchorOf(rows, i, index);
    out.items.push_back(std::move(item));
    where.emplace_back(out.items.size() - 1, unit);
  }
  for (const auto& [item, unit] : where) {
    review::PlacedItem placed{&out.items[item], unit, std::nullopt};
    if (out.items[item].wording) placed.wording = out.items[item].wording->text;
    out.placed.push_back(placed);
  }
}

}  // namespace rasoat::cli
