#include "review/synthesis.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include <utf8proc.h>

#include "checks/registry.h"
#include "syntax/alignment.h"
#include "text/matching.h"
#include "text/utf8.h"

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

bool isBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n';
}

// Words of the old text a proposal removes, placed by the unchanged words
// before them (the same in both texts), with the spacing they had.
struct Removal {
  std::size_t sameBefore = 0;
  std::string text;
  bool spaceBefore = false, spaceAfter = false;
};

std::vector<Removal> removalsOf(const std::vector<text::DiffSpan>& before) {
  std::vector<Removal> removals;
  std::size_t same = 0;
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (before[i].op == text::DiffOp::same) {
      same += text::tokenizeWords(before[i].text).size();
      continue;
    }
    Removal removal{same, before[i].text};
    removal.spaceBefore = i > 0 && !before[i - 1].text.empty() && isBlank(before[i - 1].text.back());
    removal.spaceAfter = i + 1 < before.size() && !before[i + 1].text.empty() && isBlank(before[i + 1].text.front());
    removals.push_back(std::move(removal));
  }
  return removals;
}

// The new text with the removed words put back where they were.
class Interleaving {
 public:
  void same(std::string_view text) { append(text::DiffOp::same, text); }
  void added(std::string_view text) { append(text::DiffOp::added, text); }
  // `following` is the text drawn next; `addedNext` when it is words added.
  void removal(const Removal& removal, std::string_view following, bool addedNext) {
    if (removal.spaceBefore && !spans_.empty() && !isBlank(spans_.back().text.back())) same(" ");
    append(text::DiffOp::removed, removal.text);
    if (removal.spaceAfter && !addedNext && !following.empty() && !isBlank(following.front())) same(" ");
  }
  std::vector<text::DiffSpan> spans() { return std::move(spans_); }

 private:
  void append(text::DiffOp op, std::string_view text) {
    if (text.empty()) return;
    if (!spans_.empty() && spans_.back().op == op)
      spans_.back().text += text;
    else
      spans_.push_back(text::DiffSpan{op, std::string(text)});
  }
  std::vector<text::DiffSpan> spans_;
};

// Reviewers merged by name (case and tone placement ignored), each shown in
// one spelling: the best-cased one ("Nguyễn Văn An" over "NGUYỄN VĂN AN" and
// "nguyễn văn an"), the first seen among equals ("Hoà" or "Hòa").
class ReviewerSpellings {
 public:
  void add(const std::string& name) {
    const std::string key = text::matchKey(name);
    const auto [it, added] = chosen_.emplace(key, name);
    if (added)
      order_.push_back(key);
    else if (casing(name) > casing(it->second))
      it->second = name;
  }
  std::string of(const std::string& name) const {
    const auto it = chosen_.find(text::matchKey(name));
    return it == chosen_.end() ? name : it->second;
  }
  std::vector<std::string> all() const {
    std::vector<std::string> names;
    for (const auto& key : order_) names.push_back(chosen_.at(key));
    return names;
  }

 private:
  // 2 for a name written with capitals and small letters, 1 for one case only, 0 for no letters.
  static int casing(const std::string& name) {
    bool upper = false, lower = false;
    for (char32_t c : text::decodeUtf8(name)) {
      const auto point = static_cast<utf8proc_int32_t>(c);
      upper = upper || utf8proc_tolower(point) != point;
      lower = lower || utf8proc_toupper(point) != point;
    }
    return upper && lower ? 2 : upper || lower ? 1 : 0;
  }
  std::map<std::string, std::string> chosen_;  // by match key
  std::vector<std::string> order_;             // keys, first seen first
};

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
  const std::vector<Removal> removals = removalsOf(diff.before);
  Interleaving out;
  std::size_t next = 0, same = 0;  // the next removal; unchanged words of the new text passed
  const auto due = [&](std::size_t at) { return next < removals.size() && removals[next].sameBefore <= at; };
  for (std::size_t j = 0; j < diff.after.size(); ++j) {
    const text::DiffSpan& span = diff.after[j];
    if (span.op != text::DiffOp::same) {
      while (due(same)) out.removal(removals[next++], span.text, true);
      out.added(span.text);
      continue;
    }
    const bool addedNext = j + 1 < diff.after.size();
    std::size_t cursor = 0;
    while (due(same)) out.removal(removals[next++], span.text, false);
    for (const text::WordToken& token : text::tokenizeWords(span.text)) {
      if (!due(++same)) continue;
      // Words removed just before words added: a replacement, drawn together.
      if (addedNext && span.text.find_first_not_of(" \t\n", token.end) == std::string::npos) continue;
      out.same(span.text.substr(cursor, token.end - cursor));
      cursor = token.end;
      while (due(same)) out.removal(removals[next++], std::string_view(span.text).substr(cursor), false);
    }
    out.same(span.text.substr(cursor));
  }
  while (next < removals.size()) out.removal(removals[next++], "", false);
  return out.spans();
}

Synthesis buildSynthesis(const text::SourceText& draft, const syntax::Document& tree, const UnitIndex& index,
                         const std::vector<PlacedItem>& items, const ProposalChecker& checker) {
  Synthesis synthesis;
  synthesis.draftPath = draft.path();
  if (tree.title) synthesis.draftTitle = tree.title->text;
  synthesis.issuer = tree.header.organisations;
  std::map<int, SynthesisRow> rows;  // by the unit's order
  ReviewerSpellings spellings;
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
    if (placed.change.unit && placed.change.unit->depth > 0) entry.unitChange = placed.change;
    row.entries.push_back(std::move(entry));
    spellings.add(placed.item->reviewer);
  }
  synthesis.reviewers = spellings.all();
  int number = 0;
  for (auto& [order, row] : rows) {
    for (auto& entry : row.entries) {
      entry.number = ++number;
      entry.reviewer = spellings.of(entry.item->reviewer);
    }
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
      if (!entry.item->comment.empty()) ++synthesis.commentsWithProposal;
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
  // Units added and dropped, each alone, in the table's order.
  std::vector<const UnitChange*> changes;
  for (auto& row : synthesis.rows) {
    for (auto& entry : row.entries) {
      if (!entry.unitChange) continue;
      const std::string text = applyProposals(draft, index, {}, {&*entry.unitChange});
      entry.findings = checker.compare(variantPath(draft.path(), entry.number), text);
      entry.answer = answerFor(*entry.findings);
      changes.push_back(&*entry.unitChange);
    }
  }
  if (!all.empty() || !changes.empty())
    synthesis.allAccepted = checker.compare(variantPath(draft.path(), 0), applyProposals(draft, index, all, changes));
  return synthesis;
}

}  // namespace rasoat::review
