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

// "khoản 2 Điều 5", "ngày 30/7/2021", "Quy định số 24-QĐ/TW": a number after a
// reference word (cue `references`) or before "-" or "/" is no amount.
bool isReference(const std::vector<Element>& elements, std::size_t at, const Lexicon& lexicon) {
  const auto& words = lexicon.cue("references");
  const bool afterWord = at > 0 && std::find(words.begin(), words.end(), elements[at - 1].text) != words.end();
  return afterWord || (at + 1 < elements.size() && elements[at + 1].link == Element::Link::dash);
}

void unboundNumbers(const std::vector<Atom>& atoms, const Provision& provision, const Lexicon& lexicon,
                    std::vector<std::string>& parts) {
  for (const Atom& atom : atoms) {
    if (!atom.number) continue;
    if (!provision.matter || !lexicon.hasAttribute(*provision.matter, atom.attribute))
      addOnce(parts, atom.number->text);
  }
}

// "trong phạm vi dự toán …" (cue `scope_limits`) left to words the grammar
// does not type: the power is limited in a way the model cannot state, so the
// limit is named as not understood (with the word after it) and the reading
// is not sure.
void unreadScopeLimits(const std::vector<Element>& elements, const Lexicon& lexicon, std::vector<std::string>& parts) {
  for (const std::string& phrase : lexicon.cue("scope_limits")) {
    for (std::size_t i = 0; i < elements.size(); ++i) {
      std::string spelled;
      std::size_t end = i;
      while (end < elements.size() && elements[end].kind == Kind::other && spelled.size() < phrase.size()) {
        spelled += (spelled.empty() ? "" : " ") + elements[end++].text;
      }
      if (spelled != phrase) continue;
      // With the two syllables after it ("trong phạm vi dự toán") to say which limit.
      for (std::size_t after = 0; after < 2 && end < elements.size() && elements[end].kind == Kind::other; ++after) {
        spelled += " " + elements[end++].text;
      }
      addOnce(parts, spelled);
    }
  }
}

// "không được quyết định … về nhân sự thuộc diện này": a management list not
// named by its body (the grammar reads "thuộc diện Ban Thường vụ quản lý") is
// left to the plain words, and what it limits is not understood.
bool unnamedManagementList(const Element& element, const Lexicon& lexicon) {
  if (element.kind != Kind::other) return false;
  const auto* meanings = lexicon.meanings(Lexicon::phraseKey(element.text));
  return meanings && std::any_of(meanings->begin(), meanings->end(),
                                 [](const Meaning& meaning) { return meaning.kind == Meaning::Kind::managedBy; });
}

}  // namespace

std::vector<std::string> unreadParts(const std::vector<Element>& elements, const Lexicon& lexicon) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < elements.size(); ++i) {
    const Element& element = elements[i];
    const bool nextIsWord = i + 1 < elements.size() && elements[i + 1].kind != Kind::punctuation;
    // Joined only for a part kept: most elements are none.
    const auto withNext = [&] { return nextIsWord ? element.text + " " + elements[i + 1].text : element.text; };
    const bool number = element.number || hasDigit(element.text);
    if (element.kind == Kind::other && number && !isReference(elements, i, lexicon)) addOnce(parts, withNext());
    if (unnamedManagementList(element, lexicon)) addOnce(parts, withNext());
    // Negation is grammar (ClauseParser.g4 `negation`): the interpreter attaches
    // it to the power verb it stands before, so it is never left unread here.
  }
  unreadScopeLimits(elements, lexicon, parts);
  return parts;
}

// "ngoại trừ đảng viên là đảng ủy viên": an exception the grammar types no
// condition in (no category, bound, management list or matter before the next
// mark) limits the power in a way the model cannot state.
std::vector<std::string> unreadExceptions(const std::vector<Element>& elements) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < elements.size(); ++i) {
    if (elements[i].kind != Kind::exception) continue;
    std::string spelled = elements[i].text;
    bool typed = false;
    for (std::size_t j = i + 1; j < elements.size() && elements[j].kind != Kind::punctuation; ++j) {
      const Kind kind = elements[j].kind;
      typed = typed || kind == Kind::category || kind == Kind::condition || kind == Kind::managedBy ||
              kind == Kind::matter || kind == Kind::deadline;
      if (j <= i + 3) spelled += " " + elements[j].text;
    }
    if (!typed) addOnce(parts, spelled);
  }
  return parts;
}

// Whether the words (each after a space) are all phrases of `phrases`.
static bool coveredBy(std::string words, const std::vector<std::string>& phrases) {
  std::vector<std::string> longestFirst(phrases.begin(), phrases.end());
  std::sort(longestFirst.begin(), longestFirst.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const std::string& phrase : longestFirst) {
    const std::string spaced = " " + phrase;
    for (std::size_t at = words.find(spaced); at != std::string::npos; at = words.find(spaced, at)) {
      const std::size_t after = at + spaced.size();
      if (after < words.size() && words[after] != ' ') {
        at = after;
        continue;
      }
      words.erase(at, spaced.size());
    }
  }
  return words.find_first_not_of(' ') == std::string::npos;
}

static std::vector<std::string> unreadFrontedTrigger(const std::vector<Element>& elements, const Lexicon& lexicon);

namespace {

bool typedCondition(const Element& e) {
  return e.kind == Kind::category || e.kind == Kind::condition || e.kind == Kind::managedBy || e.kind == Kind::vague ||
         e.kind == Kind::deadline || e.kind == Kind::frequency || e.kind == Kind::occasion;
}

bool spells(const std::string& text, const std::vector<std::string>& words) {
  return std::find(words.begin(), words.end(), text) != words.end();
}

// "Cho ý kiến … khi Ban Giám đốc Trung tâm đề nghị": a trigger after the verb,
// to the next punctuation, with no condition the grammar types. A time ("trước
// khi", "sau khi", "ngay khi": cue `timing`) is none; nor is an occasion of a
// meeting ("khi có trên một phần ba số ủy viên đề nghị": cue `existential`), nor
// the absence a stand-in covers.
void unreadTrailingTriggers(const std::vector<Element>& elements, const Lexicon& lexicon,
                            std::vector<std::string>& parts) {
  bool afterVerb = false;
  for (std::size_t i = 0; i < elements.size(); ++i) {
    afterVerb = afterVerb || elements[i].kind == Kind::verbs;
    if (!afterVerb || elements[i].kind != Kind::other || !spells(elements[i].text, lexicon.cue("triggers"))) continue;
    bool timed = i > 0 && (spells(elements[i - 1].text, lexicon.cue("timing")) ||
                           spells(elements[i - 1].text + " " + elements[i].text, lexicon.cue("timing")));
    std::size_t end = i + 1;
    while (end < elements.size() && elements[end].kind != Kind::punctuation) ++end;
    // "bầu bổ sung khi khuyết": a time of the cue list that starts with the trigger.
    timed = timed || (end > i + 1 && spells(elements[i].text + " " + elements[i + 1].text, lexicon.cue("timing")));
    if (timed || end == i + 1 || spells(elements[i + 1].text, lexicon.cue("existential"))) continue;
    const bool typed = std::any_of(elements.begin() + static_cast<long>(i) + 1,
                                   elements.begin() + static_cast<long>(end), typedCondition);
    std::string words;
    for (std::size_t w = i + 1; w < end; ++w)
      if (elements[w].kind != Kind::actors && elements[w].link == Element::Link::none) words += " " + elements[w].text;
    if (typed || coveredBy(words, lexicon.cue("absence"))) continue;
    std::string spelled;
    for (std::size_t w = i; w < end && w < i + 5; ++w) spelled += (w == i ? "" : " ") + elements[w].text;
    addOnce(parts, spelled);
  }
}

}  // namespace

std::vector<std::string> unreadTriggers(const std::vector<Element>& elements, const Lexicon& lexicon) {
  std::vector<std::string> parts;
  unreadTrailingTriggers(elements, lexicon, parts);
  for (const std::string& part : unreadFrontedTrigger(elements, lexicon)) addOnce(parts, part);
  return parts;
}

// "Khi Công ty xảy ra tranh chấp lao động tập thể, …": a trigger (cue
// `triggers`) that opens the clause and runs to its first comma, with no
// condition the grammar types in it (no category, bound, management list or
// vague time), limits what follows in a way the model cannot state.
static std::vector<std::string> unreadFrontedTrigger(const std::vector<Element>& elements, const Lexicon& lexicon) {
  std::string opening;
  std::size_t end = 0;
  while (end < elements.size() && elements[end].kind != Kind::punctuation) ++end;
  if (end == elements.size() || elements[end].link != Element::Link::comma) return {};
  std::size_t opened = 0;
  for (std::size_t i = 0; i < end && i < 3 && opened == 0; ++i) {
    opening += (i == 0 ? "" : " ") + elements[i].text;
    const auto& words = lexicon.cue("triggers");
    if (std::find(words.begin(), words.end(), opening) != words.end()) opened = i + 1;
  }
  if (opened == 0) return {};
  const bool typed = std::any_of(elements.begin(), elements.begin() + static_cast<long>(end), [](const Element& e) {
    return e.kind == Kind::category || e.kind == Kind::condition || e.kind == Kind::managedBy ||
           e.kind == Kind::vague || e.kind == Kind::deadline || e.kind == Kind::frequency;
  });
  // "Khi Bí thư đi công tác, học tập dài ngày, …", "Khi (Bí thư) vắng mặt, …":
  // the absence a stand-in covers (cue `absence`) is read; the bodies and the
  // links between them say whose.
  std::string words;
  for (std::size_t i = opened; i < end; ++i)
    if (elements[i].kind != Kind::actors && elements[i].link == Element::Link::none) words += " " + elements[i].text;
  if (typed || coveredBy(words, lexicon.cue("absence"))) return {};
  std::string spelled;
  for (std::size_t i = 0; i < end && i < 5; ++i) spelled += (i == 0 ? "" : " ") + elements[i].text;
  return {spelled};
}

Reading readingOf(const Provision& provision, const std::vector<std::string>& clauseParts, bool readable,
                  const Lexicon& lexicon) {
  // The words around its own verb the interpreter left unread, then the clause's.
  Reading reading;
  reading.notUnderstood = provision.reading.notUnderstood;
  for (const std::string& part : clauseParts) addOnce(reading.notUnderstood, part);
  if (!provision.actor.resolved()) addOnce(reading.notUnderstood, provision.actor.text);
  unboundNumbers(provision.condition.atoms, provision, lexicon, reading.notUnderstood);
  for (const auto& exception : provision.condition.exceptions) {
    unboundNumbers(exception, provision, lexicon, reading.notUnderstood);
  }
  const bool matterKnown = provision.matter && lexicon.matter(*provision.matter);
  reading.sure =
      readable && reading.notUnderstood.empty() && provision.actor.resolved() && !provision.actor.vague && matterKnown;
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
