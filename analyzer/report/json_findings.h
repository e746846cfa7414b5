#pragma once

#include <nlohmann/json.hpp>

#include "base/diagnostic.h"

namespace rasoat::report {

// One finding as JSON, in the chosen language; schema in docs/check.md.
nlohmann::ordered_json findingJson(const Diagnostic& diagnostic, Language language);

}  // namespace rasoat::report
