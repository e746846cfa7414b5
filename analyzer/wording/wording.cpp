#include "wording/wording.h"

#include <map>
#include <optional>

#include <fmt/format.h>

namespace rasoat::wording {

namespace {

using model::Comparison;

std::string scaledText(const model::Quantity& quantity, int power, const char* word) {
  std::string number = model::scaled(quantity, -power).exact();
  for (char& c : number) {
    if (c == '.') c = ',';
  }
  return fmt::format("{} {}", number, word);
}

// A language's word for each way of bounding a number.
struct RangeWords {
  const char* from;       // "từ X"
  const char* over;       // "trên X"
  const char* upward;     // "từ X trở lên"
  const char* toBelow;    // "đến dưới Y"
  const char* to;         // "đến Y"
  const char* under;      // "dưới Y"
  const char* atMost;     // "không quá Y"
  const char* exactly;    // "đúng X"
  const char* otherThan;  // "khác X"
};
const RangeWords kVi{"từ {}",   "trên {}",      "từ {} trở lên", "đến dưới {}", "đến {}",
                     "dưới {}", "không quá {}", "đúng {}",       "khác {}"};
const RangeWords kEn{"from {}",  "over {}",    "{} or more", "to under {}",  "to {}",
                     "under {}", "at most {}", "exactly {}", "other than {}"};

// The bounds written on one number.
struct Bounds {
  std::optional<model::Quantity> low;
  bool lowInclusive = true;
  std::optional<model::Quantity> high;
  bool highInclusive = true;
  std::vector<const model::Atom*> others;  // = and ≠
};

// "từ 100 triệu đồng đến dưới 1 tỷ đồng", "trên 20 tỷ đồng", "đúng 5 ngày".
std::string rangeText(const Bounds& bounds, const RangeWords& words, Language language) {
  const auto say = [&](const char* pattern, const model::Quantity& q) {
    return fmt::format(fmt::runtime(pattern), describeQuantity(q, language));
  };
  std::string text;
  if (bounds.low && bounds.high) {
    text = say(bounds.lowInclusive ? words.from : words.over, *bounds.low) + " " +
           say(bounds.highInclusive ? words.to : words.toBelow, *bounds.high);
  } else if (bounds.low) {
    text = say(bounds.lowInclusive ? words.upward : words.over, *bounds.low);
  } else if (bounds.high) {
    text = say(bounds.highInclusive ? words.atMost : words.under, *bounds.high);
  }
  for (const model::Atom* atom : bounds.others) {
    const std::string part = say(atom->op == Comparison::ne ? words.otherThan : words.exactly, *atom->number);
    text += (text.empty() ? "" : language == Language::vi ? " và " : " and ") + part;
  }
  return text;
}

void addBound(Bounds& bounds, const model::Atom& atom) {
  const model::Quantity& value = *atom.number;
  switch (atom.op) {
    case Comparison::ge:
    case Comparison::gt:
      if (!bounds.low || value.value() > bounds.low->value()) {
        bounds.low = value;
        bounds.lowInclusive = atom.op == Comparison::ge;
      }
      break;
    case Comparison::le:
    case Comparison::lt:
      if (!bounds.high || value.value() < bounds.high->value()) {
        bounds.high = value;
        bounds.highInclusive = atom.op == Comparison::le;
      }
      break;
    case Comparison::eq:
    case Comparison::ne: bounds.others.push_back(&atom); break;
  }
}

// "cán bộ thuộc diện Ban Thường vụ quản lý": a management list, as the text says it.
LocalizedText memberText(const model::Atom& atom, const model::Lexicon& lexicon) {
  const model::ActorEntry* actor = lexicon.actor(*atom.member);
  const std::string value = actor ? actor->name : *atom.member;
  const bool negated = atom.op == Comparison::ne;
  if (atom.attribute == "dien_quan_ly") {
    return {fmt::format("cán bộ {}thuộc diện {} quản lý", negated ? "không " : "", value),
            fmt::format("cadres {}on the list {} manages", negated ? "not " : "", value)};
  }
  const std::string name = attributeName(lexicon, atom.attribute);
  return {fmt::format("{} {}{}", name, negated ? "không phải " : "", value),
          fmt::format("{} {}{}", name, negated ? "other than " : "", value)};
}

void append(LocalizedText& text, const LocalizedText& part) {
  if (part.vi.empty()) return;
  text.vi += (text.vi.empty() ? "" : " và ") + part.vi;
  text.en += (text.en.empty() ? "" : " and ") + part.en;
}

}  // namespace

std::string describeQuantity(const model::Quantity& quantity, Language language) {
  using model::Unit;
  if (quantity.denominator != 1 || quantity.unit == Unit::fraction) return quantity.exact();
  if (quantity.unit == Unit::dong) {
    const double value = quantity.value();
    if (value >= 1e9) return scaledText(quantity, 9, "tỷ đồng");
    if (value >= 1e6) return scaledText(quantity, 6, "triệu đồng");
    return quantity.exact() + " đồng";
  }
  static const std::map<Unit, std::pair<const char*, const char*>> units = {
      {Unit::month, {"tháng", "months"}},
      {Unit::day, {"ngày", "days"}},
      {Unit::workday, {"ngày làm việc", "working days"}},
      {Unit::week, {"tuần", "weeks"}},
      {Unit::year, {"năm", "years"}},
      {Unit::member, {"ủy viên", "members"}},
      {Unit::hectare, {"ha", "ha"}},
      {Unit::squareMetre, {"m²", "m²"}}};
  auto found = units.find(quantity.unit);
  if (found == units.end()) return quantity.exact();
  if (language == Language::vi) return fmt::format("{} {}", quantity.exact(), found->second.first);
  // "1 month", "2 months": English counts in the singular for one.
  std::string english = found->second.second;
  if (quantity.exact() == "1" && english.ends_with('s')) english.pop_back();
  return fmt::format("{} {}", quantity.exact(), english);
}

std::string attributeName(const model::Lexicon& lexicon, const std::string& attribute) {
  static const std::map<std::string, std::string> parameters = {{"quorum", "tỷ lệ ủy viên tham dự"},
                                                                {"vote_threshold", "tỷ lệ ủy viên tán thành"},
                                                                {"meeting_period", "chu kỳ họp"},
                                                                {"khan_cap", "khẩn cấp"},
                                                                {"giua_hai_ky_hop", "giữa hai kỳ họp"}};
  if (auto found = parameters.find(attribute); found != parameters.end()) return found->second;
  for (const auto& matter : lexicon.matters()) {
    for (const auto& entry : matter.attributes) {
      if (entry.id == attribute) return entry.name;
    }
  }
  return attribute;
}

LocalizedText describeAtoms(const std::vector<model::Atom>& atoms, const model::Lexicon& lexicon) {
  LocalizedText text;
  // Numbers first, one range per attribute, in the order they are written.
  std::vector<std::string> order;
  std::map<std::string, Bounds> numbers;
  for (const model::Atom& atom : atoms) {
    if (!atom.number) continue;
    if (!numbers.count(atom.attribute)) order.push_back(atom.attribute);
    addBound(numbers[atom.attribute], atom);
  }
  for (const std::string& attribute : order) {
    const std::string name = attributeName(lexicon, attribute);
    append(text, {name + " " + rangeText(numbers[attribute], kVi, Language::vi),
                  name + " is " + rangeText(numbers[attribute], kEn, Language::en)});
  }
  for (const model::Atom& atom : atoms) {
    if (atom.number) continue;
    if (atom.isFact()) {
      const std::string name = attributeName(lexicon, atom.attribute);
      const bool holds = atom.op != Comparison::ne;
      append(text, {holds ? name : "không " + name, holds ? name : "not " + name});
    } else {
      append(text, memberText(atom, lexicon));
    }
  }
  return text;
}

LocalizedText describeCondition(const model::Condition& condition, const model::Lexicon& lexicon) {
  LocalizedText text =
      condition.atoms.empty() ? LocalizedText{"mọi trường hợp", "every case"} : describeAtoms(condition.atoms, lexicon);
  for (const auto& exception : condition.exceptions) {
    const LocalizedText except = describeAtoms(exception, lexicon);
    text.vi += ", trừ khi " + except.vi;
    text.en += ", except when " + except.en;
  }
  return text;
}

LocalizedText describeWitness(const solver::Witness& witness, const model::Lexicon& lexicon) {
  LocalizedText text;
  for (const solver::Witness::Value& value : witness.values) {
    LocalizedText part;
    const std::string name = attributeName(lexicon, value.attribute);
    if (value.number) {
      part = {name + " đúng " + describeQuantity(*value.number, Language::vi),
              name + " is exactly " + describeQuantity(*value.number, Language::en)};
    } else if (value.holds) {
      part = {*value.holds ? name : "không " + name, *value.holds ? name : "not " + name};
    } else if (value.member && value.attribute == "dien_quan_ly" && lexicon.actor(*value.member)) {
      model::Atom atom{value.attribute, Comparison::eq, std::nullopt, *value.member};
      part = memberText(atom, lexicon);
    } else if (value.attribute == "dien_quan_ly") {
      part = {"cán bộ không thuộc diện nào được nêu", "cadres on none of the lists named"};
    } else {
      part = {name + " = " + value.member.value_or("?"), name + " = " + value.member.value_or("?")};
    }
    text.vi += (text.vi.empty() ? "" : ", ") + part.vi;
    text.en += (text.en.empty() ? "" : ", ") + part.en;
  }
  return text;
}

}  // namespace rasoat::wording
