#pragma once

#include <functional>
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

// The findings as a SARIF 2.1.0 log: rules with their help, real levels,
// regions in Unicode code points, related locations, the witness in the message
// and in the properties; a finding without a check code (a citation cycle) as a
// notification of the run's invocation. Valid for the SARIF Multitool
// (tests/sarif/validate.sh).
nlohmann::ordered_json toSarif(const std::vector<Diagnostic>& findings, const std::vector<SarifRule>& rules,
                               Language language);

}  // namespace rasoat::report
