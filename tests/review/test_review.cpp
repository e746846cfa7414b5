#include <catch2/catch.hpp>

#include <zip.h>

#include <filesystem>

#include "base/input_error.h"
#include "review/proposal.h"
#include "review/sheet_reader.h"
#include "review/synthesis.h"
#include "review/unit_index.h"
#include "support/cli_helpers.h"
#include "support/parse_helpers.h"

namespace fs = std::filesystem;
using namespace rasoat;
using rasoat::review::SheetColumn;

namespace {

const std::string kDraft =
    "QUY CHẾ LÀM VIỆC\n"
    "của Ban Chấp hành Đảng bộ phường An Hòa\n"
    "\n"
    "Điều 1. Phạm vi điều chỉnh\n"
    "Quy chế này quy định chế độ làm việc.\n"
    "\n"
    "Điều 2. Trách nhiệm của Ban Thường vụ\n"
    "1. Quyết định các dự án có tổng mức đầu tư từ 20 tỷ đồng trở lên.\n"
    "2. Ban Thường vụ họp thường lệ mỗi tháng một lần:\n"
    "a) Thảo luận các vấn đề quan trọng;\n"
    "b) Xem xét báo cáo của Thường trực.\n";

// A workbook as a spreadsheet program writes it: shared strings, an inline
// string, a number, and a cell that skips a column.
void writeWorkbook(const fs::path& path, const std::string& sharedStrings, const std::string& sheet) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(archive != nullptr);
  // libzip reads a buffer source only at zip_close: every buffer must outlive it.
  const std::string types = "<?xml version=\"1.0\"?><Types/>";
  auto add = [&](const char* name, const std::string& bytes) {
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    REQUIRE(zip_file_add(archive, name, source, ZIP_FL_OVERWRITE) >= 0);
  };
  add("[Content_Types].xml", types);
  if (!sharedStrings.empty()) add("xl/sharedStrings.xml", sharedStrings);
  add("xl/worksheets/sheet1.xml", sheet);
  REQUIRE(zip_close(archive) == 0);
}

}  // namespace

TEST_CASE("a semicolon sheet with commas in its headings is split on semicolons", "[review][sheet]") {
  const auto rows = review::parseCsv("s.csv",
                                     "\xEF\xBB\xBF"
                                     "Điều, khoản;Ý kiến góp ý;Cơ quan, đơn vị, cá nhân góp ý\n"
                                     "Điều 2 khoản 1;Nâng ngưỡng;Chi bộ 2\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].size() == 3);
  CHECK(rows[0][0] == "Điều, khoản");
  CHECK(rows[1][1] == "Nâng ngưỡng");
}

TEST_CASE("quoted fields keep separators, line breaks and doubled quotes; a quote inside a field is text",
          "[review][sheet]") {
  const auto rows = review::parseCsv("s.csv", "a,\"b, \"\"c\"\"\nd\",e \"f\" g\r\n");
  REQUIRE(rows.size() == 1);
  REQUIRE(rows[0].size() == 3);
  CHECK(rows[0][1] == "b, \"c\"\nd");
  CHECK(rows[0][2] == "e \"f\" g");
}

TEST_CASE("a quote never closed is an input error at the line it opens", "[review][sheet]") {
  try {
    review::parseCsv("s.csv", "a,b\nc,\"d\ne\n");
    FAIL("no error");
  } catch (const InputError& error) {
    CHECK(error.path() == "s.csv");
    REQUIRE(error.position());
    CHECK(error.position()->line == 2);
  }
}

TEST_CASE("heading cells name their column by the longest phrase they hold", "[review][sheet]") {
  const auto headings = review::SheetHeadings::loadDefault();
  CHECK(headings.columnOf("Điều, khoản") == SheetColumn::unit);
  CHECK(headings.columnOf("Ý kiến góp ý") == SheetColumn::comment);
  CHECK(headings.columnOf("Cơ quan, đơn vị, cá nhân góp ý") == SheetColumn::reviewer);
  CHECK(headings.columnOf("NỘI DUNG ĐỀ XUẤT SỬA ĐỔI") == SheetColumn::wording);
  CHECK_FALSE(headings.columnOf("Ghi chú"));
}

TEST_CASE("a sheet without a heading row is read as unit, comment, reviewer, wording", "[review][sheet]") {
  const auto headings = review::SheetHeadings::loadDefault();
  const auto items = review::sheetItems(
      "/tmp/ban-to-chuc.csv", {{"Điều 2 khoản 1", "Nâng ngưỡng", "", "mới"}, {"Điều 1", "", "", ""}}, headings);
  REQUIRE(items.size() == 1);  // the row with neither comment nor wording is no item
  CHECK(items[0].unitText == "Điều 2 khoản 1");
  CHECK(items[0].reviewer == "ban-to-chuc");  // no reviewer: the file's name
  REQUIRE(items[0].wording);
  CHECK(items[0].wording->text == "mới");
  CHECK(items[0].line == 1);
}

TEST_CASE("an .xlsx sheet is read from its shared strings, inline strings and cell references", "[review][sheet]") {
  const fs::path directory = testing::freshTestDirectory("review-xlsx");
  const fs::path path = directory / "gop-y.xlsx";
  writeWorkbook(path,
                "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                "<si><t>Điều, khoản</t></si><si><t>Ý kiến</t></si><si><r><t>Người </t></r><r><t>góp ý</t></r></si>"
                "<si><t>khoản 1 Điều 2</t></si></sst>",
                "<?xml version=\"1.0\"?><worksheet "
                "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                "<c r=\"D1\" t=\"s\"><v>2</v></c></row>"
                "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>Nâng lên 30 "
                "tỷ</t></is></c><c r=\"D2\" t=\"inlineStr\"><is><t>Chi bộ 2</t></is></c></row>"
                "<row r=\"3\"><c r=\"A3\"><v>7</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>Số</t></is></c></row>"
                "</sheetData></worksheet>");
  const auto items = review::readSheet(path.string(), review::SheetHeadings::loadDefault());
  REQUIRE(items.size() == 2);
  CHECK(items[0].unitText == "khoản 1 Điều 2");
  CHECK(items[0].comment == "Nâng lên 30 tỷ");
  CHECK(items[0].reviewer == "Chi bộ 2");
  CHECK(items[1].unitText == "7");
  CHECK(items[1].reviewer == "gop-y");
}

TEST_CASE("a file that is not a workbook, or one without a worksheet, is an input error naming it", "[review][sheet]") {
  const fs::path directory = testing::freshTestDirectory("review-bad-xlsx");
  testing::writeFile(directory / "text.xlsx", "Điều 1;ý kiến\n");
  CHECK_THROWS_AS(review::readXlsx((directory / "text.xlsx").string()), InputError);
  int error = 0;
  zip_t* archive = zip_open((directory / "empty.xlsx").c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  const std::string bytes = "<Types/>";
  zip_file_add(archive, "[Content_Types].xml", zip_source_buffer(archive, bytes.data(), bytes.size(), 0), 0);
  zip_close(archive);
  try {
    review::readXlsx((directory / "empty.xlsx").string());
    FAIL("no error");
  } catch (const InputError& failure) {
    CHECK(failure.path() == (directory / "empty.xlsx").string());
  }
}

TEST_CASE("a unit is found by its name in either order; an unknown one is the document", "[review][place]") {
  const auto parsed = testing::parseString(kDraft);
  const review::UnitIndex index(parsed.document);
  CHECK(index.named("Điều 2 khoản 1").label == "Điều 2 khoản 1");
  CHECK(index.named("khoản 1, Điều 2").label == "Điều 2 khoản 1");
  CHECK(index.named("điểm b khoản 2 Điều 2").label == "Điều 2 khoản 2 điểm b");
  CHECK(index.named("ĐIỀU 1").label == "Điều 1");
  CHECK(index.named("Điều 9").depth == 0);
  CHECK(index.named("Chung").depth == 0);
  CHECK(index.named("").depth == 0);
}

TEST_CASE("lines spanning two clauses belong to their article; lines in a point to the point", "[review][place]") {
  const auto parsed = testing::parseString(kDraft);
  const review::UnitIndex index(parsed.document);
  CHECK(index.holding(8, 9).label == "Điều 2");
  CHECK(index.holding(10, 10).label == "Điều 2 khoản 2 điểm a");
  CHECK(index.holding(7, 7).label == "Điều 2");
  CHECK(index.holding(1, 2).depth == 0);
}

TEST_CASE("two proposals that change the same words differently compete; others combine", "[review][proposal]") {
  const auto parsed = testing::parseString(kDraft);
  const review::UnitIndex index(parsed.document);
  const auto& clause = index.named("Điều 2 khoản 1");
  const auto to30 = review::makeEdit(clause, "Quyết định các dự án có tổng mức đầu tư từ 30 tỷ đồng trở lên.");
  const auto to25 = review::makeEdit(clause, "Quyết định các dự án có tổng mức đầu tư từ 25 tỷ đồng trở lên.");
  const auto same30 = review::makeEdit(clause, "Quyết định các dự án có tổng mức đầu tư từ 30 tỷ đồng trở lên.");
  const auto verb = review::makeEdit(clause, "Phê duyệt các dự án có tổng mức đầu tư từ 20 tỷ đồng trở lên.");
  CHECK(to30.before.substr(to30.begin, to30.end - to30.begin) == "20");
  CHECK(to30.replacement == "30");
  CHECK(review::competing(to30, to25));
  CHECK_FALSE(review::competing(to30, same30));
  CHECK_FALSE(review::competing(to30, verb));
  const std::string both = review::applyEdits(parsed.source, index, {&to30, &verb});
  CHECK(both.find("1. Phê duyệt các dự án có tổng mức đầu tư từ 30 tỷ đồng trở lên.\n") != std::string::npos);
  // The clause's points stay when the clause's own text changes.
  const auto& withPoints = index.named("Điều 2 khoản 2");
  const auto weekly = review::makeEdit(withPoints, "Ban Thường vụ họp thường lệ mỗi tuần một lần:");
  const std::string text = review::applyEdits(parsed.source, index, {&weekly});
  CHECK(text.find("2. Ban Thường vụ họp thường lệ mỗi tuần một lần:\na) Thảo luận") != std::string::npos);
  // An article's title.
  const auto title = review::makeEdit(index.named("Điều 1"), "Phạm vi điều chỉnh và đối tượng áp dụng");
  CHECK(review::applyEdits(parsed.source, index, {&title}).find("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n") !=
        std::string::npos);
}

namespace {

// The marked spans as text: "+added+" and "-removed-".
std::string marked(const std::string& before, const std::string& after) {
  std::string out;
  for (const auto& span : review::markedChange(before, after)) {
    const char* mark = span.op == text::DiffOp::added ? "+" : span.op == text::DiffOp::removed ? "-" : "";
    out += mark + span.text + mark;
  }
  return out;
}

}  // namespace

TEST_CASE("a proposal's removed words are drawn where they were, not at the end", "[review][proposal]") {
  CHECK(marked("Trong quá trình thực hiện, nếu có vấn đề cần sửa đổi, bổ sung, Ban Thường vụ trình Ban Chấp hành "
               "xem xét, quyết định.",
               "Trong quá trình thực hiện, Ban Thường vụ trình Ban Chấp hành xem xét, quyết định.") ==
        "Trong quá trình thực hiện, -nếu có vấn đề cần sửa đổi, bổ sung,- Ban Thường vụ trình Ban Chấp hành xem "
        "xét, quyết định.");
  CHECK(marked("Họp một lần khi cần.", "Họp khi cần.") == "Họp -một lần- khi cần.");
  CHECK(marked("Nay quy định họp.", "Quy định họp.") == "-Nay- Quy định họp.");
  CHECK(marked("Họp mỗi tháng một lần.", "Họp mỗi tháng.") == "Họp mỗi tháng -một lần-.");
  // A replacement stays drawn together; words added and removed apart each stay in place.
  CHECK(marked("dưới 20 tỷ đồng.", "dưới 10 tỷ đồng.") == "dưới -20-+10+ tỷ đồng.");
  CHECK(marked("A quyết định B và báo cáo C.", "A chỉ quyết định B, báo cáo C.") ==
        "A +chỉ+ quyết định B -và-+,+ báo cáo C.");
  CHECK(marked("Họp thường lệ.", "Họp thường lệ.") == "Họp thường lệ.");
}

TEST_CASE("a CSV heading row with more columns than the rows is an input error at the first short row",
          "[review][sheet]") {
  // "Điều, khoản" not quoted: five headings over rows of four fields.
  const std::string bytes =
      "Điều, khoản,Ý kiến góp ý,Người góp ý,Đề xuất sửa\n"
      "Điều 1,Nên rõ hơn,Ban Tuyên giáo,\n";
  const auto rows = review::parseCsv("s.csv", bytes);
  try {
    review::sheetItems("s.csv", rows, review::SheetHeadings::loadDefault());
    FAIL("no error");
  } catch (const InputError& error) {
    CHECK(error.path() == "s.csv");
    REQUIRE(error.position());
    CHECK(error.position()->line == 2);
    CHECK(error.message().vi.find("dòng tiêu đề (dòng 1) có 5") != std::string::npos);
  }
  // Quoted, the same sheet reads.
  const auto quoted = review::parseCsv("s.csv", "\"Điều, khoản\"" + bytes.substr(bytes.find(',', 10)));
  CHECK(review::sheetItems("s.csv", quoted, review::SheetHeadings::loadDefault()).size() == 1);
}
