#pragma once

#include <functional>
#include <string>

#include "base/source_position.h"
#include "syntax/syntax_tree.h"

namespace rasoat::checks {

// The range of a unit's marker ("Điều 11.", "2.", "a)").
Range markerRange(const syntax::Unit& unit);

// Where a finding about the whole document stands: its title, else line 1.
Range documentRange(const syntax::Document& document);

// Visits every unit under `root` with the number of its enclosing article.
void forEachUnit(const syntax::Unit& root,
                 const std::function<void(const syntax::Unit& unit, const std::string& article)>& visit);

// The unit a reference target names in `root`, with `article` standing for
// "Điều này"; null when it does not exist.
const syntax::Unit* findTarget(const syntax::Unit& root, const syntax::ReferenceTarget& target,
                               const std::string& article);

}  // namespace rasoat::checks
