#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/diagnostic.h"

namespace rasoat::report {

// One rule of the catalogue as SARIF needs it.
struct SarifRule {
  std::string id;
  std::string name;
  Severity severity;
  LocalizedText summary;
  std::string help;  // the explanation page (Markdown)
};

// A finding with what names it across runs (partialFingerprints) and, when
// it was accepted (a baseline, rasoat.yaml `accept:`), why: such a result is
// kept in the log with an external suppression, so that a code-review tool
// shows it as accepted rather than as fixed.
struct SarifFinding {
  Diagnostic diagnostic;
  std::string fingerprint;  // empty: none
  std::string wordsOnly;    // the fingerprint without the unit (report/fingerprint.h)
  std::string unit;         // "Điều 5 khoản 2"
  std::optional<std::string> acceptedBecause;
};

// The findings as a SARIF 2.1.0 log: rules with their help, real levels,
// regions in Unicode code points, related locations, the witness in the message
// and in the properties; a finding without a check code (a citation cycle) as a
// notification of the run's invocation. Valid for the SARIF Multitool
// (tests/sarif/validate.sh).
nlohmann::ordered_json toSarif(const std::vector<SarifFinding>& findings, const std::vector<SarifRule>& rules,
                               Language language);
nlohmann::ordered_json toSarif(const std::vector<Diagnostic>& findings, const std::vector<SarifRule>& rules,
                               Language language);

}  // namespace rasoat::report
