// The delegation and reporting graph as inline SVG, laid out by Graphviz's
// dot in process (cgraph + gvc) and rendered to SVG in memory; with the list
// of its edges under it (what a printed copy or a screen reader relies on).
// dot ranks the bodies, routes the edges around the boxes and places each
// edge's label beside its edge, clear of the boxes and of the other labels.
#include <graphviz/gvc.h>

#include <map>
#include <memory>

#include <fmt/format.h>

#include "report/escape.h"
#include "report/html_parts.h"
#include "report/report_words.h"

namespace rasoat::report::html {

namespace {

std::string nodeLabel(const GraphNode& node, Language language) {
  return bodyName(node.name, node.upper, language);
}

std::string edgeLabel(const GraphEdge& edge) {
  std::vector<std::string> names;  // a matter that is not definite gets no label
  for (const auto& matter : edge.matters) {
    if (!matter.empty()) names.push_back(matter);
  }
  std::string label = names.empty() ? "" : names.front();
  if (names.size() > 1) label += fmt::format(" +{}", names.size() - 1);
  return label;
}

std::string joinedOr(const std::vector<std::string>& items, const char* empty) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : "; ") + (item.empty() ? std::string(empty) : item);
  return text;
}

// The colours of the page's stylesheet, as Graphviz attributes: the SVG
// carries them itself, on screen and on paper.
constexpr const char* kDelegation = "#1a73e8";
constexpr const char* kReporting = "#188038";
constexpr const char* kFlagged = "#cc0000";

// A Graphviz label: a backslash starts an escape (\N, \G), so it is doubled.
std::string dotLabel(const std::string& text) {
  std::string label;
  for (const char c : text) label += c == '\\' ? std::string("\\\\") : std::string(1, c);
  return label;
}

void set(void* object, const char* name, const std::string& value) {
  agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

struct GraphDeleter {
  void operator()(Agraph_t* graph) const { agclose(graph); }
};
// One Graphviz context for the whole process, never freed. Graphviz 2.42's
// pango plugin keeps a pointer to the last font name, which lives in the
// context's font dictionary: laying out a second graph after freeing the first
// context reads freed memory (AddressSanitizer caught it on a report of several
// documents), and freeing it at exit unloads the plugins and orphans
// fontconfig's caches. Left to the end of the process, it stays reachable.
GVC_t* sharedContext() {
  static GVC_t* const context = gvContext();
  return context;
}

// The graph in cgraph: bodies as rounded boxes, delegation edges from the
// delegating body down to the one it delegates to, reporting edges drawn from
// the reporting body up to the one it reports to (ranked as delegations, so
// that the higher body stays above).
std::unique_ptr<Agraph_t, GraphDeleter> buildDot(const AuthorityGraph& graph, Language language, int id) {
  std::unique_ptr<Agraph_t, GraphDeleter> dot(agopen(const_cast<char*>("graph"), Agdirected, nullptr));
  Agraph_t* g = dot.get();
  set(g, "id", fmt::format("graph_{}", id));
  set(g, "rankdir", "TB");
  set(g, "nodesep", "0.45");
  set(g, "ranksep", "0.6");
  set(g, "pad", "0.15");
  set(g, "bgcolor", "transparent");
  std::map<std::string, Agnode_t*> nodes;
  int n = 0;
  for (const auto& node : graph.nodes) {
    Agnode_t* v = agnode(g, const_cast<char*>(node.key.c_str()), 1);
    nodes[node.key] = v;
    set(v, "id", fmt::format("graph_{}_n{}", id, ++n));
    set(v, "label", dotLabel(nodeLabel(node, language)));
    set(v, "shape", "box");
    set(v, "style", node.upper ? "rounded,filled,dashed" : "rounded,filled");
    set(v, "fillcolor", node.upper ? "#f1f3f4" : "#e8f0fe");
    set(v, "color", node.upper ? "#5f6368" : kDelegation);
    // Arial's metrics: the page's Liberation Sans has the same widths.
    set(v, "fontname", "Arial");
    set(v, "fontsize", "13");
    set(v, "margin", "0.14,0.06");
  }
  int e = 0;
  for (const auto& edge : graph.edges) {
    const bool delegation = edge.kind == EdgeKind::delegation;
    Agnode_t* from = nodes.at(delegation ? edge.from : edge.to);
    Agnode_t* to = nodes.at(delegation ? edge.to : edge.from);
    Agedge_t* a = agedge(g, from, to, nullptr, 1);
    const char* colour = edge.flagged ? kFlagged : delegation ? kDelegation : kReporting;
    set(a, "id", fmt::format("graph_{}_e{}", id, ++e));
    set(a, "dir", delegation ? "forward" : "back");
    set(a, "color", colour);
    set(a, "fontcolor", edge.flagged ? kFlagged : "#1b1b1b");
    set(a, "penwidth", edge.flagged ? "2.4" : "1.4");
    if (!delegation) set(a, "style", "dashed");
    set(a, "arrowsize", "0.8");
    set(a, "fontname", "Arial");
    set(a, "fontsize", "11");
    const std::string label = edgeLabel(edge);
    if (!label.empty()) set(a, "label", dotLabel(label));
  }
  return dot;
}

// The SVG element alone: without the XML prolog, the doctype and comments,
// with the page's class, role and accessible name.
std::string inlineSvg(const std::string& svg, const std::string& title) {
  const std::size_t start = svg.find("<svg");
  if (start == std::string::npos) return "";
  std::string element;
  element.reserve(svg.size());
  for (std::size_t at = start; at < svg.size();) {
    if (svg.compare(at, 4, "<!--") == 0) {
      const std::size_t end = svg.find("-->", at);
      at = end == std::string::npos ? svg.size() : end + 3;
      if (at < svg.size() && svg[at] == '\n') ++at;
      continue;
    }
    element += svg[at++];
  }
  element.replace(0, 4, "<svg class=\"graph\" role=\"img\" aria-label=\"" + escapeHtml(title) + "\"");
  return element;
}

// The laid-out graph as SVG text; "" when Graphviz failed (the edge list is
// still there).
std::string renderSvg(const AuthorityGraph& graph, Language language, int id) {
  GVC_t* const context = sharedContext();
  if (!context) return "";
  auto dot = buildDot(graph, language, id);
  if (gvLayout(context, dot.get(), "dot") != 0) return "";
  char* data = nullptr;
  unsigned int length = 0;
  const int status = gvRenderData(context, dot.get(), "svg", &data, &length);
  std::string svg = status == 0 && data ? std::string(data, length) : "";
  gvFreeRenderData(data);
  gvFreeLayout(context, dot.get());
  return svg;
}

void writeEdgeList(std::ostream& out, const AuthorityGraph& graph, Language language) {
  const ReportWords& w = words();
  std::map<std::string, const GraphNode*> nodes;
  for (const auto& node : graph.nodes) nodes[node.key] = &node;
  out << "<details open><summary>" << escapeHtml(w.edges.in(language))
      << "</summary>\n<table class=\"edges\"><thead><tr><th>" << escapeHtml(w.from.in(language)) << "</th><th>"
      << escapeHtml(w.relation.in(language)) << "</th><th>" << escapeHtml(w.to.in(language)) << "</th><th>"
      << escapeHtml(w.matter.in(language)) << "</th><th>" << escapeHtml(w.where.in(language))
      << "</th></tr></thead><tbody>\n";
  for (const auto& edge : graph.edges) {
    out << "<tr" << (edge.flagged ? " class=\"flagged\"" : "") << "><td>"
        << escapeHtml(nodeLabel(*nodes.at(edge.from), language)) << "</td><td>"
        << escapeHtml((edge.kind == EdgeKind::delegation ? w.delegation : w.reporting).in(language)) << "</td><td>"
        << escapeHtml(nodeLabel(*nodes.at(edge.to), language)) << "</td><td>"
        << escapeHtml(joinedOr(edge.matters, w.unknownMatter.in(language).c_str())) << "</td><td>"
        << escapeHtml(joinedOr(edge.units, "")) << "</td></tr>\n";
  }
  out << "</tbody></table></details>\n";
}

}  // namespace

void writeGraph(std::ostream& out, const AuthorityGraph& graph, Language language, int id, const std::string& heading) {
  const ReportWords& w = words();
  out << "<div class=\"graph-keep\">" << heading;
  if (graph.edges.empty()) {
    out << "<p>" << escapeHtml(w.noEdges.in(language)) << "</p></div>\n";
    return;
  }
  out << "<p>" << escapeHtml(w.graphIntro.in(language)) << "</p>\n";
  const std::string svg = inlineSvg(renderSvg(graph, language, id), w.graph.in(language));
  if (!svg.empty()) out << "<div class=\"graph-box\">" << svg << "</div>\n";
  out << "</div>\n";
  writeEdgeList(out, graph, language);
}

}  // namespace rasoat::report::html
