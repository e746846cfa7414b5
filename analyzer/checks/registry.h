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
// rules/checks/<CODE>.md: what it finds, why it matters, example, how to fix.
std::string explanationPath(std::string_view code);

}  // namespace rasoat::checks
