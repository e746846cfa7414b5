#include "input/word_numbering.h"

#include <charconv>

#include <fmt/format.h>

#include "input/failure.h"
#include "input/number_formats.h"

namespace rasoat::input {

namespace {

constexpr int kLevels = 9;
constexpr int kMaxLinkDepth = 8;  // w:numStyleLink chains, w:basedOn chains: real files use one or two

std::string valueOf(const pugi::xml_node& node) {
  return node.attribute("w:val").value();
}

std::optional<int> intOf(const pugi::xml_node& node) {
  if (!node) return std::nullopt;
  const std::string text = valueOf(node);
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

NumberingRequest requestOf(const pugi::xml_node& numPr) {
  NumberingRequest request;
  if (const pugi::xml_node numId = numPr.child("w:numId")) request.numId = valueOf(numId);
  request.level = intOf(numPr.child("w:ilvl"));
  return request;
}

}  // namespace

WordStyles::WordStyles(const pugi::xml_document& document) {
  for (pugi::xml_node style : document.child("w:styles").children("w:style")) {
    const std::string id = style.attribute("w:styleId").value();
    Style entry;
    entry.basedOn = valueOf(style.child("w:basedOn"));
    entry.numbering = requestOf(style.child("w:pPr").child("w:numPr"));
    if (std::string_view(style.attribute("w:type").value()) == "paragraph" && style.attribute("w:default").as_bool()) {
      default_ = id;
    }
    styles_.emplace(id, std::move(entry));
  }
}

NumberingRequest WordStyles::numberingOf(const std::string& styleId) const {
  NumberingRequest found;
  std::string id = styleId.empty() ? default_ : styleId;
  for (int depth = 0; depth < kMaxLinkDepth && !id.empty(); ++depth) {
    const auto style = styles_.find(id);
    if (style == styles_.end()) break;
    if (!found.numId) found.numId = style->second.numbering.numId;
    if (!found.level) found.level = style->second.numbering.level;
    id = style->second.basedOn;
  }
  return found;
}

WordNumbering::WordNumbering(std::string path, const pugi::xml_document* numbering, WordStyles styles,
                             const Limits& limits)
    : path_(std::move(path)), limits_(limits), styles_(std::move(styles)) {
  if (!numbering) return;
  const pugi::xml_node root = numbering->child("w:numbering");
  auto readLevel = [](const pugi::xml_node& node, Level& level) {
    if (const auto format = node.child("w:numFmt")) level.format = valueOf(format);
    if (const auto text = node.child("w:lvlText")) level.text = valueOf(text);
    if (const auto start = intOf(node.child("w:start"))) level.start = *start;
    if (const auto restart = intOf(node.child("w:lvlRestart"))) level.restart = *restart;
    if (const auto suffix = node.child("w:suff")) level.suffix = valueOf(suffix);
    if (const auto legal = node.child("w:isLgl")) level.legal = std::string_view(valueOf(legal)) != "0";
    if (const auto style = node.child("w:pStyle")) level.style = valueOf(style);
  };
  for (pugi::xml_node node : root.children("w:abstractNum")) {
    Abstract entry;
    for (pugi::xml_node lvl : node.children("w:lvl")) {
      const int index = lvl.attribute("w:ilvl").as_int(-1);
      if (index >= 0 && index < kLevels) readLevel(lvl, entry.levels[static_cast<std::size_t>(index)]);
    }
    entry.numStyleLink = valueOf(node.child("w:numStyleLink"));
    entry.styleLink = valueOf(node.child("w:styleLink"));
    abstracts_[node.attribute("w:abstractNumId").value()] = std::move(entry);
  }
  for (pugi::xml_node node : root.children("w:num")) {
    Num entry;
    entry.abstractId = valueOf(node.child("w:abstractNumId"));
    for (pugi::xml_node override : node.children("w:lvlOverride")) {
      const int index = override.attribute("w:ilvl").as_int(-1);
      if (index < 0 || index >= kLevels) continue;
      if (const auto start = intOf(override.child("w:startOverride"))) entry.startOverrides[index] = *start;
      if (const auto lvl = override.child("w:lvl")) readLevel(lvl, entry.levelOverrides[index]);
    }
    nums_[node.attribute("w:numId").value()] = std::move(entry);
  }
}

std::string WordNumbering::abstractIdOf(const std::string& numId, int paragraph, int depth) const {
  const auto num = nums_.find(numId);
  const auto abstract = num == nums_.end() ? abstracts_.end() : abstracts_.find(num->second.abstractId);
  if (abstract == abstracts_.end() || depth > kMaxLinkDepth) {
    fail(path_,
         fmt::format("đoạn {} được đánh số theo danh sách {} không có (hoặc lặp vòng) trong word/numbering.xml",
                     paragraph, numId),
         fmt::format("paragraph {} is numbered by list {}, which word/numbering.xml lacks (or which loops)", paragraph,
                     numId));
  }
  // A list defined by a numbering style: the style names the list that holds the levels.
  if (!abstract->second.numStyleLink.empty()) {
    const auto linked = styles_.numberingOf(abstract->second.numStyleLink).numId;
    if (linked && *linked != numId) return abstractIdOf(*linked, paragraph, depth + 1);
  }
  return abstract->first;
}

WordNumbering::Levels WordNumbering::levelsOf(const std::string& numId, int paragraph) const {
  Levels levels = abstracts_.at(abstractIdOf(numId, paragraph)).levels;
  const Num& num = nums_.at(numId);
  for (const auto& [index, level] : num.levelOverrides) levels[static_cast<std::size_t>(index)] = level;
  for (const auto& [index, start] : num.startOverrides) levels[static_cast<std::size_t>(index)].start = start;
  return levels;
}

// Lists that share an abstract numbering share their counters (Word continues
// them), unless a list restarts it with w:startOverride.
std::string WordNumbering::listKey(const std::string& numId, int paragraph) const {
  const Num& num = nums_.at(numId);
  if (!num.startOverrides.empty() || !num.levelOverrides.empty()) return "num:" + numId;
  return "abstract:" + abstractIdOf(numId, paragraph);
}

std::string WordNumbering::formatValue(const Level& level, int value, bool legal) const {
  if (legal) return std::to_string(value);
  const std::string& format = level.format;
  if (format == "none") return {};
  if (format == "decimalZero") return fmt::format("{:02}", value);
  if (format == "lowerLetter" || format == "upperLetter") return repeatedLetters(value, format[0] == 'u');
  if (format == "lowerRoman" || format == "upperRoman") return romanNumeral(value, format[0] == 'u');
  return std::to_string(value);
}

std::string WordNumbering::next(const std::string& numId, std::optional<int> requested, const std::string& styleId,
                                int paragraph) {
  const Levels levels = levelsOf(numId, paragraph);
  int level = 0;
  if (requested) {
    level = *requested;
  } else {
    for (int i = 0; i < kLevels; ++i) {
      if (!styleId.empty() && levels[static_cast<std::size_t>(i)].style == styleId) level = i;
    }
  }
  if (level < 0 || level >= kLevels) {
    fail(path_, fmt::format("đoạn {} có cấp đánh số {}, ngoài khoảng 0–8 của Word", paragraph, level),
         fmt::format("paragraph {} has numbering level {}, outside Word's 0–8", paragraph, level));
  }
  Counters& counters = counters_[listKey(numId, paragraph)];
  const auto at = static_cast<std::size_t>(level);
  counters.value[at] = counters.used[at] ? counters.value[at] + 1 : levels[at].start;
  counters.used[at] = true;
  if (counters.value[at] < 0 || static_cast<std::size_t>(counters.value[at]) > limits_.maxListNumber) {
    fail(path_,
         fmt::format("đoạn {}: số thứ tự tự động {} vượt giới hạn {} (nâng bằng --max-list-number)", paragraph,
                     counters.value[at], limits_.maxListNumber),
         fmt::format("paragraph {}: automatic number {} over the limit of {} (raise it with --max-list-number)",
                     paragraph, counters.value[at], limits_.maxListNumber));
  }
  // A deeper level starts over when a higher one advances (w:lvlRestart may say
  // after which level, or never).
  for (int deeper = level + 1; deeper < kLevels; ++deeper) {
    const auto& restart = levels[static_cast<std::size_t>(deeper)].restart;
    if (!restart || (*restart != 0 && level < *restart)) counters.used[static_cast<std::size_t>(deeper)] = false;
  }
  const Level& shown = levels[at];
  if (shown.format == "bullet") {
    // A bullet is shown as the dash of a dash item, which the layout reads.
    const bool plain = shown.text == "-" || shown.text == "+";
    return (plain ? shown.text : std::string("-")) + (shown.suffix == "nothing" ? "" : " ");
  }
  std::string number;
  const std::string& text = shown.text;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      const auto of = static_cast<std::size_t>(text[i + 1] - '1');
      const int value = counters.used[of] ? counters.value[of] : levels[of].start;
      number += formatValue(levels[of], value, shown.legal);
      ++i;
    } else {
      number += text[i];
    }
  }
  if (number.empty() || shown.suffix == "nothing") return number;
  return number + " ";
}

}  // namespace rasoat::input
