#include "model/model.h"

#include <algorithm>

namespace rasoat::model {

namespace {

std::string atomFormula(const Atom& atom) {
  const std::string value = atom.number ? atom.number->formula() : atom.member ? *atom.member : "true";
  return atom.attribute + " " + std::string(comparisonSymbol(atom.op)) + " " + value;
}

std::string conjunction(const std::vector<Atom>& atoms) {
  std::string out;
  for (const Atom& atom : atoms) {
    if (!out.empty()) out += " and ";
    out += atomFormula(atom);
  }
  return out;
}

}  // namespace

std::string Condition::formula() const {
  std::string out = conjunction(atoms);
  for (const auto& exception : exceptions) {
    if (exception.empty()) continue;
    if (!out.empty()) out += " and ";
    out += exception.size() == 1 ? "not " + conjunction(exception) : "not (" + conjunction(exception) + ")";
  }
  return out.empty() ? "true" : out;
}

std::string parameterFormula(const Parameter& parameter) {
  const std::string op(comparisonSymbol(parameter.op));
  if (parameter.kind == ParameterKind::meetingFrequency) {
    const std::string unit(unitName(parameter.value.unit));
    const std::string variable = parameter.value.unit == Unit::month ? "period_months" : "period_" + unit + "s";
    return variable + " " + op + " " + parameter.value.formula();
  }
  return std::string(parameterKindName(parameter.kind)) + " " + op + " " + parameter.value.formula();
}

int DocumentModel::formalisedCount() const {
  return static_cast<int>(
      std::count_if(clauses.begin(), clauses.end(), [](const ClauseStatus& c) { return c.formalised; }));
}

const Provision* DocumentModel::provision(std::string_view id) const {
  auto found = std::find_if(provisions.begin(), provisions.end(), [&](const Provision& p) { return p.id == id; });
  return found == provisions.end() ? nullptr : &*found;
}

}  // namespace rasoat::model
