#pragma once

#include <string>
#include <vector>

#include "base/localized_text.h"

namespace rasoat::cli {

// The regulations (*.qc) under the corpus directories, sorted, where cited
// documents are looked up by number. Never loops: symbolic links to
// directories are named and not followed, each directory is entered once (by
// its canonical path), at most 32 levels deep and 200 000 entries in all. What cannot be read is
// said on stderr as a warning naming it and skipped (a missing or unreadable
// directory, a broken link or a link loop, a .qc that is not a regular file).
std::vector<std::string> corpusFiles(const std::vector<std::string>& directories, Language language);

}  // namespace rasoat::cli
