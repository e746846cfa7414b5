#include "review/proposal.h"

#include <algorithm>

#include "amend/consolidate.h"
#include "syntax/alignment.h"
#include "text/word_diff.h"

namespace rasoat::review {

namespace {

using syntax::UnitKind;

bool titled(UnitKind kind) {
  return kind == UnitKind::article || kind == UnitKind::chapter || kind == UnitKind::section;
}

// The text `edits` make of `before`, applied from the last to the first; an
// edit overlapping one taken already is left out.
std::string applyToText(std::string before, const std::vector<const Edit*>& edits) {
  std::vector<const Edit*> taken;
  for (const Edit* edit : edits) {
    const bool clash = std::any_of(taken.begin(), taken.end(), [&](const Edit* other) {
      return competing(*edit, *other) || (edit->begin < other->end && other->begin < edit->end);
    });
    if (!clash) taken.push_back(edit);
  }
  std::sort(taken.begin(), taken.end(), [](const Edit* a, const Edit* b) { return a->begin > b->begin; });
  for (const Edit* edit : taken) before.replace(edit->begin, edit->end - edit->begin, edit->replacement);
  return before;
}

// The instruction that gives a unit its new own text and keeps its children.
amend::Instruction replacement(const text::SourceText& draft, const IndexedUnit& unit, const std::string& text) {
  amend::Instruction instruction;
  instruction.targets = {unit.path};
  instruction.payload.push_back(amend::PayloadLine{text, Position{unit.unit->position.line, 1}});
  if (titled(unit.unit->kind)) {
    instruction.action = amend::Action::replaceTitle;
    return instruction;
  }
  instruction.action = amend::Action::replace;
  if (!unit.unit->children.empty()) {
    const int first = unit.unit->children.front().position.line;
    const int last = unitLines(*unit.unit).second;
    for (int line = first; line <= last; ++line)
      instruction.payload.push_back(amend::PayloadLine{draft.lineUtf8(line), Position{line, 1}});
  }
  return instruction;
}

}  // namespace

Edit makeEdit(const IndexedUnit& unit, const std::string& after) {
  Edit edit;
  edit.unit = &unit;
  edit.before = syntax::ownText(*unit.unit);
  edit.after = after;
  const auto a = text::tokenizeWords(edit.before);
  const auto b = text::tokenizeWords(edit.after);
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix].key == b[prefix].key) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix].key == b[b.size() - 1 - suffix].key)
    ++suffix;
  const std::size_t aEnd = a.size() - suffix, bEnd = b.size() - suffix;
  edit.begin = prefix < a.size() ? a[prefix].begin : edit.before.size();
  if (prefix == a.size() && !a.empty()) edit.begin = a.back().end;
  edit.end = aEnd > prefix ? a[aEnd - 1].end : edit.begin;
  if (bEnd > prefix) {
    edit.replacement = edit.after.substr(b[prefix].begin, b[bEnd - 1].end - b[prefix].begin);
    // Words added at the end or the start of the text need a space to the old ones.
    if (edit.begin == edit.end && edit.begin == edit.before.size() && edit.begin > 0)
      edit.replacement.insert(0, " ");
    else if (edit.begin == edit.end && edit.begin < edit.before.size())
      edit.replacement += " ";
  }
  return edit;
}

bool competing(const Edit& a, const Edit& b) {
  if (a.unit != b.unit || !a.changes() || !b.changes()) return false;
  if (text::wordKey(a.after) == text::wordKey(b.after)) return false;
  const bool overlap = a.begin < b.end && b.begin < a.end;
  const bool touching = (a.begin == a.end || b.begin == b.end) && a.begin <= b.end && b.begin <= a.end;
  return overlap || touching;
}

namespace {

// The draft with the edits applied, as the amendment machinery makes it.
amend::Consolidation consolidateEdits(const text::SourceText& draft, const UnitIndex& index,
                                      const std::vector<const Edit*>& edits) {
  std::map<const IndexedUnit*, std::vector<const Edit*>> byUnit;
  for (const Edit* edit : edits) {
    if (edit->unit && edit->unit->depth > 0 && edit->changes()) byUnit[edit->unit].push_back(edit);
  }
  amend::Amendment amendment;
  amendment.path = draft.path();
  // Later units first, so that a changed line count never moves a unit still to change.
  for (auto it = byUnit.rbegin(); it != byUnit.rend(); ++it) {
    const IndexedUnit& unit = index.of(it->first->unit);
    amendment.instructions.push_back(replacement(draft, unit, applyToText(it->second.front()->before, it->second)));
  }
  std::sort(amendment.instructions.begin(), amendment.instructions.end(),
            [&](const amend::Instruction& a, const amend::Instruction& b) {
              return a.payload.front().origin.line > b.payload.front().origin.line;
            });
  return amend::consolidate(draft, amendment);
}

}  // namespace

std::string applyEdits(const text::SourceText& draft, const UnitIndex& index, const std::vector<const Edit*>& edits) {
  return consolidateEdits(draft, index, edits).text();
}

std::string applyProposals(const text::SourceText& draft, const UnitIndex& index, const std::vector<const Edit*>& edits,
                           const std::vector<const UnitChange*>& changes) {
  if (changes.empty()) return applyEdits(draft, index, edits);
  // Each line with the draft's line it stands for (0 for none): the
  // replacements of the edits carry the lines of the units they replace.
  std::vector<std::pair<std::string, int>> lines;
  if (edits.empty()) {
    for (int line = 1; line <= draft.lineCount(); ++line) lines.emplace_back(draft.lineUtf8(line), line);
  } else {
    for (auto& line : consolidateEdits(draft, index, edits).lines)
      lines.emplace_back(std::move(line.text), line.origin.path == draft.path() ? line.origin.line : 0);
  }
  std::vector<bool> dropped(lines.size(), false);
  std::vector<std::vector<const UnitChange*>> insertedBefore(lines.size() + 1);
  for (const UnitChange* change : changes) {
    if (change->adds()) {
      std::size_t at = 0;
      for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].second > 0 && lines[i].second <= change->after) at = i + 1;
      }
      insertedBefore[at].push_back(change);
      continue;
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (change->first <= lines[i].second && lines[i].second <= change->last) dropped[i] = true;
    }
  }
  std::string text;
  for (std::size_t i = 0; i <= lines.size(); ++i) {
    for (const UnitChange* change : insertedBefore[i]) {
      for (const auto& line : change->lines) text += line + "\n";
    }
    if (i < lines.size() && !dropped[i]) text += lines[i].first + "\n";
  }
  return text;
}

}  // namespace rasoat::review
