#pragma once

#include "amend/amendment.h"
#include "text/source_text.h"

namespace rasoat::amend {

// The path the consolidated text of an amending document is given while it is
// checked: "<amending file>#hop-nhat". Findings there are reported at the base
// or amending line they come from (Consolidation::originOf).
std::string consolidatedPath(const std::string& amendingPath);

// The unit a path names in a tree (chapters Roman or Arabic, numbers and
// letters as keywords are matched); null when it is not there.
const syntax::Unit* findUnit(const syntax::Unit& root, const UnitPath& path);

// Applies the instructions, in order, to the base regulation: the
// consolidated text (văn bản hợp nhất), where each of its lines came from, and
// the instructions that could not be applied (A003). Units keep their numbers:
// an added "Điều 9a" stays 9a, nothing is renumbered.
Consolidation consolidate(const text::SourceText& base, const Amendment& amendment);

}  // namespace rasoat::amend
