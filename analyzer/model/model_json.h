#pragma once

#include <nlohmann/json.hpp>

#include "model/model.h"

namespace rasoat::model {

// The semantic model as JSON (`rasoat model`); the schema is in docs/model.md.
nlohmann::ordered_json toJson(const DocumentModel& model);

}  // namespace rasoat::model
