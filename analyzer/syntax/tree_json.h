#pragma once

#include <nlohmann/json.hpp>

#include "base/diagnostic.h"
#include "syntax/syntax_tree.h"

namespace rasoat::syntax {

// The syntax tree as JSON (`rasoat parse`); the schema is in docs/syntax-tree.md.
nlohmann::ordered_json toJson(const Document& document);
nlohmann::ordered_json toJson(const Unit& unit);

}  // namespace rasoat::syntax
