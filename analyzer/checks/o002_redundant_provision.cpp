// O002: a decision power already given to the same body by a wider clause.
#include <algorithm>
#include <set>

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
    const auto decisions = ownDecisions(document.model);
    std::set<int> reported;
    for (const model::Provision* narrow : decisions) {
      if (inProhibitionList(document.model, *narrow)) continue;
      for (const model::Provision* wide : decisions) {
        if (inProhibitionList(document.model, *wide)) continue;
        if (!subsumes(context, document.model, *wide, *narrow)) continue;
        // Two clauses that say the same: report the later one only.
        if (subsumes(context, document.model, *narrow, *wide) && narrow->source.position < wide->source.position)
          continue;
        if (!reported.insert(narrow->source.position.line).second) break;
        report(document, context, *narrow, *wide);
        break;
      }
    }
  }

 private:
  // Every case of `narrow` is a case of `wide`: same body, same matter, and no
  // case where narrow's condition holds and wide's does not. Only scopes are
  // compared (one of the two has a condition): two unconditional clauses on
  // one matter are as often two aspects the taxonomy does not tell apart.
  static bool subsumes(CheckContext& context, const model::DocumentModel& model, const model::Provision& wide,
                       const model::Provision& narrow) {
    if (&wide == &narrow || wide.actor.id != narrow.actor.id || wide.matter != narrow.matter) return false;
    if (wide.source.position == narrow.source.position) return false;
    if (wide.condition.empty() && narrow.condition.empty()) return false;
    // "chủ trương" is any policy: too wide a matter to call one clause a repetition of another.
    if (wide.matter == "chu_truong") return false;
    // "các dự án ... về giáo dục": a power over two matters at once is narrowed
    // by each; the taxonomy cannot say how, so it covers no other clause.
    if (otherMatters(model, wide)) return false;
    return context.solver.satisfiable({&narrow.condition}, {&wide.condition}) == solver::Outcome::unsat;
  }

  static bool otherMatters(const model::DocumentModel& model, const model::Provision& provision) {
    return std::any_of(model.provisions.begin(), model.provisions.end(), [&](const model::Provision& p) {
      return p.source.position == provision.source.position && p.actor.id == provision.actor.id &&
             p.modality == provision.modality && p.matter != provision.matter;
    });
  }

  // A point of a "không được ủy quyền ..." list names powers, it does not grant them.
  static bool inProhibitionList(const model::DocumentModel& model, const model::Provision& provision) {
    return std::any_of(model.provisions.begin(), model.provisions.end(), [&](const model::Provision& p) {
      return p.source.position == provision.source.position && p.deontic == model::Deontic::prohibition;
    });
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
                                     solver::describeCondition(wide.condition, context.lexicon).vi),
                         fmt::format("the wider clause: {} ({})", wide.source.unit,
                                     solver::describeCondition(wide.condition, context.lexicon).en)}});
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
