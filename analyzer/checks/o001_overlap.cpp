// O001: two bodies hold the same decision power on overlapping scopes.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/decision_scope.h"

namespace rasoat::checks {

namespace {

// The pairs reported, and how many partners each later clause was reported with.
struct Reported {
  std::set<std::pair<int, int>> pairs;
  std::map<int, int> perClause;
};

constexpr int kMaxPartners = 3;

class Overlap : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"O001",
                                "overlapping-decision",
                                Severity::error,
                                {"hai chủ thể cùng có quyền quyết định một việc (chồng chéo)",
                                 "two actors hold the same decision power on overlapping scopes"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    // Only provisions under one top-level matter can overlap: pair them within it.
    std::map<std::string, std::vector<const model::Provision*>> byRoot;
    for (const model::Provision* provision : ownDecisions(document.model)) {
      byRoot[rootMatter(context.lexicon, *provision->matter)].push_back(provision);
    }
    Reported reported;
    for (const auto& [root, decisions] : byRoot) checkGroup(document, context, decisions, reported);
  }

 private:
  // Pairs of interval conditions on one attribute are found by a sweep over
  // their lower bounds (near-linear); every other pair goes to the solver.
  // The solver stays the reference: it decides each pair the sweep finds, and
  // gives the witness.
  void checkGroup(const CheckedDocument& document, CheckContext& context,
                  const std::vector<const model::Provision*>& decisions, Reported& reported) const {
    std::map<std::string, std::vector<std::pair<Interval, const model::Provision*>>> intervals;
    std::vector<const model::Provision*> others;
    for (const model::Provision* provision : decisions) {
      if (auto interval = intervalOf(provision->condition))
        intervals[interval->attribute].emplace_back(*interval, provision);
      else
        others.push_back(provision);
    }
    for (auto& entry : intervals) {
      // Named references, not a structured binding: the lambda below captures
      // them, which clang 14 (the fuzz build) does not allow for bindings.
      const auto& attribute = entry.first;
      auto& list = entry.second;
      std::sort(list.begin(), list.end(),
                [](const auto& x, const auto& y) { return x.first.low.value_or(-1) < y.first.low.value_or(-1); });
      std::vector<std::size_t> active;
      for (std::size_t k = 0; k < list.size(); ++k) {
        // Intervals that end before this one starts can meet no later one either.
        std::erase_if(active, [&](std::size_t index) {
          return !intersects(list[index].first,
                             Interval{attribute, list[k].first.low, list[k].first.lowInclusive, std::nullopt, true});
        });
        for (std::size_t index : active) {
          if (intersects(list[index].first, list[k].first))
            consider(document, context, *list[index].second, *list[k].second, reported);
        }
        active.push_back(k);
      }
    }
    // Every pair that involves a condition the sweep cannot read.
    std::vector<const model::Provision*> all = decisions;
    // Looked up for every pair: a scan of `others` made the loop cubic.
    const std::unordered_set<const model::Provision*> isOther(others.begin(), others.end());
    for (const model::Provision* other : others) {
      for (const model::Provision* provision : all) {
        if (provision == other) continue;
        const bool bothOthers = isOther.count(provision) != 0;
        if (bothOthers && provision < other) continue;  // each pair of two others once
        consider(document, context, *provision, *other, reported);
      }
    }
  }

  void consider(const CheckedDocument& document, CheckContext& context, const model::Provision& first,
                const model::Provision& second, Reported& reported) const {
    // Report at the later clause, with the earlier as the note.
    const bool ordered = first.source.position < second.source.position;
    const model::Provision& a = ordered ? first : second;
    const model::Provision& b = ordered ? second : first;
    if (!candidates(context, a, b)) return;
    const auto key = std::make_pair(a.source.position.line, b.source.position.line);
    if (reported.pairs.count(key)) return;
    // Many clauses on one matter that all overlap would give a finding per
    // pair: each clause is reported with its first few partners only.
    if (reported.perClause[b.source.position.line] >= kMaxPartners) return;
    solver::Witness witness;
    const auto outcome = context.solver.satisfiable({&a.condition, &b.condition}, {}, &witness);
    if (outcome == solver::Outcome::unsat) return;
    reported.pairs.insert(key);
    ++reported.perClause[b.source.position.line];
    report(document, context, a, b, outcome, witness);
  }

  static bool candidates(const CheckContext& context, const model::Provision& a, const model::Provision& b) {
    if (a.actor.id == b.actor.id || !sameLeaf(context.lexicon, a.matter, b.matter)) return false;
    // A joint subject is O004's concern, not an overlap between two clauses.
    if (a.source.position == b.source.position) return false;
    // The executive committee keeps a residual power over what it lets its
    // standing bodies decide; only numeric splits of one matter can overlap.
    const bool committee = a.actor.id == "BCH" || b.actor.id == "BCH";
    if (committee && !(hasNumericBound(a.condition) && hasNumericBound(b.condition))) return false;
    // Acting for a higher body between its meetings or in an emergency is not an overlap.
    const model::Provision& lower = rankOf(context.lexicon, a.actor.id) > rankOf(context.lexicon, b.actor.id) ? a : b;
    return !actsOnBehalf(lower.condition);
  }

  void report(const CheckedDocument& document, CheckContext& context, const model::Provision& a,
              const model::Provision& b, solver::Outcome outcome, const solver::Witness& witness) const {
    const std::string first = actorName(context.lexicon, a.actor.id);
    const std::string second = actorName(context.lexicon, b.actor.id);
    const std::string matter = matterName(context.lexicon, b.matter);
    Diagnostic diagnostic = finding(document, clauseRange(b.source),
                                    {fmt::format("{} và {} cùng có quyền quyết định \"{}\"", second, first, matter),
                                     fmt::format("{} and {} both decide \"{}\"", second, first, matter)});
    diagnostic.related.push_back(
        RelatedLocation{document.tree.path,
                        clauseRange(a.source),
                        {fmt::format("{} quyết định tại {}: {}", first, a.source.unit,
                                     wording::describeCondition(a.condition, context.lexicon).vi),
                         fmt::format("{} decides in {}: {}", first, a.source.unit,
                                     wording::describeCondition(a.condition, context.lexicon).en)}});
    diagnostic.witness = witnessText(outcome, witness, context.lexicon);
    diagnostic.suggestion = LocalizedText{"phân định lại phạm vi để mỗi trường hợp chỉ một chủ thể quyết định",
                                          "split the scope so that each case has exactly one decision holder"};
    context.sink.report(std::move(diagnostic));
  }
};

}  // namespace

std::unique_ptr<Check> makeOverlap() {
  return std::make_unique<Overlap>();
}

}  // namespace rasoat::checks
