#include <catch2/catch.hpp>

#include <random>

#include "checks/decision_scope.h"
#include "solver/solver_session.h"
#include "support/model_helpers.h"

using rasoat::model::Atom;
using rasoat::model::Condition;

namespace {

// A random condition of one or two bounds on one money attribute, small values
// so that boundaries meet often.
Condition randomCondition(std::mt19937& random) {
  static const char* ops[] = {">", ">=", "<", "<=", "="};
  std::uniform_int_distribution<int> op(0, 4);
  std::uniform_int_distribution<int> value(0, 6);
  std::uniform_int_distribution<int> count(1, 2);
  Condition condition;
  for (int i = count(random); i > 0; --i) {
    Atom atom;
    atom.attribute = "tong_muc_dau_tu";
    atom.op = ops[op(random)];
    atom.number = rasoat::model::parseDigits(std::to_string(value(random) * 10));
    condition.atoms.push_back(atom);
  }
  return condition;
}

}  // namespace

// The sweep decides interval pairs without the solver; the solver is the
// reference, and on random cases both must agree.
TEST_CASE("the interval sweep agrees with the solver on random pairs", "[checks][sweep]") {
  std::mt19937 random(20261127);
  rasoat::solver::Session solver(rasoat::testing::shippedLexicon());
  int overlaps = 0;
  for (int i = 0; i < 400; ++i) {
    const Condition a = randomCondition(random);
    const Condition b = randomCondition(random);
    const auto x = rasoat::checks::intervalOf(a);
    const auto y = rasoat::checks::intervalOf(b);
    REQUIRE(x);
    REQUIRE(y);
    const bool sweep = rasoat::checks::intersects(*x, *y);
    const bool reference = solver.satisfiable({&a, &b}, {}) == rasoat::solver::Outcome::sat;
    INFO(a.formula() << "  vs  " << b.formula());
    CHECK(sweep == reference);
    overlaps += reference ? 1 : 0;
  }
  CHECK(overlaps > 50);  // the cases are not all of one kind
  CHECK(overlaps < 350);
}
