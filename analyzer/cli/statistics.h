#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/diagnostic.h"
#include "base/localized_text.h"

namespace rasoat::cli {

// How many findings of each code a run reported ("rasoat check --statistics"),
// most frequent first, then by code.
struct CodeCount {
  std::string code;
  std::string name;  // the check's name ("overlapping-decision")
  Severity severity;
  int count = 0;
};
std::vector<CodeCount> countByCode(const std::vector<Diagnostic>& findings);

// "  12  O001  error    overlapping-decision", one line a code, then nothing
// else: the summary line follows as usual.
void printStatistics(std::ostream& out, const std::vector<CodeCount>& counts, Language language);
nlohmann::ordered_json statisticsJson(const std::vector<CodeCount>& counts);

}  // namespace rasoat::cli
