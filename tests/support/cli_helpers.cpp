#include "support/cli_helpers.h"

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

namespace rasoat::testing {

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

CliRun runRasoat(const std::string& arguments) {
  static int counter = 0;
  const fs::path errors = fs::temp_directory_path() /
                          ("rasoat-test-stderr-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
  const std::string command = std::string(RASOAT_BINARY) + " " + arguments + " 2>" + shellQuote(errors.string());
  CliRun run;
  const auto started = std::chrono::steady_clock::now();
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  std::size_t read = 0;
  while ((read = fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, read);
  const int status = pclose(pipe);
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.err = slurp(errors);
  fs::remove(errors);
  return run;
}

fs::path freshTestDirectory(const std::string& name) {
  fs::path directory = fs::temp_directory_path() / name;
  std::error_code error;
  fs::permissions(directory, fs::perms::owner_all, fs::perm_options::add, error);
  fs::remove_all(directory, error);
  fs::create_directories(directory);
  return directory;
}

void writeFile(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string fileDigest(const fs::path& path) {
  const std::string bytes = slurp(path);
  std::uint64_t hash = 1469598103934665603ull;
  for (unsigned char c : bytes) hash = (hash ^ c) * 1099511628211ull;
  return std::to_string(bytes.size()) + ":" + std::to_string(hash);
}

std::string shellQuote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace rasoat::testing
