#pragma once

#include <map>
#include <string>
#include <vector>

#include "amend/amendment.h"
#include "syntax/syntax_tree.h"

// The units of one version of a regulation in reading order, each with its
// label ("Điều 5 khoản 2", as the comparison table writes it) and its path:
// where a comment is put, and how the table is ordered.
namespace rasoat::review {

struct IndexedUnit {
  const syntax::Unit* unit = nullptr;
  std::string label;     // empty for the document as a whole
  amend::UnitPath path;  // empty for the document as a whole
  int order = 0;         // reading order; the document is 0
  int depth = 0;         // 0 document, 1 chapter, ...
  const IndexedUnit* parent = nullptr;
};

class UnitIndex {
 public:
  explicit UnitIndex(const syntax::Document& document);
  UnitIndex(const UnitIndex&) = delete;
  UnitIndex& operator=(const UnitIndex&) = delete;

  const IndexedUnit& root() const { return units_.front(); }
  const IndexedUnit& of(const syntax::Unit* unit) const;  // the root for units not in the tree
  const std::vector<IndexedUnit>& units() const { return units_; }

  // The unit a reviewer names ("Điều 5 khoản 2", "khoản 2 Điều 5"); the root
  // when the text names no unit of this document.
  const IndexedUnit& named(const std::string& written) const;
  // The smallest unit whose lines hold the lines first..last (the root when
  // they are outside every unit).
  const IndexedUnit& holding(int first, int last) const;

 private:
  void add(const syntax::Unit& unit, const amend::UnitPath& path, int depth, const IndexedUnit* parent);

  const syntax::Document& document_;
  std::vector<IndexedUnit> units_;
  std::map<const syntax::Unit*, std::size_t> positions_;
};

// The lines a unit spans, from its marker to its last line.
std::pair<int, int> unitLines(const syntax::Unit& unit);

}  // namespace rasoat::review
