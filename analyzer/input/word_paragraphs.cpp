#include "input/word_paragraphs.h"

#include <string_view>

namespace rasoat::input {

std::vector<pugi::xml_node> wordParagraphs(const pugi::xml_node& body) {
  std::vector<pugi::xml_node> paragraphs;
  // Iterative pre-order walk: a hostile file may nest deeper than the stack allows.
  pugi::xml_node node = body.first_child();
  while (node) {
    const std::string_view name = node.name();
    const bool element = node.type() == pugi::node_element;
    if (element && name == "w:p") paragraphs.push_back(node);
    if (element && name != "mc:Fallback" && node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (node && !node.next_sibling() && node != body) node = node.parent();
    if (!node || node == body) break;
    node = node.next_sibling();
  }
  return paragraphs;
}

pugi::xml_node ancestorNamed(const pugi::xml_node& node, const char* name) {
  for (pugi::xml_node up = node.parent(); up; up = up.parent()) {
    if (std::string_view(up.name()) == name) return up;
  }
  return {};
}

}  // namespace rasoat::input
