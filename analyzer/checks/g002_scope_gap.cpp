// G002: decision provisions that split a matter by a number but leave part of
// its range to nobody (typically a boundary value).
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/decision_scope.h"

namespace rasoat::checks {

namespace {

// A provision whose whole condition bounds one numeric attribute.
std::string onlyAttribute(const model::Condition& condition) {
  if (condition.atoms.empty() || !condition.exceptions.empty()) return {};
  std::string attribute = condition.atoms.front().attribute;
  for (const auto& atom : condition.atoms) {
    if (!atom.number || atom.attribute != attribute) return {};
  }
  return attribute;
}

// A note at each clause of the split: who decides, and when.
void noteEach(const CheckedDocument& document, const CheckContext& context,
              const std::vector<const model::Provision*>& provisions, Diagnostic& diagnostic) {
  for (const auto* provision : provisions) {
    const std::string actor = actorName(context.lexicon, provision->actor.id);
    const LocalizedText scope = wording::describeCondition(provision->condition, context.lexicon);
    diagnostic.related.push_back(
        RelatedLocation{document.tree.path,
                        clauseRange(provision->source),
                        {fmt::format("{} quyết định khi {} ({})", actor, scope.vi, provision->source.unit),
                         fmt::format("{} decides when {} ({})", actor, scope.en, provision->source.unit)}});
  }
}

class ScopeGap : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"G002",
                                "scope-gap",
                                Severity::error,
                                {"một phần phạm vi của vấn đề không có chủ thể quyết định (lỗ hổng)",
                                 "part of a matter's scope has no decision holder"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    // Provisions by (matter, attribute); an unconditional decision covers the whole matter.
    std::map<std::pair<std::string, std::string>, std::vector<const model::Provision*>> split;
    std::map<std::string, bool> covered;
    // Every reading splits the matter; a split with a partly read clause is not judged.
    std::set<std::pair<std::string, std::string>> unsure;
    for (const model::Provision* provision : ownDecisions(document.model, Readings::any)) {
      if (provision->condition.empty()) covered[*provision->matter] = true;
      const std::string attribute = onlyAttribute(provision->condition);
      if (!attribute.empty()) split[{*provision->matter, attribute}].push_back(provision);
      if (!attribute.empty() && !provision->reading.sure) unsure.insert({*provision->matter, attribute});
    }
    for (const auto& [key, provisions] : split) {
      if (covered[key.first] || provisions.size() < 2 || unsure.count(key)) continue;
      checkSplit(document, context, key.second, provisions);
    }
    checkAgainstParents(document, context);
  }

 private:
  // A range the parent gives to some body and this regulation, which splits
  // the same matter by the same number, gives to nobody ("dưới 1 tỷ đồng" to the
  // Thường trực above; "từ 100 triệu đồng" here: below 100 triệu is nobody's).
  void checkAgainstParents(const CheckedDocument& document, CheckContext& context) const {
    const auto local = ownDecisions(document.model, Readings::any);
    std::set<std::pair<std::string, std::string>> reported;  // matter, attribute
    for (const CheckedDocument* parent : sameBodyParents(document)) {
      for (const model::Provision* rule : ownDecisions(parent->model, Readings::sure)) {
        const std::string attribute = onlyAttribute(rule->condition);
        if (attribute.empty() || reported.count({*rule->matter, attribute})) continue;
        const auto here = comparableSplit(context, local, *rule, attribute);
        if (here.empty()) continue;
        std::vector<const model::Condition*> conditions;
        conditions.reserve(here.size());
        for (const auto* provision : here) conditions.push_back(&provision->condition);
        solver::Witness witness;
        const auto outcome = context.solver.satisfiable({&rule->condition}, conditions, &witness);
        if (outcome != solver::Outcome::sat) continue;
        roundWitness(context, *rule, attribute, conditions, witness);
        reported.insert({*rule->matter, attribute});
        reportParentGap(document, *parent, context, *rule, here, witness);
      }
    }
  }

  // "giá trị mua sắm = 0 đồng" says little: below the lowest bound written
  // here, the witness is half of it ("50 triệu đồng" under "từ 100 triệu").
  static void roundWitness(CheckContext& context, const model::Provision& rule, const std::string& attribute,
                           const std::vector<const model::Condition*>& here, solver::Witness& witness) {
    std::optional<model::Quantity> lowest;
    for (const auto* condition : here) {
      for (const auto& atom : condition->atoms) {
        if (!lowest || atom.number->value() < lowest->value()) lowest = *atom.number;
      }
    }
    if (!lowest || lowest->value() <= 0) return;
    const model::Quantity half = model::multiplied(model::scaled(*lowest, -1), 5);
    solver::Witness inside;
    const solver::Session::Bounds point{attribute, half, half};
    if (context.solver.satisfiable({&rule.condition}, here, &inside, point) == solver::Outcome::sat) witness = inside;
  }

  // The regulation's decisions on the rule's matter, when they all bound the
  // same number and are read surely; empty when there are none, when one covers
  // the whole matter, or when one cannot be compared (another attribute).
  static std::vector<const model::Provision*> comparableSplit(const CheckContext& context,
                                                              const std::vector<const model::Provision*>& local,
                                                              const model::Provision& rule,
                                                              const std::string& attribute) {
    std::vector<const model::Provision*> here;
    for (const model::Provision* provision : local) {
      if (!relatedMatters(context.lexicon, provision->matter, rule.matter)) continue;
      if (!provision->reading.sure || onlyAttribute(provision->condition) != attribute) return {};
      here.push_back(provision);
    }
    return here;
  }

  void reportParentGap(const CheckedDocument& document, const CheckedDocument& parent, CheckContext& context,
                       const model::Provision& rule, const std::vector<const model::Provision*>& here,
                       const solver::Witness& witness) const {
    // At the clause of the body the parent gives the range to, else the first one here.
    const auto same =
        std::find_if(here.begin(), here.end(), [&](const model::Provision* p) { return p->actor.id == rule.actor.id; });
    const model::Provision& at = same != here.end() ? **same : *here.front();
    const std::string matter = matterName(context.lexicon, rule.matter);
    const std::string actor = actorName(context.lexicon, rule.actor.id);
    const LocalizedText scope = wording::describeCondition(rule.condition, context.lexicon);
    Diagnostic diagnostic =
        finding(document, clauseRange(at.source),
                {fmt::format("không chủ thể nào có thẩm quyền quyết định một phần phạm vi của \"{}\" mà {} giao cho {}",
                             matter, parent.model.number, actor),
                 fmt::format("nobody decides part of the scope of \"{}\" that {} gives to {}", matter,
                             parent.model.number, actor)});
    diagnostic.related.push_back(RelatedLocation{
        parent.tree.path,
        clauseRange(rule.source),
        {fmt::format("{} {}: {} quyết định khi {}", parent.model.number, rule.source.unit, actor, scope.vi),
         fmt::format("{} {}: {} decides when {}", parent.model.number, rule.source.unit, actor, scope.en)}});
    noteEach(document, context, here, diagnostic);
    diagnostic.witness = witnessText(solver::Outcome::sat, witness, context.lexicon);
    diagnostic.suggestion =
        LocalizedText{fmt::format("giao phần phạm vi này cho một chủ thể, như {} quy định", parent.model.number),
                      fmt::format("give this part of the scope to a body, as {} does", parent.model.number)};
    context.sink.report(std::move(diagnostic));
  }

  void checkSplit(const CheckedDocument& document, CheckContext& context, const std::string& attribute,
                  const std::vector<const model::Provision*>& provisions) const {
    // Look between the lowest and the highest bound written: the open ends may
    // belong to bodies outside this regulation.
    std::vector<const model::Quantity*> bounds;
    std::vector<const model::Condition*> conditions;
    for (const auto* provision : provisions) {
      conditions.push_back(&provision->condition);
      for (const auto& atom : provision->condition.atoms) bounds.push_back(&*atom.number);
    }
    auto byValue = [](const model::Quantity* a, const model::Quantity* b) { return a->value() < b->value(); };
    const model::Quantity* low = *std::min_element(bounds.begin(), bounds.end(), byValue);
    const model::Quantity* high = *std::max_element(bounds.begin(), bounds.end(), byValue);
    // A sweep over the bounds finds the first uncovered stretch (near-linear);
    // the solver, the reference, confirms it on that stretch with the two
    // clauses around it and gives the witness.
    const auto gap = firstGap(provisions, low, high);
    if (!gap) return;
    std::vector<const model::Condition*> around;
    for (const auto* provision : gap->around) around.push_back(&provision->condition);
    solver::Witness witness;
    const auto outcome =
        context.solver.satisfiable({}, around, &witness, solver::Session::Bounds{attribute, *gap->from, *gap->to});
    if (outcome == solver::Outcome::unsat) return;
    // At the first of the clauses on either side of the gap; the notes name both.
    const model::Provision& first = **std::min_element(
        gap->around.begin(), gap->around.end(),
        [](const model::Provision* a, const model::Provision* b) { return a->source.position < b->source.position; });
    const std::string matter = matterName(context.lexicon, first.matter);
    Diagnostic diagnostic =
        finding(document, clauseRange(first.source),
                {fmt::format("không chủ thể nào có thẩm quyền quyết định một phần phạm vi của \"{}\"", matter),
                 fmt::format("nobody decides part of the scope of \"{}\"", matter)});
    noteEach(document, context, gap->around, diagnostic);
    diagnostic.witness = witnessText(outcome, witness, context.lexicon);
    diagnostic.suggestion =
        LocalizedText{"viết \"từ ... trở lên\" ở một khoản và \"dưới ...\" ở khoản kia để không bỏ sót mốc",
                      "write \"từ ... trở lên\" in one clause and \"dưới ...\" in the other so no value is left out"};
    context.sink.report(std::move(diagnostic));
  }
};

}  // namespace

std::unique_ptr<Check> makeScopeGap() {
  return std::make_unique<ScopeGap>();
}

}  // namespace rasoat::checks
