#pragma once

#include <filesystem>
#include <string>

namespace rasoat::testing {

// One run of the rasoat binary: exit status, stdout, stderr, wall time.
struct CliRun {
  int status = -1;
  std::string out;
  std::string err;
  double seconds = 0;
};

// Runs `rasoat ARGUMENTS` (a shell command line; quote paths yourself).
CliRun runRasoat(const std::string& arguments);

// An empty directory under the temporary directory, made anew.
std::filesystem::path freshTestDirectory(const std::string& name);
void writeFile(const std::filesystem::path& path, const std::string& bytes);
// A digest of a file's bytes (size and FNV-1a), to show it was not changed.
std::string fileDigest(const std::filesystem::path& path);
// Single quotes for the shell.
std::string shellQuote(const std::string& text);

}  // namespace rasoat::testing
