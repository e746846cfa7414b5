#include "input/doc_converter.h"

#include <fcntl.h>
#include <signal.h>  // NOLINT(modernize-deprecated-headers): POSIX kill() and SIGKILL, not ISO C <csignal>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include "input/failure.h"

extern char** environ;

namespace rasoat::input {

namespace {

namespace fs = std::filesystem;

constexpr auto kTimeout = std::chrono::seconds(120);
constexpr std::string_view kPackage = "libreoffice-writer-nogui";

std::string findOnPath(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::stringstream directories(path ? path : "/usr/bin:/bin");
  std::string directory;
  while (std::getline(directories, directory, ':')) {
    const fs::path candidate = fs::path(directory.empty() ? "." : directory) / program;
    if (access(candidate.c_str(), X_OK) == 0) return candidate.string();
  }
  return {};
}

// A private directory (mode 0700) removed with everything in it.
class TemporaryDirectory {
 public:
  TemporaryDirectory() {
    std::string pattern = (fs::temp_directory_path() / "rasoat-doc-XXXXXX").string();
    if (mkdtemp(pattern.data())) path_ = pattern;
  }
  ~TemporaryDirectory() {
    std::error_code ignored;
    if (!path_.empty()) fs::remove_all(path_, ignored);
  }
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Runs the command with no shell, its output discarded; its exit status, or -1 after the timeout.
int run(const std::vector<std::string>& arguments) {
  std::vector<char*> argv;
  argv.reserve(arguments.size() + 1);
  for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);  // its own group: killed whole on timeout
  pid_t child = 0;
  const int spawned = posix_spawn(&child, argv[0], &actions, &attributes, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (spawned != 0) return -1;
  const auto deadline = std::chrono::steady_clock::now() + kTimeout;
  for (;;) {
    int status = 0;
    const pid_t done = waitpid(child, &status, WNOHANG);
    if (done == child) return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (done < 0) return -1;
    if (std::chrono::steady_clock::now() > deadline) {
      kill(-child, SIGKILL);
      waitpid(child, &status, 0);
      return -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

}  // namespace

std::string convertDocToDocx(const std::string& path, std::string_view bytes) {
  const std::string soffice = findOnPath("soffice");
  if (soffice.empty()) {
    fail(path,
         std::string("tệp Word cũ (.doc) cần LibreOffice để đọc; hãy cài gói ") + std::string(kPackage) +
             " hoặc lưu lại tệp dưới dạng .docx",
         std::string("an old binary Word file (.doc) needs LibreOffice to be read; install the package ") +
             std::string(kPackage) + " or save the file as .docx");
  }
  TemporaryDirectory directory;
  if (directory.path().empty()) fail(path, "không tạo được thư mục tạm", "cannot create a temporary directory");
  const fs::path input = directory.path() / "input.doc";
  {
    std::ofstream out(input, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) fail(path, "không ghi được tệp tạm", "cannot write a temporary file");
  }
  const int status = run({soffice, "--headless", "--norestore",
                          "-env:UserInstallation=file://" + (directory.path() / "profile").string(), "--convert-to",
                          "docx", "--outdir", directory.path().string(), input.string()});
  const fs::path output = directory.path() / "input.docx";
  std::ifstream in(output, std::ios::binary);
  if (status != 0 || !in) {
    fail(path, "LibreOffice không chuyển được tệp .doc này sang .docx (hỏng, có mật khẩu, hoặc quá thời gian)",
         "LibreOffice could not convert this .doc file to .docx (broken, password-protected, or timed out)");
  }
  std::ostringstream converted;
  converted << in.rdbuf();
  return std::move(converted).str();
}

}  // namespace rasoat::input
