#include "model/statement.h"

#include <algorithm>
#include <set>
#include <sstream>

namespace rasoat::model {

namespace {

using Kind = Element::Kind;
using Link = Element::Link;

bool isTime(Unit unit) {
  return unit == Unit::day || unit == Unit::workday || unit == Unit::week || unit == Unit::month;
}

// Whether only the body a subordinate verb names stands between it and the
// next verb: "trình Ban Thường vụ hoặc Thường trực cho chủ trương", "trình
// cấp có thẩm quyền phê duyệt" — bodies the lexicon knows and vague ones;
// with `unknownWords`, a few words it does not know ("trình Tổng công ty phê
// duyệt"). A comma right after the subordinate verb closes its clause.
bool onlyBodiesBetween(const std::vector<Element>& elements, std::size_t subordinate, std::size_t next,
                       bool unknownWords) {
  const std::size_t maxUnknownWords = unknownWords ? 4 : 0;  // "Tổng công ty", "Hội đồng quản trị Công ty"
  if (next <= subordinate + 1) return false;
  std::size_t unknown = 0;
  bool body = false;
  for (std::size_t i = subordinate + 1; i < next; ++i) {
    const Element& element = elements[i];
    const bool listWord = element.link == Link::and_ || element.link == Link::or_;
    const bool plainWord = element.kind == Kind::other && element.link == Link::none && ++unknown <= maxUnknownWords;
    const bool named = element.kind == Kind::actors || element.kind == Kind::vague;
    body = body || named || plainWord;
    const bool comma = element.kind == Kind::punctuation && element.link == Link::comma;
    if (i == subordinate + 1 && !named && !plainWord) return false;
    if (!named && !plainWord && !listWord && !comma) return false;
  }
  return body;
}

bool takesRecipient(Modality modality) {
  return modality == Modality::REPORT || modality == Modality::DELEGATE || modality == Modality::ACCOUNTABLE ||
         modality == Modality::PROPOSE;
}

// Whether the span's plain words contain a cue; cues may span several tokens
// ("sinh hoạt"). Words inside a recognised phrase ("giữa hai kỳ họp") do not count.
// The plain words of a span, with "|" for each recognised phrase.
std::string plainText(const std::vector<Element>& elements, std::size_t from, std::size_t to, bool verbs) {
  std::string text = " ";
  for (std::size_t i = from; i < to; ++i) {
    const bool plain = elements[i].kind == Kind::other || (verbs && elements[i].kind == Kind::verbs) ||
                       elements[i].kind == Kind::share;
    text += plain ? elements[i].text + " " : "| ";
  }
  return text;
}

bool containsWord(const std::string& text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& word) { return text.find(" " + word + " ") != std::string::npos; });
}

bool mentions(const std::vector<Element>& elements, std::size_t from, std::size_t to,
              const std::vector<std::string>& words, bool verbs = true) {
  return containsWord(plainText(elements, from, to, verbs), words);
}

// Like mentions, but a word inside one of `besides` does not count: "báo cáo
// tại kỳ họp cuối năm" names a meeting as the occasion of a report.
bool mentionsBesides(const std::vector<Element>& elements, std::size_t from, std::size_t to,
                     const std::vector<std::string>& words, const std::vector<std::string>& besides) {
  std::string text = plainText(elements, from, to, false);
  for (const std::string& phrase : besides) {
    for (auto at = text.find(" " + phrase + " "); at != std::string::npos; at = text.find(" " + phrase + " "))
      text.replace(at, phrase.size() + 1, " |");
  }
  return containsWord(text, words);
}

// "định kỳ 6 tháng một lần tổ chức giao ban với Đảng ủy Đồn Biên phòng": a
// meeting with another body, whose frequency is not that of the body's own
// meetings.
bool jointMeeting(const std::vector<Element>& elements, std::size_t begin, std::size_t end, const Lexicon& lexicon) {
  std::string text = " ";
  for (std::size_t i = begin; i < end; ++i) {
    if (elements[i].kind == Kind::actors)
      text += "@ ";
    else
      text += (elements[i].kind == Kind::other || elements[i].kind == Kind::matter ? elements[i].text : "|") + " ";
  }
  for (const std::string& word : lexicon.cue("meeting")) {
    for (const std::string& partner : lexicon.cue("meeting_partners")) {
      if (text.find(" " + word + " " + partner + " @ ") != std::string::npos) return true;
    }
  }
  return false;
}

// Whether the meeting a frequency counts is a special one: the meeting word
// nearest before it is followed by a `special_meetings` word ("sinh hoạt chuyên
// đề ít nhất mỗi quý một lần" is no regular meeting of the cell).
bool specialMeeting(const std::vector<Element>& elements, std::size_t from, std::size_t at, const Lexicon& lexicon) {
  // A matter counts here: "sinh hoạt chuyên đề" is also the matter of meetings.
  std::string text = " ";
  for (std::size_t i = from; i < at; ++i) {
    const bool plain = elements[i].kind == Kind::other || elements[i].kind == Kind::matter;
    text += plain ? elements[i].text + " " : "| ";
  }
  std::size_t nearest = std::string::npos;
  std::size_t length = 0;
  for (const std::string& word : lexicon.cue("meeting")) {
    const auto found = text.rfind(" " + word + " ");
    if (found != std::string::npos && (nearest == std::string::npos || found > nearest)) {
      nearest = found;
      length = word.size() + 1;
    }
  }
  if (nearest == std::string::npos) return false;
  const std::string after = text.substr(nearest + length);
  const auto& kinds = lexicon.cue("special_meetings");
  return std::any_of(kinds.begin(), kinds.end(),
                     [&](const std::string& kind) { return after.rfind(" " + kind + " ", 0) == 0; });
}

// "3 tháng" -> 3 months, "hằng quý" -> 3 months, "mỗi năm" -> 12 months; weeks and days stay as they are.
Quantity periodInMonths(const Quantity& period) {
  Quantity months = period;
  if (period.unit == Unit::quarter) months = multiplied(period, 3);
  if (period.unit == Unit::year) months = multiplied(period, 12);
  if (period.unit == Unit::quarter || period.unit == Unit::year || period.unit == Unit::month)
    months.unit = Unit::month;
  return months;
}

// The folded phrases of a span of elements, for a caret under them.
std::vector<std::string> wordsOf(const std::vector<Element>& elements, std::size_t begin, std::size_t end) {
  std::vector<std::string> words;
  for (std::size_t i = begin; i < end && i < elements.size(); ++i)
    if (!elements[i].text.empty()) words.push_back(elements[i].text);
  return words;
}

// "các vấn đề", "chủ trương": a head that the matter after it makes definite.
bool generalHead(const std::string& matter) {
  return matter == "chung" || matter == "chu_truong";
}

// Whether `matter` is a member of the family of one of `matters` ("dau_tu.du_an" of "dau_tu").
bool narrowsAny(const std::string& matter, const std::vector<std::string>& matters) {
  return std::any_of(matters.begin(), matters.end(),
                     [&](const std::string& family) { return matter.starts_with(family + "."); });
}

// Whether two matters are items of a list: a comma, "và" or "hoặc" between them.
bool listedBetween(const std::vector<Element>& elements, std::size_t first, std::size_t second) {
  for (std::size_t i = first + 1; i < second; ++i) {
    const Element& element = elements[i];
    if (element.link == Link::and_ || element.link == Link::or_) return true;
    if (element.kind == Kind::punctuation && element.link == Link::comma) return true;
  }
  return false;
}

// "không ủy quyền", "Ban Thường vụ chưa được quyết định", "không trực tiếp
// quyết định": a negation before a power verb, with nothing between them but
// deontic markers and at most two plain words, forbids the power. "không phải
// báo cáo" (no obligation) forbids nothing; nor does a negation in front of a
// body or a matter ("trường hợp không thống nhất, Bí thư quyết định").
bool negates(const std::vector<Element>& elements, std::size_t begin, std::size_t verb) {
  int words = 0;
  for (std::size_t i = verb; i-- > begin;) {
    const Element& element = elements[i];
    if (element.kind == Kind::negation) return true;
    if (element.kind == Kind::deontic) {
      if (!element.tags.empty() && element.tags.front().meaning.deontic == Deontic::obligation) return false;
      continue;
    }
    if (element.kind != Kind::other || element.text.find(' ') != std::string::npos || ++words > 2) return false;
  }
  return false;
}

}  // namespace

// No words of an object after the verb: only actors, punctuation, time, fixed phrases.
bool StatementInterpreter::objectIsEmpty(const std::vector<Element>& elements, const Group& group) const {
  Span object{group.at + 1, group.objectEnd};
  // "bầu bổ sung khi khuyết theo quy định": what follows "theo" is a ground, not an object.
  for (std::size_t i = object.begin; i < object.end; ++i) {
    if (opensWith(elements, Span{i, object.end}, "object_end")) {
      object.end = i;
      break;
    }
  }
  // "báo cáo Ban Thường vụ tại phiên họp gần nhất": a recipient and a time are
  // no object, nor the meeting that is the occasion ("tại kỳ sinh hoạt").
  for (std::size_t i = object.begin; i < object.end; ++i) {
    if (elements[i].kind == Kind::matter && !followsCue(elements, i + 1, object.begin, "meeting_occasions"))
      return false;
  }
  return plainWordsLeft(elements, object, {"timing", "meeting_occasions", "links", "references"}, true).empty();
}

// The plain words of a span that none of the cues' phrases accounts for; any
// other element (a body, a number, a link) separates words. With
// `spellMatters`, a matter is spelled out too, for cues that hold one ("tại
// kỳ sinh hoạt"); one no cue accounts for is left.
std::vector<std::string> StatementInterpreter::plainWordsLeft(const std::vector<Element>& elements, Span span,
                                                              std::initializer_list<const char*> cues,
                                                              bool spellMatters) const {
  std::string plain = " ";
  for (std::size_t i = span.begin; i < span.end && i < elements.size(); ++i) {
    const Element& element = elements[i];
    const bool plainWord = element.kind == Kind::other && element.link == Link::none && !element.number;
    if (plainWord || (spellMatters && element.kind == Kind::matter)) {
      plain += element.text;
      plain += ' ';
    } else {
      plain += "| ";
    }
  }
  // One pattern buffer for every phrase: called for most statements, with
  // cue lists of dozens of phrases each.
  std::string pattern;
  for (const char* cue : cues) {
    for (const std::string& phrase : lexicon_.cue(cue)) {
      pattern.assign(1, ' ').append(phrase).push_back(' ');
      for (std::size_t at; (at = plain.find(pattern)) != std::string::npos;) plain.erase(at, phrase.size() + 1);
    }
  }
  // The words, split as `std::istream >> word` splits them (the C locale's spaces).
  std::vector<std::string> left;
  const std::string_view spaces = " \t\n\v\f\r";
  for (std::size_t from = plain.find_first_not_of(spaces); from != std::string::npos;) {
    const std::size_t to = std::min(plain.find_first_of(spaces, from), plain.size());
    const std::string_view word = std::string_view(plain).substr(from, to - from);
    if (word != "|") left.emplace_back(word);
    from = plain.find_first_not_of(spaces, to);
  }
  return left;
}

// Whether an actors element names one of the party's own bodies or members, not only agencies.
bool StatementInterpreter::partyBody(const Element& element) const {
  return std::any_of(element.tags.begin(), element.tags.end(), [&](const Tag& tag) {
    const ActorEntry* actor = lexicon_.actor(tag.meaning.id);
    return actor && actor->kind != "agency";
  });
}

// Whether an element, of any kind, is one of a cue's phrases.
bool StatementInterpreter::spells(const Element& element, const char* cue) const {
  const auto& words = lexicon_.cue(cue);
  return std::find(words.begin(), words.end(), element.text) != words.end();
}

bool StatementInterpreter::isCue(const Element& element, const char* cue) const {
  // An occasion ("tại kỳ họp") is a phrase of words: cue lists may name it.
  if (element.kind != Kind::other && element.kind != Kind::verbs && element.kind != Kind::occasion) return false;
  const auto& words = lexicon_.cue(cue);
  return std::find(words.begin(), words.end(), element.text) != words.end();
}

// How many elements just before `at` spell a cue ("kết quả", "tình hình" are
// two tokens each); 0 when they spell none.
std::size_t StatementInterpreter::cueBefore(const std::vector<Element>& elements, std::size_t at, std::size_t begin,
                                            const char* cue) const {
  // The elements before `at`, joined by spaces, are matched against the end
  // of each cue phrase in place: building the joined text for every phrase
  // and every step made this a tenth of the model's time.
  for (const std::string& word : lexicon_.cue(cue)) {
    // A deontic "được" counts only inside a longer cue ("đã được"), never alone
    // ("Ban Thường vụ được quyết định" is a permission, not a passive).
    const bool multiWord = word.find(' ') != std::string::npos;
    std::size_t spelled = 0;  // the elements read so far spell the last `spelled` bytes of the word
    for (std::size_t i = at; i-- > begin;) {
      // Nor does a matter, which a longer cue may hold ("tại kỳ sinh hoạt": an
      // occasion, where "kỳ sinh hoạt" alone names the meeting).
      const bool usable = elements[i].kind == Kind::other || elements[i].kind == Kind::verbs ||
                          elements[i].kind == Kind::occasion ||
                          (multiWord && (elements[i].kind == Kind::deontic || elements[i].kind == Kind::matter));
      if (!usable) break;
      const std::string& text = elements[i].text;
      const std::size_t length = spelled == 0 ? text.size() : text.size() + 1 + spelled;
      if (length > word.size()) break;
      const std::size_t from = word.size() - length;
      if (word.compare(from, text.size(), text) != 0) break;
      if (spelled != 0 && word[from + text.size()] != ' ') break;
      spelled = length;
      if (spelled == word.size()) return at - i;
    }
  }
  return 0;
}

bool StatementInterpreter::followsCue(const std::vector<Element>& elements, std::size_t at, std::size_t begin,
                                      const char* cue) const {
  return cueBefore(elements, at, begin, cue) > 0;
}

// After a link word, or listed after a phrase that follows one: "tình hình tư
// tưởng của cán bộ, đảng viên" (đảng viên is whose thoughts, not who reports).
// Whether a verb phrase ends with one of a cue's words: "dự sinh hoạt với".
bool StatementInterpreter::endsWithCue(const Element& element, const char* cue) const {
  if (element.kind != Kind::verbs) return false;
  return std::any_of(lexicon_.cue(cue).begin(), lexicon_.cue(cue).end(), [&](const std::string& word) {
    return element.text.size() > word.size() && element.text.ends_with(" " + word);
  });
}

// Whether nothing but a time follows a verb up to the end of its sentence:
// "… với chi bộ phụ trách ít nhất mỗi quý một lần." Words right before a
// frequency or deadline are its comparator ("ít nhất"), which the frequency
// grammar leaves outside its phrase.
bool StatementInterpreter::onlyTimeAfter(const std::vector<Element>& elements, std::size_t verb,
                                         std::size_t end) const {
  std::size_t stop = verb + 1;
  while (stop < end && elements[stop].kind != Kind::punctuation) ++stop;
  for (std::size_t i = verb + 1; i < stop; ++i) {
    const Kind kind = elements[i].kind;
    if (kind != Kind::frequency && kind != Kind::deadline && kind != Kind::other) return false;
  }
  std::size_t time = verb + 1;
  while (time < stop && elements[time].kind != Kind::frequency && elements[time].kind != Kind::deadline) ++time;
  const bool comparator = time < stop && time <= verb + 3;
  return comparator || plainWordsLeft(elements, Span{verb + 1, stop}, {"timing"}).empty();
}

bool StatementInterpreter::linkedPhrase(const std::vector<Element>& elements, std::size_t at, std::size_t begin) const {
  if (followsCue(elements, at, begin, "links")) return true;
  // "dự sinh hoạt với chi bộ …": the link word closes the verb phrase before the body.
  if (at > begin && endsWithCue(elements[at - 1], "links")) return true;
  // "Khi vắng mặt hội nghị Ban Chấp hành, phải báo cáo …": the body owns the
  // meeting named before it (`names_owner` in matters.yaml); at the head of the
  // statement the meeting and its body act together ("Hội nghị Ban Chấp hành quyết định").
  // Of a list right after it only the first body is the owner ("sau phiên họp Ban
  // Thường vụ, Thường trực Đảng ủy quyết định", see findSubjects).
  if (at > begin + 1 && elements[at - 1].kind == Kind::matter && !elements[at - 1].tags.empty() &&
      actorsOf(elements[at]).size() == 1) {
    const MatterEntry* meeting = lexicon_.matter(elements[at - 1].tags.front().meaning.id);
    if (meeting && meeting->namesOwner) return true;
  }
  std::size_t i = at;
  while (i > begin && (elements[i - 1].link == Link::and_ ||
                       (elements[i - 1].kind == Kind::punctuation && elements[i - 1].text == ",")))
    --i;
  if (i == at || i == begin) return false;
  // Only after a matter: "Căn cứ kết luận của Ban Thường vụ, Giám đốc thực hiện …"
  // ends the fronted phrase at the comma, and its body is the subject.
  return elements[i - 1].kind == Kind::matter && followsCue(elements, i - 1, begin, "links");
}

std::vector<ActorRef> StatementInterpreter::actorsOf(const Element& element) const {
  std::vector<ActorRef> actors;
  for (const Tag& tag : element.tags) {
    if (tag.meaning.kind == Meaning::Kind::actor) actors.push_back(resolve_(tag));
  }
  return actors;
}

// The owner of a meeting rule that names no body but a meeting whose name ends
// with one ("Sinh hoạt chi bộ hợp lệ khi …"); empty when a body is named.
std::vector<ActorRef> StatementInterpreter::meetingNameOwner(const std::vector<Element>& elements,
                                                             Span statement) const {
  for (std::size_t i = statement.begin; i < statement.end; ++i) {
    const Kind kind = elements[i].kind;
    if (kind == Kind::share || kind == Kind::frequency || kind == Kind::actors) break;
    if (kind == Kind::matter) return bodyEndingName(elements[i]);
  }
  return {};
}

// "sinh hoạt chi bộ", "hội nghị Ban Chấp hành": a matter whose phrase ends with
// a body's name is that body's (the longest such ending).
std::vector<ActorRef> StatementInterpreter::bodyEndingName(const Element& matter) const {
  std::vector<std::string> words;
  std::istringstream spelled(matter.text);
  for (std::string word; spelled >> word;) words.push_back(word);
  for (std::size_t from = 1; from < words.size(); ++from) {
    std::string ending;
    for (std::size_t k = from; k < words.size(); ++k) ending += (k > from ? " " : "") + words[k];
    const auto* meanings = lexicon_.meanings(ending);
    if (!meanings) continue;
    for (const Meaning& meaning : *meanings) {
      if (meaning.kind == Meaning::Kind::actor) return {resolve_(Tag{meaning, ending, {}})};
    }
  }
  return {};
}

std::string StatementInterpreter::defaultAttribute(const std::string& matter, const Quantity& quantity) const {
  // The attribute kinds of matters.yaml: money for đồng, area for ha and m².
  const bool area = quantity.unit == Unit::squareMetre || quantity.unit == Unit::hectare;
  const std::string unit = quantity.unit == Unit::dong ? "money" : area ? "area" : std::string(unitName(quantity.unit));
  for (const MatterEntry* entry = lexicon_.matter(matter); entry; entry = lexicon_.matter(entry->parent)) {
    for (const AttributeEntry& attribute : entry->attributes) {
      if (attribute.unit == unit) return attribute.id;
    }
    if (entry->parent.empty()) break;
  }
  return {};
}

// The attribute a number of the clause measures. A phrase names one ("tổng mức
// đầu tư"), but a generic phrase belongs to one matter of the lexicon and is
// said of any ("mua sắm tài sản có giá trị từ 500 triệu đồng": "giá trị" is
// ngân sách's attribute): when the phrase's attribute is not the matter's and
// the matter has one of the number's unit, it is the matter's.
std::string StatementInterpreter::attributeOf(const std::string& matter, const std::string& named,
                                              const Quantity& quantity) const {
  if (!named.empty() && lexicon_.hasAttribute(matter, named)) return named;
  const std::string own = defaultAttribute(matter, quantity);
  return own.empty() ? named : own;
}

// Whether the element at `at` is the case an exception names: right after
// "trừ trường hợp", or after a meeting word there ("trừ trường hợp họp đột xuất").
bool StatementInterpreter::namedCase(const std::vector<Element>& elements, std::size_t at) const {
  std::size_t before = at;
  if (before > 1 && spells(elements[before - 1], "meeting")) --before;
  return before > 0 && elements[before - 1].kind == Kind::exception;
}

std::vector<Atom> StatementInterpreter::atomsIn(const std::vector<Element>& elements, Span span,
                                                const std::string& matter, std::optional<Quantity>& deadline) const {
  std::vector<Atom> atoms;
  for (std::size_t i = span.begin; i < span.end; ++i) {
    const Element& element = elements[i];
    if (element.kind == Kind::condition) {
      for (Atom atom : element.atoms) {
        if (!atom.number) continue;
        if (element.attribute.empty() && isTime(atom.number->unit)) {
          deadline = atom.number;
          continue;
        }
        atom.attribute = attributeOf(matter, element.attribute, *atom.number);
        if (atom.attribute.empty()) atom.attribute = atom.number->unit == Unit::dong ? "gia_tri" : "so_luong";
        atoms.push_back(std::move(atom));
      }
    } else if (element.kind == Kind::category && !element.tags.empty()) {
      // "khen thưởng đột xuất" is out of the regular cycle; "trừ trường hợp (họp) đột xuất" is an emergency.
      if (element.tags.front().meaning.onlyAsCase && !namedCase(elements, i)) continue;
      atoms.push_back(Atom{element.tags.front().meaning.id, Comparison::eq, std::nullopt, std::nullopt});
    } else if (element.kind == Kind::managedBy) {
      // "không thuộc diện Ban Thường vụ quản lý": everyone else.
      const bool negated = element.negated;
      for (const Tag& tag : element.tags) {
        if (tag.meaning.kind == Meaning::Kind::actor) {
          atoms.push_back(
              Atom{"dien_quan_ly", negated ? Comparison::ne : Comparison::eq, std::nullopt, tag.meaning.id});
        }
      }
    }
  }
  return atoms;
}

// Where the conditions of one of an object's matters are written. "… các dự
// án có tổng mức đầu tư dưới 5 tỉ đồng và mua sắm trang thiết bị có giá trị
// từ 500 triệu đồng đến dưới 2 tỉ đồng": each matter followed by its own
// bound keeps it; a matter with none shares those of the matters listed after
// it ("dự án và mua sắm có giá trị từ 5 tỷ đồng"); what stands before the
// first matter bounds them all; one named after every bound takes them all.
std::vector<StatementInterpreter::Span> StatementInterpreter::conditionSpansOf(const std::vector<Element>& elements,
                                                                               Span object,
                                                                               const std::vector<std::string>& matters,
                                                                               const std::string& matter) const {
  std::vector<std::size_t> starts;  // where each matter of the object is named, in order
  std::vector<std::string> named;
  for (std::size_t i = object.begin; i < object.end; ++i) {
    const Element& element = elements[i];
    if (element.kind != Kind::matter || element.tags.empty()) continue;
    const std::string& id = element.tags.front().meaning.id;
    if (std::find(matters.begin(), matters.end(), id) == matters.end()) continue;
    if (std::find(named.begin(), named.end(), id) != named.end()) continue;
    starts.push_back(i);
    named.push_back(id);
  }
  const auto at = std::find(named.begin(), named.end(), matter);
  if (named.size() < 2 || at == named.end()) return {object};
  const auto hasCondition = [&](Span span) {
    for (std::size_t i = span.begin; i < span.end; ++i)
      if (elements[i].kind == Kind::condition) return true;
    return false;
  };
  const auto segment = [&](std::size_t k) {
    return Span{starts[k], k + 1 < starts.size() ? starts[k + 1] : object.end};
  };
  std::vector<Span> spans{Span{object.begin, starts.front()}};
  for (auto k = static_cast<std::size_t>(at - named.begin()); k < starts.size(); ++k) {
    spans.push_back(segment(k));
    if (hasCondition(segment(k))) return spans;
  }
  // No bound after it ("dự án … trên 20 tỷ đồng về giáo dục"): it completes
  // what was bounded before, and takes the whole object's conditions.
  return {object};
}

// "chủ trương đầu tư các dự án": the project, not investment in general; each matter once.
std::vector<std::string> StatementInterpreter::mostSpecific(const std::vector<std::string>& matters,
                                                            const std::set<std::string>& listed) const {
  // "các vấn đề cấp bách về quốc phòng", "chủ trương đối với các dự án": the specific matter.
  const bool specific =
      std::any_of(matters.begin(), matters.end(), [](const std::string& m) { return !generalHead(m); });
  std::vector<std::string> kept;
  for (const std::string& matter : matters) {
    if (specific && generalHead(matter)) continue;
    // "chủ trương đầu tư các dự án": the project; "chủ trương đầu tư và kế
    // hoạch sử dụng đất": two matters of a list, both kept.
    const bool general =
        !listed.count(matter) && std::any_of(matters.begin(), matters.end(), [&](const std::string& other) {
          return other != matter && lexicon_.isDescendant(other, matter);
        });
    if (!general && std::find(kept.begin(), kept.end(), matter) == kept.end()) kept.push_back(matter);
  }
  return kept;
}

// Whether a verb ends a subordinate clause opened just before it: "khi", "để"
// (cue `subordinate`) then at most a few plain words, no comma or link.
bool StatementInterpreter::afterSubordinateCue(const std::vector<Element>& elements, std::size_t verb,
                                               std::size_t begin) const {
  constexpr std::size_t kMaxUnknownSubject = 4;
  std::size_t at = verb;
  // "phản ánh về Văn phòng Đảng ủy để tổng hợp, báo cáo Ban Thường vụ": a
  // purpose goes on over a list of acts (cue `purpose`); a condition ("khi
  // cần thiết, báo cáo …") ends at its comma.
  bool listed = false;
  if (at > begin + 1 && elements[at - 1].kind == Kind::punctuation && elements[at - 1].text == ",") {
    listed = true;
    --at;
  }
  const std::size_t start = at;
  while (at > begin && start - at <= kMaxUnknownSubject) {
    const Element& before = elements[at - 1];
    if (before.kind != Kind::other) return false;
    if (isCue(before, listed ? "purpose" : "subordinate")) return !listed || at < start;
    if (before.link != Link::none) return false;
    --at;
  }
  return false;
}

// Whether the matter at `at` only says what a matter before it is about:
// "nghị quyết của Đảng ủy về sản xuất kinh doanh, đầu tư phát triển" is a
// resolution (`names_topics` in matters.yaml), not an investment power;
// "chủ trương về công tác dân vận" is about mass mobilisation.
bool StatementInterpreter::isTopic(const std::vector<Element>& elements, std::size_t at, std::size_t begin) const {
  bool about = false;
  for (std::size_t i = at; i-- > begin;) {
    const Element& element = elements[i];
    const bool listPunctuation = element.link == Link::comma || element.link == Link::dash;
    if (element.kind == Kind::verbs || (element.kind == Kind::punctuation && !listPunctuation)) return false;
    about = about || element.link == Link::about;
    if (!about || element.kind != Kind::matter || element.tags.empty()) continue;
    const MatterEntry* matter = lexicon_.matter(element.tags.front().meaning.id);
    return matter && matter->namesTopics;
  }
  return false;
}

// "phê chuẩn kết quả bầu cử ban thường vụ, bí thư … các đảng ủy xã, phường"
// in a province's regulation: the matter of lower organisations, not the
// same power as the body's own (an election the parent reserves to the
// executive committee). The model cannot state whose it is, so it names the
// bodies as not understood and the reading is not sure.
std::optional<std::string> StatementInterpreter::ofLowerOrganisations(const std::vector<Element>& elements,
                                                                      const Group& object) const {
  // The bodies the matter is of: named right after it ("bầu cử ban thường vụ,
  // bí thư … các đảng ủy xã"), or after "của"; not a proposer named after
  // another link word ("theo đề nghị của chi bộ").
  for (std::size_t m = object.at + 1; m < object.objectEnd && m < elements.size(); ++m) {
    if (elements[m].kind != Kind::matter) continue;
    for (std::size_t i = m + 1; i < object.objectEnd && i < elements.size(); ++i) {
      const Element& element = elements[i];
      const bool plain = element.kind == Kind::other && !isCue(element, "links") && !isCue(element, "object_end");
      const bool joins = element.link == Link::of || element.link == Link::comma || element.link == Link::and_;
      if (element.kind == Kind::actors) {
        const std::vector<ActorRef> named = actorsOf(element);
        if (std::any_of(named.begin(), named.end(),
                        [](const ActorRef& actor) { return actor.organisation == Organisation::lower; }))
          return element.text;
      } else if (!plain && !joins) {
        break;
      }
    }
  }
  return std::nullopt;
}

// "quyết định chương trình công tác hằng quý của Ban Thường vụ" said of the
// Ban Thường vụ: its own programme, a narrower thing than the matter the
// lexicon knows (`per_body` in matters.yaml: the programme of the highest
// body, which a parent may reserve). The model cannot state that owner, so it names it as not
// understood and the reading is not sure.
std::optional<std::string> StatementInterpreter::ownedBySubject(const std::vector<Element>& elements,
                                                                const Group& object, const std::string& matter,
                                                                const ActorRef& subject) const {
  const MatterEntry* entry = lexicon_.matter(matter);
  if (!entry || !entry->perBody) return std::nullopt;
  for (std::size_t i = object.at + 1; i + 2 < object.objectEnd && i + 2 < elements.size(); ++i) {
    const Element& named = elements[i];
    if (named.kind != Kind::matter || named.tags.empty() || named.tags.front().meaning.id != matter) continue;
    std::size_t of = i + 1;
    // "hằng quý", "hằng tháng, hằng quý"
    while (of < object.objectEnd &&
           (elements[of].kind == Kind::frequency || (elements[of].link == Link::comma && of + 1 < object.objectEnd &&
                                                     elements[of + 1].kind == Kind::frequency)))
      ++of;
    if (of + 1 >= elements.size() || elements[of].link != Link::of || elements[of + 1].kind != Kind::actors) continue;
    for (const ActorRef& owner : actorsOf(elements[of + 1])) {
      // The highest body's programme is the matter itself.
      const ActorEntry* body = owner.id ? lexicon_.actor(*owner.id) : nullptr;
      const bool highest = body && body->rank == 1;
      if (owner.id == subject.id && owner.organisation == subject.organisation && !highest)
        return elements[of].text + " " + elements[of + 1].text;
    }
  }
  return std::nullopt;
}

// The matters a span names, topics aside, and cadres on a management list.
std::vector<std::string> StatementInterpreter::mattersIn(const std::vector<Element>& elements, Span span) const {
  std::vector<std::string> matters;
  for (std::size_t i = span.begin; i < span.end; ++i) {
    if (elements[i].kind == Kind::matter && !elements[i].tags.empty() && !isTopic(elements, i, span.begin) &&
        !namesPeople(elements, i))
      matters.push_back(elements[i].tags.front().meaning.id);
    if (elements[i].kind == Kind::managedBy && matters.empty()) matters.emplace_back("can_bo");
  }
  return matters;
}

// Whether the span opens with a cue phrase written in plain words ("nội dung").
bool StatementInterpreter::opensWith(const std::vector<Element>& elements, Span span, const char* cue) const {
  // The words from the span's start are matched against the start of each
  // cue phrase in place, without joining them into a new string each step.
  for (const std::string& word : lexicon_.cue(cue)) {
    std::size_t spelled = 0;  // the words read so far spell the first `spelled` bytes of the phrase
    for (std::size_t i = span.begin;
         i < span.end && (elements[i].kind == Kind::other || elements[i].kind == Kind::occasion) &&
         spelled < word.size();
         ++i) {
      const std::string& text = elements[i].text;
      const std::size_t from = spelled == 0 ? 0 : spelled + 1;
      if (from + text.size() > word.size() || word.compare(from, text.size(), text) != 0) break;
      if (spelled != 0 && word[spelled] != ' ') break;
      spelled = from + text.size();
      if (spelled == word.size()) return true;
    }
  }
  return false;
}

namespace {
// Whether the span opens, after words no lexicon names ("các", "việc"), with a matter.
bool opensWithMatter(const std::vector<Element>& elements, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    if (elements[i].kind == Element::Kind::other || elements[i].kind == Element::Kind::punctuation) continue;
    return elements[i].kind == Element::Kind::matter;
  }
  return false;
}

// "Trong trường hợp khẩn cấp, … khi khẩn cấp": a condition said twice is one.
void withoutRepeats(std::vector<Atom>& atoms) {
  const auto same = [](const Atom& a, const Atom& b) {
    const auto number = [](const Atom& atom) { return atom.number ? atom.number->formula() : std::string(); };
    return a.attribute == b.attribute && a.op == b.op && a.member == b.member && number(a) == number(b);
  };
  std::vector<Atom> kept;
  for (const Atom& atom : atoms) {
    if (std::none_of(kept.begin(), kept.end(), [&](const Atom& k) { return same(k, atom); })) kept.push_back(atom);
  }
  atoms = std::move(kept);
}

// A verb written right after a verb of this power is its object, not a power
// of its own: what is decided ("quyết định phân công cán bộ") or what is
// directed ("lãnh đạo thực hiện nghị quyết").
// "chỉ đạo xử lý các vi phạm", "chỉ đạo giải quyết khiếu nại": what is
// directed is another's act (its doing, deciding, handling, inspecting or
// proposing), not a second power of the subject.
bool governsVerb(Modality first, Modality second) {
  if (first == Modality::DECIDE) return true;
  if (first != Modality::DIRECT) return false;
  return second == Modality::EXECUTE || second == Modality::DECIDE || second == Modality::DIRECT ||
         second == Modality::SUPERVISE || second == Modality::PROPOSE;
}
}  // namespace

// "Kiểm tra, đôn đốc các chi bộ thực hiện nghị quyết", "lãnh đạo Ủy ban nhân
// dân xã tổ chức thực hiện …": the bodies supervised or led and their act are
// what is supervised or led, not a power of those bodies.
void StatementInterpreter::markOverseenActs(const std::vector<Element>& elements, std::vector<Group>& groups) {
  for (std::size_t g = 1; g < groups.size(); ++g) {
    const Group& before = groups[g - 1];
    if (groups[g].nominal || before.nominal || before.at + 1 >= groups[g].at) continue;
    const auto& tags = elements[before.at].tags;
    const bool overseeing = std::all_of(tags.begin(), tags.end(), [](const Tag& tag) {
      return tag.meaning.modality == Modality::SUPERVISE || tag.meaning.modality == Modality::DIRECT;
    });
    // A report heard and the opinion given on it ("nghe Ủy ban nhân dân báo
    // cáo và cho ý kiến") are read by afterHearing, not here.
    const auto& acts = elements[groups[g].at].tags;
    const bool heard = std::any_of(acts.begin(), acts.end(), [](const Tag& tag) {
      return tag.meaning.modality == Modality::REPORT || tag.meaning.modality == Modality::ADVISE;
    });
    if (!overseeing || heard || elements[before.at + 1].kind != Kind::actors) continue;
    // The bodies, the words that list them and a few that qualify them ("các
    // chi bộ trực thuộc").
    constexpr int kMaxQualifiers = 3;
    bool onlyBodies = true;
    int qualifiers = 0;
    for (std::size_t i = before.at + 1; i < groups[g].at; ++i) {
      const Element& e = elements[i];
      const bool listWord =
          e.link == Link::and_ || e.link == Link::or_ || (e.kind == Kind::punctuation && e.text == ",");
      const bool qualifier = e.kind == Kind::other && !listWord && ++qualifiers <= kMaxQualifiers;
      onlyBodies = onlyBodies && (e.kind == Kind::actors || listWord || qualifier);
    }
    groups[g].nominal = onlyBodies;
    groups[g].overseen = onlyBodies;
  }
}

// "họp bất thường khi có trên một phần ba số ủy viên đề nghị": after "khi"
// and "có" (cue `existential`) the words up to the next punctuation say when
// something happens; a verb there, with its own subject, is no power given.
bool StatementInterpreter::inOccasion(const std::vector<Element>& elements, std::size_t verb, std::size_t begin) const {
  for (std::size_t at = verb; at > begin + 1; --at) {
    const Element& before = elements[at - 1];
    // (Bodies listed across a comma, "… đảng viên, Bí thư chi bộ báo cáo", are
    // one element: the comma ends the occasion there too.)
    const bool acrossComma = before.kind == Kind::actors && before.text.find(',') != std::string::npos;
    if (before.kind == Kind::punctuation || before.link == Link::comma || before.kind == Kind::verbs ||
        before.kind == Kind::deontic || acrossComma)
      return false;
    if (spells(before, "existential") && isCue(elements[at - 2], "subordinate")) return true;
  }
  return false;
}

// "…; báo cáo Ban Chấp hành tại kỳ họp gần nhất": an occasion (ClauseParser.g4
// `occasion`) times the power before it, up to the next power or report (a
// report read as part of the object may be the one the occasion is for: the
// occasion is rather lost than given to the wrong power); one that opens the
// statement ("Tại hội nghị gần nhất, báo cáo …")
// times the first power. The acts a delegation hands over are the delegation's,
// unless one is a report.
std::optional<Occasion> StatementInterpreter::occasionOf(const std::vector<Element>& elements, Span statement,
                                                         Span rule, const std::vector<Group>& groups, std::size_t g) {
  std::size_t first = 0;
  while (first < groups.size() && (groups[first].nominal || groups[first].content)) ++first;
  const std::size_t from = g == first ? statement.begin : groups[g].at;
  std::size_t to = rule.end;  // an exception and what follows it are not this power's
  for (std::size_t next = g + 1; next < groups.size(); ++next) {
    const auto& verbs = elements[groups[next].at].tags;
    const bool reports = std::any_of(verbs.begin(), verbs.end(),
                                     [](const Tag& verb) { return verb.meaning.modality == Modality::REPORT; });
    if ((groups[next].content || groups[next].nominal) && !reports) continue;
    to = groups[next].at;
    break;
  }
  for (std::size_t i = from; i < to; ++i)
    if (elements[i].kind == Kind::occasion) return elements[i].occasion;
  return std::nullopt;
}

// "nghe Ủy ban nhân dân xã báo cáo", "để nghe báo cáo": a report after a verb
// of hearing and the bodies heard is what is heard, not a duty of those bodies
// (nor of the subject).
bool StatementInterpreter::afterHearing(const std::vector<Element>& elements, std::size_t verb,
                                        std::size_t begin) const {
  const auto& verbs = elements[verb].tags;
  const bool reports =
      std::all_of(verbs.begin(), verbs.end(), [](const Tag& tag) { return tag.meaning.modality == Modality::REPORT; });
  return reports && heardFrom(elements, verb, begin);
}

// "Chi bộ nghe Ban Chấp hành Công đoàn báo cáo và cho ý kiến về …": the verbs
// after the bodies heard are one element; the report is heard, the opinion is
// the hearer's own.
bool StatementInterpreter::givesOpinionOnHearing(const std::vector<Element>& elements, std::size_t verb,
                                                 std::size_t begin) const {
  const auto& verbs = elements[verb].tags;
  const auto report = [](const Tag& tag) { return tag.meaning.modality == Modality::REPORT; };
  const bool mixed =
      std::any_of(verbs.begin(), verbs.end(), report) && !std::all_of(verbs.begin(), verbs.end(), report);
  return mixed && heardFrom(elements, verb, begin);
}

// Whether bodies and a few words lead back from `verb` to a verb of hearing
// ("nghe Ủy ban nhân dân xã báo cáo").
bool StatementInterpreter::heardFrom(const std::vector<Element>& elements, std::size_t verb, std::size_t begin) const {
  constexpr std::size_t kMaxUnknownWords = 12;  // "Ban Chỉ huy Đồn", "Ban điều hành khu phố"
  std::size_t unknown = 0;
  for (std::size_t at = verb; at > begin; --at) {
    const Element& before = elements[at - 1];
    if (before.kind == Kind::verbs) return isCue(before, "hearing");
    const bool comma = before.kind == Kind::punctuation && before.text == ",";
    const bool listed = before.kind == Kind::actors || comma || before.link == Link::and_;
    const bool unknownWord = before.kind == Kind::other && before.link == Link::none && ++unknown <= kMaxUnknownWords;
    if (!listed && !unknownWord) return false;
  }
  return false;
}

std::vector<StatementInterpreter::Group> StatementInterpreter::groupsOf(const std::vector<Element>& elements,
                                                                        Span rule) const {
  std::vector<Group> groups;
  for (std::size_t i = rule.begin; i < rule.end; ++i) {
    if (elements[i].kind != Kind::verbs) continue;
    // "việc thực hiện", "kết quả giải quyết": a verb used as a noun; so is one
    // followed by "của" ("quyết định của Ban Thường vụ").
    // "biện pháp cụ thể lãnh đạo": the noun may carry a modifier before its verb.
    bool nominal =
        followsCue(elements, i - cueBefore(elements, i, rule.begin, "noun_modifiers"), rule.begin, "nominal");
    // "kết quả lãnh đạo thực hiện": a verb after a nominal verb is nominal too
    // (after a delegation received, see the pass after this loop).
    nominal = nominal || (!groups.empty() && groups.back().nominal && groups.back().at + 1 == i);
    nominal = nominal || (i + 1 < rule.end && elements[i + 1].link == Link::of);
    // "tài trợ của tổ chức, cá nhân nước ngoài": after "của" a verb is a noun (an organisation, a leader).
    nominal = nominal || (i > rule.begin && elements[i - 1].link == Link::of);
    // "Báo cáo định kỳ của các chi bộ gồm …": a time between the noun and "của".
    nominal = nominal || (i + 2 < rule.end && elements[i + 2].link == Link::of &&
                          (elements[i + 1].kind == Kind::frequency || isCue(elements[i + 1], "timing")));
    // "để Ban Chấp hành bầu", "trước khi Ban Thường vụ quyết định": a subordinate clause.
    nominal = nominal || (i >= rule.begin + 2 && elements[i - 1].kind == Kind::actors &&
                          followsCue(elements, i - 1, rule.begin, "subordinate"));
    // "những vấn đề không được ủy quyền": a verb right after a matter, before any subject, qualifies the matter.
    std::size_t before = i;
    while (before > rule.begin && elements[before - 1].kind == Kind::deontic) --before;
    const bool subjectSoFar =
        std::any_of(elements.begin() + static_cast<long>(rule.begin), elements.begin() + static_cast<long>(i),
                    [](const Element& e) { return e.kind == Kind::actors; });
    nominal =
        nominal || (before < i && before > rule.begin && elements[before - 1].kind == Kind::matter && !subjectSoFar);
    // "thông qua ủy viên Ban Chấp hành phụ trách": a preposition before a body.
    nominal =
        nominal || (isCue(elements[i], "prepositions") && i + 1 < rule.end && elements[i + 1].kind == Kind::actors);
    // "Được Ban Chấp hành phân công phụ trách chi bộ": a passive with its agent;
    // the subject receives the assignment, the agent's power is not stated here.
    // ("Dự án phải được Ban Chấp hành thông qua" keeps the agent's decision).
    nominal = nominal ||
              (i >= rule.begin + 2 && elements[i - 1].kind == Kind::actors && elements[i - 2].kind == Kind::deontic &&
               spells(elements[i - 2], "passive") && elements[i].tags.front().meaning.modality == Modality::DELEGATE);
    // "Khi phân công công việc, Ban Thường vụ ...": a verb right after "khi", "để" is subordinate;
    // so is one after "khi" and a few words no lexicon names ("trước khi Giám đốc phê duyệt").
    nominal = nominal || afterSubordinateCue(elements, i, rule.begin);
    nominal = nominal || inOccasion(elements, i, rule.begin);
    nominal = nominal || afterHearing(elements, i, rule.begin);
    // "các dự án do quận quản lý": a relative clause inside the object.
    nominal =
        nominal || (i >= rule.begin + 2 && elements[i - 1].kind == Kind::other && elements[i - 2].link == Link::by);
    // "Được phân công phụ trách chi bộ": the subject receives the assignment;
    // "được ủy quyền cho Thường trực ..." (with "cho") stays a permission to delegate.
    const bool passiveDelegation = i > rule.begin && elements[i - 1].kind == Kind::deontic &&
                                   spells(elements[i - 1], "passive") &&
                                   elements[i].tags.front().meaning.modality == Modality::DELEGATE &&
                                   !(i + 1 < rule.end && elements[i + 1].link == Link::for_);
    nominal = nominal || passiveDelegation;
    // "dự sinh hoạt với chi bộ phụ trách ít nhất mỗi quý một lần": a verb with
    // no object right after a body that is not the subject says which body it
    // is (the cell one is in charge of); no power.
    nominal = nominal || (i > rule.begin && elements[i - 1].kind == Kind::actors &&
                          linkedPhrase(elements, i - 1, rule.begin) && onlyTimeAfter(elements, i, rule.end));
    // "quyết định chủ trương đầu tư các dự án xây dựng trụ sở": a verb right
    // after the matter of the power before it describes that matter.
    nominal = nominal || (!groups.empty() && !groups.back().nominal && elements[i - 1].kind == Kind::matter);
    // "quyết định phân công, điều động cán bộ": what is decided, not a second
    // power; "lãnh đạo, chỉ đạo tổ chức thực hiện nghị quyết": what is directed.
    nominal = nominal || (i > rule.begin && elements[i - 1].kind == Kind::verbs &&
                          std::all_of(elements[i - 1].tags.begin(), elements[i - 1].tags.end(), [&](const Tag& tag) {
                            return governsVerb(tag.meaning.modality, elements[i].tags.front().meaning.modality);
                          }));
    groups.push_back(Group{i,
                           rule.end,
                           i + 1,
                           nominal,
                           false,
                           false,
                           passiveDelegation,
                           false,
                           !nominal && givesOpinionOnHearing(elements, i, rule.begin),
                           {},
                           {},
                           {},
                           std::nullopt});
  }
  // "Phó Bí thư được ủy quyền báo cáo Bí thư": the verb right after a delegation
  // received is the main verb when no other follows ("Đảng viên được phân công
  // phụ trách hộ gia đình báo cáo Chi bộ": there the last verb is).
  if (groups.size() >= 2 && std::all_of(groups.begin(), groups.end(), [](const Group& g) { return g.nominal; })) {
    const Group& before = groups[groups.size() - 2];
    // "… các hộ gia đình được phân công phụ trách.": with nothing after it, the
    // verb only says which households; it is no act of the subject.
    if (before.received && before.at + 1 == groups.back().at && !onlyTimeAfter(elements, groups.back().at, rule.end))
      groups.back().nominal = false;
  }
  // A verb after a subordinate verb and its object body stays in the subordinate clause.
  for (std::size_t g = 1; g < groups.size(); ++g) {
    if (!groups[g - 1].nominal || groups[g].nominal) continue;
    // "đã được Ban Chấp hành thông qua, Ủy ban nhân dân đề xuất": a comma
    // right after the subordinate verb closes its clause.
    // Words the lexicon does not know name a body only after a submission
    // ("trình Tổng công ty phê duyệt"), not after "lãnh đạo khắc phục hậu quả và".
    const bool submission = elements[groups[g - 1].at].tags.front().meaning.modality == Modality::PROPOSE;
    groups[g].nominal = onlyBodiesBetween(elements, groups[g - 1].at, groups[g].at, submission);
  }
  markOverseenActs(elements, groups);
  // "a) Việc chấp hành nghị quyết, chỉ thị …" under "Nội dung kiểm tra tập trung
  // vào:": a unit that opens with a noun head and names no body and no deontic
  // marker is a noun phrase; it assigns no task.
  const bool nounPhrase = opensWith(elements, rule, "noun_heads") &&
                          std::none_of(elements.begin() + static_cast<long>(rule.begin),
                                       elements.begin() + static_cast<long>(rule.end), [](const Element& e) {
                                         // "… do các cơ quan, đơn vị có liên quan quyết định": a vague body acts
                                         // (C003).
                                         const bool vagueBody =
                                             e.kind == Kind::vague && !e.tags.empty() &&
                                             e.tags.front().meaning.kind == Meaning::Kind::vagueActor;
                                         return e.kind == Kind::actors || e.kind == Kind::deontic || vagueBody;
                                       });
  if (nounPhrase)
    for (Group& group : groups) group.nominal = true;
  for (std::size_t g = 0; g + 1 < groups.size(); ++g) groups[g].objectEnd = groups[g + 1].at;
  // "ủy quyền cho Thường trực quyết định X", "tham mưu cho Ban Thường vụ chỉ đạo X":
  // the second verb is the power handed over or proposed; "lãnh đạo Ủy ban nhân
  // dân thực hiện nghị quyết": what the led bodies do is what is directed.
  for (std::size_t g = 0; g + 1 < groups.size(); ++g) {
    if (groups[g].nominal) continue;
    const Modality modality = elements[groups[g].at].tags.front().meaning.modality;
    // "báo cáo Ban Thường vụ xem xét, quyết định": what the report asks the
    // recipient to do is its purpose, not a power this text gives.
    const Modality next = elements[groups[g + 1].at].tags.front().meaning.modality;
    if (modality == Modality::REPORT && next == Modality::DECIDE &&
        onlyBodiesBetween(elements, groups[g].at, groups[g + 1].at, false) && !groups[g + 1].nominal) {
      groups[g + 1].content = true;
      continue;
    }
    if (modality != Modality::DELEGATE && modality != Modality::PROPOSE && modality != Modality::DIRECT) continue;
    const auto between = [&](auto predicate) {
      return std::any_of(elements.begin() + static_cast<long>(groups[g].at) + 1,
                         elements.begin() + static_cast<long>(groups[g + 1].at), predicate);
    };
    // "giới thiệu … chức danh chủ chốt của Công đoàn …": an owner after "của" is no recipient.
    bool recipientBetween = false;
    for (std::size_t i = groups[g].at + 1; i < groups[g + 1].at; ++i)
      recipientBetween = recipientBetween || (elements[i].kind == Kind::actors && elements[i - 1].link != Link::of);
    // "lãnh đạo Công đoàn cơ sở, Đoàn Thanh niên thực hiện nghị quyết": bodies the
    // lexicon does not know are led all the same; a matter or a sentence mark
    // between ("lãnh đạo công tác dân vận; thực hiện …") ends the direction.
    const bool ledBetween = modality == Modality::DIRECT && groups[g + 1].at > groups[g].at + 1 &&
                            elements[groups[g + 1].at].tags.front().meaning.modality == Modality::EXECUTE &&
                            !between([](const Element& e) {
                              return e.kind == Kind::matter || e.kind == Kind::managedBy ||
                                     (e.kind == Kind::punctuation && e.link != Link::comma);
                            });
    // "tham mưu xử lý kỷ luật", "đề nghị khen thưởng": a verb right after a
    // proposing one is what is proposed.
    const bool proposed = modality == Modality::PROPOSE && groups[g + 1].at == groups[g].at + 1;
    if ((recipientBetween || ledBetween || proposed) && !groups[g + 1].nominal) groups[g + 1].content = true;
    // "Lãnh đạo Thuế tỉnh báo cáo Ban Thường vụ …": a statement that opens with
    // a leading verb, words the lexicon does not know and then a report names
    // the unit's leaders as the one who reports; leading is no power here.
    const Modality nextModality = elements[groups[g + 1].at].tags.front().meaning.modality;
    const bool reports =
        nextModality == Modality::REPORT || nextModality == Modality::PROPOSE || nextModality == Modality::ACCOUNTABLE;
    const bool headOfSubject =
        g == 0 && groups[g].at == rule.begin && modality == Modality::DIRECT && reports &&
        groups[g + 1].at > groups[g].at + 1 &&
        std::all_of(elements.begin() + static_cast<long>(groups[g].at) + 1,
                    elements.begin() + static_cast<long>(groups[g + 1].at),
                    [](const Element& e) { return e.kind == Kind::other && e.link == Link::none && !e.number; });
    if (headOfSubject) groups[g].nominal = true;
    // "Lãnh đạo công tác quốc phòng, an ninh, xây dựng lực lượng tự vệ": an act
    // listed after the matters a body leads, on nothing the lexicon names, is
    // one more item of what it leads ("… và quản lý cán bộ" names its own).
    const Group& item = groups[g + 1];
    const bool listedItem =
        modality == Modality::DIRECT && elements[item.at].tags.front().meaning.modality == Modality::EXECUTE &&
        item.at >= groups[g].at + 3 &&
        (elements[item.at - 1].link == Link::comma || elements[item.at - 1].link == Link::and_) &&
        elements[item.at - 2].kind == Kind::matter &&
        std::none_of(elements.begin() + static_cast<long>(item.at) + 1,
                     elements.begin() + static_cast<long>(item.objectEnd),
                     [](const Element& e) { return e.kind == Kind::matter || e.kind == Kind::actors; });
    if (listedItem && !item.content) groups[g + 1].nominal = true;
  }
  handOverListedActs(elements, groups);
  return groups;
}

// The acts handed over from group `first` on, as one object: their matters and
// the span up to the end of the last one's object.
StatementInterpreter::Group StatementInterpreter::handedOver(const std::vector<Group>& groups, std::size_t first) {
  Group object = groups[first];
  for (std::size_t g = first + 1; g < groups.size() && groups[g].content; ++g) {
    for (const std::string& matter : groups[g].matters)
      if (std::find(object.matters.begin(), object.matters.end(), matter) == object.matters.end())
        object.matters.push_back(matter);
    object.objectEnd = groups[g].objectEnd;
  }
  return object;
}

// "ủy quyền cho Phó Bí thư chủ trì sinh hoạt chi bộ, giải quyết công việc hằng
// ngày": acts listed after the act handed over, with a comma or "và" and no
// subject of their own, are handed over too. A report or an accountability
// there is the holder's own duty.
void StatementInterpreter::handOverListedActs(const std::vector<Element>& elements, std::vector<Group>& groups) const {
  for (std::size_t g = 2; g < groups.size(); ++g) {
    const Group& before = groups[g - 1];
    if (!before.content || groups[g].nominal || groups[g].content) continue;
    std::size_t holder = g - 1;
    while (holder > 0 && groups[holder].content) --holder;
    if (elements[groups[holder].at].tags.front().meaning.modality != Modality::DELEGATE) continue;
    const std::size_t at = groups[g].at;
    const Modality modality = elements[at].tags.front().meaning.modality;
    if (modality == Modality::REPORT || modality == Modality::ACCOUNTABLE) continue;
    if (elements[at - 1].link == Link::comma || elements[at - 1].link == Link::and_) groups[g].content = true;
  }
}

// The subject of each verb: the nearest actors before it that do not follow a
// link word ("của", "cho", "thay mặt" ...); else the subject said before.
void StatementInterpreter::findSubjects(const std::vector<Element>& elements, Span rule, std::vector<Group>& groups,
                                        Inherited& inherited, std::size_t& subjectAt) const {
  std::size_t from = rule.begin;
  // "Ban Thường vụ có trách nhiệm:": no verb, but the subject of the points
  // below; "Ủy viên Ban Chấp hành được phân công phụ trách ...": only nominal
  // verbs, but the subject of the statements after it.
  const bool allNominal = std::all_of(groups.begin(), groups.end(), [](const Group& g) { return g.nominal; });
  if (allNominal) {
    for (std::size_t i = rule.begin; i < rule.end; ++i) {
      const bool linked = linkedPhrase(elements, i, rule.begin);
      if (elements[i].kind == Kind::actors && !linked && (groups.empty() || i < groups.front().at)) {
        inherited.subject = actorsOf(elements[i]);
        subjectAt = i;
        break;
      }
    }
    for (Group& group : groups) group.subject = inherited.subject;
    return;
  }
  // The agent of a nominal or subordinate verb ("đã được Ban Thường vụ thông
  // qua", "trước khi trình Ban Thường vụ xem xét") is not a subject.
  std::set<std::size_t> agents;
  for (const Group& group : groups) {
    if (group.nominal && group.at > rule.begin && elements[group.at - 1].kind == Kind::actors)
      agents.insert(group.at - 1);
  }
  recipientsBeforeCoordinatedVerbs(elements, groups, agents);
  for (Group& group : groups) {
    // A nominal verb does not end the span where the next verb's subject may stand.
    if (group.nominal) {
      group.subject = inherited.subject;
      continue;
    }
    // "Các đồng chí ủy viên Ban Chấp hành, các chi bộ trực thuộc và đảng viên
    // … có trách nhiệm …": bodies listed one after another all act.
    std::optional<std::size_t> lastSubject;
    bool lastWasComplement = false;
    const std::size_t subjectBefore = subjectAt;
    for (std::size_t i = from; i < group.at; ++i) {
      const Element& element = elements[i];
      const bool linked = linkedPhrase(elements, i, rule.begin);
      // "Căn cứ kết luận của Ban Thường vụ, Giám đốc thực hiện …": bodies right
      // before the verb after "của"; the first completes it, the last acts
      // ("phối hợp với Ủy ban Kiểm tra, Văn phòng đôn đốc …" keeps its partners).
      // "… có ý kiến khác nhau trong Ban Thường vụ, Bí thư báo cáo …" likewise (cue `complement_links`).
      // "Khi có đơn thư liên quan đến đảng viên, Bí thư chi bộ báo cáo …": a
      // fronted phrase of time or condition ends at the comma; the last body acts.
      const bool fronted =
          opensWith(elements, Span{from, i}, "timing") || opensWith(elements, Span{from, i}, "subordinate");
      // "Khi … vụ việc phức tạp về an ninh, trật tự, Bí thư Chi bộ báo cáo …": one
      // body right after the comma that closes a fronted phrase acts too.
      const bool afterFrontedComma = fronted && elements[i - 1].link == Link::comma;
      const bool linkedThenSubject = linked && element.kind == Kind::actors && i + 1 == group.at && i > rule.begin &&
                                     (followsCue(elements, i, rule.begin, "complement_links") || fronted) &&
                                     (actorsOf(element).size() > 1 || afterFrontedComma) && !group.content &&
                                     !agents.count(i);
      // The office a subject holds goes on with its list ("Phó Bí thư, Chủ tịch Ủy
      // ban nhân dân xã và Phó Bí thư Thường trực quyết định …") and adds no one.
      if (element.kind == Kind::actors && lastSubject && officeOfSubject(elements, i, from)) {
        const std::vector<ActorRef> listed = actorsOf(element);  // "… xã và Phó Bí thư Thường trực": one more
        for (std::size_t a = 1; a < listed.size(); ++a) {
          const bool known = std::any_of(inherited.subject.begin(), inherited.subject.end(),
                                         [&](const ActorRef& s) { return s.id == listed[a].id; });
          if (!known) inherited.subject.push_back(listed[a]);
        }
        lastSubject = i;
        continue;
      }
      if (element.kind == Kind::actors && (!linked || linkedThenSubject) && !group.content && !agents.count(i)) {
        if (lastSubject && !lastWasComplement && listedAfter(elements, *lastSubject, i)) {
          for (const ActorRef& actor : actorsOf(element)) {
            const bool known = std::any_of(inherited.subject.begin(), inherited.subject.end(),
                                           [&](const ActorRef& a) { return a.id == actor.id; });
            if (!known) inherited.subject.push_back(actor);
          }
          lastSubject = i;
          continue;
        }
        inherited.subject = actorsOf(element);
        // "... phiên họp Ban Thường vụ, Thường trực Quận ủy quyết định": the
        // first body completes the noun before it; the last is the subject.
        const bool complement =
            linkedThenSubject ||
            (i > from && (elements[i - 1].kind == Kind::other || elements[i - 1].kind == Kind::matter));
        if (complement && inherited.subject.size() > 1)
          inherited.subject.erase(inherited.subject.begin(), inherited.subject.end() - 1);
        subjectAt = i;
        lastSubject = i;
        lastWasComplement = complement;
      } else if (element.kind == Kind::vague && !element.tags.empty() &&
                 element.tags.front().meaning.kind == Meaning::Kind::vagueActor) {
        ActorRef vague;
        vague.vague = true;
        vague.text = element.tags.front().text;
        inherited.subject = {vague};
        subjectAt = i;
      }
    }
    // "Tổ công tác đặc biệt (của Đảng ủy) quyết định ...": the statement opens
    // with a body the lexicon does not know; it is the subject (S005), not the
    // owner named after it nor the article's subject.
    // "Trước khi Hội đồng trường họp …, Chủ tịch Hội đồng trường báo cáo …":
    // or it follows the comma that ends a phrase of time or condition.
    std::size_t opening = from;
    for (std::size_t i = group.at; i-- > from;) {
      if (elements[i].kind == Kind::punctuation && elements[i].link == Link::comma) {
        const Span phrase{from, i};
        if (opensWith(elements, phrase, "timing") || opensWith(elements, phrase, "subordinate")) opening = i + 1;
        break;
      }
    }
    if (from == rule.begin || opening > from) {
      const std::size_t start = opening > from ? opening : rule.begin;
      if (auto unknown = unknownBody(elements, start, group.at, true)) {
        inherited.subject = {*unknown};
        subjectAt = start;
      }
    }
    if (from == rule.begin && subjectAt == subjectBefore)
      meetingAsSubject(elements, Span{from, group.at}, inherited, subjectAt);
    group.subject = inherited.subject;
    from = group.at + 1;
  }
}

// "Bí thư báo cáo ngay Thường trực Đảng ủy xã và báo cáo bằng văn bản …": the
// recipient of a verb, right before "và" or a comma and the next verb, receives
// both; it is not the next verb's subject. Its index joins `skipped`.
void StatementInterpreter::recipientsBeforeCoordinatedVerbs(const std::vector<Element>& elements,
                                                            const std::vector<Group>& groups,
                                                            std::set<std::size_t>& skipped) const {
  for (std::size_t g = 1; g < groups.size(); ++g) {
    const Group& before = groups[g - 1];
    const std::size_t at = groups[g].at;
    if (before.nominal || groups[g].nominal || at < before.at + 3) continue;
    if (!takesRecipient(elements[before.at].tags.front().meaning.modality)) continue;
    const Link link = elements[at - 1].link;
    if ((link != Link::and_ && link != Link::comma) || elements[at - 2].kind != Kind::actors) continue;
    const bool onlyTimeBetween =
        std::all_of(elements.begin() + static_cast<long>(before.at) + 1, elements.begin() + static_cast<long>(at) - 2,
                    [](const Element& e) {
                      return e.kind == Kind::other || e.kind == Kind::frequency || e.kind == Kind::deadline;
                    });
    if (onlyTimeBetween && plainWordsLeft(elements, Span{before.at + 1, at - 2}, {"timing"}).empty())
      skipped.insert(at - 2);
  }
  recipientsBeforeLaterVerbs(elements, groups, skipped);
}

// "báo cáo ngay Thường trực Đảng ủy bằng điện thoại, sau đó báo cáo bằng văn
// bản": the body right after a verb that takes a recipient, followed only by
// plain words up to a comma or "và" and the next verb, is that verb's
// recipient, not the next verb's subject.
void StatementInterpreter::recipientsBeforeLaterVerbs(const std::vector<Element>& elements,
                                                      const std::vector<Group>& groups,
                                                      std::set<std::size_t>& skipped) const {
  const auto plain = [](const Element& e) {
    return e.kind == Kind::other || e.kind == Kind::frequency || e.kind == Kind::deadline || e.kind == Kind::occasion;
  };
  for (std::size_t g = 1; g < groups.size(); ++g) {
    const Group& before = groups[g - 1];
    if (before.nominal || groups[g].nominal) continue;
    if (!takesRecipient(elements[before.at].tags.front().meaning.modality)) continue;
    std::size_t recipient = before.at + 1;
    while (recipient < groups[g].at && plain(elements[recipient]) && elements[recipient].link == Link::none)
      ++recipient;
    if (recipient >= groups[g].at || elements[recipient].kind != Kind::actors) continue;
    bool linked = false;
    bool onlyPlain = true;
    for (std::size_t i = recipient + 1; i < groups[g].at && onlyPlain; ++i) {
      const bool link = elements[i].link == Link::comma || elements[i].link == Link::and_;
      linked = linked || link;
      onlyPlain = link || plain(elements[i]);
    }
    if (linked && onlyPlain) skipped.insert(recipient);
  }
}

// "Hội nghị cuối năm của Ban Chấp hành thông qua …": a statement that opens
// with a meeting (`names_owner` in matters.yaml) and names no subject acts
// through the body whose meeting it is.
void StatementInterpreter::meetingAsSubject(const std::vector<Element>& elements, Span opening, Inherited& inherited,
                                            std::size_t& subjectAt) const {
  const Element& first = elements[opening.begin];
  if (first.kind != Kind::matter || first.tags.empty()) return;
  const MatterEntry* meeting = lexicon_.matter(first.tags.front().meaning.id);
  if (!meeting || !meeting->namesOwner) return;
  for (std::size_t i = opening.begin + 1; i < opening.end; ++i) {
    if (elements[i].kind == Kind::punctuation || elements[i].kind == Kind::verbs) return;
    if (elements[i].kind != Kind::actors) continue;
    inherited.subject = actorsOf(elements[i]);
    subjectAt = i;
    return;
  }
}

// Whether the body at `at` goes on a list that the body at `from` began: one
// comma, "và" or "hoặc" stands between them, with at most a few plain words
// that qualify a body ("các chi bộ trực thuộc và đảng viên", "Chi ủy và toàn
// thể đảng viên").
// "các chi bộ trực thuộc và cán bộ, đảng viên": people the lexicon names by a
// matter word (cue `people`) are an item of the list of their own.
bool StatementInterpreter::listedAfter(const std::vector<Element>& elements, std::size_t from, std::size_t at) const {
  constexpr int kMaxQualifiers = 3;
  int separators = 0;
  int words = 0;
  int people = 0;
  for (std::size_t i = from + 1; i < at; ++i) {
    const Element& between = elements[i];
    if ((between.kind == Kind::punctuation && between.text == ",") || between.link == Link::and_ ||
        between.link == Link::or_)
      ++separators;
    else if (between.kind == Kind::other && between.link == Link::none && !between.number)
      ++words;
    else if (between.kind == Kind::matter && spells(between, "people"))
      ++people;
    else
      return false;
  }
  return separators == people + 1 && words <= kMaxQualifiers;
}

// Words that name a body the lexicon does not know: a run of plain words from
// `from` that starts like a body's name ("tổ", "hội đồng", "tiểu ban" — cue
// body_heads), 2 to 8 words. A subject must fill the span up to `end` (the
// verb, after any deontic marker); a recipient ends at the first other element
// or link word ("báo cáo Tổ giúp việc về ...").
std::optional<ActorRef> StatementInterpreter::unknownBody(const std::vector<Element>& elements, std::size_t from,
                                                          std::size_t end, bool wholeSpan) const {
  const auto& links = lexicon_.cue("links");
  std::string words;
  std::size_t count = 0;
  std::size_t i = from;
  // As a subject the name may hold a matter and a dash after its head
  // ("Hội đồng Thi đua - Khen thưởng Đảng bộ xét, quyết định …").
  const auto inName = [&](const Element& element, std::size_t at) {
    if (element.kind == Kind::other) return true;
    const bool dash = element.kind == Kind::punctuation && element.text == "-";
    return wholeSpan && at > 0 && (element.kind == Kind::matter || dash);
  };
  for (; i < end && inName(elements[i], count); ++i, ++count) {
    if (!wholeSpan && count > 0 && std::find(links.begin(), links.end(), elements[i].text) != links.end()) break;
    // "báo cáo Tổ công tác liên ngành kết quả ...": the object starts here.
    const std::string pair = i + 1 < end ? elements[i].text + " " + elements[i + 1].text : elements[i].text;
    const auto& objects = lexicon_.cue("object_start");
    const auto starts = [&](const std::string& phrase) {
      return std::find(objects.begin(), objects.end(), phrase) != objects.end();
    };
    if (!wholeSpan && count > 0 && (starts(elements[i].text) || starts(pair))) break;
    words += (words.empty() ? "" : " ") + elements[i].text;
  }
  // "Tổ tổng hợp (của) Đảng ủy": the body that owns it completes the name.
  if (wholeSpan && count >= 2 && i < end && elements[i].kind == Kind::actors) words += " " + elements[i++].text;
  while (wholeSpan && i < end && elements[i].kind == Kind::deontic) ++i;
  if (words.empty() || (wholeSpan && i != end) || count < 2 || count > 8) return std::nullopt;
  for (const std::string& head : lexicon_.cue("body_heads")) {
    if (words.rfind(head + " ", 0) == 0) {
      ActorRef unknown;
      unknown.text = words;
      return unknown;
    }
  }
  return std::nullopt;
}

// "huy động cán bộ, đảng viên tham gia": a matter word (cue `people`) listed
// with a body of members names people, not the matter; "công tác tổ chức,
// cán bộ, đảng viên", a list of matters, keeps it.
bool StatementInterpreter::namesPeople(const std::vector<Element>& elements, std::size_t at) const {
  const auto listLink = [](const Element& e) {
    return (e.kind == Kind::punctuation && e.text == ",") || e.link == Link::comma || e.link == Link::and_;
  };
  if (!spells(elements[at], "people")) return false;
  // "nhiệm vụ của nhà giáo, cán bộ quản lý", "đối thoại với cán bộ, giảng
  // viên": after "của" or "với" the word names whose or with whom.
  if (at > 0 && (elements[at - 1].link == Link::of || elements[at - 1].link == Link::with)) return true;
  if (at + 2 >= elements.size()) return false;
  if (!listLink(elements[at + 1]) || elements[at + 2].kind != Kind::actors) return false;
  return !(at >= 2 && listLink(elements[at - 1]) && elements[at - 2].kind == Kind::matter);
}

// Whether only determiners ("một số", "các") and words of manner ("trực tiếp,
// toàn diện") stand from `from` to `at`: "phụ trách một số chi bộ" has the
// cells as its object as "phụ trách các chi bộ" does.
bool StatementInterpreter::objectOpensAt(const std::vector<Element>& elements, std::size_t from, std::size_t at) const {
  for (std::size_t i = from; i < at; ++i) {
    const bool comma = elements[i].kind == Kind::punctuation && elements[i].link == Link::comma;
    if (!comma && (elements[i].kind != Kind::other || elements[i].link != Link::none)) return false;
  }
  return plainWordsLeft(elements, Span{from, at}, {"determiners", "manner"}).empty();
}

// "Phó Bí thư là Chủ tịch Ủy ban nhân dân phường lãnh đạo …", "Phó Bí thư,
// Chủ tịch Ủy ban nhân dân phường báo cáo …": a body after "là" (cue
// `definition_links`), or after a person's post, a comma and the head of an
// office (cue `body_heads`: "Chủ tịch"), names the office that person holds,
// not another subject.
bool StatementInterpreter::officeOfSubject(const std::vector<Element>& elements, std::size_t at,
                                           std::size_t from) const {
  std::size_t i = at;
  while (i > from && elements[i - 1].kind == Kind::other && elements[i - 1].link == Link::none &&
         !isCue(elements[i - 1], "definition_links"))
    --i;
  if (i < from + 2 || elements[i - 2].kind != Kind::actors) return false;
  if (isCue(elements[i - 1], "definition_links")) return true;
  const bool comma = elements[i - 1].kind == Kind::punctuation && elements[i - 1].link == Link::comma;
  if (!comma || i == at) return false;
  const std::vector<ActorRef> before = actorsOf(elements[i - 2]);
  if (before.size() != 1 || !individual(before.front())) return false;
  // Asked for every body where a subject may stand: the words are joined only here.
  std::string words;
  for (std::size_t w = i; w < at; ++w) words += (words.empty() ? "" : " ") + elements[w].text;
  const auto& heads = lexicon_.cue("body_heads");
  return std::any_of(heads.begin(), heads.end(), [&](const std::string& phrase) {
    return words.starts_with(phrase) && (words.size() == phrase.size() || words[phrase.size()] == ' ');
  });
}

// Whether a contrast (cue `contrast`: "nhưng", "song") or a deontic marker
// stands between two verbs.
bool StatementInterpreter::contrastBetween(const std::vector<Element>& elements, std::size_t from,
                                           std::size_t to) const {
  for (std::size_t i = from + 1; i < to; ++i)
    if (elements[i].kind == Kind::deontic || isCue(elements[i], "contrast")) return true;
  return false;
}

// Whether element `at` ends a meeting occasion ("tại kỳ sinh hoạt") that only
// the recipient of a report or a submission, and a time, separate from its verb.
bool StatementInterpreter::occasionBeforeObject(const std::vector<Element>& elements, const Group& group,
                                                std::size_t at) const {
  if (!group.matters.empty() || !takesRecipient(elements[group.at].tags.front().meaning.modality)) return false;
  const std::size_t occasion = cueBefore(elements, at + 1, group.at + 1, "meeting_occasions");
  if (occasion == 0) return false;
  bool recipient = false;
  for (std::size_t i = group.at + 1; i + occasion <= at; ++i) {
    const Kind kind = elements[i].kind;
    recipient = recipient || kind == Kind::actors;
    if (kind != Kind::actors && kind != Kind::punctuation && kind != Kind::frequency && kind != Kind::deadline)
      return false;
  }
  return recipient;
}

void StatementInterpreter::findMatters(const std::vector<Element>& elements, Span rule, std::size_t subjectAt,
                                       std::vector<Group>& groups) const {
  for (Group& group : groups) {
    const Tag& verb = elements[group.at].tags.front();
    std::optional<std::size_t> lastMatter;
    bool qualifier = false;
    std::string bodyMatter;  // the matter a body as the object names, if no other is written
    for (std::size_t i = group.at + 1; i < group.objectEnd; ++i) {
      // "báo cáo Ban Chấp hành tại kỳ họp gần nhất những quyết định …": an
      // occasion with nothing but the recipient before it comes before the object.
      if (occasionBeforeObject(elements, group, i)) continue;
      // "trên cơ sở chương trình công tác": what follows is the ground, not the object.
      if (followsCue(elements, i + 1, group.at + 1, "object_end")) break;
      const Element& element = elements[i];
      // "khen thưởng đối với cá nhân có thành tích trong phòng, chống dịch bệnh":
      // after "đối với" the object says to whom the power applies; a matter
      // named there qualifies it, it is no power of its own, unless it narrows
      // the matter ("chủ trương đầu tư đối với các dự án").
      // After a policy ("quyết định chủ trương đối với các dự án") the matter
      // named is the one decided; after "những vấn đề sau đối với cán bộ …"
      // the points name it, and the bodies qualify them.
      const bool policy = lastMatter && !elements[*lastMatter].tags.empty() &&
                          generalHead(elements[*lastMatter].tags.front().meaning.id) &&
                          elements[*lastMatter].tags.front().meaning.id != "chung";
      // "chủ trương, giải pháp phù hợp với đặc điểm … vùng đồng bào dân tộc":
      // after "với" a matter only qualifies.
      if (lastMatter && ((element.link == Link::regarding && !policy) || element.link == Link::with)) qualifier = true;
      // "mua sắm trang thiết bị y tế": a matter right after another, with no
      // word between, completes it as a noun does a noun.
      // A general head ("nhiệm vụ phát triển kinh tế - xã hội") is completed by it instead.
      const bool completes = i > group.at + 1 && elements[i - 1].kind == Kind::matter &&
                             !elements[i - 1].tags.empty() && !generalHead(elements[i - 1].tags.front().meaning.id);
      if ((qualifier || completes) && element.kind == Kind::matter && !element.tags.empty() &&
          !narrowsAny(element.tags.front().meaning.id, group.matters))
        continue;
      if (element.kind == Kind::matter && !element.tags.empty() && !isTopic(elements, i, group.at + 1) &&
          !namesPeople(elements, i)) {
        group.matters.push_back(element.tags.front().meaning.id);
        if (lastMatter && listedBetween(elements, *lastMatter, i)) {
          group.listed.insert(elements[*lastMatter].tags.front().meaning.id);
          group.listed.insert(element.tags.front().meaning.id);
        }
        lastMatter = i;
      }
      if (element.kind == Kind::managedBy && group.matters.empty()) group.matters.emplace_back("can_bo");
      // "bầu Ban Thường vụ", "lãnh đạo các chi bộ": a body as the object.
      // Party bodies only: "lãnh đạo Ủy ban nhân dân" is not about the party organisations.
      // "bầu bổ sung, cho thôi giữ các chức danh trên": offices, before any
      // matter, are read as the bodies are.
      const bool offices = group.matters.empty() && opensWith(elements, Span{i, group.objectEnd}, "offices");
      const bool bodyObject =
          !takesRecipient(verb.meaning.modality) &&
          ((objectOpensAt(elements, group.at + 1, i) && element.kind == Kind::actors && partyBody(element)) || offices);
      if (bodyObject && !verb.meaning.actorObject.empty()) group.matters.push_back(verb.meaning.actorObject);
      // "quản lý đảng viên": a verb with no matter of its own for bodies takes the
      // one its object names, when no other is written ("đôn đốc đảng viên đóng
      // đảng phí" is about the dues); not a preposition ("thông qua đảng viên"),
      // nor a body followed by its own act.
      const bool actsNext = i + 1 < elements.size() && elements[i + 1].kind == Kind::verbs;
      const ActorEntry* objectActor = bodyObject && !group.nominal && !actsNext && verb.meaning.actorObject.empty() &&
                                              element.kind == Kind::actors && element.tags.size() == 1
                                          ? lexicon_.actor(element.tags.front().meaning.id)
                                          : nullptr;
      if (objectActor) bodyMatter = objectActor->asObject;
    }
    if (group.matters.empty() && !bodyMatter.empty()) group.matters.push_back(bodyMatter);
  }
  // "việc thực hiện nghị quyết": the nominal verb's matters belong to the group before.
  // "biện pháp lãnh đạo thực hiện nhiệm vụ quốc phòng": nominal verbs side by
  // side pass the object on, down to the power.
  // Not past the end of the object before ("quyết định theo phân cấp quản lý
  // cán bộ": what follows "theo" is the ground).
  for (std::size_t g = groups.size(); g-- > 1;) {
    const bool chained = groups[g - 1].nominal && (groups[g - 1].at + 1 == groups[g].at || groups[g - 1].overseen);
    if (!groups[g].nominal || (groups[g - 1].nominal && !chained)) continue;
    if (followsCue(elements, groups[g].at, groups[g - 1].at + 1, "object_end")) continue;
    // "kiểm tra các chi bộ thực hiện nghị quyết": the act names the matter;
    // the bodies as the object ("kiểm tra các chi bộ") no longer do.
    const std::string& bodies = elements[groups[g - 1].at].tags.front().meaning.actorObject;
    auto& before = groups[g - 1].matters;
    if (!groups[g].matters.empty() && !bodies.empty())
      before.erase(std::remove(before.begin(), before.end(), bodies), before.end());
    groups[g - 1].matters.insert(groups[g - 1].matters.end(), groups[g].matters.begin(), groups[g].matters.end());
    groups[g - 1].objectEnd = groups[g].objectEnd;
  }
  // Passive "X do Ban Chấp hành quyết định": the object comes before the subject.
  if (!groups.empty() && groups.front().matters.empty() && subjectAt > rule.begin) {
    for (std::size_t i = rule.begin; i < subjectAt; ++i) {
      if (elements[i].kind == Kind::matter && !elements[i].tags.empty() && !isTopic(elements, i, rule.begin) &&
          !namesPeople(elements, i))
        groups.front().matters.push_back(elements[i].tags.front().meaning.id);
    }
  }
  for (Group& group : groups) group.matters = mostSpecific(group.matters, group.listed);
  // "Lãnh đạo, chỉ đạo và kiểm tra ..." split over groups share the object written last;
  // a report with no object reports on what the group before it did.
  // Not across a contrast or a marker ("được bảo lưu, báo cáo lên cấp trên nhưng
  // phải chấp hành nghị quyết": what is carried out is not what is reported).
  for (std::size_t g = groups.size(); g-- > 0;) {
    if (groups[g].matters.empty() && g + 1 < groups.size() && !groups[g + 1].nominal && !groups[g + 1].deontic &&
        !contrastBetween(elements, groups[g].at, groups[g + 1].at)) {
      groups[g].matters = groups[g + 1].matters;
      groups[g].objectEnd = groups[g + 1].objectEnd;  // and the conditions written with them
    }
  }
  // "xây dựng quy chế phối hợp, trình Ban Chấp hành cho ý kiến": a submission
  // with no object submits what the group before it made.
  for (std::size_t g = 1; g < groups.size(); ++g) {
    const Modality modality = elements[groups[g].at].tags.front().meaning.modality;
    const bool report = modality == Modality::REPORT || modality == Modality::PROPOSE;
    if (report && groups[g].matters.empty()) {
      groups[g].matters = groups[g - 1].matters;
      groups[g].conditionBegin = groups[g - 1].conditionBegin;
    }
  }
}

// "mỗi tháng hai lần" is a meeting every half month; "mỗi năm ít nhất 2 lần"
// is a period of at most six months.
Parameter meetingParameter(const ActorRef& actor, const Frequency& frequency, const SourceRef& source) {
  Quantity period = periodInMonths(frequency.period);
  Comparison op = Comparison::eq;
  if (frequency.op == Comparison::ge) op = Comparison::le;
  if (frequency.op == Comparison::le) op = Comparison::ge;
  const bool several = frequency.times && frequency.times->denominator == 1 && frequency.times->exact() != "1" &&
                       frequency.times->exact() != "0";
  if (several && period.denominator == 1 && period.digits.size() < 10 && frequency.times->digits.size() < 10) {
    const Unit unit = period.unit;
    period = ratio(period, *frequency.times);
    period.unit = unit;
  }
  Parameter parameter;
  parameter.actor = actor;
  parameter.kind = ParameterKind::meetingFrequency;
  parameter.op = op;
  parameter.value = period;
  parameter.times = frequency.times;
  parameter.source = source;
  return parameter;
}

// The body whose members a share counts ("tổng số ủy viên Ban Chấp hành").
std::optional<ActorRef> StatementInterpreter::memberBody(const Element& share) const {
  const std::vector<ActorRef> actors = actorsOf(share);
  // "đa số ủy viên Ban Chấp hành", "đa số đảng viên": members, not the body that votes.
  if (actors.empty() || individual(actors.front())) return std::nullopt;
  return actors.front();
}

// A person holds no meetings: "Hằng năm (ủy viên) tự phê bình … trước chi bộ nơi
// sinh hoạt" gives no meeting frequency.
bool StatementInterpreter::individual(const ActorRef& actor) const {
  const ActorEntry* entry = actor.id ? lexicon_.actor(*actor.id) : nullptr;
  return entry && entry->kind == "individual";
}

void StatementInterpreter::readParameters(const std::vector<Element>& elements, Span statement, Span rule,
                                          const std::vector<ActorRef>& subject,
                                          const std::vector<ActorRef>& meetingBody, const SourceRef& source,
                                          StatementResult& result) const {
  // Whose meeting or vote: the subject, else the body named in the statement.
  std::vector<ActorRef> owners = subject;
  // "Hội nghị Ban Chấp hành, phiên họp Ban Thường vụ chỉ hợp lệ khi ...": every
  // body named before the rule's number owns it; beside a subject, only those
  // no link word subordinates ("theo đề nghị của Bí thư" owns nothing).
  const bool hadSubject = !owners.empty();
  for (std::size_t i = statement.begin; i < statement.end; ++i) {
    if (elements[i].kind == Kind::share || elements[i].kind == Kind::frequency) break;
    if (elements[i].kind != Kind::actors || (hadSubject && followsCue(elements, i, statement.begin, "links"))) continue;
    for (const ActorRef& actor : actorsOf(elements[i])) {
      const bool known = std::any_of(owners.begin(), owners.end(), [&](const ActorRef& owner) {
        return owner.id == actor.id && owner.organisation == actor.organisation;
      });
      if (!known) owners.push_back(actor);
    }
  }
  if (owners.empty()) owners = meetingBody;
  if (owners.empty()) owners.push_back(ActorRef{});
  // "dự sinh hoạt chi bộ" is a member's duty, not the body's meeting: verbs do not count here.
  const bool meeting =
      mentionsBesides(elements, rule.begin, rule.end, lexicon_.cue("meeting"), lexicon_.cue("meeting_occasions")) &&
      !jointMeeting(elements, rule.begin, rule.end, lexicon_);
  const bool quorum = mentions(elements, statement.begin, statement.end, lexicon_.cue("quorum"));
  const bool vote = mentions(elements, statement.begin, statement.end, lexicon_.cue("vote"));
  for (std::size_t i = rule.begin; i < rule.end; ++i) {
    const Element& element = elements[i];
    for (const ActorRef& actor : owners) {
      if (element.kind == Kind::frequency && element.frequency && meeting && !element.frequency->onDemand &&
          !specialMeeting(elements, rule.begin, i, lexicon_) && !individual(actor)) {
        result.parameters.push_back(meetingParameter(actor, *element.frequency, source));
        result.parameters.back().source.words = {element.text};
      } else if (element.kind == Kind::share && element.quantity && (quorum || vote)) {
        // "tổng số ủy viên Ban Thường vụ": the body whose members are counted.
        const ActorRef owner = memberBody(element).value_or(actor);
        Parameter parameter;
        parameter.actor = owner;
        parameter.kind = quorum ? ParameterKind::quorum : ParameterKind::voteThreshold;
        parameter.op = element.op;
        parameter.value = *element.quantity;
        parameter.source = source;
        parameter.source.words = {element.text};
        result.parameters.push_back(std::move(parameter));
      }
    }
  }
}

// Whether a point completes a lead-in that delegates ("ủy quyền cho Thường
// trực những việc sau:"): every pending power hands over, and the point names
// no subject of its own before its first verb.
bool StatementInterpreter::listOfDelegations(const std::vector<Element>& elements, Span rule,
                                             const Inherited& inherited, std::size_t firstVerb) const {
  if (inherited.pending.empty()) return false;
  const bool delegations = std::all_of(inherited.pending.begin(), inherited.pending.end(), [](const Provision& p) {
    return p.modality == Modality::DELEGATE && p.recipient && p.recipient->id != "?";
  });
  for (std::size_t i = rule.begin; i < firstVerb; ++i) {
    if (elements[i].kind == Kind::actors) return false;
  }
  return delegations;
}

bool StatementInterpreter::votingProcedure(const std::vector<Element>& elements, Span rule,
                                           const std::vector<Group>& groups) const {
  // "phải được … báo cáo" binds someone: an obligation is a task even unnamed.
  const bool bodyOrDuty = std::any_of(elements.begin() + static_cast<long>(rule.begin),
                                      elements.begin() + static_cast<long>(rule.end), [](const Element& e) {
                                        const bool duty = e.kind == Kind::deontic && !e.tags.empty() &&
                                                          e.tags.front().meaning.deontic != Deontic::permission;
                                        return e.kind == Kind::actors || duty;
                                      });
  if (bodyOrDuty || groups.empty()) return false;
  for (std::size_t i = rule.begin + 1; i < rule.end; ++i) {
    if (isCue(elements[i], "vote") && elements[i - 1].kind == Kind::deontic && spells(elements[i - 1], "passive"))
      return true;
  }
  return false;
}

// Whether a point completes a lead-in that decides ("quyết định những vấn đề
// sau:"): every pending power is a decision, and the point opens with its verb.
bool StatementInterpreter::listOfDecisions(Span rule, const Inherited& inherited, std::size_t firstVerb) const {
  if (inherited.pending.empty() || firstVerb != rule.begin) return false;
  return std::all_of(inherited.pending.begin(), inherited.pending.end(), [](const Provision& p) {
    return p.modality == Modality::DECIDE && p.deontic != Deontic::prohibition;
  });
}

void StatementInterpreter::completePending(const std::vector<Element>& elements, Span rule, Span statement,
                                           Inherited& inherited, const SourceRef& source, StatementResult& result,
                                           std::optional<Modality> handedOver) const {
  // "b) Công tác cán bộ, quy hoạch cán bộ …": matters listed side by side are
  // each what the point names, the family beside its member too.
  std::set<std::string> listed;
  std::optional<std::size_t> previous;
  for (std::size_t i = rule.begin; i < rule.end; ++i) {
    if (elements[i].kind != Kind::matter || elements[i].tags.empty()) continue;
    const std::string& id = elements[i].tags.front().meaning.id;
    if (generalHead(id)) continue;  // "Chủ trương và nhân sự …": a head, no item of the list
    if (previous && listedBetween(elements, *previous, i)) {
      listed.insert(elements[*previous].tags.front().meaning.id);
      listed.insert(id);
    }
    previous = i;
  }
  std::vector<std::string> matters = mostSpecific(mattersIn(elements, rule), listed);
  if (matters.empty()) return;
  std::optional<Quantity> ignored;
  const std::vector<Atom> exception = atomsIn(elements, Span{rule.end, statement.end}, "", ignored);
  for (const Provision& pending : inherited.pending) {
    for (const std::string& matter : matters) {
      Provision provision = pending;
      provision.matter = matter;
      if (handedOver) provision.delegated = handedOver;
      provision.source = source;
      provision.source.words = wordsOf(elements, rule.begin, rule.end);
      std::vector<Atom> atoms = atomsIn(elements, rule, matter, provision.deadline);
      provision.condition.atoms.insert(provision.condition.atoms.end(), atoms.begin(), atoms.end());
      if (!exception.empty()) provision.condition.exceptions.push_back(exception);
      result.unread.push_back(unreadAround(elements, statement, rule.begin));
      result.provisions.push_back(std::move(provision));
      result.usedPending = true;
    }
  }
}

// The words between the subject (or the statement's start) and the power verb
// that no cue accounts for ("Ban Thường vụ tạm quyết định": "tạm"; words of
// manner such as "trực tiếp" are cue `manner`). Numbers and bounds left unread
// are found for the whole clause (reading_certainty.cpp).
std::vector<std::string> StatementInterpreter::unreadAround(const std::vector<Element>& elements, Span statement,
                                                            std::size_t verb) const {
  std::size_t from = statement.begin;
  for (std::size_t i = std::min(verb, statement.end); i-- > statement.begin;) {
    if (elements[i].kind == Kind::actors || elements[i].kind == Kind::punctuation) {
      from = i + 1;
      break;
    }
  }
  return plainWordsLeft(elements, Span{from, std::min(verb, statement.end)},
                        {"manner", "timing", "subordinate", "nominal", "links", "object_end", "references"});
}

// Where an exception starting at `begin` ends: at the first comma after
// something it excepts, else at the end of the statement.
std::size_t StatementInterpreter::exceptionEnd(const std::vector<Element>& elements, std::size_t begin,
                                               std::size_t end) const {
  std::optional<Quantity> ignored;
  for (std::size_t i = begin + 1; i < end; ++i) {
    const bool comma = elements[i].kind == Kind::punctuation && elements[i].text == ",";
    if (comma && !atomsIn(elements, Span{begin, i}, "", ignored).empty()) return i;
  }
  return end;
}

StatementResult StatementInterpreter::interpret(const std::vector<Element>& elements, std::size_t begin,
                                                std::size_t end, Inherited& inherited, const SourceRef& source) const {
  StatementResult result;
  const Span statement{begin, end};
  Span rule = statement;
  for (std::size_t i = begin; i < end; ++i) {
    if (elements[i].kind == Kind::exception) {
      rule.end = i;
      break;
    }
  }
  std::vector<Group> groups = groupsOf(elements, rule);
  // A point of a list of contents ("b) Tình hình … quản lý đảng viên") is a noun phrase.
  if (inherited.contents)
    for (Group& group : groups) group.nominal = true;
  // A point of a list of powers ("... những vấn đề sau: a) Bầu các chức danh
  // do Ban Chấp hành bầu"): "do X verb" describes the matter, it is no grant.
  if (!inherited.pending.empty()) {
    for (Group& group : groups) {
      const std::size_t at = group.at;
      if (at >= rule.begin + 2 && elements[at - 1].kind == Kind::actors && elements[at - 2].link == Link::by)
        group.nominal = true;
    }
    // "a- Nghị quyết lãnh đạo thực hiện nhiệm vụ năm học và chương trình công
    // tác …": a point that opens with a matter is a noun phrase; its verbs
    // describe what the lead-in's power is over.
    if (opensWithMatter(elements, rule.begin, rule.end))
      for (Group& group : groups) group.nominal = true;
  }
  std::size_t subjectAt = rule.begin;
  findSubjects(elements, rule, groups, inherited, subjectAt);
  // Deontic marker and vague time.
  Deontic deontic = Deontic::none;
  bool vagueTime = false;
  const std::size_t firstVerb = groups.empty() ? rule.end : groups.front().at;
  for (std::size_t i = rule.begin; i < rule.end; ++i) {
    const Element& element = elements[i];
    if (element.kind == Kind::deontic && i < firstVerb && !element.tags.empty())
      deontic = element.tags.front().meaning.deontic;
    if (element.kind == Kind::vague && !element.tags.empty() &&
        element.tags.front().meaning.kind == Meaning::Kind::vagueTime) {
      vagueTime = true;
    }
  }
  // "Đảng viên có trách nhiệm:" (a marker, no verb) makes duties of the points
  // under it; a point with no marker of its own is one of them.
  if (groups.empty() && deontic == Deontic::obligation) inherited.duty = deontic;
  // "Được phân công phụ trách chi bộ": the "được" of an assignment received is
  // a passive, no permission; what is assigned is the holder's charge.
  const bool assigned = !groups.empty() && groups.front().received && groups.front().at > rule.begin &&
                        spells(elements[groups.front().at - 1], "passive");
  if (assigned && deontic == Deontic::permission) deontic = Deontic::none;
  if (deontic == Deontic::none) deontic = inherited.duty;
  for (Group& group : groups) group.negated = negates(elements, rule.begin, group.at);
  // "không được tự quyết định … mà phải đưa ra Chi bộ thảo luận": a marker
  // written after an earlier verb is the marker of the verbs after it.
  for (std::size_t g = 1; g < groups.size(); ++g) {
    for (std::size_t i = groups[g].at; i-- > groups[g - 1].at + 1;) {
      if (elements[i].kind == Kind::deontic && !elements[i].tags.empty()) {
        groups[g].deontic = elements[i].tags.front().meaning.deontic;
        break;
      }
    }
    if (!groups[g].deontic) groups[g].deontic = groups[g - 1].deontic;
  }
  // "Sinh hoạt chi bộ hợp lệ khi …; nghị quyết được thông qua khi …": the body
  // a meeting's name ends with owns its rules, and those of the statements after.
  const std::vector<ActorRef> owners =
      inherited.subject.empty() ? meetingNameOwner(elements, statement) : inherited.subject;
  const std::size_t parametersBefore = result.parameters.size();
  readParameters(elements, statement, rule, owners, inherited.meetingBody, source, result);
  if (inherited.subject.empty() && result.parameters.size() > parametersBefore) inherited.subject = owners;
  // "Nghị quyết của Ban Chấp hành được thông qua khi có trên 50% … tán thành":
  // a vote rule; its voting verbs with no subject of their own grant nothing.
  const bool voteRule = std::any_of(result.parameters.begin(), result.parameters.end(), [](const Parameter& p) {
    return p.kind == ParameterKind::voteThreshold || p.kind == ParameterKind::quorum;
  });
  for (Group& group : groups) {
    if (voteRule && group.subject.empty() && isCue(elements[group.at], "vote")) group.nominal = true;
  }
  // "Quyết định về nhân sự, thi hành kỷ luật được biểu quyết bằng phiếu kín": a
  // vote in the passive with no body named says how decisions are taken; it
  // gives nobody a task (C001 is for tasks).
  if (votingProcedure(elements, rule, groups))
    for (Group& group : groups) group.nominal = true;

  const bool anyPower = std::any_of(groups.begin(), groups.end(), [](const Group& g) { return !g.nominal; });
  if (!anyPower) {
    if (!inherited.pending.empty()) completePending(elements, rule, statement, inherited, source, result);
    return result;
  }
  // "... không ủy quyền cho Thường trực các việc sau: a) Quyết định ...": a
  // point of a list of delegations names the power handed over, not a power of
  // its own; the lead-in's subject, negation and recipient apply to it.
  const auto power = std::find_if(groups.begin(), groups.end(), [](const Group& g) { return !g.nominal; });
  if (listOfDelegations(elements, rule, inherited, power->at)) {
    // "… không ủy quyền cho Thường trực quyết định các vấn đề sau: b) Thi hành
    // kỷ luật …": what is decided; the lead-in named the power handed over.
    const bool decisionNamed = std::all_of(inherited.pending.begin(), inherited.pending.end(),
                                           [](const Provision& p) { return p.delegated == Modality::DECIDE; });
    completePending(elements, rule, statement, inherited, source, result,
                    decisionNamed ? Modality::DECIDE : elements[power->at].tags.front().meaning.modality);
    return result;
  }
  // "Ban Thường vụ quyết định các vấn đề sau: a) Thi hành kỷ luật đảng viên":
  // a verb opening a point of a list of decisions is what is decided. A point
  // that names only bodies ("b) Bầu chi ủy, Bí thư") is read as it stands.
  if (listOfDecisions(rule, inherited, power->at)) {
    completePending(elements, rule, statement, inherited, source, result);
    if (!result.provisions.empty()) return result;
  }
  findMatters(elements, rule, subjectAt, groups);
  // The opinion given on a report heard is the hearer's.
  for (std::size_t g = 1; g < groups.size(); ++g)
    if (groups[g].opinionOnHearing) groups[g].subject = groups[g - 1].subject;

  // "trừ cán bộ thuộc diện Ban Thường vụ quản lý, giữa hai phiên họp": the
  // exception ends at the comma after what it excepts; the rest is the rule's.
  const Span excepted{rule.end, exceptionEnd(elements, rule.end, statement.end)};
  const Span tail{std::min(excepted.end + 1, statement.end), statement.end};
  std::optional<Quantity> ignored;
  const std::vector<Atom> exception = atomsIn(elements, excepted, "", ignored);
  std::optional<Quantity> deadline;
  std::optional<Frequency> frequency;
  for (std::size_t i = statement.begin; i < statement.end; ++i) {
    if (elements[i].kind == Kind::deadline && elements[i].quantity) deadline = elements[i].quantity;
    if (elements[i].kind == Kind::frequency && elements[i].frequency && i < rule.end) frequency = elements[i].frequency;
  }

  const bool reportsHere = std::any_of(groups.begin(), groups.end(), [&](const Group& group) {
    const auto& tags = elements[group.at].tags;
    return !group.nominal && std::any_of(tags.begin(), tags.end(),
                                         [](const Tag& verb) { return verb.meaning.modality == Modality::REPORT; });
  });
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const Group& group = groups[g];
    if (group.nominal || group.content) continue;
    const Element& verbs = elements[group.at];
    const Modality modality = verbs.tags.front().meaning.modality;
    const std::optional<Occasion> occasion = occasionOf(elements, statement, rule, groups, g);
    // "ủy quyền cho Thường trực quyết định X": the matter is that of the power handed over.
    const bool handsOver = g + 1 < groups.size() && groups[g + 1].content;
    std::optional<Group> handed;
    if (handsOver) handed = handedOver(groups, g + 1);
    const Group& object = handed ? *handed : group;
    std::vector<std::optional<ActorRef>> recipients;
    for (std::size_t i = group.at + 1; i < object.objectEnd && recipients.empty() && takesRecipient(modality); ++i) {
      if (elements[i].kind != Kind::actors) continue;
      // "trước Đảng ủy, Ban Thường vụ và Ban Thường vụ Đảng ủy Ủy ban nhân dân
      // tỉnh": bodies of two levels are two elements; a list goes on over "và".
      for (std::size_t j = i; j < object.objectEnd && elements[j].kind == Kind::actors; j += 2) {
        for (const ActorRef& actor : actorsOf(elements[j])) recipients.emplace_back(actor);
        const Link link = j + 1 < object.objectEnd ? elements[j + 1].link : Link::none;
        if (link != Link::and_ && link != Link::comma) break;
      }
    }
    // "báo cáo với Tổ giúp việc": a recipient the lexicon does not know (S005).
    if (recipients.empty() && takesRecipient(modality)) {
      const bool linked = group.at + 2 <= object.objectEnd && followsCue(elements, group.at + 2, group.at + 1, "links");
      const std::size_t from = group.at + 1 + (linked ? 1 : 0);
      if (auto unknown = unknownBody(elements, from, object.objectEnd, false)) recipients.emplace_back(*unknown);
    }
    if (recipients.empty()) recipients.emplace_back(std::nullopt);
    std::vector<std::optional<std::string>> matters(object.matters.begin(), object.matters.end());
    // "...; giữa hai kỳ họp, Ban Thường vụ quyết định": a verb with no object at all decides what was said before.
    if (matters.empty() && objectIsEmpty(elements, object))
      matters.assign(inherited.lastMatters.begin(), inherited.lastMatters.end());
    // "bầu bổ sung khi khuyết": a verb with no object names its own matter.
    if (matters.empty() && !verbs.tags.front().meaning.impliedMatter.empty() && objectIsEmpty(elements, object))
      matters.emplace_back(verbs.tags.front().meaning.impliedMatter);
    if (matters.empty()) matters.assign(inherited.topic.begin(), inherited.topic.end());
    if (matters.empty()) matters.emplace_back(std::nullopt);
    const std::vector<ActorRef> actors = group.subject.empty() ? std::vector<ActorRef>{ActorRef{}} : group.subject;
    for (const Tag& verb : verbs.tags) {
      if (group.opinionOnHearing && verb.meaning.modality == Modality::REPORT) continue;  // heard, not given
      if (verb.meaning.kind != Meaning::Kind::verb) continue;
      for (const std::optional<std::string>& matter : matters) {
        const std::string matterId = matter.value_or("");
        std::optional<Quantity> ownDeadline = deadline;
        // Conditions written before the first verb (a sentence-initial "giữa hai kỳ họp", a passive object) apply too.
        std::vector<Atom> atoms = atomsIn(elements, Span{rule.begin, groups.front().at}, matterId, ownDeadline);
        for (Span span :
             conditionSpansOf(elements, Span{object.conditionBegin, object.objectEnd}, object.matters, matterId)) {
          const std::vector<Atom> own = atomsIn(elements, span, matterId, ownDeadline);
          atoms.insert(atoms.end(), own.begin(), own.end());
        }
        const std::vector<Atom> after = atomsIn(elements, tail, matterId, ownDeadline);
        atoms.insert(atoms.end(), after.begin(), after.end());
        withoutRepeats(atoms);
        for (const ActorRef& actor : actors) {
          for (const std::optional<ActorRef>& recipient : recipients) {
            Provision provision;
            provision.actor = actor;
            for (const ActorRef& other : actors) {
              if (other.id != actor.id) provision.jointWith.push_back(actorId(other));
            }
            provision.modality = verb.meaning.modality;
            provision.power = verb.meaning.phrase;
            provision.deontic = group.negated ? Deontic::prohibition : group.deontic.value_or(deontic);
            provision.matter = matter;
            provision.condition.atoms = atoms;
            if (!exception.empty()) provision.condition.exceptions.push_back(exception);
            provision.recipient = recipient;
            if (handsOver && modality != Modality::DIRECT)
              provision.delegated = elements[object.at].tags.front().meaning.modality;
            provision.deadline = ownDeadline;
            // "cho chủ trương và báo cáo Ban Thường vụ tại phiên họp gần nhất":
            // in a chain of verbs, the decision before the report is not timed.
            if (&verb != &verbs.tags.back() && verb.meaning.modality == Modality::DECIDE) {
              provision.occasion.reset();
            } else {
              provision.occasion = occasion;
            }
            // "Thường trực quyết định các khoản chi dưới 30 triệu đồng, báo cáo
            // Ban Thường vụ hằng quý": the period times the report, not the decision.
            if (!(reportsHere && verb.meaning.modality == Modality::DECIDE)) provision.frequency = frequency;
            provision.vagueTime = vagueTime;
            provision.source = source;
            provision.source.words = wordsOf(elements, group.at, object.objectEnd);
            result.unread.push_back(unreadAround(elements, statement, group.at));
            provision.reading.subjectUnread = !result.unread.back().empty();
            if (auto owner = ownedBySubject(elements, object, matterId, actor)) result.unread.back().push_back(*owner);
            if (auto lower = ofLowerOrganisations(elements, object)) result.unread.back().push_back(*lower);
            result.provisions.push_back(std::move(provision));
          }
        }
      }
    }
    if (!object.matters.empty()) inherited.lastMatters = object.matters;
  }
  return result;
}

}  // namespace rasoat::model
