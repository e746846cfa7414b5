#include "driver/corpus_files.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

namespace rasoat::driver {

namespace {

namespace fs = std::filesystem;

constexpr int kMaxDepth = 32;
// A link to "/" or a home directory must not turn a check into a scan of the disk.
constexpr std::size_t kMaxEntries = 200000;

class CorpusWalk {
 public:
  CorpusWalk(Reporter& reporter, std::vector<std::string> extensions)
      : reporter_(reporter), extensions_(std::move(extensions)) {}

  void walk(const fs::path& directory, int depth) {
    std::error_code error;
    const fs::path canonical = fs::canonical(directory, error);
    if (error) return warn(directory, {"không mở được thư mục: ", "cannot open the directory: "}, error);
    if (!entered_.insert(canonical).second) return;  // a link back to a directory already walked
    if (depth > kMaxDepth) {
      return warn(directory, {"thư mục lồng quá sâu, bỏ qua", "directories nested too deep, skipped"});
    }
    fs::directory_iterator it(directory, error);
    if (error) return warn(directory, {"không đọc được thư mục: ", "cannot read the directory: "}, error);
    std::vector<fs::path> subdirectories;
    for (const fs::directory_iterator end; it != end; it.increment(error)) {
      if (++entries_ > kMaxEntries) {
        if (entries_ == kMaxEntries + 1)
          warn(directory,
               {"kho văn bản quá lớn: dừng sau 200000 mục", "corpus too large: stopped after 200000 entries"});
        return;
      }
      visit(it->path(), subdirectories);
    }
    if (error) warn(directory, {"đọc thư mục bị gián đoạn: ", "reading the directory failed: "}, error);
    for (const auto& subdirectory : subdirectories) walk(subdirectory, depth + 1);
  }

  std::vector<std::string> files() const { return {files_.begin(), files_.end()}; }

 private:
  void visit(const fs::path& path, std::vector<fs::path>& subdirectories) {
    std::error_code error;
    const bool regulation =
        std::find(extensions_.begin(), extensions_.end(), path.extension().string()) != extensions_.end();
    const fs::file_status status = fs::status(path, error);  // follows links
    if (error) {
      // A broken link or a loop of links.
      warn(path, {"liên kết hỏng hoặc vòng lặp liên kết, bỏ qua: ", "broken or looping link, skipped: "}, error);
      return;
    }
    if (fs::is_directory(status)) {
      // A link to a directory may lead anywhere ("/", a home directory) or
      // back up the tree: it is named, not followed.
      if (fs::is_symlink(fs::symlink_status(path, error)))
        return warn(path, {"liên kết tới thư mục, không theo", "link to a directory, not followed"});
      subdirectories.push_back(path);
    } else if (regulation) {
      if (fs::is_regular_file(status))
        files_.insert(path.lexically_normal().string());
      else
        warn(path, {"không phải tệp thông thường, bỏ qua", "not a regular file, skipped"});
    }
  }

  void warn(const fs::path& path, const LocalizedText& what, std::error_code error = {}) const {
    const std::string reason = error ? error.message() : std::string();
    reporter_.warning(path.string(), {"kho văn bản: " + what.vi + reason, "corpus: " + what.en + reason});
  }

  Reporter& reporter_;
  std::vector<std::string> extensions_;
  std::set<fs::path> entered_;
  std::size_t entries_ = 0;
  std::set<std::string> files_;
};

}  // namespace

std::vector<std::string> corpusFiles(const std::vector<std::string>& directories, Reporter& reporter) {
  return corpusFiles(directories, reporter, {".qc"});
}

std::vector<std::string> corpusFiles(const std::vector<std::string>& directories, Reporter& reporter,
                                     const std::vector<std::string>& extensions) {
  CorpusWalk walk(reporter, extensions);
  for (const auto& directory : directories) walk.walk(directory, 0);
  return walk.files();
}

}  // namespace rasoat::driver
