#include <catch2/catch.hpp>

#include "support/parse_helpers.h"
#include "syntax/alignment.h"

using rasoat::syntax::alignDocuments;
using rasoat::syntax::AlignedRow;
using rasoat::syntax::ChangeStatus;
using rasoat::testing::parseString;

namespace {

// "Điều 3 -> Điều 4 renumbered" for each row, for compact assertions.
std::vector<std::string> describe(const std::string& before, const std::string& after) {
  auto a = parseString(before, "old.qc");
  auto b = parseString(after, "new.qc");
  REQUIRE(a.diagnostics.empty());
  REQUIRE(b.diagnostics.empty());
  std::vector<std::string> lines;
  for (const AlignedRow& row : alignDocuments(a.document, b.document)) {
    std::string line = (row.before ? row.beforeLabel : "-") + " -> " + (row.after ? row.afterLabel : "-") + " " +
                       rasoat::syntax::changeStatusName(row.status);
    if (row.amended && row.status != ChangeStatus::amended) line += "+amended";
    if (row.renumbered && row.status != ChangeStatus::renumbered) line += "+renumbered";
    if (row.moved && row.status != ChangeStatus::moved) line += "+moved";
    lines.push_back(line);
  }
  return lines;
}

const std::string kCurrent =
    "Chương I\nQUY ĐỊNH CHUNG\n"
    "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định trách nhiệm, quyền hạn của Ban Chấp hành.\n"
    "Điều 2. Nguyên tắc làm việc\n1. Tập trung dân chủ, tập thể lãnh đạo, cá nhân phụ trách.\n"
    "2. Quyết định theo đa số.\n"
    "Chương II\nTRÁCH NHIỆM, QUYỀN HẠN\n"
    "Điều 3. Trách nhiệm, quyền hạn của Ban Thường vụ\n"
    "1. Quyết định các dự án đầu tư có tổng mức đầu tư trên 20 tỷ đồng.\n"
    "2. Quyết định thi hành kỷ luật đảng viên theo thẩm quyền.\n"
    "3. Cho ý kiến về nhân sự cán bộ thuộc diện Ban Thường vụ quản lý.\n"
    "Điều 4. Trách nhiệm, quyền hạn của Thường trực\n"
    "1. Quyết định các dự án đầu tư có tổng mức đầu tư dưới 20 tỷ đồng.\n"
    "2. Chuẩn bị nội dung các phiên họp của Ban Thường vụ.\n"
    "Chương III\nCHẾ ĐỘ LÀM VIỆC\n"
    "Điều 5. Chế độ họp\n1. Ban Thường vụ họp thường lệ mỗi tháng một lần.\n";

}  // namespace

TEST_CASE("identical texts align row for row, all unchanged", "[syntax][alignment]") {
  for (const auto& line : describe(kCurrent, kCurrent)) CHECK(line.find(" unchanged") != std::string::npos);
  CHECK(describe(kCurrent, kCurrent).size() == 3 + 5 + 9);  // chapters, articles, clauses and paragraphs
}

TEST_CASE("an inserted article shifts the later ones: renumbered, not amended", "[syntax][alignment]") {
  std::string draft = kCurrent;
  const std::string inserted =
      "Điều 3. Trách nhiệm, quyền hạn của Ban Chấp hành\n1. Bầu Ban Thường vụ, Bí thư, Phó Bí thư.\n";
  const std::size_t marker = std::string("Điều 5.").size();
  draft.replace(draft.find("Điều 5."), marker, "Điều 6.");
  draft.replace(draft.find("Điều 4."), marker, "Điều 5.");
  draft.replace(draft.find("Điều 3."), marker, inserted + "Điều 4.");
  const auto lines = describe(kCurrent, draft);
  std::string all;
  for (const auto& line : lines) all += line + "\n";
  INFO(all);
  CHECK(std::count(lines.begin(), lines.end(), "- -> Điều 3 added") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "- -> Điều 3 khoản 1 added") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "Điều 3 -> Điều 4 renumbered") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "Điều 3 khoản 2 -> Điều 4 khoản 2 unchanged") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "Điều 4 -> Điều 5 renumbered") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "Điều 5 -> Điều 6 renumbered") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "Điều 2 -> Điều 2 unchanged") == 1);
  // The new article comes where it was inserted.
  const auto added = std::find(lines.begin(), lines.end(), "- -> Điều 3 added");
  CHECK(added + 2 == std::find(lines.begin(), lines.end(), "Điều 3 -> Điều 4 renumbered"));
}

TEST_CASE("an article moved to another chapter is moved", "[syntax][alignment]") {
  // Điều 5 (meetings) goes to Chương II before Điều 3; the others renumber.
  const std::string draft =
      "Chương I\nQUY ĐỊNH CHUNG\n"
      "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định trách nhiệm, quyền hạn của Ban Chấp hành.\n"
      "Điều 2. Nguyên tắc làm việc\n1. Tập trung dân chủ, tập thể lãnh đạo, cá nhân phụ trách.\n"
      "2. Quyết định theo đa số.\n"
      "Chương II\nTRÁCH NHIỆM, QUYỀN HẠN\n"
      "Điều 3. Chế độ họp\n1. Ban Thường vụ họp thường lệ mỗi tháng một lần.\n"
      "Điều 4. Trách nhiệm, quyền hạn của Ban Thường vụ\n"
      "1. Quyết định các dự án đầu tư có tổng mức đầu tư trên 20 tỷ đồng.\n"
      "2. Quyết định thi hành kỷ luật đảng viên theo thẩm quyền.\n"
      "3. Cho ý kiến về nhân sự cán bộ thuộc diện Ban Thường vụ quản lý.\n"
      "Điều 5. Trách nhiệm, quyền hạn của Thường trực\n"
      "1. Quyết định các dự án đầu tư có tổng mức đầu tư dưới 20 tỷ đồng.\n"
      "2. Chuẩn bị nội dung các phiên họp của Ban Thường vụ.\n"
      "Chương III\nCHẾ ĐỘ LÀM VIỆC\n";
  auto a = parseString(kCurrent, "old.qc");
  auto b = parseString(draft, "new.qc");
  const auto rows = alignDocuments(a.document, b.document);
  const auto moved = std::find_if(rows.begin(), rows.end(), [](const AlignedRow& row) { return row.moved; });
  REQUIRE(moved != rows.end());
  CHECK(moved->beforeLabel == "Điều 5");
  CHECK(moved->afterLabel == "Điều 3");
  CHECK(moved->beforeChapter == "Chương III");
  CHECK(moved->afterChapter == "Chương II");
  CHECK(moved->status == ChangeStatus::moved);
  CHECK(std::count_if(rows.begin(), rows.end(), [](const AlignedRow& row) { return row.moved; }) == 1);
  const auto lines = describe(kCurrent, draft);
  CHECK(std::count(lines.begin(), lines.end(), "Điều 3 -> Điều 4 renumbered") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "Chương III -> Chương III unchanged") == 1);
}

TEST_CASE("a removed clause is removed and the next one renumbered", "[syntax][alignment]") {
  std::string draft = kCurrent;
  const std::string removed = "2. Quyết định thi hành kỷ luật đảng viên theo thẩm quyền.\n";
  draft.erase(draft.find(removed), removed.size());
  draft.replace(draft.find("3. Cho ý kiến"), 2, "2.");
  const auto lines = describe(kCurrent, draft);
  CHECK(std::count(lines.begin(), lines.end(), "Điều 3 khoản 2 -> - removed") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "Điều 3 khoản 3 -> Điều 3 khoản 2 renumbered") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "Điều 3 khoản 1 -> Điều 3 khoản 1 unchanged") == 1);
  // The removed clause stays where it was, after clause 1.
  const auto at = std::find(lines.begin(), lines.end(), "Điều 3 khoản 2 -> - removed");
  CHECK(*(at - 1) == "Điều 3 khoản 1 -> Điều 3 khoản 1 unchanged");
}

TEST_CASE("an amended clause keeps its number and is amended", "[syntax][alignment]") {
  std::string draft = kCurrent;
  draft.replace(draft.find("trên 20 tỷ"), std::string("trên 20 tỷ").size(), "trên 50 tỷ");
  const auto lines = describe(kCurrent, draft);
  CHECK(std::count(lines.begin(), lines.end(), "Điều 3 khoản 1 -> Điều 3 khoản 1 amended") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "Điều 3 -> Điều 3 unchanged") == 1);
}

TEST_CASE("a clause split in two: the first half is the clause, amended; the second is added", "[syntax][alignment]") {
  const std::string before =
      "Điều 1. Nguyên tắc\n1. Tập trung dân chủ, tập thể lãnh đạo; cá nhân phụ trách và chịu trách nhiệm cá "
      "nhân.\n2. Quyết định theo đa số.\n";
  const std::string after =
      "Điều 1. Nguyên tắc\n1. Tập trung dân chủ, tập thể lãnh đạo.\n"
      "2. Cá nhân phụ trách và chịu trách nhiệm cá nhân.\n3. Quyết định theo đa số.\n";
  const auto lines = describe(before, after);
  REQUIRE(lines.size() == 4);
  CHECK(lines[1] == "Điều 1 khoản 1 -> Điều 1 khoản 1 amended");
  CHECK(lines[2] == "- -> Điều 1 khoản 2 added");
  CHECK(lines[3] == "Điều 1 khoản 2 -> Điều 1 khoản 3 renumbered");
}

TEST_CASE("a rewritten article under the same number is amended, not removed and added", "[syntax][alignment]") {
  const std::string before = "Điều 1. Chế độ họp\n1. Ban Thường vụ họp thường lệ mỗi tháng một lần.\n";
  const std::string after =
      "Điều 1. Chế độ họp\n1. Ban Thường vụ họp thường lệ hai tháng một lần, khi cần họp bất thường.\n";
  const auto lines = describe(before, after);
  CHECK(lines == std::vector<std::string>{"Điều 1 -> Điều 1 unchanged", "Điều 1 khoản 1 -> Điều 1 khoản 1 amended"});
}

TEST_CASE("chapters swapped are moved", "[syntax][alignment]") {
  const std::string before = "Chương I\nMỘT\nĐiều 1. A\nChương II\nHAI\nĐiều 2. B\n";
  const std::string after = "Chương I\nHAI\nĐiều 1. B\nChương II\nMỘT\nĐiều 2. A\n";
  auto a = parseString(before, "old.qc");
  auto b = parseString(after, "new.qc");
  const auto rows = alignDocuments(a.document, b.document);
  int movedChapters = 0;
  for (const auto& row : rows) {
    if (row.kind == rasoat::syntax::UnitKind::chapter && row.moved) ++movedChapters;
  }
  CHECK(movedChapters == 1);
}

TEST_CASE("a draft that introduces chapters moves no article", "[syntax][alignment]") {
  const std::string before = "Điều 1. Phạm vi\nQuy chế này quy định.\nĐiều 2. Nguyên tắc\n1. Tập trung dân chủ.\n";
  const std::string after = "Chương I\nCHUNG\n" + before;
  const auto lines = describe(before, after);
  CHECK(lines == std::vector<std::string>{"- -> Chương I added", "Điều 1 -> Điều 1 unchanged",
                                          "Điều 1 đoạn -> Điều 1 đoạn unchanged", "Điều 2 -> Điều 2 unchanged",
                                          "Điều 2 khoản 1 -> Điều 2 khoản 1 unchanged"});
}

TEST_CASE("NFD and old tone placement in the draft change nothing", "[syntax][alignment]") {
  const std::string before =
      "Điều 1. Trách nhiệm của Ủy ban Kiểm tra\n1. Kiểm tra đảng viên khi có dấu hiệu vi phạm.\n";
  const std::string after =
      "Đie\xCC\x82\xCC\x80u 1. Trách nhiệm của Uỷ ban Kiểm tra\n1. Kiểm tra đảng viên khi có dấu hiệu vi phạm.\n";
  const auto lines = describe(before, after);
  CHECK(lines == std::vector<std::string>{"Điều 1 -> Điều 1 unchanged", "Điều 1 khoản 1 -> Điều 1 khoản 1 unchanged"});
}
