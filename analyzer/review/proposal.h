#pragma once

#include <map>
#include <string>
#include <vector>

#include "review/unit_index.h"
#include "text/source_text.h"

// A proposal of new wording as an edit of the draft: which unit, which words
// of its own text (title or text) are replaced by which. Edits of one unit
// whose words overlap and that read differently compete; the draft with some
// proposals accepted is made by the amendment machinery (amend::consolidate),
// as the consolidated text of a replacement of each unit changed.
namespace rasoat::review {

struct Edit {
  const IndexedUnit* unit = nullptr;
  std::string before;  // the unit's own text in the draft
  std::string after;   // as the proposal would have it
  // The words changed: bytes [begin, end) of `before` become `replacement`
  // (begin == end: words inserted there).
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string replacement;
  bool changes() const { return begin != end || !replacement.empty(); }
};

// A unit a reviewer adds or drops, as lines of the draft: the added unit's
// lines (its marker and number as the reviewer wrote them, its children
// under it) put after line `after` of the draft, or the draft's lines
// first..last taken out.
struct UnitChange {
  const IndexedUnit* unit = nullptr;  // the unit dropped, or the one the added unit follows
  std::vector<std::string> lines;     // an added unit's lines; empty for a drop
  int after = 0;
  int first = 0, last = -1;  // a dropped unit's lines; first > last for an addition
  bool adds() const { return !lines.empty(); }
};

// The edit that turns the unit's own text into `after`, narrowed to the words
// that differ.
Edit makeEdit(const IndexedUnit& unit, const std::string& after);

// Two edits of one unit that change the same words differently.
bool competing(const Edit& a, const Edit& b);

// The draft's text with the edits applied, through amend::consolidate: the
// edits of one unit applied together (a later edit that competes with one
// already taken is left out). Units are matched by path in `draft`.
std::string applyEdits(const text::SourceText& draft, const UnitIndex& index, const std::vector<const Edit*>& edits);

// The draft's text with the edits applied, then the units added and dropped:
// each by the draft's lines, wherever the edits moved them. Added units that
// follow the same line keep the order of `changes`.
std::string applyProposals(const text::SourceText& draft, const UnitIndex& index, const std::vector<const Edit*>& edits,
                           const std::vector<const UnitChange*>& changes);

}  // namespace rasoat::review
