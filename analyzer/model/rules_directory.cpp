// Where rasoat finds its rules (lexicon, checks' pages, packs, review columns).
// An installed binary must not depend on the source tree it was built from, and
// a build that was never installed must not need installing: so the rules
// beside the binary come first, the source tree's second.
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "model/lexicon.h"

#ifndef RASOAT_RULES_DIR
#define RASOAT_RULES_DIR "rules"
#endif
// The installed rules relative to the installed binary's directory (CMake
// computes it from GNUInstallDirs: "../share/rasoat/rules").
#ifndef RASOAT_RULES_FROM_BINARY
#define RASOAT_RULES_FROM_BINARY "../share/rasoat/rules"
#endif

namespace rasoat::model {

namespace {

namespace fs = std::filesystem;

// The rules installed beside the running binary, or "" when there are none.
std::string rulesBesideBinary() {
  std::error_code error;
  const fs::path binary = fs::read_symlink("/proc/self/exe", error);
  if (error || binary.empty()) return {};
  const fs::path rules = (binary.parent_path() / RASOAT_RULES_FROM_BINARY).lexically_normal();
  if (!fs::is_directory(rules / "lexicon", error)) return {};
  return rules.string();
}

}  // namespace

std::string Lexicon::defaultRulesDirectory() {
  if (const char* rules = std::getenv("RASOAT_RULES"); rules != nullptr && *rules != '\0') return rules;
  static const std::string installed = rulesBesideBinary();
  return installed.empty() ? std::string(RASOAT_RULES_DIR) : installed;
}

}  // namespace rasoat::model
