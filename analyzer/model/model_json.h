#pragma once

#include <nlohmann/json.hpp>

#include "model/model.h"

namespace rasoat::model {

// The semantic model as JSON (`rasoat model`); the schema is in docs/model.md.
nlohmann::ordered_json toJson(const DocumentModel& model);

// toJson(model), with the members of the object `extra` after its own, appended
// to `out` byte for byte as `dump(2, ' ', false, error_handler_t::replace)`
// writes it, nested `depth` levels deep. It builds no JSON tree: for a 2 MB
// regulation, making, printing and freeing the tree was a tenth of `rasoat model`.
void appendJson(std::string& out, const DocumentModel& model, int depth, const nlohmann::ordered_json& extra);

}  // namespace rasoat::model
