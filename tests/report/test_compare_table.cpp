#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include <zip.h>
#include <pugixml.hpp>

#include "report/compare_writers.h"
#include "report/xlsx_file.h"
#include "support/model_helpers.h"
#include "support/parse_helpers.h"

using rasoat::Language;
using rasoat::checks::CheckedDocument;
using rasoat::report::CompareTable;

namespace {

const std::string kFixtures = std::string(RASOAT_SOURCE_DIR) + "/tests/fixtures/compare/";

// The two versions of tests/fixtures/compare, read as the CLI reads them.
struct Versions {
  std::unique_ptr<rasoat::driver::Workspace> workspace;
  const CheckedDocument& before;
  const CheckedDocument& after;
};

std::unique_ptr<Versions> loadVersions(const std::string& beforeText, const std::string& afterText) {
  using rasoat::driver::Depth;
  using rasoat::driver::Role;
  auto workspace = rasoat::testing::testWorkspace();
  CheckedDocument& after = *workspace->openText("draft.qc", afterText, Depth::model, Role::checked);
  const CheckedDocument& before = *workspace->openText("current.qc", beforeText, Depth::model, Role::reference);
  after.previous = &before;
  return std::make_unique<Versions>(Versions{std::move(workspace), before, after});
}

CompareTable fixtureTable() {
  auto versions = loadVersions(rasoat::testing::readFile(kFixtures + "current.qc"),
                               rasoat::testing::readFile(kFixtures + "draft.qc"));
  rasoat::solver::Session solver(rasoat::testing::shippedLexicon());
  return rasoat::report::buildCompareTable(versions->before, versions->after, rasoat::testing::shippedLexicon(),
                                           solver);
}

// Compares with a golden file; RASOAT_UPDATE_GOLDENS=1 rewrites it (then review it by eye).
void checkGolden(const std::string& name, const std::string& actual) {
  const std::string path = kFixtures + name;
  if (std::getenv("RASOAT_UPDATE_GOLDENS")) std::ofstream(path, std::ios::binary) << actual;
  INFO("golden " << path << " (RASOAT_UPDATE_GOLDENS=1 rewrites it)");
  CHECK(actual == rasoat::testing::readFile(path));
}

// One part of a zip package held in memory; empty when missing.
std::string zipPart(const std::string& bytes, const char* name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  REQUIRE(source != nullptr);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!archive) {
    zip_source_free(source);
    FAIL("not a zip package");
  }
  std::string content;
  zip_stat_t stat;
  if (zip_stat(archive, name, 0, &stat) == 0) {
    zip_file_t* file = zip_fopen(archive, name, 0);
    content.resize(static_cast<std::size_t>(stat.size));
    const auto read = zip_fread(file, content.data(), stat.size);
    zip_fclose(file);
    CHECK(read == static_cast<zip_int64_t>(stat.size));
  }
  zip_close(archive);
  return content;
}

std::string render(void (*writer)(const CompareTable&, Language, std::ostream&), const CompareTable& table,
                   Language language = Language::vi) {
  std::ostringstream out;
  writer(table, language, out);
  return out.str();
}

std::string renderCsv(const CompareTable& table, const rasoat::report::CompareLayout& layout = {}) {
  std::ostringstream out;
  rasoat::report::writeCompareCsv(table, Language::vi, layout, out);
  return out.str();
}

std::string docxBytes(const CompareTable& table, const rasoat::report::CompareLayout& layout = {}) {
  std::ostringstream out;
  REQUIRE(rasoat::report::writeCompareDocx(table, Language::vi, layout, out).empty());
  return out.str();
}

// The comparison table of a document.xml: the table whose first row repeats (the
// title block before it is a borderless table too).
pugi::xml_node mainTable(const pugi::xml_document& document) {
  return document.select_node("//w:tbl[w:tr/w:trPr/w:tblHeader]").node();
}

template <typename Nodes>
long count(const Nodes& nodes) {
  return std::distance(nodes.begin(), nodes.end());
}

}  // namespace

TEST_CASE("the comparison table names every kind of change and the shift of authority", "[report][compare]") {
  const CompareTable table = fixtureTable();
  using rasoat::syntax::ChangeStatus;
  CHECK(table.count(ChangeStatus::added) == 2);    // Điều 3 (new) and its clause
  CHECK(table.count(ChangeStatus::removed) == 1);  // Điều 3 khoản 2 (discipline)
  CHECK(table.count(ChangeStatus::moved) == 1);    // Điều 5 into Chương II
  CHECK(table.count(ChangeStatus::amended) == 3);
  CHECK(table.shifts == 1);
  bool shiftNamed = false;
  for (const auto& row : table.rows) {
    for (const auto& change : row.changes) {
      if (change.vi.find("từ Ban Thường vụ") != std::string::npos &&
          change.vi.find("sang Thường trực") != std::string::npos &&
          change.vi.find("ví dụ: tổng mức đầu tư đúng 21 tỷ đồng") != std::string::npos)
        shiftNamed = row.afterLabel == "Điều 5 khoản 1";
    }
  }
  CHECK(shiftNamed);
}

TEST_CASE("comparison table goldens: Markdown, CSV, HTML", "[report][compare][golden]") {
  const CompareTable table = fixtureTable();
  checkGolden("expected.md", render(rasoat::report::writeCompareMarkdown, table));
  checkGolden("expected.csv", renderCsv(table));
  checkGolden("expected.html", render(rasoat::report::writeCompareHtml, table));
  checkGolden("expected-en.md", render(rasoat::report::writeCompareMarkdown, table, Language::en));
}

TEST_CASE("hostile text stays text in HTML, Markdown and CSV cells", "[report][compare][escape]") {
  const CompareTable table = fixtureTable();
  const std::string html = render(rasoat::report::writeCompareHtml, table);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(&quot;<del>x</del>&quot;)&lt;/script&gt; &amp; &quot;ngoặc kép&quot;") !=
        std::string::npos);
  CHECK(html.find("<ins>y</ins>") != std::string::npos);
  CHECK(html.find("http") == std::string::npos);  // nothing fetched

  const std::string markdown = render(rasoat::report::writeCompareMarkdown, table);
  CHECK(markdown.find("<script") == std::string::npos);
  CHECK(markdown.find("\\| ống \\|") != std::string::npos);
  // Every table line has exactly the three cells' four unescaped pipes.
  std::istringstream lines(markdown);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind('|', 0) != 0) continue;
    int pipes = 0;
    for (std::size_t i = 0; i < line.size(); ++i) pipes += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
    INFO(line);
    CHECK(pipes == 4);
  }

  const std::string csv = renderCsv(table);
  CHECK(csv.find("\"2. Ghi chú thử: <script>alert(\"\"x\"\")</script> & \"\"ngoặc kép\"\" | ống | dấu, phẩy.\"") !=
        std::string::npos);
  CHECK(csv.rfind("Quy chế hiện hành,\"Dự thảo sửa đổi, bổ sung\",Nội dung thay đổi\r\n", 0) == 0);
}

TEST_CASE("unchanged rows are folded in <details> in the HTML table", "[report][compare]") {
  const std::string html = render(rasoat::report::writeCompareHtml, fixtureTable());
  // Điều 1 and its paragraph are folded; Điều 2 holds a change and stays as its context.
  CHECK(html.find("<details><summary>2 dòng giữ nguyên</summary>") != std::string::npos);
  const auto folded = html.find("<details>");
  const auto context = html.find("<tr class=\"depth-1 unchanged\"><td class=\"text old\">Điều 2. Nguyên tắc");
  CHECK(context != std::string::npos);
  CHECK(html.find("</details>", folded) < context);
  CHECK(html.find("<tr class=\"depth-0 unchanged\"><td class=\"text old\">Chương II") != std::string::npos);
  CHECK(html.find("<th>Quy chế hiện hành</th><th>Dự thảo sửa đổi, bổ sung</th><th>Nội dung thay đổi</th>") !=
        std::string::npos);
  const std::string english = render(rasoat::report::writeCompareHtml, fixtureTable(), Language::en);
  CHECK(english.find("<th>Regulation in force</th><th>Draft amendment</th><th>What changed</th>") != std::string::npos);
}

TEST_CASE("the .docx is a WordprocessingML package with a three-column table and marked words",
          "[report][compare][docx]") {
  const std::string bytes = docxBytes(fixtureTable());
  CHECK(zipPart(bytes, "[Content_Types].xml").find("wordprocessingml.document.main+xml") != std::string::npos);
  CHECK(zipPart(bytes, "_rels/.rels").find("Target=\"word/document.xml\"") != std::string::npos);
  pugi::xml_document document;
  REQUIRE(document.load_string(zipPart(bytes, "word/document.xml").c_str()));
  const pugi::xml_node table = mainTable(document);
  REQUIRE(table);
  CHECK(std::distance(table.child("w:tblGrid").children("w:gridCol").begin(),
                      table.child("w:tblGrid").children("w:gridCol").end()) == 3);
  const pugi::xml_node header = table.child("w:tr");
  CHECK(header.child("w:trPr").child("w:tblHeader"));
  std::vector<std::string> headings;
  for (pugi::xml_node cell : header.children("w:tc")) {
    const pugi::xml_node run = cell.child("w:p").child("w:r");
    CHECK(run.child("w:rPr").child("w:b"));
    headings.emplace_back(run.child_value("w:t"));
  }
  CHECK(headings == std::vector<std::string>{"Quy chế hiện hành", "Dự thảo sửa đổi, bổ sung", "Nội dung thay đổi"});
  int struck20 = 0, underlined50 = 0, rows = 0;
  for (pugi::xml_node row : table.children("w:tr")) {
    ++rows;
    CHECK(std::distance(row.children("w:tc").begin(), row.children("w:tc").end()) == 3);
  }
  for (const auto& hit : document.select_nodes("//w:r")) {
    const pugi::xml_node run = hit.node();
    const std::string text = run.child_value("w:t");
    if (run.child("w:rPr").child("w:strike") && text == "20") ++struck20;
    if (run.child("w:rPr").child("w:u") && text == "50") ++underlined50;
  }
  CHECK(struck20 == 2);
  CHECK(underlined50 == 2);
  CHECK(rows == static_cast<int>(fixtureTable().rows.size()) + 1);
  // The hostile text is a text node, not markup.
  CHECK(document.select_node("//w:t[contains(., '<script>alert(')]"));
}

TEST_CASE("the .xlsx is a workbook with the three columns and rich-text marks", "[report][compare][xlsx]") {
  std::ostringstream out;
  REQUIRE(rasoat::report::writeCompareXlsx(fixtureTable(), Language::vi, {}, out).empty());
  const std::string bytes = out.str();
  const std::string strings = zipPart(bytes, "xl/sharedStrings.xml");
  const std::string sheet = zipPart(bytes, "xl/worksheets/sheet1.xml");
  REQUIRE_FALSE(sheet.empty());
  pugi::xml_document shared;
  REQUIRE(shared.load_string(strings.c_str()));
  CHECK(strings.find("Quy chế hiện hành") != std::string::npos);
  CHECK(strings.find("Dự thảo sửa đổi, bổ sung") != std::string::npos);
  CHECK(strings.find("&lt;script&gt;") != std::string::npos);
  // A rich string: the removed "20" struck through.
  bool struck = false;
  for (const auto& hit : shared.select_nodes("//r[rPr/strike]"))
    struck = struck || std::string(hit.node().child_value("t")) == "20";
  CHECK(struck);
  pugi::xml_document worksheet;
  REQUIRE(worksheet.load_string(sheet.c_str()));
  // The title block above the table, as in the .docx, then the header row and a row per table row.
  CHECK(strings.find("ĐẢNG CỘNG SẢN VIỆT NAM") != std::string::npos);
  CHECK(strings.find("BẢNG ĐỐI CHIẾU") != std::string::npos);
  const auto rows = worksheet.select_nodes("//sheetData/row");
  CHECK(rows.size() > fixtureTable().rows.size() + 1);
  CHECK(rows.size() <= fixtureTable().rows.size() + 1 + 8);
}

TEST_CASE("an .xlsx row is given at least the lines LibreOffice wraps its text into", "[report][xlsx][print]") {
  using rasoat::report::wrappedLines;
  // Measured: LibreOffice prints this text (Times New Roman 12 pt, DejaVu
  // Serif standing in) on 6 lines in a column 55 wide, on 16 in one 20 wide.
  const std::string text =
      "Thường trực Đảng ủy quyết định chủ trương đầu tư các dự án đầu tư công trên địa bàn xã có tổng mức đầu tư "
      "dưới 10 tỷ đồng. Ban Chấp hành họp thường lệ 3 tháng một lần, họp bất thường khi cần. Hội nghị Ban Chấp hành "
      "chỉ được tiến hành khi có ít nhất hai phần ba số ủy viên tham dự. NGUYỄN VĂN AN ĐỀ NGHỊ BỔ SUNG.";
  CHECK(wrappedLines(text, 55) >= 6);
  CHECK(wrappedLines(text, 55) <= 7);
  CHECK(wrappedLines(text, 20) >= 16);
  CHECK(wrappedLines(text, 20) <= 18);
  CHECK(wrappedLines("Sửa đổi\nChuyển thẩm quyền\n[A002]", 38) == 3);
  CHECK(wrappedLines("", 38) == 1);
  // The row takes the cell of most lines.
  CHECK(rasoat::report::rowPoints({{"một dòng", 55}, {text, 20}}) >= 16 * rasoat::report::kXlsxLinePoints);
}

TEST_CASE("the .docx prints as an office's: styles, fonts, A4 landscape, margins, page numbers from page 2",
          "[report][compare][docx][print]") {
  const std::string bytes = docxBytes(fixtureTable());
  const std::string types = zipPart(bytes, "[Content_Types].xml");
  for (const char* part : {"/word/styles.xml", "/word/fontTable.xml", "/word/header1.xml", "/word/header2.xml"})
    CHECK(types.find(part) != std::string::npos);
  pugi::xml_document styles;
  REQUIRE(styles.load_string(zipPart(bytes, "word/styles.xml").c_str()));
  const pugi::xml_node defaults = styles.select_node("//w:docDefaults/w:rPrDefault/w:rPr").node();
  CHECK(std::string(defaults.child("w:rFonts").attribute("w:ascii").value()) == "Times New Roman");
  const int points = defaults.child("w:sz").attribute("w:val").as_int() / 2;
  CHECK((points >= 13 && points <= 14));
  CHECK(zipPart(bytes, "word/fontTable.xml").find("<w:altName w:val=\"Liberation Serif\"/>") != std::string::npos);

  pugi::xml_document document;
  REQUIRE(document.load_string(zipPart(bytes, "word/document.xml").c_str()));
  const pugi::xml_node section = document.select_node("//w:body/w:sectPr").node();
  REQUIRE(section);
  CHECK(std::string(section.child("w:pgSz").attribute("w:orient").value()) == "landscape");
  CHECK(section.child("w:pgSz").attribute("w:w").as_int() == 16838);  // A4 long side, in twips
  auto millimetres = [&](const char* side) { return section.child("w:pgMar").attribute(side).as_int() * 25.4 / 1440; };
  CHECK((millimetres("w:top") >= 20 - 0.1 && millimetres("w:top") <= 25));
  CHECK((millimetres("w:bottom") >= 20 - 0.1 && millimetres("w:bottom") <= 25));
  CHECK((millimetres("w:left") >= 30 - 0.1 && millimetres("w:left") <= 35));
  CHECK((millimetres("w:right") >= 15 - 0.1 && millimetres("w:right") <= 20));
  // No number on the first page; centred PAGE field on the others.
  CHECK(section.child("w:titlePg"));
  CHECK(section.select_node("w:headerReference[@w:type='first']"));
  const std::string header = zipPart(bytes, "word/header1.xml");
  CHECK(header.find(" PAGE ") != std::string::npos);
  CHECK(header.find("<w:jc w:val=\"center\"/>") != std::string::npos);

  // Title block: issuing body at the left, the motto, the name of the document.
  const std::string xml = zipPart(bytes, "word/document.xml");
  CHECK(xml.find("ĐẢNG CỘNG SẢN VIỆT NAM") != std::string::npos);
  CHECK(xml.find("BẢNG ĐỐI CHIẾU") != std::string::npos);
  CHECK(xml.find("Quy chế hiện hành: ") != std::string::npos);
  // Every row of the table is kept whole on a page.
  const pugi::xml_node table = mainTable(document);
  for (pugi::xml_node row : table.children("w:tr")) CHECK(row.child("w:trPr").child("w:cantSplit"));
}

TEST_CASE("the .docx takes an STT column, a reason column, and folds unchanged articles on request",
          "[report][compare][docx][print]") {
  const CompareTable table = fixtureTable();
  rasoat::report::CompareLayout layout;
  layout.numberColumn = true;
  layout.reasonColumn = true;
  pugi::xml_document document;
  REQUIRE(document.load_string(zipPart(docxBytes(table, layout), "word/document.xml").c_str()));
  const pugi::xml_node grid = mainTable(document);
  CHECK(count(grid.child("w:tblGrid").children("w:gridCol")) == 5);
  std::vector<std::string> headings;
  for (pugi::xml_node cell : grid.child("w:tr").children("w:tc"))
    headings.emplace_back(cell.child("w:p").child("w:r").child_value("w:t"));
  CHECK(headings == std::vector<std::string>{"STT", "Quy chế hiện hành", "Dự thảo sửa đổi, bổ sung",
                                             "Nội dung thay đổi", "Lý do, giải trình"});

  layout = {};
  layout.foldUnchanged = true;
  pugi::xml_document folded;
  REQUIRE(folded.load_string(zipPart(docxBytes(table, layout), "word/document.xml").c_str()));
  const long rows = count(mainTable(folded).children("w:tr"));
  CHECK(rows < static_cast<long>(table.rows.size()) + 1);  // Điều 1 and its clause fold into one row
  CHECK(folded.select_node("//w:t[starts-with(., 'Giữ nguyên')]"));
}

TEST_CASE("the .xlsx prints landscape on A4, one page wide, header row repeated, rows tall enough",
          "[report][compare][xlsx][print]") {
  std::ostringstream out;
  REQUIRE(rasoat::report::writeCompareXlsx(fixtureTable(), Language::vi, {}, out).empty());
  const std::string bytes = out.str();
  pugi::xml_document sheet;
  REQUIRE(sheet.load_string(zipPart(bytes, "xl/worksheets/sheet1.xml").c_str()));
  const pugi::xml_node setup = sheet.select_node("//pageSetup").node();
  CHECK(std::string(setup.attribute("orientation").value()) == "landscape");
  CHECK(std::string(setup.attribute("paperSize").value()) == "9");
  CHECK(std::string(setup.attribute("fitToHeight").value()) == "0");
  CHECK(sheet.select_node("//sheetPr/pageSetUpPr[@fitToPage='1']"));
  CHECK(zipPart(bytes, "xl/workbook.xml").find("_xlnm.Print_Titles") != std::string::npos);
  // A row with a long clause is taller than a one-line row.
  double tallest = 0;
  for (const auto& hit : sheet.select_nodes("//sheetData/row[@customHeight='1']"))
    tallest = std::max(tallest, hit.node().attribute("ht").as_double());
  CHECK(tallest >= 2 * 15);
  CHECK(zipPart(bytes, "xl/styles.xml").find("Times New Roman") != std::string::npos);
}

TEST_CASE("the CSV starts with a BOM for Excel only on request, and takes the STT column", "[report][compare][csv]") {
  const CompareTable table = fixtureTable();
  CHECK(renderCsv(table).rfind("\xEF\xBB\xBF", 0) != 0);
  rasoat::report::CompareLayout layout;
  layout.byteOrderMark = true;
  layout.numberColumn = true;
  const std::string csv = renderCsv(table, layout);
  CHECK(csv.rfind("\xEF\xBB\xBFSTT,Quy chế hiện hành,", 0) == 0);
  CHECK(csv.find("\r\n1,") != std::string::npos);
}

// Issue 11 trial: a draft that cites the new central rule in place of the
// replaced one (what H005 asks for) showed no change in the table.
TEST_CASE("a change to the legal bases is a row of the comparison table", "[report][compare]") {
  const std::string current =
      "QUY CHẾ LÀM VIỆC\n\n- Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương;\n\n"
      "Điều 1. Phạm vi\n1. Quy chế này quy định chế độ làm việc.\n";
  std::string draft = current;
  draft.replace(draft.find("24-QĐ/TW ngày 30/7/2021"), std::string("24-QĐ/TW ngày 30/7/2021").size(),
                "294-QĐ/TW ngày 26/5/2025");
  auto versions = loadVersions(current, draft);
  rasoat::solver::Session solver(rasoat::testing::shippedLexicon());
  const CompareTable table =
      rasoat::report::buildCompareTable(versions->before, versions->after, rasoat::testing::shippedLexicon(), solver);
  REQUIRE_FALSE(table.rows.empty());
  const auto& row = table.rows.front();
  CHECK(row.beforeLabel == "Căn cứ");
  CHECK(row.amended);
  CHECK(rasoat::report::plainText(row.after).find("294-QĐ/TW") != std::string::npos);
  CHECK(rasoat::report::changeText(row, rasoat::Language::vi, "; ") == "Sửa đổi căn cứ");
  auto same = loadVersions(current, current);
  CHECK(rasoat::report::buildCompareTable(same->before, same->after, rasoat::testing::shippedLexicon(), solver)
            .rows.front()
            .beforeLabel != "Căn cứ");
}
