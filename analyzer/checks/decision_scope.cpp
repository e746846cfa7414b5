#include "checks/decision_scope.h"

#include <algorithm>
#include <optional>

namespace rasoat::checks {

bool isDefinite(const model::Provision& provision) {
  return provision.actor.resolved() && !provision.actor.vague &&
         provision.actor.organisation == model::Organisation::own && provision.matter && *provision.matter != "chung";
}

bool isSureDefinite(const model::Provision& provision) {
  return isDefinite(provision) && provision.reading.sure;
}

std::vector<const model::Provision*> ownDecisions(const model::DocumentModel& model, Readings readings) {
  std::vector<const model::Provision*> decisions;
  for (const auto& provision : model.provisions) {
    const bool decides =
        provision.modality == model::Modality::DECIDE && provision.deontic != model::Deontic::prohibition;
    const bool usable = readings == Readings::any ? isDefinite(provision) : isSureDefinite(provision);
    if (decides && usable) decisions.push_back(&provision);
  }
  return decisions;
}

bool relatedMatters(const model::Lexicon& lexicon, const std::string& a, const std::string& b) {
  return a == b || lexicon.isDescendant(a, b) || lexicon.isDescendant(b, a);
}

bool relatedMatters(const model::Lexicon& lexicon, const std::optional<std::string>& a,
                    const std::optional<std::string>& b) {
  return a && b && relatedMatters(lexicon, *a, *b);
}

std::string rootMatter(const model::Lexicon& lexicon, const std::optional<std::string>& matter) {
  return matter ? rootMatter(lexicon, *matter) : "?";
}

bool isFamily(const model::Lexicon& lexicon, const std::string& matter) {
  const auto& matters = lexicon.matters();
  return std::any_of(matters.begin(), matters.end(),
                     [&](const model::MatterEntry& entry) { return entry.parent == matter; });
}

bool sameLeaf(const model::Lexicon& lexicon, const std::optional<std::string>& a, const std::optional<std::string>& b) {
  return a && b && *a == *b && !isFamily(lexicon, *a);
}

bool coversMatter(const model::Lexicon& lexicon, const std::string& general, const std::string& specific) {
  return general == specific || lexicon.isDescendant(specific, general);
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
    if (!atom.number || atom.attribute != interval.attribute || atom.op == model::Comparison::ne) return std::nullopt;
    const long double value = static_cast<long double>(atom.number->value());
    const bool lower = model::bindsFromBelow(atom.op);
    const bool upper = model::bindsFromAbove(atom.op);
    const bool inclusive = model::inclusive(atom.op);
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

namespace {

struct Edge {
  long double value = 0;
  bool inclusive = true;
  const model::Quantity* quantity = nullptr;
};

struct Band {
  std::optional<Edge> low;
  std::optional<Edge> high;
  const model::Provision* provision = nullptr;
};

Band bandOf(const model::Provision& provision) {
  Band band;
  band.provision = &provision;
  for (const auto& atom : provision.condition.atoms) {
    const Edge edge{static_cast<long double>(atom.number->value()), model::inclusive(atom.op), &*atom.number};
    const bool lower = model::bindsFromBelow(atom.op);
    const bool upper = model::bindsFromAbove(atom.op);
    if (lower && (!band.low || edge.value > band.low->value || (edge.value == band.low->value && !edge.inclusive)))
      band.low = edge;
    if (upper && (!band.high || edge.value < band.high->value || (edge.value == band.high->value && !edge.inclusive)))
      band.high = edge;
  }
  return band;
}

}  // namespace

std::optional<Gap> firstGap(const std::vector<const model::Provision*>& provisions, const model::Quantity* low,
                            const model::Quantity* high) {
  std::vector<Band> bands;
  bands.reserve(provisions.size());
  for (const auto* provision : provisions) bands.push_back(bandOf(*provision));
  std::sort(bands.begin(), bands.end(), [](const Band& a, const Band& b) {
    if (!a.low || !b.low) return !a.low && b.low;
    return a.low->value < b.low->value || (a.low->value == b.low->value && a.low->inclusive && !b.low->inclusive);
  });
  const long double limit = static_cast<long double>(high->value());
  // Only a stretch with decisions on both sides of it is a gap: the open ends
  // may belong to bodies outside the regulation. So the lowest bound itself,
  // when the clause that writes it leaves it out ("trên 1 tỷ đồng") and no
  // clause covers the values below it, is the unexamined end, not a gap; with
  // a clause below it ("dưới 20 tỷ đồng"), the sweep starts short of it.
  // (The values are never negative: below a lowest bound of 0 there is nothing.)
  const bool coveredBelow =
      low->value() > 0 && std::any_of(bands.begin(), bands.end(), [](const Band& band) { return !band.low; });
  Edge reach{static_cast<long double>(low->value()), !coveredBelow, low};
  const model::Provision* reacher = nullptr;
  for (const Band& band : bands) {
    if (band.low) {
      const bool open =
          band.low->value > reach.value || (band.low->value == reach.value && !reach.inclusive && !band.low->inclusive);
      if (open && reach.value <= limit) {
        Gap gap{reach.quantity, band.low->value <= limit ? band.low->quantity : high, {band.provision}};
        if (reacher) gap.around.push_back(reacher);
        return gap;
      }
    }
    if (!band.high) return std::nullopt;  // covered to the end
    if (band.high->value > reach.value || (band.high->value == reach.value && band.high->inclusive)) {
      reach = *band.high;
      reacher = band.provision;
    } else if (band.high->value == reach.value && !reacher) {
      reacher = band.provision;  // ends exactly where the gap begins ("dưới 20 tỷ")
    }
  }
  // The highest bound left out by the clause that writes it ("dưới 5 tỷ
  // đồng"), with nothing above it, is the other unexamined end.
  if (reach.value < limit) {
    Gap gap{reach.quantity, high, {}};
    if (reacher) gap.around.push_back(reacher);
    return gap;
  }
  return std::nullopt;
}

int rankOf(const model::Lexicon& lexicon, const std::string& actor) {
  const auto* entry = lexicon.actor(actor);
  return entry && entry->rank ? *entry->rank : 100;
}

bool inDecisionLine(const model::Lexicon& lexicon, const std::string& actor) {
  const auto* entry = lexicon.actor(actor);
  return entry && entry->rank.has_value() && entry->kind != "agency";
}

int rankOf(const model::Lexicon& lexicon, const std::optional<std::string>& actor) {
  return actor ? rankOf(lexicon, *actor) : 100;
}

bool inDecisionLine(const model::Lexicon& lexicon, const std::optional<std::string>& actor) {
  return actor && inDecisionLine(lexicon, *actor);
}

bool actsOnBehalf(const model::Condition& condition) {
  return std::any_of(condition.atoms.begin(), condition.atoms.end(), [](const model::Atom& atom) {
    return (atom.attribute == "giua_hai_ky_hop" || atom.attribute == "khan_cap") && atom.isFact() &&
           atom.op == model::Comparison::eq;
  });
}

std::vector<const CheckedDocument*> sameBodyParents(const CheckedDocument& document) {
  std::vector<const CheckedDocument*> parents;
  for (const CheckedDocument* parent : document.parents) {
    const bool model = parent->model.kind == model::DocumentKind::modelRegulation;
    const bool sameLevel = parent->model.level == document.model.level && parent->model.level != model::Level::unknown;
    // A model regulation the document cites is written for documents like it,
    // unless both levels are known and differ ("Quy chế mẫu của đảng ủy cơ sở
    // trực thuộc Đảng bộ các cơ quan Đảng tỉnh" names a province, but an
    // agency's committee, of no level the title names, follows it).
    // A model's title may name its issuer, the level above the committees it
    // is for ("… các đảng bộ trực thuộc Tỉnh ủy" for a bloc's committee).
    const bool issuedAbove = model && model::levelRank(parent->model.level) >= 0 &&
                             model::levelRank(parent->model.level) + 1 == model::levelRank(document.model.level);
    const bool levelMatches = parent->model.level == document.model.level ||
                              parent->model.level == model::Level::unknown ||
                              document.model.level == model::Level::unknown || issuedAbove;
    if ((model && levelMatches) || sameLevel) parents.push_back(parent);
  }
  return parents;
}

std::vector<const CheckedDocument*> lowerBodyParents(const CheckedDocument& document) {
  std::vector<const CheckedDocument*> parents;
  const int level = model::levelRank(document.model.level);
  for (const CheckedDocument* parent : document.parents) {
    const int parentLevel = model::levelRank(parent->model.level);
    if (level >= 0 && parentLevel >= 0 && parentLevel < level) parents.push_back(parent);
  }
  return parents;
}

bool bindsOwnBody(const CheckedDocument& document, const CheckedDocument& parent, const model::ActorRef& actor) {
  const auto same = sameBodyParents(document);
  if (actor.organisation == model::Organisation::own) return std::find(same.begin(), same.end(), &parent) != same.end();
  if (actor.organisation != model::Organisation::lower) return false;
  if (actor.level && *actor.level != document.model.level) return false;
  const auto higher = lowerBodyParents(document);
  return std::find(higher.begin(), higher.end(), &parent) != higher.end();
}

std::vector<const CheckedDocument*> bindingParents(const CheckedDocument& document) {
  std::vector<const CheckedDocument*> parents = sameBodyParents(document);
  for (const CheckedDocument* parent : lowerBodyParents(document))
    if (std::find(parents.begin(), parents.end(), parent) == parents.end()) parents.push_back(parent);
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

std::string actorName(const model::Lexicon& lexicon, const std::optional<std::string>& actor) {
  return actor ? actorName(lexicon, *actor) : "?";
}

std::string matterName(const model::Lexicon& lexicon, const std::optional<std::string>& matter) {
  return matter ? matterName(lexicon, *matter) : "?";
}

}  // namespace rasoat::checks
