#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "base/localized_text.h"
#include "model/lexicon.h"
#include "model/model.h"

namespace rasoat::solver {

enum class Outcome { sat, unsat, unknown };

// Every query is bounded: a wall-clock timeout and a reproducible resource limit.
struct Budget {
  unsigned timeoutMs = 2000;
  unsigned rlimit = 20'000'000;
};

// A case the solver found, decoded into the user's words and units:
// "tổng mức đầu tư = 20 tỷ đồng".
struct Witness {
  // One of number, holds, member; none of them when the model gave no value.
  struct Value {
    std::string attribute;
    std::optional<model::Quantity> number;
    std::optional<bool> holds;          // a categorical fact ("khẩn cấp")
    std::optional<std::string> member;  // an enumeration's value (an actor id)
  };
  std::vector<Value> values;  // said in words by wording::describeWitness
};

// The only place that knows Z3. One session per document set: attributes are
// Z3 constants with the domains of the lexicon (amounts >= 0, fractions in
// [0, 1]); a condition is a formula over them; each query runs in its own
// push/pop scope.
class Session {
 public:
  explicit Session(const model::Lexicon& lexicon, Budget budget = {});
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Is there a case where every condition of `all` holds and none of `none`
  // does? Optional bounds restrict one attribute to [low, high].
  struct Bounds {
    std::string attribute;
    model::Quantity low;
    model::Quantity high;
  };
  Outcome satisfiable(const std::vector<const model::Condition*>& all, const std::vector<const model::Condition*>& none,
                      Witness* witness = nullptr, const std::optional<Bounds>& bounds = std::nullopt);

  // Writes the SMT-LIB of every query to `out` (for --dump-smt).
  void dumpTo(std::ostream* out);
  int queries() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rasoat::solver
