#pragma once

#include <string>
#include <vector>

#include "base/localized_text.h"

namespace rasoat::cli {

// The regulations (*.qc) under the corpus directories, sorted, where cited
// documents are looked up by number. Never loops and never stops half-way:
// each directory is entered once, by its canonical path (a symbolic link back
// up the tree is skipped), at most 32 levels deep; what cannot be read is
// said on stderr as a warning naming it and skipped (a missing or unreadable
// directory, a broken link or a link loop, a .qc that is not a regular file).
std::vector<std::string> corpusFiles(const std::vector<std::string>& directories, Language language);

}  // namespace rasoat::cli
