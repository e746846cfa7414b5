#include "report/clause_index.h"

#include <algorithm>

#include <fmt/format.h>

#include "report/report_words.h"

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
  if (const text::SourceText* source = entry.document->source; source && !source->documentFormat().empty())
    quoted.paragraph = source->paragraphOfLine(line);
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

std::string placeOf(const QuotedClause& clause, Language language) {
  std::string where = clause.unit;
  if (where.empty() && clause.paragraph > 0)
    where = fmt::format("{} {}", words().paragraph.in(language), clause.paragraph);
  if (where.empty()) where = fmt::format("{} {}", words().line.in(language), clause.line);
  if (!clause.document.empty()) where += " — " + clause.document;
  return where;
}

std::string placeOf(const UnreadClause& clause, Language language) {
  const bool paragraph = clause.paragraph > 0;
  return fmt::format("{} ({} {})", clause.status.source.unit,
                     (paragraph ? words().paragraph : words().line).in(language),
                     paragraph ? clause.paragraph : clause.status.source.position.line);
}

std::string whereOf(const Diagnostic& finding, const QuotedClause& clause, Language language) {
  if (clause.paragraph > 0)
    return fmt::format("{}, {} {}", finding.path, words().paragraph.in(language), clause.paragraph);
  return fmt::format("{}:{}:{}", finding.path, finding.range.begin.line, finding.range.begin.column);
}

}  // namespace rasoat::report
