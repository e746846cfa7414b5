#include "checks/decision_scope.h"

#include <algorithm>

namespace rasoat::checks {

std::vector<const model::Provision*> ownDecisions(const model::DocumentModel& model) {
  std::vector<const model::Provision*> decisions;
  for (const auto& provision : model.provisions) {
    const bool decides = provision.modality == model::Modality::DECIDE && provision.deontic != model::Deontic::prohibition;
    const bool definite = provision.actor.id != "?" && !provision.actor.vague && provision.actor.organisation == "own" &&
                          provision.matter != "?" && provision.matter != "chung";
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
  return std::any_of(condition.atoms.begin(), condition.atoms.end(), [](const model::Atom& atom) { return atom.number.has_value(); });
}

int rankOf(const model::Lexicon& lexicon, const std::string& actor) {
  const auto* entry = lexicon.actor(actor);
  return entry && entry->rank ? *entry->rank : 100;
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
