#include "model/abbreviations.h"

#include <algorithm>

#include "text/matching.h"

namespace rasoat::model {
namespace {

using Kind = Element::Kind;

constexpr std::size_t kMaxAbbreviationWords = 6;

std::size_t wordCount(const std::string& text) {
  std::size_t words = 0;
  bool inWord = false;
  for (char c : text) {
    const bool space = c == ' ';
    if (!space && !inWord) ++words;
    inWord = !space;
  }
  return words;
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(' ');
  return text.substr(first, last - first + 1);
}

// The body named last before the cue, when no verb follows it: "Ban Chấp hành
// Đảng bộ xã (" names the committee; "Ban Thường vụ quyết định các việc (" does not.
std::optional<Meaning> bodyBefore(const std::string& before, const ClauseReader& reader) {
  const ClauseReading reading = reader.read(before);
  std::optional<Meaning> body;
  for (const Element& element : reading.elements) {
    if (element.kind == Kind::verbs) body.reset();
    if (element.kind == Kind::actors && element.tags.size() == 1) body = element.tags.front().meaning;
  }
  return body;
}

// The short name: the words after the cue up to the next comma, semicolon,
// colon or bracket.
std::string shortName(const std::string& after) {
  const auto end = after.find_first_of(",;:()");
  return trimmed(after.substr(0, end));
}

void readUnit(const syntax::Unit& unit, const ClauseReader& reader, Lexicon& lexicon, FoldedTexts& keys) {
  for (const std::string* text : {&unit.title, &unit.text}) {
    if (text->empty()) continue;
    const std::string& key = keys[text] = text::matchKey(*text);
    for (const std::string& cue : lexicon.cue("abbreviation_links")) {
      const auto at = key.find(" " + cue + " ");
      if (at == std::string::npos) continue;
      const std::string name = shortName(key.substr(at + cue.size() + 2));
      const std::optional<Meaning> body = bodyBefore(key.substr(0, at), reader);
      if (body && !name.empty() && wordCount(name) <= kMaxAbbreviationWords) lexicon.addAlias(name, *body);
      break;
    }
  }
  for (const syntax::Unit& child : unit.children) readUnit(child, reader, lexicon, keys);
}

}  // namespace

void readAbbreviations(const syntax::Unit& root, const ClauseReader& reader, Lexicon& lexicon, FoldedTexts& keys) {
  readUnit(root, reader, lexicon, keys);
}

bool givesAbbreviation(const std::string& key, const Lexicon& lexicon) {
  const auto& cues = lexicon.cue("abbreviation_links");
  return std::any_of(cues.begin(), cues.end(),
                     [&](const std::string& cue) { return key.find(" " + cue + " ") != std::string::npos; });
}

}  // namespace rasoat::model
