#include "base/diagnostic_sink.h"

#include <algorithm>

namespace rasoat {

std::vector<Diagnostic> DiagnosticSink::sorted() const {
  std::vector<Diagnostic> result = diagnostics_;
  std::stable_sort(result.begin(), result.end(), diagnosticLess);
  return result;
}

int DiagnosticSink::count(Severity severity) const {
  return static_cast<int>(std::count_if(diagnostics_.begin(), diagnostics_.end(),
                                        [&](const Diagnostic& d) { return d.severity == severity; }));
}

}  // namespace rasoat
