#include "base/diagnostic.h"

#include <tuple>

namespace rasoat {

std::string_view severityName(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
    case Severity::note: return "note";
  }
  return "error";
}

bool diagnosticLess(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.path, a.range.begin, a.code) < std::tie(b.path, b.range.begin, b.code);
}

}  // namespace rasoat
