#include "model/reading_certainty.h"

#include <algorithm>

namespace rasoat::model {

namespace {

using Kind = Element::Kind;

bool hasDigit(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void addOnce(std::vector<std::string>& parts, const std::string& part) {
  if (!part.empty() && std::find(parts.begin(), parts.end(), part) == parts.end()) parts.push_back(part);
}

bool isNegation(const Element& element, const Lexicon& lexicon) {
  const auto& words = lexicon.cue("negations");
  return element.kind == Kind::other && std::find(words.begin(), words.end(), element.text) != words.end();
}

// "Điều 18", "khoản 4", "ngày 12/10/2020": a number that names, not one that bounds.
bool isReference(const std::vector<Element>& elements, std::size_t at, const Lexicon& lexicon) {
  if (elements[at].text.find('/') != std::string::npos) return true;
  const auto& words = lexicon.cue("references");
  return at > 0 && std::find(words.begin(), words.end(), elements[at - 1].text) != words.end();
}

bool startsStatement(const std::vector<Element>& elements, std::size_t at) {
  return at == 0 || (elements[at - 1].kind == Kind::punctuation && elements[at - 1].text != ",");
}

// Whether an attribute belongs to the matter or one of its ancestors.
bool attributeOf(const Lexicon& lexicon, const std::string& matter, const std::string& attribute) {
  for (const MatterEntry* entry = lexicon.matter(matter); entry; entry = lexicon.matter(entry->parent)) {
    for (const AttributeEntry& known : entry->attributes) {
      if (known.id == attribute) return true;
    }
    if (entry->parent.empty()) break;
  }
  return false;
}

void unboundNumbers(const std::vector<Atom>& atoms, const Provision& provision, const Lexicon& lexicon,
                    std::vector<std::string>& parts) {
  for (const Atom& atom : atoms) {
    if (!atom.number) continue;
    if (!provision.matter || !attributeOf(lexicon, *provision.matter, atom.attribute))
      addOnce(parts, atom.number->text);
  }
}

}  // namespace

std::vector<std::string> unreadParts(const std::vector<Element>& elements, const Lexicon& lexicon) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < elements.size(); ++i) {
    const Element& element = elements[i];
    const bool nextIsWord = i + 1 < elements.size() && elements[i + 1].kind != Kind::punctuation;
    const std::string withNext = nextIsWord ? element.text + " " + elements[i + 1].text : element.text;
    if (element.kind == Kind::other && hasDigit(element.text) && !isReference(elements, i, lexicon))
      addOnce(parts, withNext);
    // A negation before a power verb or a deontic marker: "Không giao cho …" at the
    // start of a statement is read as a prohibition; elsewhere ("… không ủy quyền …",
    // "không có quyền") it is not. Before other words ("không thuộc diện") it is read.
    const Kind next = nextIsWord ? elements[i + 1].kind : Kind::punctuation;
    const bool beforePower = next == Kind::verbs || next == Kind::deontic;
    const bool readNegation = next == Kind::verbs && startsStatement(elements, i);
    if (isNegation(element, lexicon) && beforePower && !readNegation) addOnce(parts, withNext);
  }
  return parts;
}

Reading readingOf(const Provision& provision, const std::vector<std::string>& clauseParts, bool readable,
                  const Lexicon& lexicon) {
  Reading reading;
  reading.notUnderstood = clauseParts;
  if (!provision.actor.resolved()) addOnce(reading.notUnderstood, provision.actor.text);
  unboundNumbers(provision.condition.atoms, provision, lexicon, reading.notUnderstood);
  for (const auto& exception : provision.condition.exceptions) {
    unboundNumbers(exception, provision, lexicon, reading.notUnderstood);
  }
  const bool matterKnown = provision.matter && lexicon.matter(*provision.matter);
  reading.sure = readable && reading.notUnderstood.empty() && provision.actor.resolved() && !provision.actor.vague &&
                 matterKnown;
  return reading;
}

Reading readingOf(const Parameter& parameter, const std::vector<std::string>& clauseParts, bool readable) {
  Reading reading;
  reading.notUnderstood = clauseParts;
  if (!parameter.actor.resolved()) addOnce(reading.notUnderstood, parameter.actor.text);
  reading.sure = readable && reading.notUnderstood.empty() && parameter.actor.resolved() && !parameter.actor.vague;
  return reading;
}

}  // namespace rasoat::model
