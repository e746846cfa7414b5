#include "report/clause_index.h"

#include <algorithm>

namespace rasoat::report {

ClauseIndex::ClauseIndex(const std::vector<std::unique_ptr<checks::CheckedDocument>>& documents) {
  for (const auto& document : documents) {
    Entry& entry = byPath_[document->tree.path];
    entry.document = document.get();
    for (const auto& clause : document->model.clauses) entry.units.push_back(&clause.source);
    std::stable_sort(entry.units.begin(), entry.units.end(),
                     [](const auto* a, const auto* b) { return a->range.begin < b->range.begin; });
  }
}

QuotedClause ClauseIndex::quote(const std::string& path, Range range) const {
  QuotedClause quoted{path, range.begin.line, "", "", "", {}};
  const auto found = byPath_.find(path);
  if (found == byPath_.end()) return quoted;
  const Entry& entry = found->second;
  quoted.document = entry.document->model.number;
  const int line = range.begin.line;
  auto after = std::upper_bound(entry.units.begin(), entry.units.end(), line,
                                [](int l, const model::SourceRef* unit) { return l < unit->range.begin.line; });
  // Units nest (a clause holds its points): the latest one to start may have
  // ended already, and the one around the line is among its few ancestors.
  for (int steps = 0; steps < 16 && after != entry.units.begin(); ++steps) {
    const model::SourceRef* unit = *--after;
    if (unit->range.end.line >= line) {
      quoted.unit = unit->unit;
      quoted.text = unit->text;
      return quoted;
    }
  }
  const text::SourceText* source = entry.document->source;
  if (source && line >= 1 && line <= source->lineCount()) quoted.text = source->lineUtf8(line);
  return quoted;
}

}  // namespace rasoat::report
