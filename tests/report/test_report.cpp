#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <sstream>

#include "checks/rule_packs.h"
#include "checks/runner.h"
#include "report/html_report.h"
#include "report/markdown_report.h"
#include "report/report_data.h"
#include "support/model_helpers.h"
#include "support/parse_helpers.h"

using namespace rasoat;
using rasoat::checks::CheckedDocument;

namespace {

const std::string kFixtures = std::string(RASOAT_SOURCE_DIR) + "/tests/fixtures/report/";

// Documents parsed, modelled, linked and checked with the whole catalogue, as
// `rasoat report` does; the first text is the one reported on.
struct Checked {
  std::unique_ptr<driver::Workspace> workspace;
  std::vector<Diagnostic> findings;
  report::ReportData data;
};

std::unique_ptr<Checked> checkTexts(const std::vector<std::pair<std::string, std::string>>& texts) {
  auto run = std::make_unique<Checked>();
  run->workspace = testing::testWorkspace();
  for (std::size_t i = 0; i < texts.size(); ++i) {
    run->workspace->openText(texts[i].first, texts[i].second, driver::Depth::model,
                             i == 0 ? driver::Role::checked : driver::Role::reference);
  }
  run->workspace->linkParents();
  DiagnosticSink& sink = run->workspace->sink();
  const auto& documents = run->workspace->documents();
  const auto packs = checks::loadRulePacks(std::string(RASOAT_SOURCE_DIR) + "/rules/packs");
  solver::Session solver(testing::shippedLexicon());
  checks::CheckContext context{documents, testing::shippedLexicon(), packs, solver, sink};
  checks::runChecks(context, checks::Selection({}, {}));
  run->findings = sink.sorted();
  run->data = report::assembleReport(documents, run->findings, testing::shippedLexicon());
  return run;
}

std::unique_ptr<Checked> checkSmall() {
  return checkTexts({{"small.qc", testing::readFile(kFixtures + "small.qc")},
                     {"parent.qc", testing::readFile(kFixtures + "parent.qc")}});
}

const report::MatrixRow& row(const report::AuthorityMatrix& matrix, const std::string& matter) {
  const auto found = std::find_if(matrix.rows.begin(), matrix.rows.end(),
                                  [&](const report::MatrixRow& r) { return r.matter == matter; });
  REQUIRE(found != matrix.rows.end());
  return *found;
}

const report::MatrixCell& cell(const report::AuthorityMatrix& matrix, const std::string& matter,
                               const std::string& actor) {
  const auto column = std::find_if(matrix.columns.begin(), matrix.columns.end(),
                                   [&](const report::MatrixColumn& c) { return c.key == actor; });
  REQUIRE(column != matrix.columns.end());
  return row(matrix, matter).cells[column - matrix.columns.begin()];
}

// "DECIDE Điều 5 khoản 1 overlap" for each power of a cell.
std::vector<std::string> powers(const report::MatrixCell& cell) {
  std::vector<std::string> out;
  for (const auto& power : cell.powers) {
    out.push_back(std::string(model::modalityName(power.modality)) + " " + power.unit +
                  (power.overlap ? " overlap" : "") + (power.conflict ? " conflict" : ""));
  }
  return out;
}

std::string edges(const report::AuthorityGraph& graph) {
  std::string out;
  for (const auto& edge : graph.edges) {
    out += edge.from + (edge.kind == report::EdgeKind::delegation ? " delegates " : " reports ") + edge.to + ":";
    for (const auto& matter : edge.matters) out += " " + matter;
    out += edge.flagged ? " (flagged)\n" : "\n";
  }
  return out;
}

int layerOf(const report::AuthorityGraph& graph, const std::string& key) {
  for (const auto& node : graph.nodes) {
    if (node.key == key) return node.layer;
  }
  FAIL("no node " << key);
  return -1;
}

// Unescaped "|" in a Markdown line.
int pipes(const std::string& line) {
  int count = 0;
  for (std::size_t i = 0; i < line.size(); ++i) count += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
  return count;
}

}  // namespace

TEST_CASE("the authority matrix lists each body's powers by matter, bodies by rank", "[report][matrix]") {
  const auto run = checkSmall();
  REQUIRE(run->data.documents.size() == 1);
  const auto& matrix = run->data.documents[0].matrix;
  std::vector<std::string> columns;
  for (const auto& column : matrix.columns) columns.push_back(column.key);
  CHECK(columns == std::vector<std::string>{"BCH", "BTV", "TT"});
  CHECK(powers(cell(matrix, "chuong_trinh_cong_tac", "BCH")) == std::vector<std::string>{"DECIDE Điều 4 khoản 1"});
  CHECK(powers(cell(matrix, "dan_van", "BCH")) == std::vector<std::string>{"DELEGATE Điều 4 khoản 2"});
  const auto& budget = cell(matrix, "ngan_sach.dang.chi", "TT");
  REQUIRE(budget.powers.size() == 1);
  CHECK(budget.powers[0].condition.vi == "giá trị dưới 500 triệu đồng");
  CHECK(budget.powers[0].condition.en == "giá trị is under 500 triệu đồng");
  CHECK(budget.powers[0].clauseText == "Quyết định các khoản chi ngân sách có giá trị dưới 500 triệu đồng.");
}

TEST_CASE("the matrix marks the overlapping decisions, the conflict with the higher level and the gap",
          "[report][matrix]") {
  const auto run = checkSmall();
  const auto& matrix = run->data.documents[0].matrix;
  CHECK(powers(cell(matrix, "dau_tu.du_an", "BTV")) ==
        std::vector<std::string>{"DECIDE Điều 5 khoản 1 overlap", "DECIDE Điều 5 khoản 2 overlap"});
  CHECK(powers(cell(matrix, "dau_tu.du_an", "TT")) ==
        std::vector<std::string>{"DECIDE Điều 6 khoản 1 overlap", "REPORT Điều 6 khoản 3"});
  CHECK(cell(matrix, "dau_tu.du_an", "TT").powers[0].codes == std::vector<std::string>{"O001"});
  // The clause of 5.2 also decides a matter nobody else decides: not an overlap.
  CHECK(powers(cell(matrix, "van_hoa_xa_hoi", "BTV")) == std::vector<std::string>{"DECIDE Điều 5 khoản 2"});
  CHECK(powers(cell(matrix, "ton_giao", "TT")) == std::vector<std::string>{"DIRECT Điều 6 khoản 2 conflict"});
  CHECK(row(matrix, "ngan_sach.dang.chi").gap);
  CHECK(row(matrix, "ngan_sach.dang.chi").gapCodes == std::vector<std::string>{"G002"});
  int conflicts = 0, gaps = 0;
  for (const auto& r : matrix.rows) {
    gaps += r.gap;
    for (const auto& c : r.cells) conflicts += c.conflict();
  }
  CHECK(conflicts == 1);
  CHECK(gaps == 1);
}

TEST_CASE("the graph has the delegations and reports, delegators above delegates", "[report][graph]") {
  const auto run = checkSmall();
  const auto& graph = run->data.documents[0].graph;
  CHECK(edges(graph) ==
        "BCH delegates BTV: công tác dân vận\n"
        "BTV reports BCH: ngân sách nhà nước\n"
        "TT reports BTV: dự án đầu tư\n");
  CHECK(layerOf(graph, "BCH") == 0);
  CHECK(layerOf(graph, "BTV") == 1);
  CHECK(layerOf(graph, "TT") == 2);
  CHECK(graph.layers == 3);
}

TEST_CASE("a delegation cycle is flagged in the graph and still laid out", "[report][graph]") {
  const auto run =
      checkTexts({{"cycle.qc", testing::readFile(std::string(RASOAT_SOURCE_DIR) + "/tests/checks/D001/fires.qc")}});
  const auto& graph = run->data.documents[0].graph;
  REQUIRE(graph.edges.size() == 3);
  for (const auto& edge : graph.edges) CHECK(edge.flagged);
  std::set<std::pair<int, int>> places;
  for (const auto& node : graph.nodes) {
    CHECK(node.layer >= 0);
    CHECK(node.layer < graph.layers);
    places.insert({node.layer, node.order});
  }
  CHECK(places.size() == graph.nodes.size());  // no two nodes in one place
}

TEST_CASE("the HTML report shows the matrix first, then the graph as inline SVG, self-contained", "[report][html]") {
  const auto run = checkSmall();
  std::ostringstream out;
  report::writeHtmlReport(out, run->data, Language::vi);
  const std::string html = out.str();
  const auto summary = html.find("id=\"summary\"");
  const auto matrix = html.find("<table class=\"matrix\"");
  const auto graph = html.find("<svg class=\"graph\"");
  const auto findings = html.find("<section class=\"findings\"");
  REQUIRE(matrix != std::string::npos);
  REQUIRE(graph != std::string::npos);
  CHECK(summary < matrix);
  CHECK(matrix < graph);
  CHECK(graph < findings);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("http://") == html.find("http://www.w3.org/2000/svg"));
  CHECK(html.find("https://") == std::string::npos);
  CHECK(html.find("default-src 'none'") != std::string::npos);
  CHECK(html.find("<span class=\"badge gap\">lỗ hổng</span>") != std::string::npos);
  CHECK(html.find("<td class=\"cell conflict\">") != std::string::npos);
  // Each mark in the matrix links to the finding that explains it (in the
  // table, and again in its printed form, before the graph).
  const auto printed = html.find("<div class=\"matrix-print\">");
  REQUIRE(printed < graph);
  int links = 0;
  for (auto at = html.find("<a href=\"#"); at != std::string::npos && at < printed;
       at = html.find("<a href=\"#", at + 1)) {
    const auto begin = at + 10;
    const std::string anchor = html.substr(begin, html.find('"', begin) - begin);
    const std::string code = html.substr(html.find("<code>", at) + 6, 4);
    const auto target = html.find("id=\"" + anchor + "\"");
    REQUIRE(target != std::string::npos);
    CHECK(html.find("<code>" + code + "</code>", target) < html.find("</article>", target));
    ++links;
  }
  CHECK(links == 5);  // G002, O001 on three decisions, H001
  int printedLinks = 0;
  for (auto at = html.find("<a href=\"#", printed); at != std::string::npos && at < graph;
       at = html.find("<a href=\"#", at + 1))
    ++printedLinks;
  CHECK(printedLinks == links);
}

TEST_CASE("hostile document text comes out as text in HTML", "[report][html][escape]") {
  const auto run = checkTexts({{"hostile.qc", testing::readFile(kFixtures + "hostile.qc")}});
  std::ostringstream out;
  report::writeHtmlReport(out, run->data, Language::en);
  const std::string html = out.str();
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b>không") == std::string::npos);
  CHECK(html.find("</textarea>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;console.error(&quot;pwned&quot;)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&quot;trích dẫn&quot; &amp; &#39;nháy&#39;") != std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=&quot;") != std::string::npos);
}

TEST_CASE("hostile document text stays inside its Markdown table cell", "[report][markdown][escape]") {
  const auto run = checkTexts({{"hostile.qc", testing::readFile(kFixtures + "hostile.qc")}});
  std::ostringstream out;
  report::writeMarkdownReport(out, run->data, Language::vi);
  const std::string markdown = out.str();
  CHECK(markdown.find("<script") == std::string::npos);
  CHECK(markdown.find("<img") == std::string::npos);
  CHECK(markdown.find("\\| cột \\|") != std::string::npos);
  CHECK(markdown.find("\\*\\*đậm\\*\\* \\`mã\\` \\[liên kết\\]") != std::string::npos);
  // Every row of a table has as many cell separators as its header.
  std::istringstream lines(markdown);
  int expected = -1;
  int rows = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] != '|') {
      expected = -1;
      continue;
    }
    if (expected < 0) expected = pipes(line);
    INFO(line);
    CHECK(pipes(line) == expected);
    ++rows;
  }
  CHECK(rows > 10);
}

TEST_CASE("a regulation with no readable power says so instead of an empty matrix", "[report][matrix]") {
  const auto run = checkTexts({{"empty.qc", "QUY CHẾ LÀM VIỆC\nĐiều 1. Hiệu lực\n1. Quy chế này có hiệu lực.\n"}});
  REQUIRE(run->data.documents.size() == 1);
  CHECK(run->data.documents[0].matrix.rows.empty());
  CHECK(run->data.documents[0].notFormalised.size() == 1);
  std::ostringstream html, markdown;
  report::writeHtmlReport(html, run->data, Language::en);
  report::writeMarkdownReport(markdown, run->data, Language::en);
  CHECK(html.str().find("<table class=\"matrix\"") == std::string::npos);
  CHECK(html.str().find("The tool read no power") != std::string::npos);
  CHECK(markdown.str().find("The tool read no power") != std::string::npos);
  CHECK(markdown.str().find("| Matter |") == std::string::npos);
}
