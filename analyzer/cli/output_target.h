#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "cli/output_file.h"

namespace rasoat::cli {

// Where a command's main output goes: standard output, or with -o a file
// written whole or not at all (OutputFile). The file is put in place only
// when the command finishes without an input error; otherwise the previous
// file is left as it was.
class OutputTarget {
 public:
  explicit OutputTarget(Language language) : language_(language) {}
  // Opens the file when `path` is not empty; on an error prints it (naming
  // the file) and returns false.
  bool open(const std::string& path, const std::vector<std::string>& inputs);
  std::ostream& stream();
  // Renames the file into place (when `complete`), or drops it. Returns false
  // after printing the error when the file could not be written.
  bool finish(bool complete);

 private:
  Language language_;
  std::unique_ptr<OutputFile> file_;
};

}  // namespace rasoat::cli
