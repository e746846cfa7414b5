#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/localized_text.h"
#include "review/proposal.h"
#include "review/proposal_checker.h"
#include "review/review_item.h"
#include "review/unit_index.h"
#include "text/word_diff.h"

// The synthesis of comments (biểu tổng hợp, tiếp thu, giải trình ý kiến góp
// ý): every comment and proposal under the unit of the draft it concerns, in
// the draft's order, with who made it, each proposal checked alone, and the
// answer pre-filled where a proposal would add an error.
namespace rasoat::review {

struct SynthesisEntry {
  int number = 0;  // STT, 1-based in the table's order
  const ReviewItem* item = nullptr;
  std::string reviewer;                   // the merged reviewer's one spelling (item->reviewer as written)
  std::optional<Edit> edit;               // proposals of new wording
  std::optional<UnitChange> unitChange;   // a unit the reviewer adds or drops
  std::vector<text::DiffSpan> marked;     // the proposed text, words added and removed marked
  std::optional<FindingChange> findings;  // what accepting it alone adds, removes, changes
  std::vector<int> competing;             // numbers of the proposals that change the same words differently
  LocalizedText answer;                   // "Đề nghị không tiếp thu: ..." or empty
  std::string unplaced;                   // the unit as written, when the draft has no such unit
};

struct SynthesisRow {
  const IndexedUnit* unit = nullptr;  // the document as a whole for "chung"
  std::string label;                  // "Điều 5 khoản 2"; empty for the document
  std::string draftText;              // the unit's own text in the draft
  std::vector<SynthesisEntry> entries;
};

struct Synthesis {
  std::string draftPath;
  std::string draftTitle;
  std::vector<std::string> issuer;     // the draft's issuing body, top to bottom
  std::vector<SynthesisRow> rows;      // the document's row first, then the draft's order
  std::vector<std::string> reviewers;  // each once, in the order first seen, in its best-cased spelling
  std::vector<std::string> skipped;    // "file: why", files not merged
  int comments = 0;
  int proposals = 0;
  int commentsWithProposal = 0;              // entries counted in both (a sheet row with a comment and a wording)
  int unitsCommented = 0;                    // units other than the document as a whole
  std::optional<FindingChange> allAccepted;  // the draft with every proposal, added and dropped unit accepted
  int entryCount() const;
};

// Where each item goes: a sheet's unit by name, an anchored item by the
// lines it covers (the caller maps a reviewed copy's lines onto the draft).
struct PlacedItem {
  const ReviewItem* item = nullptr;
  const IndexedUnit* unit = nullptr;
  std::optional<std::string> wording;  // the unit's own text as proposed
  UnitChange change = {};              // a unit added or dropped; none when change.unit is null
};

// Builds the synthesis from items placed on the draft's units; `checker`
// runs the checks on each proposal alone and on all of them together.
Synthesis buildSynthesis(const text::SourceText& draft, const syntax::Document& tree, const UnitIndex& index,
                         const std::vector<PlacedItem>& items, const ProposalChecker& checker);

// One cell's spans with removed and added words interleaved.
std::vector<text::DiffSpan> markedChange(const std::string& before, const std::string& after);

// "Chung" / "General": the label of the document's row.
std::string generalLabel(Language language);

}  // namespace rasoat::review
