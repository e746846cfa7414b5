#pragma once

#include <string>

#include "checks/check.h"

namespace rasoat::checks {

// Loads rules/packs/*.yaml: higher-level facts that are not regulation text,
// each with its citation. A malformed pack is an InputError with file and line.
RulePacks loadRulePacks(const std::string& directory);

}  // namespace rasoat::checks
