#pragma once

#include <deque>
#include <functional>
#include <string>
#include <vector>

#include "base/localized_text.h"
#include "review/synthesis.h"
#include "syntax/alignment.h"
#include "syntax/syntax_tree.h"

namespace rasoat::review {

// What a reviewer's copy of the draft gives, placed on the draft's units.
struct ReviewedCopy {
  std::deque<ReviewItem> items;  // a deque: `placed` points into it while it grows
  std::vector<PlacedItem> placed;
  double paired = 1.0;  // share of the copy's units aligned with the draft's
};

// The draft's unit a unit of some version of the copy stands for.
using DraftUnitOf = std::function<const IndexedUnit*(const syntax::Unit*)>;

// The changes from `base` to `changed`, aligned by `rows` (the alignment of
// `rasoat compare`, so renumbered or moved units are still found), as items
// signed by `reviewer`: each unit whose own text changed is a proposal of new
// wording, a unit added or dropped a comment on the nearest unit both share.
void readChanges(const std::vector<syntax::AlignedRow>& rows, const DraftUnitOf& draftUnit, const std::string& path,
                 const std::string& reviewer, Language language, ReviewedCopy& out);

// The nearest unit of `base` a row of the alignment hangs under: its own
// pair, else the pair of the last unit before it at a lower depth; null when
// none (the document as a whole).
const syntax::Unit* pairedAbove(const std::vector<syntax::AlignedRow>& rows, std::size_t at);

// The share of the units of `changed` that the alignment pairs with one of `base`.
double pairedShare(const std::vector<syntax::AlignedRow>& rows);

// A reviewer's copy of the draft (a .qc, or an office file read as text with
// its tracked changes accepted): its changes from the draft, signed with the
// file's name. Nothing is read below kMinimumPaired (`paired` says so).
void readCopy(const syntax::Document& draft, const UnitIndex& index, const syntax::Document& copy,
              const std::string& path, Language language, ReviewedCopy& out);

// Below this share of aligned units a copy is taken for another document.
constexpr double kMinimumPaired = 0.5;

}  // namespace rasoat::review
