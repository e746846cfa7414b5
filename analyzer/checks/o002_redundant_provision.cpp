// O002: a decision power already given to the same body by a wider clause.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/decision_scope.h"

namespace rasoat::checks {

namespace {

class RedundantProvision : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"O002",
                                "redundant-provision",
                                Severity::info,
                                {"khoản trùng lặp: cùng chủ thể đã có quyền này ở một khoản rộng hơn",
                                 "a provision subsumed by another of the same actor (redundant)"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    const Clauses clauses = indexClauses(document.model);
    // Candidates by (body, matter): only those can repeat each other.
    std::map<std::pair<std::string, std::string>, std::vector<const model::Provision*>> groups;
    for (const model::Provision* decision : ownDecisions(document.model, Readings::any)) {  // an info
      // A point of a "không được ủy quyền ..." list names powers, it does not grant them.
      if (clauses.forbidding.count(decision->source.position)) continue;
      groups[{*decision->actor.id, *decision->matter}].push_back(decision);
    }
    for (const auto& [key, group] : groups) {
      for (const auto& [narrow, wide] : repeated(context, clauses, group)) report(document, context, *narrow, *wide);
    }
  }

 private:
  // What the search needs to know of the clauses, computed once.
  struct Clauses {
    std::set<Position> forbidding;  // clauses with a prohibition
    // (clause, body, modality) -> matters: a power over two matters at once
    std::map<std::tuple<Position, std::string, int>, std::set<std::string>> matters;
  };

  static Clauses indexClauses(const model::DocumentModel& model) {
    Clauses clauses;
    for (const model::Provision& p : model.provisions) {
      if (p.deontic == model::Deontic::prohibition) clauses.forbidding.insert(p.source.position);
      clauses.matters[{p.source.position, model::actorId(p.actor), static_cast<int>(p.modality)}].insert(
          p.matter.value_or("?"));
    }
    return clauses;
  }

  // Whether a provision can stand as the wider clause. "chủ trương" is any
  // policy: too wide a matter to call one clause a repetition of another; a
  // power over two matters at once ("các dự án ... về giáo dục") is narrowed by
  // each, which the taxonomy cannot say, so it covers no other clause.
  static bool canCover(const Clauses& clauses, const model::Provision& wide) {
    if (wide.matter == "chu_truong") return false;
    const auto found =
        clauses.matters.find({wide.source.position, model::actorId(wide.actor), static_cast<int>(wide.modality)});
    return found == clauses.matters.end() || found->second.size() <= 1;
  }

  using Pair = std::pair<const model::Provision*, const model::Provision*>;  // narrow, wide

  // The clauses of one body on one matter that a wider clause of the same
  // body already gives, each with that clause. Only scopes are compared: two
  // unconditional clauses on one matter are as often two aspects the taxonomy
  // does not tell apart. Near-linear: an unconditional clause covers every
  // conditioned one; intervals of one attribute by a sweep over their lower
  // bounds; the solver, the reference, confirms each pair reported and decides
  // the other conditions (at most kTries wider clauses each).
  static std::vector<Pair> repeated(CheckContext& context, const Clauses& clauses,
                                    const std::vector<const model::Provision*>& group) {
    std::vector<Pair> pairs;
    const model::Provision* unconditional = nullptr;
    for (const auto* p : group) {
      if (p->condition.empty() && canCover(clauses, *p) && !unconditional) unconditional = p;
    }
    std::map<std::string, std::vector<std::pair<Interval, const model::Provision*>>> intervals;
    std::vector<const model::Provision*> others;
    for (const auto* p : group) {
      if (p->condition.empty()) continue;
      if (unconditional && unconditional->source.position != p->source.position) {
        pairs.emplace_back(p, unconditional);
      } else if (auto interval = intervalOf(p->condition)) {
        intervals[interval->attribute].emplace_back(*interval, p);
      } else {
        others.push_back(p);
      }
    }
    for (auto& [attribute, list] : intervals) sweep(clauses, list, pairs);
    for (const auto* narrow : others) {
      int tries = 0;
      for (const auto* wide : group) {
        if (wide == narrow || wide->source.position == narrow->source.position || !canCover(clauses, *wide)) continue;
        if (++tries > kTries) break;
        if (covers(context, *wide, *narrow) &&
            !(covers(context, *narrow, *wide) && narrow->source.position < wide->source.position)) {
          pairs.emplace_back(narrow, wide);
          break;
        }
      }
    }
    std::erase_if(pairs, [&](const Pair& pair) { return !covers(context, *pair.second, *pair.first); });
    return pairs;
  }

  static constexpr int kTries = 64;

  // Sorted by lower bound (widest first, then by place in the text), each
  // interval is inside the widest-reaching wider clause seen before it, if any.
  static void sweep(const Clauses& clauses, std::vector<std::pair<Interval, const model::Provision*>>& list,
                    std::vector<Pair>& pairs) {
    std::sort(list.begin(), list.end(), [](const auto& x, const auto& y) {
      if (lowerStartsBefore(x.first, y.first) != lowerStartsBefore(y.first, x.first))
        return lowerStartsBefore(x.first, y.first);
      if (reachesFurther(x.first, y.first) != reachesFurther(y.first, x.first)) return reachesFurther(x.first, y.first);
      return x.second->source.position < y.second->source.position;
    });
    const std::pair<Interval, const model::Provision*>* best = nullptr;
    for (const auto& item : list) {
      if (best && best->second->source.position != item.second->source.position && contains(best->first, item.first))
        pairs.emplace_back(item.second, best->second);
      if (canCover(clauses, *item.second) && (!best || reachesFurther(item.first, best->first))) best = &item;
    }
  }

  // a's lower end is below b's (or equal and a includes it).
  static bool lowerStartsBefore(const Interval& a, const Interval& b) {
    if (!a.low || !b.low) return !a.low && b.low;
    return *a.low < *b.low || (*a.low == *b.low && a.lowInclusive && !b.lowInclusive);
  }
  // a's upper end is above b's (or equal and a includes it).
  static bool reachesFurther(const Interval& a, const Interval& b) {
    if (!a.high || !b.high) return !a.high && b.high;
    return *a.high > *b.high || (*a.high == *b.high && a.highInclusive && !b.highInclusive);
  }
  static bool contains(const Interval& wide, const Interval& narrow) {
    return !lowerStartsBefore(narrow, wide) && !reachesFurther(narrow, wide);
  }

  // No case of `narrow` is outside `wide`.
  static bool covers(CheckContext& context, const model::Provision& wide, const model::Provision& narrow) {
    return context.solver.satisfiable({&narrow.condition}, {&wide.condition}) == solver::Outcome::unsat;
  }

  void report(const CheckedDocument& document, CheckContext& context, const model::Provision& narrow,
              const model::Provision& wide) const {
    const std::string actor = actorName(context.lexicon, narrow.actor.id);
    const std::string matter = matterName(context.lexicon, narrow.matter);
    Diagnostic diagnostic = finding(
        document, clauseRange(narrow.source),
        {fmt::format("{} đã có quyền quyết định \"{}\" theo {}; khoản này lặp lại", actor, matter, wide.source.unit),
         fmt::format("{} already decides \"{}\" under {}; this clause repeats it",
                     actorName(context.lexicon, narrow.actor.id), matter, wide.source.unit)});
    diagnostic.related.push_back(
        RelatedLocation{document.tree.path,
                        clauseRange(wide.source),
                        {fmt::format("khoản rộng hơn: {} ({})", wide.source.unit,
                                     wording::describeCondition(wide.condition, context.lexicon).vi),
                         fmt::format("the wider clause: {} ({})", wide.source.unit,
                                     wording::describeCondition(wide.condition, context.lexicon).en)}});
    diagnostic.suggestion =
        LocalizedText{"gộp hai khoản hoặc bỏ khoản lặp lại", "merge the two clauses or remove the repeated one"};
    context.sink.report(std::move(diagnostic));
  }
};

}  // namespace

std::unique_ptr<Check> makeRedundantProvision() {
  return std::make_unique<RedundantProvision>();
}

}  // namespace rasoat::checks
