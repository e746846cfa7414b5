#include "checks/check.h"

namespace rasoat::checks {

Diagnostic Check::finding(const CheckedDocument& document, Range range, LocalizedText message) const {
  Diagnostic diagnostic;
  diagnostic.code = info().code;
  diagnostic.severity = info().severity;
  diagnostic.message = std::move(message);
  diagnostic.path = document.tree.path;
  diagnostic.range = range;
  return diagnostic;
}

Range clauseRange(const model::SourceRef& source) {
  Range range{source.position, source.range.end};
  if (range.end.line != range.begin.line || range.end < range.begin) range.end = range.begin;
  return range;
}

}  // namespace rasoat::checks
