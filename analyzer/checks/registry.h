#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checks/check.h"

namespace rasoat::checks {

// Every check, sorted by code. A check is found by its code.
const std::vector<std::unique_ptr<Check>>& allChecks();
const Check* findCheck(std::string_view code);
// Codes and prefixes in upper case, as the catalogue spells them ("g00" → "G00").
std::vector<std::string> normaliseCodes(std::vector<std::string> patterns);
// The patterns that name no check: neither "ALL" nor a code or the prefix of
// one. A mistyped --select would otherwise give a silently clean run.
std::vector<std::string> unknownCodes(const std::vector<std::string>& patterns);
// rules/checks/<CODE>.md: what it finds, why it matters, example, how to fix.
std::string explanationPath(std::string_view code);

}  // namespace rasoat::checks
