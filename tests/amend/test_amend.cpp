#include <catch2/catch.hpp>

#include <filesystem>

#include "amend/consolidate.h"
#include "amend/reader.h"
#include "support/parse_helpers.h"
#include "syntax/layout_parser.h"

namespace fs = std::filesystem;
using rasoat::amend::Action;
using rasoat::amend::Consolidation;

namespace {

const std::string kBase =
    "ĐẢNG ỦY PHƯỜNG AN HÒA\n"
    "Số 01-QC/ĐU\n"
    "\n"
    "QUY CHẾ LÀM VIỆC\n"
    "của Ban Chấp hành Đảng bộ phường An Hòa\n"
    "\n"
    "Chương I\n"
    "NHỮNG QUY ĐỊNH CHUNG\n"
    "\n"
    "Điều 1. Phạm vi điều chỉnh\n"  // 10
    "Quy chế này quy định chế độ làm việc của Ban Chấp hành.\n"
    "\n"
    "Điều 2. Trách nhiệm, quyền hạn của Ban Thường vụ\n"  // 13
    "1. Quyết định các dự án đầu tư có tổng mức đầu tư từ 50 tỷ đồng trở lên.\n"
    "2. Quyết định công tác cán bộ:\n"  // 15
    "a) Bổ nhiệm cán bộ thuộc diện Ban Thường vụ quản lý;\n"
    "b) Khen thưởng cán bộ.\n"
    "3. Lãnh đạo công tác dân vận:\n"  // 18
    "3.1- Quyết định kế hoạch dân vận hằng năm;\n"
    "3.2- Chỉ đạo các đoàn thể:\n"
    "a) Mặt trận Tổ quốc;\n"
    "b) Đoàn Thanh niên.\n"  // 22
    "\n"
    "Chương II\n"
    "CHẾ ĐỘ LÀM VIỆC\n"
    "\n"
    "Điều 3. Trách nhiệm của Thường trực Đảng ủy\n"  // 27
    "1. Quyết định các dự án đầu tư có tổng mức đầu tư dưới 50 tỷ đồng.\n"
    "2. Chỉ đạo công việc hằng ngày của Đảng bộ.\n"
    "\n"
    "Điều 4. Chế độ họp\n"  // 31
    "1. Ban Thường vụ họp thường lệ mỗi tháng một lần.\n"
    "2. Thường trực Đảng ủy họp giao ban mỗi tuần một lần.\n";

const std::string kHead =
    "ĐẢNG ỦY PHƯỜNG AN HÒA\n"
    "Số 05-QC/ĐU\n"
    "\n"
    "QUY CHẾ\n"
    "sửa đổi, bổ sung một số điều của Quy chế làm việc số 01-QC/ĐU\n"
    "\n"
    "Điều 1. Sửa đổi, bổ sung một số điều của Quy chế làm việc số 01-QC/ĐU như sau:\n";  // instructions from line 8

struct Applied {
  rasoat::testing::Parsed base;
  rasoat::testing::Parsed amending;
  rasoat::amend::Amendment amendment;
  rasoat::DiagnosticSink readErrors;
  Consolidation consolidation;
};

std::unique_ptr<Applied> apply(const std::string& instructions, const std::string& base = kBase) {
  auto applied = std::make_unique<Applied>(Applied{rasoat::testing::parseString(base, "base.qc"),
                                                   rasoat::testing::parseString(kHead + instructions, "sua.qc"),
                                                   {},
                                                   {},
                                                   {}});
  applied->amendment =
      rasoat::amend::readAmendment(applied->amending.source, applied->amending.document, applied->readErrors);
  applied->consolidation = rasoat::amend::consolidate(applied->base.source, applied->amendment);
  return applied;
}

std::string text(const Applied& applied) {
  return applied.consolidation.text();
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// The lines of the consolidated text, for exact comparisons of a region.
std::vector<std::string> linesOf(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t from = 0;
  for (std::size_t at; (at = text.find('\n', from)) != std::string::npos; from = at + 1)
    lines.push_back(text.substr(from, at - from));
  return lines;
}

}  // namespace

TEST_CASE("an amending document is recognised by its title, with the number it amends", "[amend]") {
  auto applied = apply("1. Bãi bỏ Điều 4.\n");
  CHECK(rasoat::amend::isAmendingDocument(applied->amending.document));
  CHECK(rasoat::amend::amendedNumber(applied->amending.document) == "01-QC/ĐU");
  CHECK_FALSE(rasoat::amend::isAmendingDocument(applied->base.document));
  CHECK(applied->amendment.amends == "01-QC/ĐU");
}

TEST_CASE("sửa đổi khoản replaces the clause with the quoted text", "[amend]") {
  auto applied = apply(
      "1. Sửa đổi khoản 1 Điều 2 như sau:\n"
      "\"1. Quyết định các dự án đầu tư có tổng mức đầu tư từ 40 tỷ đồng trở lên.\"\n");
  REQUIRE(applied->amendment.instructions.size() == 1);
  CHECK(applied->amendment.instructions[0].action == Action::replace);
  CHECK(applied->consolidation.failures.empty());
  const auto lines = linesOf(text(*applied));
  CHECK(lines[13] == "1. Quyết định các dự án đầu tư có tổng mức đầu tư từ 40 tỷ đồng trở lên.");
  CHECK(lines[14] == "2. Quyết định công tác cán bộ:");
  CHECK(lines.size() == 33);
}

TEST_CASE("the new text may come in straight, typographic or per-paragraph quotes, inline or below", "[amend]") {
  const std::string expected =
      "2. Quyết định công tác cán bộ, gọi chung là \"nhân sự\":\na) Bổ nhiệm cán bộ;\nb) Luân chuyển cán bộ.\n";
  const std::vector<std::string> variants = {
      "1. Sửa đổi khoản 2 Điều 2 như sau:\n\"2. Quyết định công tác cán bộ, gọi chung là \"nhân sự\":\na) Bổ nhiệm "
      "cán bộ;\nb) Luân chuyển cán bộ.\"\n",
      "1. Sửa đổi khoản 2 Điều 2 như sau: “2. Quyết định công tác cán bộ, gọi chung là \"nhân sự\":\na) Bổ nhiệm "
      "cán bộ;\nb) Luân chuyển cán bộ.”\n",
      "1. Sửa đổi khoản 2 Điều 2 như sau:\n   “2. Quyết định công tác cán bộ, gọi chung là \"nhân sự\":”\n“a) Bổ "
      "nhiệm cán bộ;”\n“b) Luân chuyển cán bộ.”.\n",
      "1. Khoản 2 Điều 2 được sửa đổi, bổ sung như sau:\n\"2. Quyết định công tác cán bộ, gọi chung là \"nhân "
      "sự\":\na) Bổ nhiệm cán bộ;\nb) Luân chuyển cán bộ.\";\n",
  };
  for (const auto& variant : variants) {
    INFO(variant);
    auto applied = apply(variant);
    CHECK(applied->readErrors.empty());
    REQUIRE(applied->amendment.instructions.size() == 1);
    CHECK(applied->consolidation.failures.empty());
    const std::string result = text(*applied);
    CHECK(contains(result, "1. Quyết định các dự án đầu tư có tổng mức đầu tư từ 50 tỷ đồng trở lên.\n" + expected +
                               "3. Lãnh đạo công tác dân vận:\n"));
  }
}

TEST_CASE("a replacement written without its marker gets the replaced unit's marker", "[amend]") {
  auto applied = apply("1. Sửa đổi khoản 2 Điều 3 như sau: \"Chỉ đạo, điều hành công việc hằng ngày.\"\n");
  CHECK(contains(text(*applied), "\n2. Chỉ đạo, điều hành công việc hằng ngày.\n"));
}

TEST_CASE("sửa đổi, bổ sung Điều replaces the whole article, quoted or not", "[amend]") {
  for (const std::string quote : {"\"", ""}) {
    auto applied = apply("1. Sửa đổi, bổ sung Điều 4 như sau:\n" + quote +
                         "Điều 4. Chế độ họp và làm việc\n1. Ban Thường vụ họp thường lệ mỗi tháng hai lần.\n2. Thường "
                         "trực Đảng ủy họp khi cần." +
                         quote + "\n\nĐiều 2. Hiệu lực thi hành\nQuy chế này có hiệu lực từ ngày ký.\n");
    INFO(quote);
    CHECK(applied->consolidation.failures.empty());
    const std::string result = text(*applied);
    CHECK(contains(result,
                   "\nĐiều 4. Chế độ họp và làm việc\n1. Ban Thường vụ họp thường lệ mỗi tháng hai lần.\n2. "
                   "Thường trực Đảng ủy họp khi cần.\n"));
    CHECK_FALSE(contains(result, "mỗi tuần một lần"));
    CHECK_FALSE(contains(result, "Hiệu lực thi hành"));  // the amending document's own article is not new text
  }
}

TEST_CASE("bổ sung places a new point, clause or article by its number or next to its anchor", "[amend]") {
  auto applied = apply(
      "1. Bổ sung điểm c vào khoản 2 Điều 2 như sau:\n\"c) Điều động cán bộ.\"\n"
      "2. Bổ sung khoản 3 vào Điều 3 như sau:\n\"3. Chuẩn bị nội dung phiên họp Ban Thường vụ.\"\n"
      "3. Bổ sung Điều 2a sau Điều 2 như sau:\n\"Điều 2a. Ủy quyền\nBan Thường vụ có thể ủy quyền cho Thường trực.\"\n"
      "4. Bổ sung Điều 5 như sau:\n\"Điều 5. Chế độ báo cáo\n1. Thường trực báo cáo Ban Thường vụ hằng tháng.\"\n");
  CHECK(applied->readErrors.empty());
  CHECK(applied->consolidation.failures.empty());
  const std::string result = text(*applied);
  CHECK(contains(result, "b) Khen thưởng cán bộ.\nc) Điều động cán bộ.\n3. Lãnh đạo công tác dân vận:"));
  CHECK(contains(result, "hằng ngày của Đảng bộ.\n3. Chuẩn bị nội dung phiên họp Ban Thường vụ.\n\nĐiều 4."));
  CHECK(contains(
      result, "b) Đoàn Thanh niên.\n\nĐiều 2a. Ủy quyền\nBan Thường vụ có thể ủy quyền cho Thường trực.\n\nChương II"));
  CHECK(contains(result,
                 "mỗi tuần một lần.\n\nĐiều 5. Chế độ báo cáo\n1. Thường trực báo cáo Ban Thường vụ hằng tháng.\n"));
}

TEST_CASE("instructions reach points nested in a sub-numbered clause", "[amend]") {
  auto applied = apply(
      "1. Sửa đổi điểm 3.1 khoản 3 Điều 2 như sau: \"3.1- Quyết định kế hoạch dân vận năm năm;\"\n"
      "2. Bãi bỏ điểm a khoản 2 Điều 2.\n");
  CHECK(applied->readErrors.empty());
  CHECK(applied->consolidation.failures.empty());
  const std::string result = text(*applied);
  CHECK(contains(result, "3.1- Quyết định kế hoạch dân vận năm năm;\n3.2- Chỉ đạo"));
  CHECK(contains(result, "2. Quyết định công tác cán bộ:\nb) Khen thưởng cán bộ.\n"));

  auto nested = apply("1. Sửa đổi điểm b khoản 3 Điều 2 như sau: \"b) Hội Liên hiệp Phụ nữ.\"\n");
  CHECK(nested->consolidation.failures.empty());
  CHECK(contains(text(*nested), "a) Mặt trận Tổ quốc;\nb) Hội Liên hiệp Phụ nữ.\n"));
}

TEST_CASE("bãi bỏ removes the units, an article with its blank line", "[amend]") {
  auto applied = apply("1. Bãi bỏ Điều 3.\n2. Bãi bỏ các khoản 1 và 2 Điều 4.\n");
  CHECK(applied->consolidation.failures.empty());
  const std::string result = text(*applied);
  CHECK_FALSE(contains(result, "Điều 3."));
  CHECK(contains(result, "CHẾ ĐỘ LÀM VIỆC\n\nĐiều 4. Chế độ họp"));
  CHECK_FALSE(contains(result, "mỗi tháng một lần"));
  CHECK_FALSE(contains(result, "mỗi tuần một lần"));
}

TEST_CASE("thay cụm từ replaces the phrase where the instruction says, whole words, any case", "[amend]") {
  auto applied = apply(
      "1. Thay cụm từ \"Ban Thường vụ\" bằng cụm từ \"Ban Thường vụ Đảng ủy\" tại Điều 4.\n"
      "2. Thay cụm từ “hằng ngày” bằng cụm từ “thường xuyên” trong toàn văn Quy chế.\n"
      "3. Bỏ cụm từ \"thuộc diện Ban Thường vụ quản lý\" tại điểm a khoản 2 Điều 2.\n"
      "4. Bổ sung cụm từ \"và Đoàn Thanh niên\" vào sau cụm từ \"công tác dân vận\" tại khoản 3 Điều 2.\n");
  CHECK(applied->readErrors.empty());
  CHECK(applied->consolidation.failures.empty());
  const std::string result = text(*applied);
  CHECK(contains(result, "1. Ban Thường vụ Đảng ủy họp thường lệ"));
  CHECK(contains(result, "Điều 2. Trách nhiệm, quyền hạn của Ban Thường vụ\n"));  // outside Điều 4: unchanged
  CHECK(contains(result, "Chỉ đạo công việc thường xuyên của Đảng bộ."));
  CHECK(contains(result, "a) Bổ nhiệm cán bộ;\n"));
  CHECK(contains(result, "3. Lãnh đạo công tác dân vận và Đoàn Thanh niên:\n"));
  const auto origin = applied->consolidation.lines[31].origin;  // Điều 4 khoản 1, changed in place
  CHECK(origin.path == "base.qc");
  CHECK(origin.line == 32);
  REQUIRE(origin.amendedAt);
  CHECK(origin.amendedAt->line == 8);
}

TEST_CASE("sửa đổi tên Điều replaces only the article's title", "[amend]") {
  auto applied = apply("1. Sửa đổi tên Điều 4 như sau: \"Điều 4. Chế độ sinh hoạt, hội họp\"\n");
  CHECK(applied->consolidation.failures.empty());
  CHECK(contains(text(*applied), "\nĐiều 4. Chế độ sinh hoạt, hội họp\n1. Ban Thường vụ họp thường lệ"));
}

TEST_CASE("a missing target, anchor or container, an existing unit and an absent phrase are failures",
          "[amend][A003]") {
  auto applied = apply(
      "1. Sửa đổi khoản 6 Điều 2 như sau: \"6. X.\"\n"                  // 8
      "2. Bổ sung điểm d vào khoản 1 Điều 9 như sau: \"d) X.\"\n"       // 9
      "3. Bổ sung Điều 7a sau Điều 7 như sau: \"Điều 7a. X\"\n"         // 10
      "4. Bổ sung khoản 2 vào Điều 3 như sau: \"2. X.\"\n"              // 11
      "5. Thay cụm từ \"Văn phòng\" bằng cụm từ \"Ban\" tại Điều 3.\n"  // 12
      "6. Bãi bỏ Chương V.\n"                                           // 13
      "7. Thay cụm từ \"\" bằng cụm từ \"Ban\".\n");                    // 14
  REQUIRE(applied->consolidation.failures.size() == 7);
  std::vector<int> lines;
  for (const auto& failure : applied->consolidation.failures) {
    lines.push_back(failure.range.begin.line);
    CHECK(failure.path == "sua.qc");
    CHECK(failure.range.begin.column == 4);
  }
  CHECK(lines == std::vector<int>{8, 9, 10, 11, 12, 13, 14});
  const auto& failures = applied->consolidation.failures;
  CHECK(failures[0].message.en == "khoản 6 Điều 2 does not exist in the amended regulation (01-QC/ĐU)");
  CHECK(failures[1].message.en == "khoản 1 Điều 9 does not exist in the amended regulation (01-QC/ĐU)");
  CHECK(failures[2].message.en == "Điều 7 does not exist in the amended regulation (01-QC/ĐU)");
  CHECK(contains(failures[3].message.en, "khoản 2 Điều 3 already exists"));
  CHECK(failures[4].message.en == "the phrase \"Văn phòng\" does not occur in Điều 3");
  CHECK(failures[5].message.en == "Chương V does not exist in the amended regulation (01-QC/ĐU)");
  CHECK(failures[6].message.en == "the phrase to replace or drop is empty");
  CHECK(text(*applied) == kBase);  // nothing applied
}

TEST_CASE("an instruction that cannot be read or has no new text is a syntax error at its line", "[amend]") {
  auto applied = apply(
      "1. Sửa đổi khoản 2 Điều 5 theo hướng rõ hơn nữa về nội dung:\n"
      "2. Bổ sung khoản 3 vào Điều 3 như sau:\n"
      "\n"
      "Điều 2. Hiệu lực thi hành\n"
      "3. Sửa đổi khoản 1 Điều 4 như sau: \"1. Họp mỗi tháng.\n");
  std::vector<int> lines;
  for (const auto& diagnostic : applied->readErrors.all()) {
    CHECK(diagnostic.code == "S001");
    lines.push_back(diagnostic.range.begin.line);
  }
  CHECK(lines == std::vector<int>{8, 9, 12});
  CHECK(text(*applied) == kBase);
}

TEST_CASE("a quote left open does not swallow the instructions after it", "[amend]") {
  auto applied = apply(
      "1. Sửa đổi khoản 1 Điều 4 như sau:\n\"1. Ban Thường vụ họp mỗi tháng hai lần.\n"
      "2. Bãi bỏ khoản 2 Điều 3.\n");
  REQUIRE(applied->readErrors.all().size() == 1);
  CHECK(applied->readErrors.all()[0].range.begin == rasoat::Position{9, 1});
  REQUIRE(applied->amendment.instructions.size() == 1);
  CHECK(applied->amendment.instructions[0].action == Action::repeal);
}

TEST_CASE("each consolidated line knows the file, line and column it came from", "[amend]") {
  auto applied = apply("1. Sửa đổi khoản 1 Điều 4 như sau:\n   “1. Ban Thường vụ họp mỗi tháng hai lần.”\n");
  const auto& consolidation = applied->consolidation;
  auto at = consolidation.originOf({32, 4});
  REQUIRE(at);
  CHECK(at->first == "sua.qc");
  CHECK(at->second == rasoat::Position{9, 8});  // three spaces and the quote before the text
  at = consolidation.originOf({33, 1});
  REQUIRE(at);
  CHECK(at->first == "base.qc");
  CHECK(at->second == rasoat::Position{33, 1});
  CHECK_FALSE(consolidation.originOf({400, 1}));
}

TEST_CASE("the consolidated text is stable and parses like any regulation", "[amend]") {
  const std::string instructions =
      "1. Sửa đổi khoản 1 Điều 2 như sau: \"1. Quyết định các dự án từ 40 tỷ đồng trở lên.\"\n"
      "2. Bổ sung Điều 2a sau Điều 2 như sau:\n\"Điều 2a. Ủy quyền\n1. Ban Thường vụ ủy quyền cho Thường trực.\"\n"
      "3. Bãi bỏ khoản 2 Điều 4.\n";
  const std::string first = text(*apply(instructions));
  CHECK(first == text(*apply(instructions)));
  auto parsed = rasoat::testing::parseString(first, "hop-nhat.qc");
  CHECK(parsed.diagnostics.empty());
  CHECK(rasoat::testing::findUnit(parsed.document.root, {"I", "2a", "1"}) != nullptr);
  CHECK(rasoat::syntax::countUnits(parsed.document.root).articles == 5);
}

TEST_CASE("the corpus amendment gives its reviewed consolidated text", "[amend][corpus]") {
  const fs::path directory = fs::path(RASOAT_SOURCE_DIR) / "corpus" / "amendments" / "phuong-bo-de";
  const auto workspace = rasoat::testing::testWorkspace();
  using rasoat::driver::Depth;
  using rasoat::driver::Role;
  const auto& base = *workspace->open((directory / "base.qc").string(), Depth::tree, Role::context)->source;
  const auto* read = workspace->open((directory / "sua-doi.qc").string(), Depth::tree, Role::checked);
  const auto& amending = *read->source;
  rasoat::DiagnosticSink& sink = workspace->sink();
  const auto amendment = rasoat::amend::readAmendment(amending, read->tree, sink);
  CHECK(sink.empty());
  CHECK(amendment.instructions.size() == 11);
  const auto consolidation = rasoat::amend::consolidate(base, amendment);
  CHECK(consolidation.failures.empty());
  CHECK(consolidation.text() == rasoat::testing::readFile((directory / "expected-consolidated.qc").string()));
}

TEST_CASE("several units replaced by one new text keep its own numbering", "[amend]") {
  auto applied = apply(
      "1. Sửa đổi, bổ sung khoản 1 và khoản 2 Điều 4 như sau:\n"
      "\"1. Ban Thường vụ họp thường lệ mỗi tháng hai lần.\n"
      "2. Thường trực Đảng ủy họp khi cần.\n"
      "3. Văn phòng Đảng ủy ghi biên bản các phiên họp.\"\n");
  CHECK(applied->consolidation.failures.empty());
  const auto lines = linesOf(text(*applied));
  REQUIRE(lines.size() == 34);
  CHECK(lines[30] == "Điều 4. Chế độ họp");
  CHECK(lines[31] == "1. Ban Thường vụ họp thường lệ mỗi tháng hai lần.");
  CHECK(lines[32] == "2. Thường trực Đảng ủy họp khi cần.");
  CHECK(lines[33] == "3. Văn phòng Đảng ủy ghi biên bản các phiên họp.");
}

TEST_CASE("instructions may be the articles of the amending document", "[amend]") {
  const std::string amending =
      "QUY CHẾ\nsửa đổi, bổ sung một số điều của Quy chế làm việc số 01-QC/ĐU\n\n"
      "Điều 1. Sửa đổi, bổ sung Điều 4 như sau:\n"
      "“Điều 4. Chế độ họp\n1. Ban Thường vụ họp thường lệ mỗi tháng hai lần.”\n\n"
      "Điều 2. Bãi bỏ khoản 2 Điều 3.\n\n"
      "Điều 3. Hiệu lực thi hành\nQuy chế này có hiệu lực từ ngày ký.\n";
  auto base = rasoat::testing::parseString(kBase, "base.qc");
  auto parsed = rasoat::testing::parseString(amending, "sua.qc");
  rasoat::DiagnosticSink errors;
  const auto amendment = rasoat::amend::readAmendment(parsed.source, parsed.document, errors);
  CHECK(errors.empty());
  REQUIRE(amendment.instructions.size() == 2);
  const auto consolidation = rasoat::amend::consolidate(base.source, amendment);
  CHECK(consolidation.failures.empty());
  const std::string result = consolidation.text();
  CHECK(contains(result, "Điều 4. Chế độ họp\n1. Ban Thường vụ họp thường lệ mỗi tháng hai lần.\n"));
  CHECK_FALSE(contains(result, "Chỉ đạo công việc hằng ngày"));
}

TEST_CASE("the amended number is found in the title, the first article or the bases", "[amend]") {
  auto byBasis = rasoat::testing::parseString(
      "QUY CHẾ\nsửa đổi, bổ sung một số điều của Quy chế làm việc của Ban Chấp hành Đảng bộ phường An Hòa\n\n"
      "- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy chế làm việc số 01-QC/ĐU ngày 15/3/2021 của Ban Chấp hành Đảng bộ "
      "phường,\n\nĐiều 1. Sửa đổi như sau:\n1. Bãi bỏ Điều 4.\n");
  CHECK(rasoat::amend::isAmendingDocument(byBasis.document));
  CHECK(rasoat::amend::amendedNumber(byBasis.document) == "01-QC/ĐU");
  // A new full text marked "(sửa đổi, bổ sung)" is a regulation, not an amending document.
  auto fullText = rasoat::testing::parseString(
      "Số 08-QC/ĐU\n\nQUY CHẾ LÀM VIỆC\ncủa Ban Chấp hành Đảng bộ phường An Hòa (sửa đổi, bổ sung)\n\n"
      "Điều 1. Phạm vi\n1. Ban Thường vụ quyết định công tác dân vận.\n");
  CHECK_FALSE(rasoat::amend::isAmendingDocument(fullText.document));
}

TEST_CASE("phrases written in decomposed Unicode (Word on macOS) are read with their diacritics", "[amend]") {
  // "Quận ủy" and "Thành ủy" in NFD: base letters followed by combining marks.
  const std::string quanUy = "Qua\xcc\xa3\xcc\x82n u\xcc\x89y";
  const std::string thanhUy = "Tha\xcc\x80nh u\xcc\x89y";
  auto applied = apply("1. Thay cụm từ \"Ban Thường vụ\" bằng cụm từ \"Ban Thường vụ " + quanUy +
                       "\" tại khoản 1 Điều "
                       "4.\n2. Thay cụm từ \"" +
                       quanUy + "\" bằng cụm từ \"" + thanhUy + "\" tại Điều 4.\n");
  CHECK(applied->readErrors.empty());
  REQUIRE(applied->amendment.instructions.size() == 2);
  CHECK(applied->amendment.instructions[1].phrase == "Quận ủy");
  CHECK(applied->amendment.instructions[1].replacement == "Thành ủy");
  CHECK(applied->consolidation.failures.empty());
  CHECK(contains(text(*applied), "1. Ban Thường vụ Thành ủy họp thường lệ"));
}

TEST_CASE("an instruction about another document is not applied to the base", "[amend]") {
  auto applied = apply(
      "1. Bãi bỏ Điều 4 Quy chế làm việc số 01-QC/ĐU.\n\nĐiều 2. Hiệu lực thi hành\n"
      "1. Bãi bỏ Điều 3 Quyết định số 12-QĐ/ĐU ngày 5/01/2021 của Ban Thường vụ.\n");
  CHECK(applied->readErrors.empty());
  REQUIRE(applied->amendment.instructions.size() == 1);
  const std::string result = text(*applied);
  CHECK_FALSE(contains(result, "Điều 4. Chế độ họp"));
  CHECK(contains(result, "Điều 3. Trách nhiệm của Thường trực Đảng ủy"));
}
