#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

// Which column of a reviewer sheet holds what, by its heading: the headings'
// words are data (rules/review/sheet.yaml), never C++ literals.
namespace rasoat::review {

enum class SheetColumn { unit, comment, reviewer, wording };

class SheetHeadings {
 public:
  // rules/review/sheet.yaml under the rules directory; InputError naming the
  // file and line when it is malformed.
  static SheetHeadings load(const std::string& path);
  static SheetHeadings loadDefault();

  // The column a heading cell names; nothing when it names none.
  std::optional<SheetColumn> columnOf(const std::string& heading) const;
  // The columns of a heading row (index of the cell for each column found);
  // empty when the row is not a heading row (it names no comment column).
  std::map<SheetColumn, std::size_t> read(const std::vector<std::string>& cells) const;

 private:
  std::vector<std::pair<std::string, SheetColumn>> phrases_;  // matching keys
};

}  // namespace rasoat::review
