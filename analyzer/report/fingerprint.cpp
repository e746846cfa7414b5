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

}  // namespace

std::string fingerprintOf(const std::string& code, const std::string& unit, const std::string& clauseText) {
  // Unit separators keep "C00"+"1 Điều" apart from "C001"+" Điều".
  const std::string key = code + '\x1f' + text::wordKey(unit) + '\x1f' + text::wordKey(clauseText);
  return fmt::format("{:016x}", fnv1a(key));
}

FindingIdentity FindingIdentities::of(const Diagnostic& finding) const {
  if (finding.code.empty()) return {};
  const QuotedClause clause = clauses_.quote(finding.path, finding.range);
  return FindingIdentity{clause.unit, fingerprintOf(finding.code, clause.unit, clause.text),
                         fingerprintOf(finding.code, "", clause.text)};
}

}  // namespace rasoat::report
