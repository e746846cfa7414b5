#pragma once

#include <string>
#include <vector>

#include "cli/session.h"

namespace rasoat::cli {

// The FILEs of `check` and `report` with each directory replaced by the
// regulations under it, walked like the corpus (driver::corpusFiles: links to
// directories named and not followed): every .qc, and every .txt whose text
// reads as a regulation (its layout has an article); in natural order
// ("xa-so-2" before "xa-so-10"). A directory with none is an input error
// naming it; the other inputs are still checked.
std::vector<std::string> expandInputs(const std::vector<std::string>& files, Session& session);

// Where rasoat.yaml is looked for from an input: a file's directory, or the
// directory itself.
std::string configAnchor(const std::string& input);

}  // namespace rasoat::cli
