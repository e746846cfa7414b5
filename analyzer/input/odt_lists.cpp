#include "input/odt_lists.h"

#include <string_view>

#include "input/number_formats.h"

namespace rasoat::input {

namespace {

OdtListLevel levelOf(const pugi::xml_node& node) {
  OdtListLevel level;
  level.bullet = std::string_view(node.name()) == "text:list-level-style-bullet";
  level.format = node.attribute("style:num-format").value();
  level.prefix = node.attribute("style:num-prefix").value();
  level.suffix = node.attribute("style:num-suffix").value();
  level.bulletChar = node.attribute("text:bullet-char").value();
  level.start = node.attribute("text:start-value").as_int(1);
  level.displayLevels = node.attribute("text:display-levels").as_int(1);
  const std::string_view followed = node.child("style:list-level-properties")
                                        .child("style:list-level-label-alignment")
                                        .attribute("text:label-followed-by")
                                        .value();
  level.followedBySpace = followed != "nothing";
  return level;
}

void readLevels(const pugi::xml_node& style, OdtListStyle& levels) {
  for (pugi::xml_node node : style.children()) {
    const std::string_view name = node.name();
    if (name != "text:list-level-style-number" && name != "text:list-level-style-bullet" &&
        name != "text:outline-level-style") {
      continue;
    }
    const int index = node.attribute("text:level").as_int(0);
    if (index >= 1 && index <= kOdtLevels) levels[static_cast<std::size_t>(index - 1)] = levelOf(node);
  }
}

std::string formatted(const std::string& format, int value) {
  if (format.empty()) return {};
  if (format == "a" || format == "A") return repeatedLetters(value, format == "A");
  if (format == "i" || format == "I") return romanNumeral(value, format == "I");
  return std::to_string(value);
}

}  // namespace

void OdtStyles::read(const pugi::xml_node& container) {
  for (pugi::xml_node node : container.children()) {
    const std::string_view name = node.name();
    if (name == "text:list-style") readLevels(node, lists_[node.attribute("style:name").value()]);
    if (name == "text:outline-style") readLevels(node, outline_);
    if (name == "style:style") {
      paragraphStyles_[node.attribute("style:name").value()] = {node.attribute("style:list-style-name").value(),
                                                                node.attribute("style:parent-style-name").value()};
    }
  }
}

const OdtListStyle* OdtStyles::listStyle(const std::string& name) const {
  const auto found = lists_.find(name);
  return found == lists_.end() ? nullptr : &found->second;
}

std::string OdtStyles::listStyleOfParagraphStyle(const std::string& name) const {
  std::string current = name;
  for (int depth = 0; depth < 16 && !current.empty(); ++depth) {
    const auto found = paragraphStyles_.find(current);
    if (found == paragraphStyles_.end()) return {};
    if (!found->second.first.empty()) return found->second.first;
    current = found->second.second;
  }
  return {};
}

std::string odtLabel(const OdtListStyle& style, const std::array<int, kOdtLevels>& counters, int level) {
  const OdtListLevel& shown = style[static_cast<std::size_t>(level)];
  if (shown.bullet) {
    const bool plain = shown.bulletChar == "-" || shown.bulletChar == "+";
    return (plain ? shown.bulletChar : std::string("-")) + " ";
  }
  std::string number;
  const int from = std::max(0, level - std::max(shown.displayLevels, 1) + 1);
  for (int i = from; i <= level; ++i) {
    const auto at = static_cast<std::size_t>(i);
    const std::string part = formatted(style[at].format, counters[at]);
    if (!number.empty() && !part.empty()) number += '.';
    number += part;
  }
  if (number.empty() && shown.prefix.empty() && shown.suffix.empty()) return {};
  return shown.prefix + number + shown.suffix + (shown.followedBySpace ? " " : "");
}

}  // namespace rasoat::input
