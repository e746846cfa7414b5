#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/localized_text.h"
#include "base/source_position.h"

namespace rasoat {

enum class Severity { error, warning, info, note };

std::string_view severityName(Severity severity);

// Another place that explains a finding: the other clause of an overlap, the
// higher-level clause of a conflict.
struct RelatedLocation {
  std::string path;
  Range range;
  LocalizedText message;
};

// One finding or error, as every output format sees it.
struct Diagnostic {
  std::string code;  // "S001", ...; empty for input errors without a check
  Severity severity = Severity::error;
  LocalizedText message;
  std::string path;
  Range range;
  std::vector<RelatedLocation> related;
  std::optional<LocalizedText> witness;
  std::optional<LocalizedText> suggestion;
  // Where a Word user finds it (report::locateFindings): the unit ("Điều 5
  // khoản 2 điểm a"; empty outside any article) and the paragraph of the
  // document (its 1-based position; for a text file, the line; 0 when unknown).
  std::string unitPath;
  int paragraph = 0;
};

// Sorted by file, line, column, code: the order every report uses.
bool diagnosticLess(const Diagnostic& a, const Diagnostic& b);

}  // namespace rasoat
