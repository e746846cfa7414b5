#pragma once

#include <string>
#include <vector>

#include "review/synthesis.h"
#include "syntax/syntax_tree.h"

namespace rasoat::cli {

// A reviewer's copy of the draft (a .qc, or a Word file once read as text):
// each unit whose own text the reviewer changed is a proposal of new wording
// on the draft's unit it aligns with (the alignment of `rasoat compare`, so
// renumbered or moved units are still found); a unit the reviewer added or
// dropped is a comment on the nearest unit both versions share.
struct ReviewedCopy {
  std::vector<review::ReviewItem> items;
  std::vector<review::PlacedItem> placed;  // pointing into `items`
  double paired = 1.0;                     // share of the copy's units aligned with the draft's
};

// Placement of the copy on the draft. `copy.items` must not move afterwards.
void readCopy(const syntax::Document& draft, const review::UnitIndex& index, const syntax::Document& copy,
              const std::string& path, Language language, ReviewedCopy& out);

// Below this share of aligned units a copy is taken for another document.
constexpr double kMinimumPaired = 0.5;

}  // namespace rasoat::cli
