#include <catch2/catch.hpp>

#include <algorithm>
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
  using rasoat::model::Comparison;
  static const Comparison ops[] = {Comparison::gt, Comparison::ge, Comparison::lt, Comparison::le, Comparison::eq};
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

// G002's sweep finds a gap exactly when the solver finds a value between the
// lowest and the highest bound that no condition covers, with some condition
// covering values on each side of it: an end of the range (the lowest bound
// itself when nothing is decided below it, the highest when nothing is above)
// is not examined.
TEST_CASE("the gap sweep agrees with the solver on random splits", "[checks][sweep]") {
  std::mt19937 random(27112026);
  rasoat::solver::Session solver(rasoat::testing::shippedLexicon());
  std::uniform_int_distribution<int> size(2, 4);
  int gaps = 0;
  for (int i = 0; i < 300; ++i) {
    std::vector<rasoat::model::Provision> provisions(static_cast<std::size_t>(size(random)));
    std::vector<const rasoat::model::Provision*> pointers;
    std::vector<const Condition*> conditions;
    std::vector<const rasoat::model::Quantity*> bounds;
    for (auto& provision : provisions) {
      provision.condition = randomCondition(random);
      pointers.push_back(&provision);
      conditions.push_back(&provision.condition);
      for (const auto& atom : provision.condition.atoms) bounds.push_back(&*atom.number);
    }
    auto byValue = [](const rasoat::model::Quantity* a, const rasoat::model::Quantity* b) {
      return a->value() < b->value();
    };
    const auto* low = *std::min_element(bounds.begin(), bounds.end(), byValue);
    const auto* high = *std::max_element(bounds.begin(), bounds.end(), byValue);
    const bool sweep = rasoat::checks::firstGap(pointers, low, high).has_value();
    const auto bound = [](rasoat::model::Comparison op, const rasoat::model::Quantity& value) {
      Condition condition;
      Atom atom;
      atom.attribute = "tong_muc_dau_tu";
      atom.op = op;
      atom.number = value;
      condition.atoms.push_back(atom);
      return condition;
    };
    const Condition below = bound(rasoat::model::Comparison::lt, *low);
    const Condition above = bound(rasoat::model::Comparison::gt, *high);
    const auto covers = [&](const Condition& side) {
      return std::any_of(conditions.begin(), conditions.end(), [&](const Condition* condition) {
        return solver.satisfiable({condition, &side}, {}) == rasoat::solver::Outcome::sat;
      });
    };
    const Condition aboveLow = bound(rasoat::model::Comparison::gt, *low);
    const Condition underHigh = bound(rasoat::model::Comparison::lt, *high);
    std::vector<const Condition*> inside;
    if (!covers(below)) inside.push_back(&aboveLow);
    if (!covers(above)) inside.push_back(&underHigh);
    const bool reference = solver.satisfiable(inside, conditions, nullptr,
                                              rasoat::solver::Session::Bounds{"tong_muc_dau_tu", *low, *high}) ==
                           rasoat::solver::Outcome::sat;
    std::string description;
    for (const auto* condition : conditions) description += "[" + condition->formula() + "] ";
    INFO(description);
    CHECK(sweep == reference);
    gaps += reference ? 1 : 0;
  }
  CHECK(gaps > 30);
  CHECK(gaps < 270);
}
