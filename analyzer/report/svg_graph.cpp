// The delegation and reporting graph as inline SVG, with the list of its
// edges under it (what a printed copy or a screen reader relies on).
#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "report/escape.h"
#include "report/html_parts.h"
#include "report/report_words.h"

namespace rasoat::report::html {

namespace {

constexpr double kLayerHeight = 130;
constexpr double kNodeHeight = 34;
constexpr double kGap = 36;
constexpr double kMargin = 24;
constexpr double kCharWidth = 7.4;  // of the 13px sans-serif labels, generous

struct Box {
  double x = 0;  // centre
  double y = 0;  // top
  double width = 0;
};

std::size_t displayLength(const std::string& text) {
  std::size_t length = 0;
  for (const unsigned char c : text) length += (c & 0xC0) != 0x80;  // code points
  return length;
}

std::string nodeLabel(const GraphNode& node, Language language) {
  return bodyName(node.name, node.upper, language);
}

// Boxes of the nodes: layers stacked, each layer centred on the widest.
std::map<std::string, Box> place(const AuthorityGraph& graph, Language language, double& width, double& height) {
  std::vector<std::vector<const GraphNode*>> layers(graph.layers);
  for (const auto& node : graph.nodes) layers[node.layer].push_back(&node);
  width = 0;
  std::vector<double> layerWidth;
  for (auto& layer : layers) {
    std::sort(layer.begin(), layer.end(), [](const auto* a, const auto* b) { return a->order < b->order; });
    double total = 0;
    for (const auto* node : layer) total += displayLength(nodeLabel(*node, language)) * kCharWidth + 24 + kGap;
    layerWidth.push_back(total - kGap);
    width = std::max(width, total - kGap);
  }
  width += 2 * kMargin;
  height = graph.layers * kLayerHeight - (kLayerHeight - kNodeHeight) + 2 * kMargin;
  std::map<std::string, Box> boxes;
  for (std::size_t l = 0; l < layers.size(); ++l) {
    double x = (width - layerWidth[l]) / 2;
    for (const auto* node : layers[l]) {
      const double w = displayLength(nodeLabel(*node, language)) * kCharWidth + 24;
      boxes[node->key] = Box{x + w / 2, kMargin + static_cast<double>(l) * kLayerHeight, w};
      x += w + kGap;
    }
  }
  return boxes;
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

// The rectangles already taken by node boxes and labels: a label goes where it
// covers the fewest of them.
struct Occupied {
  struct Rect {
    double left, top, right, bottom;
  };
  std::vector<Rect> rects;

  double overlap(const Rect& r) const {
    double area = 0;
    for (const auto& o : rects) {
      const double w = std::min(r.right, o.right) - std::max(r.left, o.left);
      const double h = std::min(r.bottom, o.bottom) - std::max(r.top, o.top);
      if (w > 0 && h > 0) area += w * h;
    }
    return area;
  }
};

Occupied::Rect labelRect(double x, double y, const std::string& label) {
  const double half = displayLength(label) * kCharWidth * 0.45;
  return {x - half, y - 8, x + half, y + 6};
}

void writeEdge(std::ostream& out, const GraphEdge& edge, Occupied& occupied, const std::map<std::string, Box>& boxes,
               const std::map<std::string, std::string>& names, int id) {
  const Box& from = boxes.at(edge.from);
  const Box& to = boxes.at(edge.to);
  // Leave the lower side of the upper box and enter the upper side of the lower one.
  const bool down = from.y < to.y;
  const bool level = from.y == to.y;
  const double x1 = from.x, y1 = level ? from.y : down ? from.y + kNodeHeight : from.y;
  const double x2 = to.x, y2 = level ? to.y : down ? to.y : to.y + kNodeHeight;
  // Delegation bends one way and reporting the other, so that both between one pair stay apart.
  const double bend = (edge.kind == EdgeKind::delegation ? 1 : -1) * (level ? 60 : 22);
  const double length = std::max(1.0, std::hypot(x2 - x1, y2 - y1));
  const double cx = (x1 + x2) / 2 - bend * (y2 - y1) / length, cy = (y1 + y2) / 2 + bend * (x2 - x1) / length;
  // The label sits at the point of the curve where it covers the least of
  // the boxes and labels already drawn (the middle first).
  const std::string label = edgeLabel(edge);
  double lx = 0, ly = 0, least = -1;
  for (const double t : {0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8}) {
    const double x = (1 - t) * (1 - t) * x1 + 2 * (1 - t) * t * cx + t * t * x2;
    const double y = (1 - t) * (1 - t) * y1 + 2 * (1 - t) * t * cy + t * t * y2;
    const double covered = occupied.overlap(labelRect(x, y, label));
    if (least < 0 || covered < least) {
      lx = x, ly = y, least = covered;
    }
    if (covered == 0) break;
  }
  if (!label.empty()) occupied.rects.push_back(labelRect(lx, ly, label));
  const char* kind = edge.kind == EdgeKind::delegation ? "delegation" : "reporting";
  const std::string title = fmt::format("{} → {}: {} ({})", names.at(edge.from), names.at(edge.to),
                                        joinedOr(edge.matters, "?"), joinedOr(edge.units, ""));
  out << fmt::format("<g class=\"edge {}{}\"><title>{}</title>", kind, edge.flagged ? " flagged" : "",
                     escapeHtml(title));
  out << fmt::format("<path d=\"M{:.1f},{:.1f} Q{:.1f},{:.1f} {:.1f},{:.1f}\" marker-end=\"url(#arrow-{}-{}{})\"/>", x1,
                     y1, cx, cy, x2, y2, kind, id, edge.flagged ? "-flagged" : "");
  out << fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\">{}</text></g>\n", lx, ly + 4, escapeHtml(label));
}

void writeMarkers(std::ostream& out, int id) {
  out << "<defs>";
  for (const char* kind : {"delegation", "reporting"}) {
    for (const char* flagged : {"", "-flagged"}) {
      out << fmt::format(
          "<marker id=\"arrow-{}-{}{}\" class=\"arrow {}{}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
          "markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 "
          "z\"/></marker>",
          kind, id, flagged, kind, *flagged ? " flagged" : "");
    }
  }
  out << "</defs>\n";
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

void writeGraph(std::ostream& out, const AuthorityGraph& graph, Language language, int id) {
  const ReportWords& w = words();
  if (graph.edges.empty()) {
    out << "<p>" << escapeHtml(w.noEdges.in(language)) << "</p>\n";
    return;
  }
  out << "<p>" << escapeHtml(w.graphIntro.in(language)) << "</p>\n";
  double width = 0, height = 0;
  const auto boxes = place(graph, language, width, height);
  out << fmt::format(
      "<div class=\"scroll\"><svg class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{:.0f}\" "
      "height=\"{:.0f}\" viewBox=\"0 0 {:.0f} {:.0f}\"><title>{}</title>\n",
      width, height, width, height, escapeHtml(w.graph.in(language)));
  writeMarkers(out, id);
  std::map<std::string, std::string> names;
  for (const auto& node : graph.nodes) names[node.key] = nodeLabel(node, language);
  Occupied occupied;
  for (const auto& [key, box] : boxes)
    occupied.rects.push_back({box.x - box.width / 2, box.y, box.x + box.width / 2, box.y + kNodeHeight});
  for (const auto& edge : graph.edges) writeEdge(out, edge, occupied, boxes, names, id);
  for (const auto& node : graph.nodes) {
    const Box& box = boxes.at(node.key);
    out << fmt::format(
        "<g class=\"node{}\"><rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.0f}\" rx=\"6\"/><text "
        "x=\"{:.1f}\" y=\"{:.1f}\">{}</text></g>\n",
        node.upper ? " upper" : "", box.x - box.width / 2, box.y, box.width, kNodeHeight, box.x, box.y + 22,
        escapeHtml(nodeLabel(node, language)));
  }
  out << "</svg></div>\n";
  writeEdgeList(out, graph, language);
}

}  // namespace rasoat::report::html
