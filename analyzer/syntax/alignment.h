#pragma once

#include <string>
#include <vector>

#include "syntax/syntax_tree.h"

// Alignment of two versions of a regulation (the current text and a draft):
// which chapter, article, clause and point of one is which of the other. Units
// are paired by number where their contents still agree, and by content where
// they were renumbered or moved; what stays unpaired was added or removed.
namespace rasoat::syntax {

enum class ChangeStatus { unchanged, amended, added, removed, moved, renumbered };

const char* changeStatusName(ChangeStatus status);

// One row of the comparison: a unit of the old text, of the new text, or both.
struct AlignedRow {
  UnitKind kind = UnitKind::article;
  int depth = 0;  // 0 chapter, 1 article, 2 clause, 3 point or item
  const Unit* before = nullptr;
  const Unit* after = nullptr;
  // The main status; a pair may also be amended and renumbered at once, which
  // the flags say.
  ChangeStatus status = ChangeStatus::unchanged;
  bool amended = false;     // its own text (title for chapters and articles) differs
  bool renumbered = false;  // its number differs
  bool moved = false;       // out of its old order, or (articles) in another chapter
  double similarity = 1.0;  // of the whole unit's words, for pairs
  std::string beforeLabel;  // "Điều 4 khoản 2", "Chương II"
  std::string afterLabel;
  std::string beforeChapter;  // articles: the chapter they are in ("Chương II")
  std::string afterChapter;
};

// The rows in the new text's order; removed units come after the row of their
// old predecessor.
std::vector<AlignedRow> alignDocuments(const Document& before, const Document& after);

// A unit's own text: its title (chapters, sections, articles) or its text.
std::string ownText(const Unit& unit);

}  // namespace rasoat::syntax
