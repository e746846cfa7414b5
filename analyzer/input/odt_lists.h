#pragma once

#include <array>
#include <map>
#include <string>

#include <pugixml.hpp>

namespace rasoat::input {

// One level of an OpenDocument list style (text:list-level-style-number or
// -bullet): how LibreOffice shows the label of an item at that level.
struct OdtListLevel {
  bool bullet = false;
  std::string format;  // style:num-format: 1 a A i I, empty for none
  std::string prefix, suffix;
  std::string bulletChar;
  int start = 1;          // text:start-value
  int displayLevels = 1;  // text:display-levels: "1.2." shows two
  bool followedBySpace = true;
};

constexpr int kOdtLevels = 10;
using OdtListStyle = std::array<OdtListLevel, kOdtLevels>;

// The list styles (text:list-style, and the outline style of headings) and the
// paragraph styles that name them, from styles.xml and content.xml.
class OdtStyles {
 public:
  void read(const pugi::xml_node& stylesContainer);
  const OdtListStyle* listStyle(const std::string& name) const;
  // The list style a paragraph style carries (style:list-style-name, inherited).
  std::string listStyleOfParagraphStyle(const std::string& name) const;
  const OdtListStyle& outline() const { return outline_; }

 private:
  std::map<std::string, OdtListStyle> lists_;
  std::map<std::string, std::pair<std::string, std::string>> paragraphStyles_;  // name → (list style, parent)
  OdtListStyle outline_;
};

// The label of an item: the counters of levels 1..level, shown as the level's style says.
std::string odtLabel(const OdtListStyle& style, const std::array<int, kOdtLevels>& counters, int level);

}  // namespace rasoat::input
