#include "model/model.h"

#include <algorithm>

namespace rasoat::model {

namespace {

std::string atomFormula(const Atom& atom) {
  const std::string value = atom.number ? atom.number->formula() : atom.symbol;
  return atom.attribute + " " + atom.op + " " + value;
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
  if (parameter.kind == "meeting_frequency") {
    const std::string variable =
        parameter.value.unit == "month" ? "period_months" : "period_" + parameter.value.unit + "s";
    return variable + " " + parameter.op + " " + parameter.value.formula();
  }
  return parameter.kind + " " + parameter.op + " " + parameter.value.formula();
}

int DocumentModel::formalisedCount() const {
  return static_cast<int>(
      std::count_if(clauses.begin(), clauses.end(), [](const ClauseStatus& c) { return c.formalised; }));
}

}  // namespace rasoat::model
