#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rasoat::cli {

// rasoat.yaml, found like .clang-tidy: in the first file's directory or above.
// Command-line options win over it.
struct ProjectConfig {
  std::string path;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string failOn;
  std::string language;
  std::vector<std::string> corpus;  // relative to the file's directory
  std::string lexicon;
  std::map<std::string, std::size_t> limits;  // `limits:` keys as the --max-* options (max-line-length: 50000)
};

// Throws InputError (file and line) on a malformed file; nothing found: nullopt.
std::optional<ProjectConfig> findProjectConfig(const std::string& firstFile);

}  // namespace rasoat::cli
