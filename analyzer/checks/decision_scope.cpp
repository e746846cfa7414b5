#include "checks/decision_scope.h"

#include <algorithm>

namespace rasoat::checks {

std::vector<const model::Provision*> ownDecisions(const model::DocumentModel& model) {
  std::vector<const model::Provision*> decisions;
  for (const auto& provision : model.provisions) {
    const bool decides =
        provision.modality == model::Modality::DECIDE && provision.deontic != model::Deontic::prohibition;
    const bool definite = provision.actor.id != "?" && !provision.actor.vague &&
                          provision.actor.organisation == "own" && provision.matter != "?" &&
                          provision.matter != "chung";
    if (decides && definite) decisions.push_back(&provision);
  }
  return decisions;
}

bool relatedMatters(const model::Lexicon& lexicon, const std::string& a, const std::string& b) {
  return a == b || lexicon.isDescendant(a, b) || lexicon.isDescendant(b, a);
}

std::string rootMatter(const model::Lexicon& lexicon, const std::string& matter) {
  std::string root = matter;
  for (int depth = 0; depth < 32; ++depth) {
    const auto* entry = lexicon.matter(root);
    if (!entry || entry->parent.empty()) break;
    root = entry->parent;
  }
  return root;
}

bool hasNumericBound(const model::Condition& condition) {
  return std::any_of(condition.atoms.begin(), condition.atoms.end(),
                     [](const model::Atom& atom) { return atom.number.has_value(); });
}

std::optional<Interval> intervalOf(const model::Condition& condition) {
  if (condition.atoms.empty() || !condition.exceptions.empty()) return std::nullopt;
  Interval interval;
  interval.attribute = condition.atoms.front().attribute;
  for (const model::Atom& atom : condition.atoms) {
    if (!atom.number || atom.attribute != interval.attribute || atom.op == "!=") return std::nullopt;
    const long double value = static_cast<long double>(atom.number->value());
    const bool lower = atom.op == ">" || atom.op == ">=" || atom.op == "=";
    const bool upper = atom.op == "<" || atom.op == "<=" || atom.op == "=";
    const bool inclusive = atom.op != ">" && atom.op != "<";
    if (lower && (!interval.low || value > *interval.low || (value == *interval.low && !inclusive))) {
      interval.low = value;
      interval.lowInclusive = inclusive;
    }
    if (upper && (!interval.high || value < *interval.high || (value == *interval.high && !inclusive))) {
      interval.high = value;
      interval.highInclusive = inclusive;
    }
  }
  return interval;
}

bool nonEmpty(const Interval& interval) {
  const long double low = interval.low.value_or(0);
  const bool lowInclusive = interval.low ? interval.lowInclusive : true;
  if (low < 0 && !interval.high) return true;
  if (!interval.high) return true;
  const long double floor = std::max<long double>(low, 0);
  const bool floorInclusive = low >= 0 ? lowInclusive : true;
  if (*interval.high > floor) return true;
  return *interval.high == floor && floorInclusive && interval.highInclusive;
}

bool intersects(const Interval& a, const Interval& b) {
  Interval both;
  both.attribute = a.attribute;
  both.low = a.low;
  both.lowInclusive = a.lowInclusive;
  if (b.low && (!both.low || *b.low > *both.low || (*b.low == *both.low && !b.lowInclusive))) {
    both.low = b.low;
    both.lowInclusive = b.lowInclusive;
  }
  both.high = a.high;
  both.highInclusive = a.highInclusive;
  if (b.high && (!both.high || *b.high < *both.high || (*b.high == *both.high && !b.highInclusive))) {
    both.high = b.high;
    both.highInclusive = b.highInclusive;
  }
  return nonEmpty(both);
}

int rankOf(const model::Lexicon& lexicon, const std::string& actor) {
  const auto* entry = lexicon.actor(actor);
  return entry && entry->rank ? *entry->rank : 100;
}

bool inDecisionLine(const model::Lexicon& lexicon, const std::string& actor) {
  const auto* entry = lexicon.actor(actor);
  return entry && entry->rank.has_value() && entry->kind != "agency";
}

bool actsOnBehalf(const model::Condition& condition) {
  return std::any_of(condition.atoms.begin(), condition.atoms.end(), [](const model::Atom& atom) {
    return (atom.attribute == "giua_hai_ky_hop" || atom.attribute == "khan_cap") && atom.symbol == "true";
  });
}

std::vector<const CheckedDocument*> sameBodyParents(const CheckedDocument& document) {
  std::vector<const CheckedDocument*> parents;
  for (const CheckedDocument* parent : document.parents) {
    const bool model = parent->model.kind == "model_regulation";
    const bool sameLevel = parent->model.level == document.model.level && parent->model.level != "unknown";
    const bool levelMatches = parent->model.level == document.model.level || parent->model.level == "unknown";
    if ((model && levelMatches) || sameLevel) parents.push_back(parent);
  }
  return parents;
}

std::string actorName(const model::Lexicon& lexicon, const std::string& actor) {
  const auto* entry = lexicon.actor(actor);
  return entry ? entry->name : actor;
}

std::string matterName(const model::Lexicon& lexicon, const std::string& matter) {
  const auto* entry = lexicon.matter(matter);
  return entry ? entry->name : matter;
}

}  // namespace rasoat::checks
