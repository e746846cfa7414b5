#include "solver/solver_session.h"

#include <map>
#include <set>

#include <fmt/format.h>
#include <z3++.h>

namespace rasoat::solver {

namespace {

std::string unitOfAttribute(const model::Lexicon& lexicon, const std::string& attribute) {
  for (const auto& matter : lexicon.matters()) {
    for (const auto& entry : matter.attributes) {
      if (entry.id == attribute) return entry.unit;
    }
  }
  if (attribute == "quorum" || attribute == "vote_threshold") return "fraction";
  if (attribute == "meeting_period") return "month";
  return "count";
}

// Z3's "p/q" or "p" numeral as an exact quantity.
model::Quantity quantityOfNumeral(const std::string& numeral) {
  const auto slash = numeral.find('/');
  if (slash == std::string::npos) return model::parseDigits(numeral).value_or(model::Quantity{});
  try {
    return model::fraction(std::stoll(numeral.substr(0, slash)), std::stoll(numeral.substr(slash + 1)));
  } catch (const std::exception&) {
    return model::Quantity{};
  }
}

// The attributes a query mentions: the witness shows only these.
std::set<std::string> attributesOf(const std::vector<const model::Condition*>& all,
                                   const std::vector<const model::Condition*>& none,
                                   const std::optional<Session::Bounds>& bounds) {
  std::set<std::string> attributes;
  auto add = [&](const model::Condition* condition) {
    for (const auto& atom : condition->atoms) attributes.insert(atom.attribute);
    for (const auto& exception : condition->exceptions) {
      for (const auto& atom : exception) attributes.insert(atom.attribute);
    }
  };
  for (const auto* condition : all) add(condition);
  for (const auto* condition : none) add(condition);
  if (bounds) attributes.insert(bounds->attribute);
  return attributes;
}

}  // namespace

struct Session::Impl {
  explicit Impl(const model::Lexicon& lexiconIn, Budget budgetIn)
      : lexicon(lexiconIn), budget(budgetIn), solver(context) {
    z3::params params(context);
    params.set("timeout", budget.timeoutMs);
    params.set("rlimit", budget.rlimit);
    solver.set(params);
  }

  // The Z3 constant of an attribute, with its domain asserted once.
  z3::expr variable(const std::string& attribute, bool boolean) {
    auto found = variables.find(attribute);
    if (found != variables.end()) return found->second;
    z3::expr x = boolean ? context.bool_const(attribute.c_str())
                         : (unitOfAttribute(lexicon, attribute) == "actor" ? context.int_const(attribute.c_str())
                                                                           : context.real_const(attribute.c_str()));
    variables.emplace(attribute, x);
    if (x.is_real()) {
      domain.push_back(x >= context.real_val(0));
      if (unitOfAttribute(lexicon, attribute) == "fraction") domain.push_back(x <= context.real_val(1));
    }
    return x;
  }

  int symbolIndex(const std::string& symbol) {
    auto found = symbols.find(symbol);
    if (found != symbols.end()) return found->second;
    const int index = static_cast<int>(symbols.size());
    symbols.emplace(symbol, index);
    return index;
  }

  z3::expr atom(const model::Atom& atom) {
    using model::Comparison;
    if (!atom.number) {
      z3::expr same = atom.isFact() ? variable(atom.attribute, true)
                                    : variable(atom.attribute, false) == context.int_val(symbolIndex(*atom.member));
      return atom.op == Comparison::ne ? !same : same;
    }
    z3::expr x = variable(atom.attribute, false);
    z3::expr value = context.real_val(atom.number->exact().c_str());
    switch (atom.op) {
      case Comparison::gt: return x > value;
      case Comparison::ge: return x >= value;
      case Comparison::lt: return x < value;
      case Comparison::le: return x <= value;
      case Comparison::ne: return x != value;
      case Comparison::eq: break;
    }
    return x == value;
  }

  z3::expr conjunction(const std::vector<model::Atom>& atoms) {
    z3::expr result = context.bool_val(true);
    for (const auto& a : atoms) result = result && atom(a);
    return result;
  }

  z3::expr condition(const model::Condition& condition) {
    z3::expr result = conjunction(condition.atoms);
    for (const auto& exception : condition.exceptions) result = result && !conjunction(exception);
    return result;
  }

  Witness decode(const z3::model& model, const std::set<std::string>& relevant) {
    Witness witness;
    for (const auto& [attribute, x] : variables) {
      if (!relevant.count(attribute)) continue;
      z3::expr value = model.eval(x, true);
      Witness::Value decoded{attribute, std::nullopt, std::nullopt, std::nullopt};
      if (x.is_bool()) {
        decoded.holds = value.is_true();
      } else if (x.is_int() && unitOfAttribute(lexicon, attribute) == "actor") {
        const int index = value.get_numeral_int();
        for (const auto& [symbol, i] : symbols) {
          if (i == index) decoded.member = symbol;
        }
      } else {
        model::Quantity quantity = quantityOfNumeral(Z3_get_numeral_string(context, value));
        const std::string unit = unitOfAttribute(lexicon, attribute);
        quantity.unit = unit == "money" ? model::Unit::dong : model::unitFromName(unit).value_or(model::Unit::none);
        decoded.number = quantity;
      }
      witness.values.push_back(std::move(decoded));
    }
    return witness;
  }

  // A query asked again: a document whose articles repeat asks the same
  // question thousands of times (O002 on the benchmark: 20 914 queries, 13
  // distinct), and each check() also wakes Z3's timer thread. The key is the
  // ids of the terms asserted, domains first: Z3 shares equal terms, so the
  // same assertions have the same ids while the terms live.
  struct Answer {
    std::vector<z3::expr> held;  // keeps the key's terms alive: a freed term's id is reused
    Outcome outcome = Outcome::unknown;
    std::optional<Witness> witness;  // decoded when the first asker wanted one
  };

  std::vector<z3::expr> assertions(const std::vector<z3::expr>& formulas) const {
    std::vector<z3::expr> all(domain.begin(), domain.end());
    all.insert(all.end(), formulas.begin(), formulas.end());
    return all;
  }

  static std::vector<unsigned> keyOf(const std::vector<z3::expr>& terms) {
    std::vector<unsigned> key;
    key.reserve(terms.size());
    for (const auto& term : terms) key.push_back(term.id());
    return key;
  }

  // The answer given before to these assertions, if it can stand for this one.
  const Answer* known(const std::vector<unsigned>& key, bool wantsWitness) const {
    const auto found = answers.find(key);
    if (found == answers.end()) return nullptr;
    const Answer& answer = found->second;
    return wantsWitness && answer.outcome == Outcome::sat && !answer.witness ? nullptr : &answer;
  }

  const model::Lexicon& lexicon;
  Budget budget;
  z3::context context;
  z3::solver solver;
  // Only sat and unsat answers: an unknown (a timeout) may go otherwise next time.
  std::map<std::vector<unsigned>, Answer> answers;
  std::map<std::string, z3::expr> variables;
  std::map<std::string, int> symbols;
  std::vector<z3::expr> domain;
  std::ostream* dump = nullptr;
  int queries = 0;
};

Session::Session(const model::Lexicon& lexicon, Budget budget) : impl_(std::make_unique<Impl>(lexicon, budget)) {}
Session::~Session() = default;

void Session::dumpTo(std::ostream* out) {
  impl_->dump = out;
}
int Session::queries() const {
  return impl_->queries;
}

// push/pop mirrored by a guard, so an exception never leaves a scope open.
class ScopeGuard {
 public:
  explicit ScopeGuard(z3::solver& solver) : solver_(solver) { solver_.push(); }
  ~ScopeGuard() { solver_.pop(); }
  ScopeGuard(const ScopeGuard&) = delete;
  ScopeGuard& operator=(const ScopeGuard&) = delete;

 private:
  z3::solver& solver_;
};

Outcome Session::satisfiable(const std::vector<const model::Condition*>& all,
                             const std::vector<const model::Condition*>& none, Witness* witness,
                             const std::optional<Bounds>& bounds) {
  Impl& s = *impl_;
  try {
    ++s.queries;
    // Variables are created while encoding; their domains are asserted within the scope.
    std::vector<z3::expr> formulas;
    formulas.reserve(all.size() + none.size() + 2);
    for (const auto* condition : all) formulas.push_back(s.condition(*condition));
    for (const auto* condition : none) formulas.push_back(!s.condition(*condition));
    if (bounds) {
      z3::expr x = s.variable(bounds->attribute, false);
      formulas.push_back(x >= s.context.real_val(bounds->low.exact().c_str()));
      formulas.push_back(x <= s.context.real_val(bounds->high.exact().c_str()));
    }
    std::vector<z3::expr> asserted = s.assertions(formulas);
    std::vector<unsigned> key = Impl::keyOf(asserted);
    // The dump shows every query, so it is not answered from memory.
    if (const Impl::Answer* answer = s.dump ? nullptr : s.known(key, witness != nullptr)) {
      if (witness && answer->witness) *witness = *answer->witness;
      return answer->outcome;
    }
    ScopeGuard scope(s.solver);
    for (const auto& formula : asserted) s.solver.add(formula);
    if (s.dump) *s.dump << "; query " << s.queries << "\n" << s.solver.to_smt2() << "\n";
    Impl::Answer answer{std::move(asserted), Outcome::unknown, std::nullopt};
    switch (s.solver.check()) {
      case z3::sat:
        answer.outcome = Outcome::sat;
        if (witness) {
          answer.witness = s.decode(s.solver.get_model(), attributesOf(all, none, bounds));
          *witness = *answer.witness;
        }
        break;
      case z3::unsat: answer.outcome = Outcome::unsat; break;
      default: return Outcome::unknown;
    }
    const Outcome outcome = answer.outcome;
    s.answers.insert_or_assign(std::move(key), std::move(answer));
    return outcome;
  } catch (const z3::exception&) {
    return Outcome::unknown;
  }
}

}  // namespace rasoat::solver
