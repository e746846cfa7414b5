#include "review/synthesis.h"

#include <algorithm>
#include <map>
#include <set>

#include "checks/registry.h"
#include "syntax/alignment.h"
#include "text/matching.h"

namespace rasoat::review {

namespace {

// The answer where a proposal adds an error: the checks' short names.
LocalizedText answerFor(const FindingChange& change) {
  LocalizedText answer;
  std::set<std::string> codes;
  for (const auto& finding : change.added) {
    if (finding.severity != Severity::error || !codes.insert(finding.code).second) continue;
    const checks::Check* check = checks::findCheck(finding.code);
    const LocalizedText name = check ? check->info().summary : finding.message;
    answer.vi += (answer.vi.empty() ? "" : "; ") + name.vi + " (" + finding.code + ")";
    answer.en += (answer.en.empty() ? "" : "; ") + name.en + " (" + finding.code + ")";
  }
  if (answer.vi.empty()) return {};
  return {"Đề nghị không tiếp thu: " + answer.vi, "Not to be accepted: " + answer.en};
}

std::string variantPath(const std::string& draft, int number) {
  return draft + "#de-xuat-" + std::to_string(number);
}

}  // namespace

int Synthesis::entryCount() const {
  int count = 0;
  for (const auto& row : rows) count += static_cast<int>(row.entries.size());
  return count;
}

std::string generalLabel(Language language) {
  return language == Language::vi ? "Chung" : "General";
}

std::vector<text::DiffSpan> markedChange(const std::string& before, const std::string& after) {
  const text::WordDiff diff = text::diffWords(before, after);
  std::vector<text::DiffSpan> spans;
  std::size_t i = 0, j = 0;
  while (i < diff.before.size() || j < diff.after.size()) {
    while (i < diff.before.size() && diff.before[i].op != text::DiffOp::same) spans.push_back(diff.before[i++]);
    while (j < diff.after.size() && diff.after[j].op != text::DiffOp::same) spans.push_back(diff.after[j++]);
    if (i < diff.before.size() && j < diff.after.size()) {
      spans.push_back(diff.after[j++]);
      ++i;
    } else if (j < diff.after.size()) {
      spans.push_back(diff.after[j++]);
    } else if (i < diff.before.size()) {
      ++i;
    }
  }
  return spans;
}

Synthesis buildSynthesis(const text::SourceText& draft, const syntax::Document& tree, const UnitIndex& index,
                         const std::vector<PlacedItem>& items, const ProposalChecker& checker) {
  Synthesis synthesis;
  synthesis.draftPath = draft.path();
  if (tree.title) synthesis.draftTitle = tree.title->text;
  synthesis.issuer = tree.header.organisations;
  std::map<int, SynthesisRow> rows;  // by the unit's order
  std::set<std::string> reviewerKeys;
  for (const PlacedItem& placed : items) {
    const IndexedUnit& unit = placed.unit ? *placed.unit : index.root();
    SynthesisRow& row = rows[unit.order];
    if (!row.unit) {
      row.unit = &unit;
      row.label = unit.label;
      if (unit.depth > 0) row.draftText = syntax::ownText(*unit.unit);
    }
    SynthesisEntry entry;
    entry.item = placed.item;
    if (unit.depth == 0) entry.unplaced = placed.item->unitText;
    // A proposal on the document as a whole cannot be applied: it stays a comment.
    if (placed.wording && unit.depth > 0) {
      entry.edit = makeEdit(unit, *placed.wording);
      entry.marked = markedChange(entry.edit->before, entry.edit->after);
    }
    row.entries.push_back(std::move(entry));
    if (reviewerKeys.insert(text::matchKey(placed.item->reviewer)).second)
      synthesis.reviewers.push_back(placed.item->reviewer);
  }
  int number = 0;
  for (auto& [order, row] : rows) {
    for (auto& entry : row.entries) entry.number = ++number;
    if (row.unit->depth > 0) ++synthesis.unitsCommented;
    synthesis.rows.push_back(std::move(row));
  }
  // Each proposal alone, then all together; competitors named both ways.
  std::vector<SynthesisEntry*> proposals;
  for (auto& row : synthesis.rows) {
    for (auto& entry : row.entries) {
      if (!entry.item->comment.empty()) ++synthesis.comments;
      if (!entry.edit || !entry.edit->changes()) continue;
      ++synthesis.proposals;
      for (SynthesisEntry* other : proposals) {
        if (!competing(*entry.edit, *other->edit)) continue;
        entry.competing.push_back(other->number);
        other->competing.push_back(entry.number);
      }
      proposals.push_back(&entry);
    }
  }
  std::vector<const Edit*> all;
  for (SynthesisEntry* entry : proposals) {
    const std::string text = applyEdits(draft, index, {&*entry->edit});
    entry->findings = checker.compare(variantPath(draft.path(), entry->number), text);
    entry->answer = answerFor(*entry->findings);
    all.push_back(&*entry->edit);
  }
  if (!all.empty())
    synthesis.allAccepted = checker.compare(variantPath(draft.path(), 0), applyEdits(draft, index, all));
  return synthesis;
}

}  // namespace rasoat::review
