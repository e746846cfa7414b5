#pragma once

#include <string>
#include <vector>

#include "driver/reporter.h"

namespace rasoat::driver {

// The regulations (*.qc) under the corpus directories, sorted, where cited
// documents are looked up by number. Never loops: symbolic links to
// directories are named and not followed, each directory is entered once (by
// its canonical path), at most 32 levels deep and 200 000 entries in all. What
// cannot be read is said as a warning naming it and skipped (a missing or
// unreadable directory, a broken link or a link loop, a .qc that is not a
// regular file).
std::vector<std::string> corpusFiles(const std::vector<std::string>& directories, Reporter& reporter);
// The same for files with any of `extensions` (".qc", ".txt"): the batch of a
// command given a directory.
std::vector<std::string> corpusFiles(const std::vector<std::string>& directories, Reporter& reporter,
                                     const std::vector<std::string>& extensions);

}  // namespace rasoat::driver
