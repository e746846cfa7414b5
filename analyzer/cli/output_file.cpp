#include "cli/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <system_error>

namespace rasoat::cli {

namespace fs = std::filesystem;

namespace {

// One file under two spellings ("a.qc", "./x/../a.qc", a symbolic link to it,
// a hard link): the file system says, not the text of the paths.
bool samePath(const std::string& a, const std::string& b) {
  std::error_code error;
  if (fs::exists(a, error) && fs::exists(b, error)) return fs::equivalent(a, b, error);
  return fs::weakly_canonical(a, error) == fs::weakly_canonical(b, error);
}

// The mode a new file would get (0666 less the umask), or the target's own.
mode_t modeFor(const std::string& path) {
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0) return existing.st_mode & 07777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

OutputFile::OutputFile(std::string path, const std::vector<std::string>& inputs) : path_(std::move(path)) {
  for (const auto& input : inputs) {
    if (samePath(path_, input)) {
      error_ = {path_ + ": không ghi đè lên một tệp đầu vào (" + input + "); hãy chọn tên khác cho tệp kết quả",
                path_ + ": refusing to write over an input file (" + input + ")"};
      return;
    }
  }
  std::error_code error;
  if (fs::is_directory(path_, error)) {
    error_ = {path_ + ": là một thư mục; cần tên một tệp cho kết quả",
              path_ + ": is a directory; expected a file name for the output"};
    return;
  }
  // A fresh name beside the target (same file system, so rename is atomic),
  // created exclusively: never a file or link that was already there.
  std::string name = path_ + ".rasoat-tmp-XXXXXX";
  const int descriptor = ::mkstemp(name.data());
  if (descriptor < 0) {
    const std::string reason = std::error_code(errno, std::generic_category()).message();
    error_ = {path_ + ": không ghi được tệp kết quả (" + reason + ")",
              path_ + ": cannot write the output file (" + reason + ")"};
    return;
  }
  temporary_ = name;
  ::fchmod(descriptor, modeFor(path_));
  ::close(descriptor);
  stream_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!stream_) error_ = {path_ + ": không ghi được tệp kết quả", path_ + ": cannot write the output file"};
}

OutputFile::~OutputFile() {
  if (committed_ || temporary_.empty()) return;
  stream_.close();
  std::error_code error;
  fs::remove(temporary_, error);
}

bool OutputFile::commit() {
  if (!ok()) return false;
  stream_.flush();
  stream_.close();
  std::error_code error;
  if (stream_.fail()) {
    error_ = {path_ + ": ghi tệp kết quả không thành (đầy đĩa?); tệp cũ được giữ nguyên",
              path_ + ": writing the output failed (disk full?); the previous file is left as it was"};
    return false;
  }
  fs::rename(temporary_, path_, error);
  if (error) {
    error_ = {path_ + ": không đặt được tệp kết quả vào chỗ (" + error.message() + ")",
              path_ + ": cannot put the output file in place (" + error.message() + ")"};
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace rasoat::cli
