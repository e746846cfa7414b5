#include <catch2/catch.hpp>

#include "support/parse_helpers.h"

using rasoat::testing::parseString;

TEST_CASE("a two-column header on one line gives organisation, motto, number, place and date", "[syntax][front]") {
  auto parsed = parseString(
      "ĐẢNG BỘ QUẬN LONG BIÊN                         ĐẢNG CỘNG SẢN VIỆT NAM\n"
      "ĐẢNG ỦY PHƯỜNG GIANG BIÊN\n"
      "*                                              Giang Biên, ngày 15 tháng 3 năm 2021\n"
      "Số 01-QC/ĐU\n\nQUY CHẾ LÀM VIỆC\nĐiều 1. A\n");
  const auto& header = parsed.document.header;
  CHECK(header.organisations == std::vector<std::string>{"ĐẢNG BỘ QUẬN LONG BIÊN", "ĐẢNG ỦY PHƯỜNG GIANG BIÊN"});
  CHECK(header.motto);
  REQUIRE(header.number);
  CHECK(header.number->text == "01-QC/ĐU");
  CHECK(header.number->type == "QC");
  CHECK(header.number->issuer == "ĐU");
  CHECK(header.number->range.begin == rasoat::Position{4, 4});  // the code, after "Số "
  CHECK(header.place == "Giang Biên");
  REQUIRE(header.date);
  CHECK(header.date->year == 2021);
  CHECK(header.date->month == 3);
  CHECK(header.date->day == 15);
  CHECK(parsed.document.root.number == "01-QC/ĐU");
}

TEST_CASE("header parts on separate lines, with 'Số:' and a colon", "[syntax][front]") {
  auto parsed = parseString(
      "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố: 168-QĐ/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
      "Hà Nội, ngày 28 tháng 12 năm 2018\n\nQUY ĐỊNH\nĐiều 1. A\n");
  const auto& header = parsed.document.header;
  CHECK(header.organisations == std::vector<std::string>{"BAN CHẤP HÀNH TRUNG ƯƠNG"});
  REQUIRE(header.number);
  CHECK(header.number->text == "168-QĐ/TW");
  CHECK(header.place == "Hà Nội");
  CHECK(header.date->year == 2018);
  CHECK(parsed.document.title->kind == "Quy định");
}

TEST_CASE("an unfilled template number is still a number", "[syntax][front]") {
  auto parsed = parseString("Số: …….-QC/TU\nQUY CHẾ\nĐiều 1. A\n");
  REQUIRE(parsed.document.header.number);
  CHECK(parsed.document.header.number->type == "QC");
  CHECK(parsed.document.header.number->issuer == "TU");
}

TEST_CASE("every part of the front matter may be missing", "[syntax][front]") {
  auto parsed = parseString("Điều 1. Phạm vi\nQuy chế này quy định.\n");
  CHECK(parsed.diagnostics.empty());
  CHECK_FALSE(parsed.document.title);
  CHECK_FALSE(parsed.document.header.number);
  CHECK(parsed.document.bases.empty());
  CHECK(parsed.document.root.children.size() == 1);
}

TEST_CASE("the title gives kind, committee and term", "[syntax][front]") {
  auto parsed = parseString(
      "QUY CHẾ\nlàm việc của Ban Chấp hành Đảng bộ tỉnh Nam Định, khóa XX, nhiệm kỳ 2020 - 2025\n\nĐiều 1. A\n");
  REQUIRE(parsed.document.title);
  const auto& title = *parsed.document.title;
  CHECK(title.kind == "Quy chế");
  CHECK(title.committee == "Ban Chấp hành Đảng bộ tỉnh Nam Định");
  CHECK(title.termFrom == 2020);
  CHECK(title.termTo == 2025);
  CHECK(title.text == "QUY CHẾ làm việc của Ban Chấp hành Đảng bộ tỉnh Nam Định, khóa XX, nhiệm kỳ 2020 - 2025");
}

TEST_CASE("the annex line of a model regulation is kept with the title", "[syntax][front]") {
  auto parsed = parseString(
      "QUY CHẾ LÀM VIỆC MẪU\ncủa Ban Chấp hành Đảng bộ phường\n"
      "(Ban hành kèm theo Quyết định số 1256-QĐ/TW ngày 12/6/2024 của Ban Bí thư)\n\nĐiều 1. A\n");
  REQUIRE(parsed.document.title);
  CHECK(parsed.document.title->annex == "(Ban hành kèm theo Quyết định số 1256-QĐ/TW ngày 12/6/2024 của Ban Bí thư)");
  CHECK(parsed.document.title->committee == "Ban Chấp hành Đảng bộ phường");
}

TEST_CASE("legal bases give kind, number, date, issuer and subject", "[syntax][front]") {
  auto parsed = parseString(
      "QUY CHẾ\n\n"
      "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n"
      "- Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;\n"
      "- Căn cứ Quy chế làm việc số 05-QC/QU ngày 10/01/2021 của Ban Chấp hành Đảng bộ quận Long Biên,\n"
      "Ban Chấp hành Đảng bộ phường ban hành Quy chế làm việc như sau:\n\nĐiều 1. A\n");
  const auto& bases = parsed.document.bases;
  REQUIRE(bases.size() == 3);
  CHECK(bases[0].kind == "Điều lệ Đảng");
  CHECK_FALSE(bases[0].number);
  CHECK(bases[1].kind == "Quy định");
  CHECK(bases[1].number->text == "24-QĐ/TW");
  CHECK(bases[1].date->year == 2021);
  CHECK(bases[1].date->month == 7);
  CHECK(bases[1].issuer == "Ban Chấp hành Trung ương");
  CHECK(bases[1].subject == "thi hành Điều lệ Đảng");
  CHECK(bases[2].kind == "Quy chế làm việc");
  CHECK(bases[2].number->text == "05-QC/QU");
  CHECK(bases[2].issuer == "Ban Chấp hành Đảng bộ quận Long Biên");
  CHECK(parsed.document.enacting == "Ban Chấp hành Đảng bộ phường ban hành Quy chế làm việc như sau:");
}

TEST_CASE("a wrapped legal basis line continues it; the enacting line follows", "[syntax][front]") {
  auto parsed = parseString(
      "Căn cứ Quy định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương\n"
      "về thi hành Điều lệ Đảng;\n"
      "Căn cứ vào tình hình thực tiễn của địa phương,\n"
      "BAN THƯỜNG VỤ QUẬN ỦY QUYẾT ĐỊNH:\nĐiều 1. A\n");
  const auto& bases = parsed.document.bases;
  REQUIRE(bases.size() == 2);
  CHECK(bases[0].subject == "thi hành Điều lệ Đảng");
  CHECK(bases[0].range.end.line == 2);
  CHECK(bases[1].kind.empty());  // names no document
  CHECK(bases[1].subject == "tình hình thực tiễn của địa phương");
  CHECK(parsed.document.enacting == "BAN THƯỜNG VỤ QUẬN ỦY QUYẾT ĐỊNH:");
}

TEST_CASE("a basis without a number still gives its kind and issuer", "[syntax][front]") {
  auto parsed = parseString(
      "- Căn cứ Quy chế làm việc của Đảng ủy phường Trần Hưng Đạo khóa XII;\n"
      "- Căn cứ Quyết định số 1212-QĐ/TW ngày 10/12/2018 của Ban Bí thư ban hành Quy chế làm việc mẫu,\nĐiều 1. A\n");
  const auto& bases = parsed.document.bases;
  REQUIRE(bases.size() == 2);
  CHECK(bases[0].kind == "Quy chế làm việc");
  CHECK(bases[0].issuer == "Đảng ủy phường Trần Hưng Đạo khóa XII");
  CHECK(bases[1].issuer == "Ban Bí thư");
  CHECK(bases[1].subject == "ban hành Quy chế làm việc mẫu");
}

TEST_CASE("document numbers in decomposed text lose the 'Số' and its accents", "[syntax][front]") {
  auto parsed =
      parseString("So\xCC\x82\xCC\x81: 02-QC/\xC4\x90U\n- Căn cứ Quy định so\xCC\x82\xCC\x81 29-QĐ/TW;\nĐiều 1. A\n");
  REQUIRE(parsed.document.header.number);
  CHECK(parsed.document.header.number->text == "02-QC/ĐU");
  CHECK(parsed.document.header.number->serial == "02");
  CHECK(parsed.document.header.number->range.begin == rasoat::Position{1, 7});
  CHECK(parsed.document.bases.at(0).number->text == "29-QĐ/TW");
}

TEST_CASE("a committee name with commas is kept whole", "[syntax][front]") {
  auto parsed = parseString(
      "QUY CHẾ LÀM VIỆC MẪU\ncủa Ban Chấp hành đảng bộ quận, huyện, thị xã, thành phố thuộc tỉnh, nhiệm kỳ 2020 - "
      "2025\nĐiều 1. A\n");
  CHECK(parsed.document.title->committee == "Ban Chấp hành đảng bộ quận, huyện, thị xã, thành phố thuộc tỉnh");
}
