#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rasoat::cli {

// One `accept:` entry of rasoat.yaml: {code, unit, reason}, and optionally
// the file it is about (else it holds in every document).
struct AcceptRule {
  std::string code;    // upper case: "C003"
  std::string unit;    // "Điều 5 khoản 2"
  std::string reason;  // why the group keeps the clause
  std::string file;    // absolute, normalised; empty: any document
  std::string source;  // "rasoat.yaml:12", for messages
};

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
  std::map<std::string, std::size_t> limits;
  std::vector<AcceptRule> accept;  // findings the group has decided to keep  // `limits:` keys as the --max-* options
                                   // (max-line-length: 50000)
};

// Throws InputError (file and line) on a malformed file; nothing found: nullopt.
std::optional<ProjectConfig> findProjectConfig(const std::string& firstFile);

}  // namespace rasoat::cli
