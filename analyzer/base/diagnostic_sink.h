#pragma once

#include <vector>

#include "base/diagnostic.h"

namespace rasoat {

// Collects the diagnostics of one run; stages report into it and keep going.
class DiagnosticSink {
 public:
  void report(Diagnostic diagnostic) { diagnostics_.push_back(std::move(diagnostic)); }
  const std::vector<Diagnostic>& all() const { return diagnostics_; }
  std::vector<Diagnostic> sorted() const;
  int count(Severity severity) const;
  bool empty() const { return diagnostics_.empty(); }

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace rasoat
