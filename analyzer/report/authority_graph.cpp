#include "report/authority_graph.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace rasoat::report {

namespace {

struct Layout {
  std::map<std::string, std::vector<std::string>> below;  // key -> keys drawn under it
};

int rankKey(const GraphNode& node, const model::Lexicon& lexicon) {
  const std::string id = node.key.substr(node.key.find(':') == std::string::npos ? 0 : node.key.find(':') + 1);
  const auto* entry = lexicon.actor(id);
  return (node.upper ? 0 : 1000) + (entry && entry->rank ? *entry->rank : 500);
}

// Longest-path layering over the "drawn above" relation, cycles cut by a
// depth-first search that starts from the highest-ranked bodies.
void assignLayers(std::vector<GraphNode>& nodes, const Layout& layout) {
  std::map<std::string, int> state;  // 0 unseen, 1 on the stack, 2 done
  std::map<std::string, int> depth;
  std::set<std::pair<std::string, std::string>> kept;
  std::function<void(const std::string&)> visit = [&](const std::string& key) {
    state[key] = 1;
    const auto found = layout.below.find(key);
    if (found != layout.below.end()) {
      for (const auto& next : found->second) {
        if (state[next] == 1) continue;  // a back edge: the cycle is cut here
        kept.insert({key, next});
        if (state[next] == 0) visit(next);
      }
    }
    state[key] = 2;
  };
  for (const auto& node : nodes) {
    if (state[node.key] == 0) visit(node.key);
  }
  // Relax the kept (acyclic) edges in rounds: at most one round per node.
  for (std::size_t round = 0; round < nodes.size(); ++round) {
    bool changed = false;
    for (const auto& [from, to] : kept) {
      if (depth[to] < depth[from] + 1) {
        depth[to] = depth[from] + 1;
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (auto& node : nodes) node.layer = depth[node.key];
}

// Orders each layer by the mean order of the neighbours in the layers above
// (one barycentre sweep), which removes most crossings of a small graph.
void orderLayers(std::vector<GraphNode>& nodes, const std::vector<GraphEdge>& edges, int layers) {
  std::map<std::string, GraphNode*> byKey;
  for (auto& node : nodes) byKey[node.key] = &node;
  for (int layer = 0; layer < layers; ++layer) {
    std::vector<GraphNode*> members;
    for (auto& node : nodes) {
      if (node.layer == layer) members.push_back(&node);
    }
    std::map<std::string, double> weight;
    for (GraphNode* node : members) {
      double sum = 0;
      int count = 0;
      for (const auto& edge : edges) {
        const std::string& other = edge.from == node->key ? edge.to : edge.to == node->key ? edge.from : node->key;
        const GraphNode* neighbour = byKey[other];
        if (neighbour->layer < layer) {
          sum += neighbour->order;
          ++count;
        }
      }
      weight[node->key] = count ? sum / count : node->order;
    }
    std::stable_sort(members.begin(), members.end(),
                     [&](const GraphNode* a, const GraphNode* b) { return weight[a->key] < weight[b->key]; });
    for (std::size_t i = 0; i < members.size(); ++i) members[i]->order = static_cast<int>(i);
  }
}

}  // namespace

AuthorityGraph buildGraph(const model::DocumentModel& model, const FindingMarks& marks, const model::Lexicon& lexicon) {
  AuthorityGraph graph;
  std::map<std::tuple<std::string, std::string, EdgeKind>, std::size_t> edgeAt;
  std::map<std::string, GraphNode> nodes;
  for (const auto& provision : model.provisions) {
    const bool delegates = provision.modality == model::Modality::DELEGATE;
    if (!delegates && provision.modality != model::Modality::REPORT) continue;
    if (provision.deontic == model::Deontic::prohibition || !provision.recipient) continue;
    if (!placeable(provision.actor) || !placeable(*provision.recipient)) continue;
    const std::string from = actorKey(provision.actor), to = actorKey(*provision.recipient);
    if (from == to) continue;
    for (const auto* actor : {&provision.actor, &*provision.recipient}) {
      nodes.try_emplace(actorKey(*actor), GraphNode{actorKey(*actor), actorLabel(*actor, lexicon),
                                                    actor->organisation != model::Organisation::own, 0, 0});
    }
    const EdgeKind kind = delegates ? EdgeKind::delegation : EdgeKind::reporting;
    auto [found, added] = edgeAt.try_emplace({from, to, kind}, graph.edges.size());
    if (added) graph.edges.push_back(GraphEdge{from, to, kind, {}, {}, false});
    GraphEdge& edge = graph.edges[found->second];
    const auto* matter = provision.matter ? lexicon.matter(*provision.matter) : nullptr;
    // The general matter ("chung": "các vấn đề", "công việc") names nothing a
    // reader can act on: like an unresolved one, it labels no edge.
    const std::string name = matter && *provision.matter != "chung" ? matter->name : "";
    if (std::find(edge.matters.begin(), edge.matters.end(), name) == edge.matters.end()) edge.matters.push_back(name);
    if (std::find(edge.units.begin(), edge.units.end(), provision.source.unit) == edge.units.end())
      edge.units.push_back(provision.source.unit);
    edge.flagged |= marks.delegation.count(&provision) > 0 || marks.conflict.count(&provision) > 0;
  }
  for (auto& [key, node] : nodes) graph.nodes.push_back(std::move(node));
  std::stable_sort(graph.nodes.begin(), graph.nodes.end(),
                   [&](const GraphNode& a, const GraphNode& b) { return rankKey(a, lexicon) < rankKey(b, lexicon); });
  Layout layout;
  for (const auto& edge : graph.edges) {
    if (edge.kind == EdgeKind::delegation)
      layout.below[edge.from].push_back(edge.to);
    else
      layout.below[edge.to].push_back(edge.from);
  }
  assignLayers(graph.nodes, layout);
  for (const auto& node : graph.nodes) graph.layers = std::max(graph.layers, node.layer + 1);
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) graph.nodes[i].order = static_cast<int>(i);
  orderLayers(graph.nodes, graph.edges, graph.layers);
  return graph;
}

}  // namespace rasoat::report
