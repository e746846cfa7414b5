#include "cli/output_target.h"

#include <iostream>

#include "report/terminal_text.h"

namespace rasoat::cli {

bool OutputTarget::open(const std::string& path, const std::vector<std::string>& inputs) {
  if (path.empty()) return true;
  file_ = std::make_unique<OutputFile>(path, inputs);
  if (file_->ok()) return true;
  std::cerr << "rasoat: error: " << report::terminalSafe(file_->message().in(language_)) << "\n";
  file_.reset();
  return false;
}

std::ostream& OutputTarget::stream() {
  return file_ ? file_->stream() : std::cout;
}

bool OutputTarget::finish(bool complete) {
  if (!file_) {
    std::cout.flush();
    return true;
  }
  if (!complete) {
    file_.reset();  // the temporary file is removed; the previous output stays
    return true;
  }
  if (file_->commit()) return true;
  std::cerr << "rasoat: error: " << report::terminalSafe(file_->message().in(language_)) << "\n";
  return false;
}

}  // namespace rasoat::cli
