#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/localized_text.h"
#include "base/source_position.h"
#include "checks/check.h"
#include "model/model.h"

namespace rasoat::report {

// A clause quoted next to a finding.
struct QuotedClause {
  std::string path;
  int line = 0;
  std::string document;  // the document's number
  std::string unit;      // "Điều 5 khoản 2", empty when the place is not a numbered clause
  std::string text;
  LocalizedText note;  // what the finding says about it (related locations)
  // In a document read from Word, LibreOffice or PDF, its paragraph: the line
  // numbers of its text rendering mean nothing to the user. 0 in a text file.
  int paragraph = 0;
};

// Where a quoted clause is, as a reader finds it: its unit ("Điều 5 khoản 2"),
// else its paragraph or line; then the document's number.
std::string placeOf(const QuotedClause& clause, Language language);
// Where a finding is: "path:line:column" in a text file, "path, đoạn N" in an
// office document (`clause` is the one quoted at the finding).
std::string whereOf(const Diagnostic& finding, const QuotedClause& clause, Language language);

// A clause the tool could not read as definite powers, and its paragraph in an
// office document (0 in a text file).
struct UnreadClause {
  model::ClauseStatus status;
  int paragraph = 0;
};
// "Điều 1 khoản 1 (dòng 13)", or "(đoạn 13)" in an office document.
std::string placeOf(const UnreadClause& clause, Language language);

// The numbered clauses and points of every document, by path, sorted by where
// they start: finds the clause around a line in logarithmic time.
class ClauseIndex {
 public:
  explicit ClauseIndex(const std::vector<std::unique_ptr<checks::CheckedDocument>>& documents);

  // The clause a location points into: the innermost numbered clause or point
  // around its line, else the line itself.
  QuotedClause quote(const std::string& path, Range range) const;

 private:
  struct Entry {
    const checks::CheckedDocument* document = nullptr;
    std::vector<const model::SourceRef*> units;
  };
  std::map<std::string, Entry> byPath_;
};

}  // namespace rasoat::report
