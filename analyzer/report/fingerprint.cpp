#include "report/fingerprint.h"

#include <cstdint>

#include <fmt/format.h>

#include "text/word_diff.h"

namespace rasoat::report {

namespace {

// FNV-1a, 64 bits: stable across platforms and releases, which a baseline
// file kept in a repository needs (std::hash is neither).
std::uint64_t fnv1a(const std::string& bytes) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

// The fingerprint of the word keys of a unit and of its text.
std::string fingerprintOfKeys(const std::string& code, const std::string& unitKey, const std::string& textKey) {
  // Unit separators keep "C00"+"1 Điều" apart from "C001"+" Điều".
  const std::string key = code + '\x1f' + unitKey + '\x1f' + textKey;
  return fmt::format("{:016x}", fnv1a(key));
}

}  // namespace

std::string fingerprintOf(const std::string& code, const std::string& unit, const std::string& clauseText) {
  return fingerprintOfKeys(code, text::wordKey(unit), text::wordKey(clauseText));
}

FindingIdentity FindingIdentities::of(const Diagnostic& finding) const {
  if (finding.code.empty()) return {};
  const QuotedClause clause = clauses_.quote(finding.path, finding.range);
  // Both fingerprints read the clause's words: its key is made once.
  const std::string textKey = text::wordKey(clause.text);
  return FindingIdentity{clause.unit, fingerprintOfKeys(finding.code, text::wordKey(clause.unit), textKey),
                         fingerprintOfKeys(finding.code, text::wordKey(""), textKey)};
}

}  // namespace rasoat::report
