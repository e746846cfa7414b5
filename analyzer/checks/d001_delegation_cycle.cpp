// D001: delegations that lead back to the body that delegated.
#include <map>
#include <set>

#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/decision_scope.h"

namespace rasoat::checks {

namespace {

class DelegationCycle : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{
        "D001", "delegation-cycle", Severity::error, {"ủy quyền vòng tròn", "delegation cycle"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    // Edges: who delegates to whom, with the clause that says so.
    std::map<std::string, std::vector<const model::Provision*>> edges;
    for (const auto& provision : document.model.provisions) {
      const bool delegates =
          provision.modality == model::Modality::DELEGATE && provision.deontic != model::Deontic::prohibition;
      if (!delegates || !provision.reading.sure || !provision.recipient || !provision.actor.id ||
          !provision.recipient->id)
        continue;
      if (provision.actor.organisation != model::Organisation::own ||
          provision.recipient->organisation != model::Organisation::own)
        continue;
      if (provision.actor.id == provision.recipient->id) continue;
      edges[*provision.actor.id].push_back(&provision);
    }
    std::set<std::string> reported;
    for (const auto& [start, ignored] : edges) {
      std::vector<const model::Provision*> path;
      std::set<std::string> visited;
      if (!reported.count(start) && cycleFrom(start, start, edges, path, visited)) {
        for (const auto* step : path) reported.insert(*step->actor.id);
        report(document, context, path);
      }
    }
  }

 private:
  static bool cycleFrom(const std::string& start, const std::string& current,
                        const std::map<std::string, std::vector<const model::Provision*>>& edges,
                        std::vector<const model::Provision*>& path, std::set<std::string>& visited) {
    auto found = edges.find(current);
    if (found == edges.end()) return false;
    for (const model::Provision* edge : found->second) {
      path.push_back(edge);
      const std::string& to = *edge->recipient->id;
      if (to == start) return true;
      if (visited.insert(to).second && cycleFrom(start, to, edges, path, visited)) return true;
      path.pop_back();
    }
    return false;
  }

  void report(const CheckedDocument& document, CheckContext& context,
              const std::vector<const model::Provision*>& path) const {
    std::string chain = actorName(context.lexicon, path.front()->actor.id);
    std::string ids = *path.front()->actor.id;
    for (const auto* step : path) {
      chain += " → " + actorName(context.lexicon, step->recipient->id);
      ids += " -> " + *step->recipient->id;
    }
    // Reported at the clause that closes the loop in reading order.
    const model::Provision* last = path.front();
    for (const auto* step : path) {
      if (last->source.position < step->source.position) last = step;
    }
    Diagnostic diagnostic =
        finding(document, clauseRange(last->source),
                {fmt::format("ủy quyền vòng tròn: {}", chain), fmt::format("delegation cycle: {}", ids)});
    for (const auto* step : path) {
      if (step == last) continue;
      diagnostic.related.push_back(RelatedLocation{
          document.tree.path,
          clauseRange(step->source),
          {fmt::format("{} ủy quyền tại {}", actorName(context.lexicon, step->actor.id), step->source.unit),
           fmt::format("{} delegates in {}", actorName(context.lexicon, step->actor.id), step->source.unit)}});
    }
    diagnostic.suggestion =
        LocalizedText{"bỏ một bước ủy quyền để quyền quyết định có một nơi chịu trách nhiệm cuối cùng",
                      "remove one delegation so that the power ends with one accountable body"};
    context.sink.report(std::move(diagnostic));
  }
};

}  // namespace

std::unique_ptr<Check> makeDelegationCycle() {
  return std::make_unique<DelegationCycle>();
}

}  // namespace rasoat::checks
