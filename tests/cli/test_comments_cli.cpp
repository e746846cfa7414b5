#include <catch2/catch.hpp>

#include <zip.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <sstream>

#include "review/sheet_reader.h"
#include "support/cli_helpers.h"
#include "support/parse_helpers.h"

namespace fs = std::filesystem;
using rasoat::testing::fileDigest;
using rasoat::testing::freshTestDirectory;
using rasoat::testing::runRasoat;
using rasoat::testing::shellQuote;
using rasoat::testing::writeFile;

namespace {

const fs::path kDraft = fs::path(RASOAT_SOURCE_DIR) / "tests/fixtures/comments/draft.qc";

// Three reviewers: a semicolon sheet, a comma sheet (the second file of one
// reviewer), and an edited copy of the draft.
struct Reviews {
  fs::path directory, draft, sheetA, sheetB;
  std::string args() const {
    return shellQuote(draft.string()) + " " + shellQuote(sheetA.string()) + " " + shellQuote(sheetB.string());
  }
};

Reviews makeReviews(const std::string& name) {
  Reviews reviews;
  reviews.directory = freshTestDirectory("comments-" + name);
  reviews.draft = reviews.directory / "du-thao.qc";
  fs::copy_file(kDraft, reviews.draft);
  reviews.sheetA = reviews.directory / "chi-bo-2.csv";
  writeFile(reviews.sheetA,
            "Điều, khoản;Ý kiến góp ý;Cơ quan, đơn vị, cá nhân góp ý;Đề xuất sửa\n"
            "Điều 3 khoản 1;Nên nâng ngưỡng;Chi bộ khu phố 2;Quyết định chủ trương đầu tư các dự án có tổng mức "
            "đầu tư từ 30 tỷ đồng trở lên.\n"
            "điểm a khoản 2 Điều 2;Bổ sung \"dân chủ\";Chi bộ khu phố 2;\n"
            "Chung;Rà soát chính tả;Chi bộ khu phố 2;\n"
            "Điều 9;Điều này không có;Chi bộ khu phố 2;\n");
  reviews.sheetB = reviews.directory / "ban-tuyen-giao.csv";
  writeFile(reviews.sheetB,
            "Điều khoản,Ý kiến,Người góp ý,Đề xuất sửa\n"
            "Điều 1,Tên điều nên rõ hơn,Ban Tuyên giáo,Phạm vi điều chỉnh và đối tượng áp dụng\n"
            "khoản 1 Điều 3,Giữ nguyên mức khác,Ban Tuyên giáo,Quyết định chủ trương đầu tư các dự án có tổng mức "
            "đầu tư từ 25 tỷ đồng trở lên.\n"
            "Điều 4 khoản 2,Nhất trí,chi bộ khu phố 2,\n");
  return reviews;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The row of a workbook's table that holds its headings ("STT" first).
std::size_t headerRow(const rasoat::review::SheetRows& rows) {
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (!rows[r].empty() && rows[r][0] == "STT") return r;
  }
  return rows.size();
}

// One part of an office file (a zip archive), or "" when there is none.
std::string zipPart(const fs::path& path, const std::string& name) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (!archive) return "";
  std::string bytes;
  zip_stat_t stat;
  if (zip_stat(archive, name.c_str(), 0, &stat) == 0) {
    bytes.resize(stat.size);
    zip_file_t* file = zip_fopen(archive, name.c_str(), 0);
    if (!file || zip_fread(file, bytes.data(), stat.size) != static_cast<zip_int64_t>(stat.size)) bytes.clear();
    if (file) zip_fclose(file);
  }
  zip_close(archive);
  return bytes;
}

}  // namespace

TEST_CASE("comments lists every comment once under its unit, in the draft's order, with its reviewer",
          "[cli][comments]") {
  const Reviews reviews = makeReviews("order");
  const auto run = runRasoat("comments " + reviews.args() + " --format json");
  REQUIRE(run.status == 0);
  const auto json = nlohmann::json::parse(run.out);
  std::vector<std::pair<std::string, std::string>> seen;
  for (const auto& entry : json["entries"]) seen.emplace_back(entry["unit"], entry["comment"]);
  const std::vector<std::pair<std::string, std::string>> expected{
      {"", "Rà soát chính tả"},
      {"", "Điều này không có"},  // Điều 9 is not in the draft: kept, under "chung"
      {"Điều 1", "Tên điều nên rõ hơn"},
      {"Điều 2 khoản 2 điểm a", "Bổ sung \"dân chủ\""},
      {"Điều 3 khoản 1", "Nên nâng ngưỡng"},
      {"Điều 3 khoản 1", "Giữ nguyên mức khác"},
      {"Điều 4 khoản 2", "Nhất trí"}};
  CHECK(seen == expected);
  // One reviewer in two files, written in two cases, is one reviewer.
  CHECK(json["reviewers"].size() == 2);
  CHECK(json["unitsCommented"] == 4);
  CHECK(json["proposals"] == 3);
}

TEST_CASE("a proposal that opens a gap is flagged with the code and witness; a harmless one is not",
          "[cli][comments]") {
  const Reviews reviews = makeReviews("flags");
  const auto run = runRasoat("comments " + reviews.args() + " --format json");
  REQUIRE(run.status == 0);
  const auto json = nlohmann::json::parse(run.out);
  for (const auto& entry : json["entries"]) {
    if (!entry.contains("proposal")) continue;
    INFO(entry.dump());
    if (entry["unit"] == "Điều 1") {
      CHECK(entry["findings"]["adds"].empty());
      CHECK_FALSE(entry.contains("answer"));
    } else {
      // 20 → 30 or 25 leaves 20..30 to nobody: G002, with the witness.
      REQUIRE_FALSE(entry["findings"]["adds"].empty());
      CHECK(entry["findings"]["adds"][0]["code"] == "G002");
      CHECK(entry["findings"]["adds"][0]["witness"].get<std::string>().find("tỷ") != std::string::npos);
      CHECK(entry["answer"].get<std::string>().rfind("Đề nghị không tiếp thu:", 0) == 0);
      CHECK(entry["answer"].get<std::string>().find("(G002)") != std::string::npos);
      // 30 and 25 change the same number differently.
      CHECK(entry["competing"].size() == 1);
    }
  }
  REQUIRE(json.contains("allAccepted"));
  CHECK(json["allAccepted"]["adds"][0]["code"] == "G002");
}

TEST_CASE("the .md, .html and .xlsx tables hold the same entries", "[cli][comments]") {
  const Reviews reviews = makeReviews("formats");
  const fs::path md = reviews.directory / "tong-hop.md", html = reviews.directory / "tong-hop.html",
                 xlsx = reviews.directory / "tong-hop.xlsx";
  REQUIRE(runRasoat("comments " + reviews.args() + " -o " + shellQuote(md.string())).status == 0);
  REQUIRE(runRasoat("comments " + reviews.args() + " -o " + shellQuote(html.string())).status == 0);
  REQUIRE(runRasoat("comments " + reviews.args() + " -o " + shellQuote(xlsx.string())).status == 0);
  const std::string markdown = slurp(md), page = slurp(html);
  CHECK(markdown.find("| STT | Điều, khoản (nội dung dự thảo) | Ý kiến góp ý | Cơ quan, đơn vị, cá nhân góp ý | "
                      "Tiếp thu / giải trình |") != std::string::npos);
  CHECK(markdown.find("<del>20</del><ins>30</ins>") != std::string::npos);
  CHECK(page.find("<del>20</del><ins>30</ins>") != std::string::npos);
  const auto rows = rasoat::review::readXlsx(xlsx.string());
  const std::size_t header = headerRow(rows);
  REQUIRE(header < rows.size());
  int entries = 0;
  for (std::size_t r = header + 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.size() >= 4 && !row[0].empty() && std::isdigit(static_cast<unsigned char>(row[0][0]))) {
      ++entries;
      CHECK(markdown.find("| " + row[0] + " |") != std::string::npos);
      CHECK(page.find("<td>" + row[3] + "</td>") != std::string::npos);
    }
  }
  CHECK(entries == 7);
  CHECK(count(markdown, "Đề nghị không tiếp thu") == 2);
  CHECK(count(page, "Đề nghị không tiếp thu") == 2);
  CHECK(count(markdown, "\n| ") == 8);  // the heading and seven entries
}

TEST_CASE("an unreadable sheet is named and the others are still merged", "[cli][comments]") {
  const Reviews reviews = makeReviews("unreadable");
  const fs::path broken = reviews.directory / "hong.csv";
  writeFile(broken, "Điều 1;\"chưa đóng\n");
  const fs::path missing = reviews.directory / "khong-co.xlsx";
  const fs::path missingCopy = reviews.directory / "khong-co.docx";
  const std::string args = reviews.args() + " " + shellQuote(broken.string()) + " " + shellQuote(missing.string()) +
                           " " + shellQuote(missingCopy.string());
  const auto run = runRasoat("comments " + args + " --format json");
  CHECK(run.status == 2);
  CHECK(run.err.find("hong.csv:1: error") != std::string::npos);
  CHECK(run.err.find("khong-co.xlsx") != std::string::npos);
  const auto json = nlohmann::json::parse(run.out);
  CHECK(json["entries"].size() == 7);
  // Each file named with why it was not read, in JSON and in every table.
  const std::vector<std::string> expected{broken.string() + ":1: dấu ngoặc kép",
                                          missing.string() + ": không có tệp này",
                                          missingCopy.string() + ": không tìm thấy tệp"};
  REQUIRE(json["skipped"].size() == 3);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO(json["skipped"][i]);
    CHECK(json["skipped"][i].get<std::string>().rfind(expected[i], 0) == 0);
  }
  const auto text = runRasoat("comments " + args);
  CHECK(text.out.find(missingCopy.string() + ": không tìm thấy tệp") != std::string::npos);
  const fs::path html = reviews.directory / "tong-hop.html";
  runRasoat("comments " + args + " -o " + shellQuote(html.string()));
  CHECK(slurp(html).find("khong-co.docx: không tìm thấy tệp") != std::string::npos);
}

TEST_CASE("an edited copy of the draft gives its changes as proposals, even renumbered", "[cli][comments]") {
  const Reviews reviews = makeReviews("copy");
  std::string copy = rasoat::testing::readFile(kDraft.string());
  // The reviewer inserted an article before Điều 3 (so 3 became 4) and raised a threshold.
  const auto at = copy.find("Điều 3.");
  copy.insert(at, "Điều 3. Trách nhiệm của Bí thư\n1. Chủ trì các hội nghị của Ban Chấp hành.\n\n");
  auto replace = [&](const std::string& from, const std::string& to) {
    copy.replace(copy.find(from), from.size(), to);
  };
  replace("Điều 3. Trách nhiệm, quyền hạn của Ban Thường vụ", "Điều 4. Trách nhiệm, quyền hạn của Ban Thường vụ");
  replace("Điều 4. Trách nhiệm, quyền hạn của Thường trực", "Điều 5. Trách nhiệm, quyền hạn của Thường trực");
  replace("dưới 20 tỷ", "dưới 15 tỷ");
  const fs::path edited = reviews.directory / "dong-chi-ha.qc";
  writeFile(edited, copy);
  const auto run = runRasoat("comments " + shellQuote(reviews.draft.string()) + " " + shellQuote(edited.string()) +
                             " --format json");
  REQUIRE(run.status == 0);
  const auto json = nlohmann::json::parse(run.out);
  bool threshold = false, added = false;
  for (const auto& entry : json["entries"]) {
    CHECK(entry["reviewer"] == "dong-chi-ha");
    if (entry.contains("proposal") && entry["unit"] == "Điều 4 khoản 1") {
      threshold = true;
      CHECK(entry["findings"]["adds"][0]["code"] == "G002");
    }
    if (entry["comment"].get<std::string>().find("Chủ trì") != std::string::npos) added = true;
  }
  CHECK(threshold);
  CHECK(added);
}

TEST_CASE("a copy of another document is reported and skipped, not merged", "[cli][comments]") {
  const Reviews reviews = makeReviews("other");
  const fs::path other = reviews.directory / "khac.qc";
  writeFile(other,
            "QUY CHẾ LÀM VIỆC\ncủa Chi bộ thôn Đông\n\nĐiều 1. Sinh hoạt chi bộ\nChi bộ sinh hoạt mỗi tháng một "
            "lần.\n\nĐiều 2. Đảng viên\n1. Đảng viên dự sinh hoạt đầy đủ.\n2. Đảng viên nộp đảng phí.\n3. Đảng viên "
            "học tập nghị quyết.\n4. Đảng viên giữ gìn đoàn kết.\n");
  const auto run = runRasoat("comments " + reviews.args() + " " + shellQuote(other.string()) + " --format json");
  CHECK(run.status == 0);
  CHECK(run.err.find("khac.qc: warning") != std::string::npos);
  const auto json = nlohmann::json::parse(run.out);
  CHECK(json["entries"].size() == 7);
  REQUIRE(json["skipped"].size() == 1);
}

TEST_CASE("comments never writes over an input", "[cli][comments]") {
  const Reviews reviews = makeReviews("inputs");
  const std::string before = fileDigest(reviews.sheetA);
  const auto over = runRasoat("comments " + reviews.args() + " --format md -o " + shellQuote(reviews.sheetA.string()));
  CHECK(over.status == 2);
  CHECK(fileDigest(reviews.sheetA) == before);
  const auto binary = runRasoat("comments " + reviews.args() + " --format xlsx");
  CHECK(binary.status == 2);
  CHECK(binary.out.empty());
}

TEST_CASE("the .docx table is an office table: header row repeated, words marked, every entry", "[cli][comments]") {
  const Reviews reviews = makeReviews("docx");
  const fs::path docx = reviews.directory / "tong-hop.docx";
  REQUIRE(runRasoat("comments " + reviews.args() + " -o " + shellQuote(docx.string())).status == 0);
  int error = 0;
  zip_t* archive = zip_open(docx.c_str(), ZIP_RDONLY, &error);
  REQUIRE(archive != nullptr);
  zip_stat_t stat;
  REQUIRE(zip_stat(archive, "word/document.xml", 0, &stat) == 0);
  std::string xml(stat.size, '\0');
  zip_file_t* file = zip_fopen(archive, "word/document.xml", 0);
  REQUIRE(zip_fread(file, xml.data(), stat.size) == static_cast<zip_int64_t>(stat.size));
  zip_fclose(file);
  zip_close(archive);
  CHECK(xml.find("w:tblHeader") != std::string::npos);
  CHECK(xml.find("w:orient=\"landscape\"") != std::string::npos);
  CHECK(xml.find("Cơ quan, đơn vị, cá nhân góp ý") != std::string::npos);
  CHECK(xml.find("w:strike") != std::string::npos);
  CHECK(count(xml, "Đề nghị không tiếp thu") == 2);
  CHECK(count(xml, "Chi bộ khu phố 2</w:t>") == 5);  // "chi bộ khu phố 2" of the other sheet too: one reviewer
}

TEST_CASE("the text output is compact: one block per unit, the summary last", "[cli][comments]") {
  const Reviews reviews = makeReviews("text");
  const auto run = runRasoat("comments " + reviews.args());
  REQUIRE(run.status == 0);
  CHECK(run.out.find("Điều 3 khoản 1\n  5. Chi bộ khu phố 2: Nên nâng ngưỡng") != std::string::npos);
  CHECK(run.out.find("-20-+30+") != std::string::npos);
  CHECK(run.out.find("7 ý kiến") != std::string::npos);
}

TEST_CASE("the .xlsx table prints whole: title block and counts on top, rows as high as their text, one font",
          "[cli][comments][xlsx]") {
  const Reviews reviews = makeReviews("xlsx-print");
  const fs::path xlsx = reviews.directory / "tong-hop.xlsx";
  REQUIRE(runRasoat("comments " + reviews.args() + " -o " + shellQuote(xlsx.string())).status == 0);
  const auto rows = rasoat::review::readXlsx(xlsx.string());
  const std::size_t header = headerRow(rows);
  REQUIRE(header < rows.size());
  // The title block and the counts above the table, as in the .docx.
  std::string above;
  for (std::size_t r = 0; r < header; ++r) {
    for (const auto& cell : rows[r]) above += cell + "\n";
  }
  CHECK(above.find("ĐẢNG CỘNG SẢN VIỆT NAM") != std::string::npos);
  CHECK(above.find("BIỂU TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý") != std::string::npos);
  CHECK(above.find("7 ý kiến") != std::string::npos);
  const std::string sheet = zipPart(xlsx, "xl/worksheets/sheet1.xml");
  REQUIRE_FALSE(sheet.empty());
  // Every row written has its own height (a program's text does not grow a row).
  CHECK(count(sheet, "\" spans=") > 10);  // the rows holding cells
  CHECK(count(sheet, "\" spans=") == count(sheet, "customHeight=\"1\""));
  // The lines over the table's width (the name, the draft, the counts, and
  // under the table every proposal accepted) are merged cells that wrap,
  // not text running off the page.
  const std::regex wide("<mergeCell ref=\"A([0-9]+):E\\1\"/>");
  CHECK(std::distance(std::sregex_iterator(sheet.begin(), sheet.end(), wide), std::sregex_iterator()) == 4);
  // Every run of a rich string (the proposal's marked words) in the cell's Times New Roman.
  const std::string strings = zipPart(xlsx, "xl/sharedStrings.xml");
  REQUIRE(count(strings, "<r>") > 0);
  CHECK(count(strings, "<r>") == count(strings, "<rFont val=\"Times New Roman\"/>"));
}

TEST_CASE("a reviewer merged from several spellings is shown in one, the best-cased", "[cli][comments]") {
  const Reviews reviews = makeReviews("spellings");
  const fs::path sheet = reviews.directory / "ten.csv";
  writeFile(sheet,
            "Điều, khoản;Ý kiến góp ý;Cơ quan, đơn vị, cá nhân góp ý\n"
            "Điều 1;Một;NGUYỄN VĂN AN\n"
            "Điều 2;Hai;nguyễn văn an\n"
            "Điều 3;Ba;Nguyễn Văn An\n"
            "Điều 4;Bốn;Hoàng Văn Hoà\n"
            "Điều 4;Năm;Hoàng Văn Hòa\n");
  const auto run =
      runRasoat("comments " + shellQuote(reviews.draft.string()) + " " + shellQuote(sheet.string()) + " --format json");
  REQUIRE(run.status == 0);
  const auto json = nlohmann::json::parse(run.out);
  std::set<std::string> shown;
  for (const auto& entry : json["entries"]) shown.insert(entry["reviewer"].get<std::string>());
  CHECK(shown == std::set<std::string>{"Nguyễn Văn An", "Hoàng Văn Hoà"});
  CHECK(json["reviewers"] == nlohmann::json::array({"Nguyễn Văn An", "Hoàng Văn Hoà"}));
  const auto text = runRasoat("comments " + shellQuote(reviews.draft.string()) + " " + shellQuote(sheet.string()));
  CHECK(text.out.find("NGUYỄN") == std::string::npos);
  CHECK(text.out.find("Hòa") == std::string::npos);
}

TEST_CASE("a file given twice, or a byte-identical copy, is merged once and the duplicate named with a warning",
          "[cli][comments]") {
  const Reviews reviews = makeReviews("duplicates");
  const fs::path copy = reviews.directory / "ban-sao.csv";
  fs::copy_file(reviews.sheetA, copy);
  const auto run = runRasoat("comments " + reviews.args() + " " + shellQuote(reviews.sheetA.string()) + " " +
                             shellQuote(copy.string()) + " --format json");
  CHECK(run.status == 0);
  const auto json = nlohmann::json::parse(run.out);
  CHECK(json["entries"].size() == 7);
  REQUIRE(json["skipped"].size() == 2);
  CHECK(run.err.find("ban-sao.csv: warning: giống hệt " + reviews.sheetA.string()) != std::string::npos);
  for (const auto& skipped : json["skipped"])
    CHECK(skipped.get<std::string>().find("chi-bo-2.csv (cùng một tệp hoặc một bản sao)") != std::string::npos);
}

TEST_CASE("the summary's parts add up when a row has both a comment and a wording", "[cli][comments]") {
  const Reviews reviews = makeReviews("summary");
  const auto run = runRasoat("comments " + reviews.args());
  REQUIRE(run.status == 0);
  // Seven entries: three rows with a comment and a wording, four with a comment only.
  CHECK(run.out.find("7 ý kiến (4 góp ý, 3 góp ý kèm đề xuất sửa)") != std::string::npos);
  const auto json = nlohmann::json::parse(runRasoat("comments " + reviews.args() + " --format json").out);
  CHECK(json["commentsWithProposal"] == 3);
}

TEST_CASE("a sheet's comment of several lines keeps its lines in the text and HTML tables", "[cli][comments]") {
  const Reviews reviews = makeReviews("lines");
  const fs::path sheet = reviews.directory / "nhieu-dong.csv";
  writeFile(sheet,
            "Điều, khoản;Ý kiến góp ý;Cơ quan, đơn vị, cá nhân góp ý\n"
            "Điều 1;\"Đề nghị quy định thời hạn báo cáo\n(chậm nhất 5 ngày làm việc).\";Ban Tuyên giáo\n");
  const std::string args = shellQuote(reviews.draft.string()) + " " + shellQuote(sheet.string());
  const auto text = runRasoat("comments " + args);
  REQUIRE(text.status == 0);
  CHECK(text.out.find("U+000A") == std::string::npos);
  CHECK(text.out.find("thời hạn báo cáo\n     (chậm nhất") != std::string::npos);
  const fs::path html = reviews.directory / "tong-hop.html";
  REQUIRE(runRasoat("comments " + args + " -o " + shellQuote(html.string())).status == 0);
  CHECK(slurp(html).find("thời hạn báo cáo<br>(chậm nhất") != std::string::npos);
}

TEST_CASE("the .docx names a unit again on each of its later entries, so none is orphaned by a page break",
          "[cli][comments]") {
  const Reviews reviews = makeReviews("continued");
  const fs::path docx = reviews.directory / "tong-hop.docx";
  REQUIRE(runRasoat("comments " + reviews.args() + " -o " + shellQuote(docx.string())).status == 0);
  const std::string xml = zipPart(docx, "word/document.xml");
  // "Chung" has two entries, Điều 3 khoản 1 two.
  CHECK(xml.find("Chung (tiếp)</w:t>") != std::string::npos);
  CHECK(xml.find("Điều 3 khoản 1 (tiếp)</w:t>") != std::string::npos);
}

namespace {

// The entry whose comment starts with `start`, or null.
const nlohmann::json* entryStarting(const nlohmann::json& json, const std::string& start) {
  for (const auto& entry : json["entries"]) {
    if (entry["comment"].get<std::string>().rfind(start, 0) == 0) return &entry;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a clause a copy adds is checked as if accepted: an overlap is flagged with O001 and its witness",
          "[cli][comments]") {
  const Reviews reviews = makeReviews("added-overlap");
  std::string copy = rasoat::testing::readFile(kDraft.string());
  // Thường trực given 15–30 tỷ next to Ban Thường vụ's from 20 tỷ.
  copy += "3. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư từ 15 tỷ đến 30 tỷ đồng.\n";
  const fs::path edited = reviews.directory / "dong-chi-lan.qc";
  writeFile(edited, copy);
  const auto run = runRasoat("comments " + shellQuote(reviews.draft.string()) + " " + shellQuote(edited.string()) +
                             " --format json");
  REQUIRE(run.status == 0);
  const auto json = nlohmann::json::parse(run.out);
  const nlohmann::json* added = entryStarting(json, "Đề nghị bổ sung Điều 4 khoản 3: ");
  REQUIRE(added);
  INFO(added->dump(1));
  REQUIRE(added->contains("findings"));
  REQUIRE((*added)["findings"]["adds"].size() == 1);
  CHECK((*added)["findings"]["adds"][0]["code"] == "O001");
  CHECK((*added)["findings"]["adds"][0]["witness"].get<std::string>().find("tỷ") != std::string::npos);
  CHECK((*added)["answer"].get<std::string>().rfind("Đề nghị không tiếp thu:", 0) == 0);
  CHECK((*added)["answer"].get<std::string>().find("(O001)") != std::string::npos);
  REQUIRE(json.contains("allAccepted"));
  CHECK((*added)["findings"]["adds"] == json["allAccepted"]["adds"]);
}

TEST_CASE("a harmless clause a copy adds is checked and adds no error", "[cli][comments]") {
  const Reviews reviews = makeReviews("added-harmless");
  std::string copy = rasoat::testing::readFile(kDraft.string());
  const std::string after = "b) Xem xét báo cáo của Ban Thường vụ.\n";
  copy.insert(copy.find(after) + after.size(), "3. Ban Chấp hành họp bất thường khi cần thiết.\n");
  const fs::path edited = reviews.directory / "dong-chi-binh.qc";
  writeFile(edited, copy);
  const auto run = runRasoat("comments " + shellQuote(reviews.draft.string()) + " " + shellQuote(edited.string()) +
                             " --format json");
  REQUIRE(run.status == 0);
  const auto json = nlohmann::json::parse(run.out);
  const nlohmann::json* added = entryStarting(json, "Đề nghị bổ sung Điều 2 khoản 3: ");
  REQUIRE(added);
  INFO(added->dump(1));
  REQUIRE(added->contains("findings"));
  for (const auto& finding : (*added)["findings"]["adds"]) CHECK(finding["severity"] != "error");
  CHECK_FALSE(added->contains("answer"));
  CHECK(json.contains("allAccepted"));
}

TEST_CASE("a clause a copy drops is checked as if accepted: a range left to nobody is flagged with G002",
          "[cli][comments]") {
  const fs::path directory = freshTestDirectory("comments-dropped-gap");
  // Thường trực decides below 10 tỷ and from 10 to 20 tỷ; Ban Thường vụ from 20 tỷ.
  std::string draft = rasoat::testing::readFile(kDraft.string());
  const std::string below20 = "tổng mức đầu tư dưới 20 tỷ đồng.";
  draft.replace(draft.find(below20), below20.size(), "tổng mức đầu tư dưới 10 tỷ đồng.");
  const std::string middle =
      "3. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư từ 10 tỷ đồng đến dưới 20 tỷ đồng.\n";
  writeFile(directory / "du-thao.qc", draft + middle);
  writeFile(directory / "dong-chi-tam.qc", draft);  // the reviewer deleted khoản 3
  const auto run = runRasoat("comments " + shellQuote((directory / "du-thao.qc").string()) + " " +
                             shellQuote((directory / "dong-chi-tam.qc").string()) + " --format json");
  REQUIRE(run.status == 0);
  const auto json = nlohmann::json::parse(run.out);
  const nlohmann::json* dropped = entryStarting(json, "Đề nghị bỏ Điều 4 khoản 3");
  REQUIRE(dropped);
  INFO(dropped->dump(1));
  REQUIRE(dropped->contains("findings"));
  REQUIRE_FALSE((*dropped)["findings"]["adds"].empty());
  CHECK((*dropped)["findings"]["adds"][0]["code"] == "G002");
  CHECK((*dropped)["findings"]["adds"][0]["witness"].get<std::string>().find("10 tỷ") != std::string::npos);
  CHECK((*dropped)["answer"].get<std::string>().find("(G002)") != std::string::npos);
  REQUIRE(json.contains("allAccepted"));
  CHECK(json["allAccepted"]["adds"][0]["code"] == "G002");
}

TEST_CASE("a proposal that moves the witness of a finding the draft has lists it as changed in every format",
          "[cli][comments]") {
  const fs::path directory = freshTestDirectory("comments-changed-witness");
  // Ban Thường vụ from 10 tỷ, Thường trực below 15 tỷ: an overlap from 10 tỷ.
  std::string draft = rasoat::testing::readFile(kDraft.string());
  const auto replace = [&](const std::string& from, const std::string& to) {
    draft.replace(draft.find(from), from.size(), to);
  };
  replace("từ 20 tỷ đồng trở lên", "từ 10 tỷ đồng trở lên");
  replace("dưới 20 tỷ đồng", "dưới 15 tỷ đồng");
  const fs::path draftPath = directory / "du-thao.qc", sheet = directory / "chi-bo-1.csv";
  writeFile(draftPath, draft);
  // The overlap now starts at 12 tỷ: the same finding, another witness.
  writeFile(sheet,
            "Điều khoản,Ý kiến,Người góp ý,Đề xuất sửa\n"
            "Điều 4 khoản 1,Thu hẹp,Chi bộ 1,Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư từ 12 tỷ "
            "đồng đến dưới 15 tỷ đồng.\n");
  const std::string args = shellQuote(draftPath.string()) + " " + shellQuote(sheet.string());
  const auto run = runRasoat("comments " + args + " --format json");
  REQUIRE(run.status == 0);
  const auto json = nlohmann::json::parse(run.out);
  REQUIRE(json["entries"].size() == 1);
  const auto& entry = json["entries"][0];
  INFO(entry.dump(1));
  CHECK(entry["findings"]["adds"].empty());
  CHECK(entry["findings"]["removes"].empty());
  REQUIRE(entry["findings"].contains("changes"));
  REQUIRE(entry["findings"]["changes"].size() == 1);
  CHECK(entry["findings"]["changes"][0]["code"] == "O001");
  CHECK(entry["findings"]["changes"][0]["witness"].get<std::string>().find("12 tỷ") != std::string::npos);
  CHECK(entry["findings"]["changes"][0]["witnessBefore"].get<std::string>().find("10 tỷ") != std::string::npos);
  CHECK_FALSE(entry.contains("answer"));
  CHECK(json["allAccepted"]["changes"].size() == 1);

  const std::string changed = "Nếu tiếp thu, thay đổi: O001";
  const auto text = runRasoat("comments " + args);
  REQUIRE(text.status == 0);
  CHECK(text.out.find(changed) != std::string::npos);
  CHECK(text.out.find("Tiếp thu tất cả đề xuất: thay đổi O001") != std::string::npos);
  CHECK(text.out.find("không thêm, không bớt") == std::string::npos);
  for (const std::string extension : {"md", "html", "docx", "xlsx"}) {
    const fs::path out = directory / ("tong-hop." + extension);
    REQUIRE(runRasoat("comments " + args + " -o " + shellQuote(out.string())).status == 0);
    std::string written = extension == "docx" ? zipPart(out, "word/document.xml") : slurp(out);
    if (extension == "xlsx") {
      written.clear();
      for (const auto& row : rasoat::review::readXlsx(out.string())) {
        for (const auto& cell : row) written += cell + "\n";
      }
    }
    INFO(extension);
    CHECK(written.find(changed) != std::string::npos);
    CHECK(written.find("12 tỷ") != std::string::npos);
  }
}
