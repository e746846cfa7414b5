#pragma once

#include <functional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "report/text_diagnostics.h"
#include "syntax/syntax_tree.h"

namespace rasoat::report {

using DocumentLookup = std::function<const syntax::Document*(const std::string& path)>;

// The unit that holds a line: "Điều 5 khoản 2 điểm a", "Chương II" above the
// articles, empty before the first unit.
std::string unitPathAt(const syntax::Unit& root, int line);

// Fills each finding's unit path and paragraph from the document it is in:
// what a Word user looks for, where line numbers of the text rendering mean
// nothing to them.
void locateFindings(std::vector<Diagnostic>& findings, const DocumentLookup& documents, const SourceLookup& sources);

}  // namespace rasoat::report
