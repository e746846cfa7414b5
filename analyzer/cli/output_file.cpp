#include "cli/output_file.h"

#include <unistd.h>

#include <filesystem>
#include <system_error>

namespace rasoat::cli {

namespace fs = std::filesystem;

namespace {

bool samePath(const std::string& a, const std::string& b) {
  std::error_code error;
  if (fs::exists(a, error) && fs::exists(b, error)) return fs::equivalent(a, b, error);
  return fs::absolute(a, error).lexically_normal() == fs::absolute(b, error).lexically_normal();
}

}  // namespace

OutputFile::OutputFile(std::string path, const std::vector<std::string>& inputs) : path_(std::move(path)) {
  for (const auto& input : inputs) {
    if (samePath(path_, input)) {
      error_ = path_ + ": refusing to write over an input file";
      return;
    }
  }
  temporary_ = path_ + ".rasoat-tmp-" + std::to_string(::getpid());
  stream_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!stream_) error_ = path_ + ": cannot write the output file";
}

OutputFile::~OutputFile() {
  if (committed_ || temporary_.empty()) return;
  stream_.close();
  std::error_code error;
  fs::remove(temporary_, error);
}

bool OutputFile::commit() {
  if (!ok()) return false;
  stream_.close();
  std::error_code error;
  if (stream_.fail()) {
    error_ = path_ + ": writing the output failed";
    return false;
  }
  fs::rename(temporary_, path_, error);
  if (error) {
    error_ = path_ + ": " + error.message();
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace rasoat::cli
