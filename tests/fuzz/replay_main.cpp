// Replays saved inputs through one fuzz target's body, in the normal build:
//   rasoat_fuzz_replay TARGET DIRECTORY...
// Every regular file under the directories is run through the body; a crash,
// an uncaught exception or a sanitizer report fails the test (CTest also gives
// it a time limit: a hang found by the fuzzer is a failure here too).
#include <algorithm>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "targets.h"

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputsUnder(const std::vector<fs::path>& directories) {
  std::vector<fs::path> files;
  for (const auto& directory : directories) {
    if (!fs::is_directory(directory)) {
      std::cerr << "rasoat_fuzz_replay: not a directory: " << directory.string() << "\n";
      std::exit(2);
    }
    for (const auto& entry : fs::recursive_directory_iterator(directory)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string bytesOf(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: rasoat_fuzz_replay TARGET DIRECTORY...\n";
    return 2;
  }
  const rasoat::fuzz::Target* target = rasoat::fuzz::findTarget(argv[1]);
  if (!target) {
    std::cerr << "rasoat_fuzz_replay: no target named " << argv[1] << "\n";
    return 2;
  }
  const auto files = inputsUnder(std::vector<fs::path>(argv + 2, argv + argc));
  int passed = 0;
  for (const auto& file : files) {
    // Named before it runs, so that a crash says which input caused it.
    std::cout << target->name << ": " << file.string() << std::endl;
    const std::string bytes = bytesOf(file);
    target->body(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    ++passed;
  }
  std::cout << passed << " passed, 0 failed\n";
  return 0;
}
