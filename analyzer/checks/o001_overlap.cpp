// O001: two bodies hold the same decision power on overlapping scopes.
#include <map>
#include <set>

#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/decision_scope.h"

namespace rasoat::checks {

namespace {

class Overlap : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"O001", "overlapping-decision", Severity::error,
                                {"hai chủ thể cùng có quyền quyết định một việc (chồng chéo)",
                                 "two actors hold the same decision power on overlapping scopes"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    // Only provisions under one top-level matter can overlap: pair them within it.
    std::map<std::string, std::vector<const model::Provision*>> byRoot;
    for (const model::Provision* provision : ownDecisions(document.model)) {
      byRoot[rootMatter(context.lexicon, provision->matter)].push_back(provision);
    }
    std::set<std::pair<int, int>> reported;
    for (const auto& [root, decisions] : byRoot) checkGroup(document, context, decisions, reported);
  }

 private:
  void checkGroup(const CheckedDocument& document, CheckContext& context, const std::vector<const model::Provision*>& decisions,
                  std::set<std::pair<int, int>>& reported) const {
    for (std::size_t i = 0; i < decisions.size(); ++i) {
      for (std::size_t j = i + 1; j < decisions.size(); ++j) {
        const model::Provision& a = *decisions[i];
        const model::Provision& b = *decisions[j];
        if (!candidates(context, a, b)) continue;
        const auto key = std::make_pair(a.source.position.line, b.source.position.line);
        if (reported.count(key)) continue;
        solver::Witness witness;
        const auto outcome = context.solver.satisfiable({&a.condition, &b.condition}, {}, &witness);
        if (outcome == solver::Outcome::unsat) continue;
        reported.insert(key);
        report(document, context, a, b, outcome, witness);
      }
    }
  }

  static bool candidates(const CheckContext& context, const model::Provision& a, const model::Provision& b) {
    if (a.actor.id == b.actor.id || !relatedMatters(context.lexicon, a.matter, b.matter)) return false;
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

  void report(const CheckedDocument& document, CheckContext& context, const model::Provision& a, const model::Provision& b,
              solver::Outcome outcome, const solver::Witness& witness) const {
    const std::string first = actorName(context.lexicon, a.actor.id);
    const std::string second = actorName(context.lexicon, b.actor.id);
    const std::string matter = matterName(context.lexicon, b.matter);
    Diagnostic diagnostic = finding(document, clauseRange(b.source),
                                    {fmt::format("{} và {} cùng có quyền quyết định \"{}\"", second, first, matter),
                                     fmt::format("{} and {} both decide \"{}\"", b.actor.id, a.actor.id, matter)});
    diagnostic.related.push_back(RelatedLocation{document.tree.path, clauseRange(a.source),
                                                 {fmt::format("{} quyết định tại {}: {}", first, a.source.unit, a.condition.formula()),
                                                  fmt::format("{} decides in {}: {}", a.actor.id, a.source.unit, a.condition.formula())}});
    if (outcome == solver::Outcome::unknown) {
      diagnostic.witness = LocalizedText{"bộ giải không kết luận được trong giới hạn thời gian", "the solver gave no answer within its budget"};
    } else if (!witness.values.empty()) {
      diagnostic.witness = witness.describe(context.lexicon);
    } else {
      diagnostic.witness = LocalizedText{"mọi trường hợp", "every case"};
    }
    diagnostic.suggestion = LocalizedText{"phân định lại phạm vi để mỗi trường hợp chỉ một chủ thể quyết định",
                                          "split the scope so that each case has exactly one decision holder"};
    context.sink.report(std::move(diagnostic));
  }
};

}  // namespace

std::unique_ptr<Check> makeOverlap() { return std::make_unique<Overlap>(); }

}  // namespace rasoat::checks
