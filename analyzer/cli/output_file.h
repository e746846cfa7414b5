#pragma once

#include <fstream>
#include <string>
#include <vector>

#include "base/localized_text.h"

namespace rasoat::cli {

// An output file written whole or not at all: the text goes to a temporary
// file beside the target, renamed into place by commit(); if commit() is never
// reached the previous file is left as it was. Refuses to be one of the inputs.
class OutputFile {
 public:
  OutputFile(std::string path, const std::vector<std::string>& inputs);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  bool ok() const { return error_.empty(); }
  // What went wrong, naming the file.
  const LocalizedText& message() const { return error_; }
  std::ostream& stream() { return stream_; }
  bool commit();

 private:
  std::string path_;
  std::string temporary_;
  std::ofstream stream_;
  LocalizedText error_;
  bool committed_ = false;
};

}  // namespace rasoat::cli
