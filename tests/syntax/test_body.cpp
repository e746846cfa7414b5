#include <catch2/catch.hpp>

#include "support/parse_helpers.h"

using rasoat::syntax::UnitKind;
using rasoat::testing::findUnit;
using rasoat::testing::flatten;
using rasoat::testing::parseString;

TEST_CASE("chapters in every written form", "[syntax][body]") {
  auto parsed = parseString(
      "Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. A\n"
      "CHƯƠNG II\nTRÁCH NHIỆM\n(Cụ thể hóa Điều 4 Quy chế số 05-QC/QU)\nĐiều 2. B\n"
      "Chương 3. CHẾ ĐỘ LÀM VIỆC\nĐiều 3. C\n"
      "PHẦN THỨ NHẤT\nQUY ĐỊNH CHUNG\nĐiều 4. D\n");
  CHECK(parsed.diagnostics.empty());
  const auto& chapters = parsed.document.root.children;
  REQUIRE(chapters.size() == 4);
  CHECK(chapters[0].number == "I");
  CHECK(chapters[0].title == "NHỮNG QUY ĐỊNH CHUNG");
  CHECK(chapters[1].number == "II");
  CHECK(chapters[1].note == "(Cụ thể hóa Điều 4 Quy chế số 05-QC/QU)");
  CHECK(chapters[2].number == "3");
  CHECK(chapters[2].title == "CHẾ ĐỘ LÀM VIỆC");
  CHECK(chapters[3].number == "THỨ NHẤT");
  for (const auto& chapter : chapters) CHECK(chapter.children.size() == 1);
}

TEST_CASE("sections sit inside chapters", "[syntax][body]") {
  auto parsed = parseString("Chương II\nX\nMục 1. BAN CHẤP HÀNH\nĐiều 4. A\nMục 2. BAN THƯỜNG VỤ\nĐiều 5. B\n");
  const auto& chapter = parsed.document.root.children.at(0);
  REQUIRE(chapter.children.size() == 2);
  CHECK(chapter.children[0].kind == UnitKind::section);
  CHECK(chapter.children[0].number == "1");
  CHECK(chapter.children[0].title == "BAN CHẤP HÀNH");
  CHECK(chapter.children[1].children.at(0).number == "5");
}

TEST_CASE("articles with a full stop or a colon, and inserted articles", "[syntax][body]") {
  auto parsed = parseString("Điều 1: Phạm vi điều chỉnh\nĐiều 9a. Bổ sung\n  Điều   10 . Thụt lề\n");
  const auto& articles = parsed.document.root.children;
  REQUIRE(articles.size() == 3);
  CHECK(articles[0].number == "1");
  CHECK(articles[0].title == "Phạm vi điều chỉnh");
  CHECK(articles[1].number == "9a");
  CHECK(articles[2].number == "10");
  CHECK(articles[2].position == rasoat::Position{3, 3});
}

TEST_CASE("clauses, sub-clauses, points in Vietnamese order, and dash items", "[syntax][body]") {
  auto parsed = parseString(
      "Điều 4. Trách nhiệm, quyền hạn của Ban Thường vụ\n"
      "1. Quyết định các dự án.\n"
      "2/ Lãnh đạo công tác quốc phòng; cụ thể:\n"
      "a) Quyết định chủ trương;\n"
      "b) Cho ý kiến;\n"
      "c) x;\nd) y;\nđ) z;\ne) w.\n"
      "- gạch một;\n"
      "+ gạch hai.\n"
      "3. Về tổ chức:\n"
      "3.1- Quyết định thành lập;\n"
      "3.2. Quyết định giải thể:\n"
      "a) trong trường hợp khẩn cấp.\n");
  CHECK(parsed.diagnostics.empty());
  const auto& root = parsed.document.root;
  CHECK(findUnit(root, {"4", "1"})->text == "Quyết định các dự án.");
  const auto* clause2 = findUnit(root, {"4", "2"});
  REQUIRE(clause2);
  CHECK(clause2->marker == "2/");
  REQUIRE(clause2->children.size() == 6);
  CHECK(clause2->children[4].number == "đ");
  CHECK(clause2->children[5].number == "e");
  const auto* pointE = &clause2->children[5];
  REQUIRE(pointE->children.size() == 2);
  CHECK(pointE->children[0].kind == UnitKind::item);
  CHECK(pointE->children[0].number == std::nullopt);
  CHECK(pointE->children[1].marker == "+");
  const auto* sub = findUnit(root, {"4", "3", "3.2"});
  REQUIRE(sub);
  CHECK(sub->kind == UnitKind::point);
  CHECK(sub->children.at(0).number == "a");
  CHECK(findUnit(root, {"4", "3", "3.1"})->text == "Quyết định thành lập;");
}

TEST_CASE("an unnumbered paragraph under an article is a clause with no number", "[syntax][body]") {
  auto parsed = parseString(
      "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định trách nhiệm.\nCác tổ chức đảng thực hiện Quy chế này.\n"
      "- Ban Thường vụ;\n");
  const auto& article = parsed.document.root.children.at(0);
  REQUIRE(article.children.size() == 3);
  CHECK(article.children[0].kind == UnitKind::clause);
  CHECK_FALSE(article.children[0].number.has_value());
  CHECK(article.children[0].text == "Quy chế này quy định trách nhiệm.");
  CHECK(article.children[1].text == "Các tổ chức đảng thực hiện Quy chế này.");
  CHECK(article.children[2].kind == UnitKind::clause);
  CHECK(article.children[2].marker == "-");
}

TEST_CASE("a wrapped line continues its clause, even when it starts with a number", "[syntax][body]") {
  auto parsed = parseString(
      "Điều 4. A\n1. Quyết định các dự án có tổng mức đầu tư trên\n50 tỷ đồng theo khoản 1 Điều 5 và\n"
      "2. Cho ý kiến.\n");
  const auto& article = parsed.document.root.children.at(0);
  REQUIRE(article.children.size() == 2);
  CHECK(article.children[0].text == "Quyết định các dự án có tổng mức đầu tư trên 50 tỷ đồng theo khoản 1 Điều 5 và");
  CHECK(article.children[0].lines == std::vector<int>{2, 3});
  CHECK(article.children[1].number == "2");
}

TEST_CASE("a number in mid-sentence is not a new clause", "[syntax][body]") {
  auto parsed = parseString("Điều 4. A\n1. Thực hiện theo khoản 1. Điều 5 và 2. các quy định khác.\n");
  const auto& article = parsed.document.root.children.at(0);
  REQUIRE(article.children.size() == 1);
  CHECK(flatten(parsed.document.root).size() == 2);
}

TEST_CASE("words that begin like headings stay text", "[syntax][body]") {
  auto parsed = parseString(
      "Điều 1. A\nChương trình công tác toàn khóa.\nMục lục kèm theo.\nPhần lớn các nội dung.\n"
      "Điều lệ Đảng quy định.\n");
  const auto& root = parsed.document.root;
  REQUIRE(root.children.size() == 1);
  CHECK(root.children[0].kind == UnitKind::article);
  CHECK(root.children[0].children.size() == 4);
}

TEST_CASE("the closing block: T/M or K/T, signer and recipients", "[syntax][body]") {
  auto parsed = parseString(
      "Điều 1. A\n1. B.\n\n                       K/T BÍ THƯ\n                       PHÓ BÍ THƯ\n"
      "                       Trần Thị B\nNơi nhận:\n- Ban Thường vụ Thành ủy,\n- Lưu Văn phòng.\n");
  REQUIRE(parsed.document.closing);
  const auto& closing = *parsed.document.closing;
  CHECK(closing.authority == std::vector<std::string>{"K/T BÍ THƯ"});
  CHECK(closing.signer == std::vector<std::string>{"PHÓ BÍ THƯ", "Trần Thị B"});
  CHECK(closing.recipients == std::vector<std::string>{"Ban Thường vụ Thành ủy,", "Lưu Văn phòng."});
  CHECK(rasoat::testing::findUnit(parsed.document.root, {"1", "1"})->text == "B.");
}

TEST_CASE("CRLF line ends and decomposed text give the same tree as LF and NFC", "[syntax][body]") {
  const std::string lf = "Chương I\nCHUNG\nĐiều 1. Ủy ban Kiểm tra\n1. Kiểm tra.\na) Giám sát.\n";
  std::string crlf;
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  const std::string nfd =
      "Chu\xCC\x9Bo\xCC\x9Bng I\nCHUNG\nĐie\xCC\x82\xCC\x80u 1. U\xCC\x89y ban Kie\xCC\x82\xCC\x89m tra\n1. Kiểm "
      "tra.\na) Giám sát.\n";
  auto a = parseString(lf);
  auto b = parseString(crlf);
  auto c = parseString(nfd);
  for (auto* parsed : {&b, &c}) {
    auto x = flatten(a.document.root);
    auto y = flatten(parsed->document.root);
    REQUIRE(x.size() == y.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
      CHECK(x[i]->kind == y[i]->kind);
      CHECK(x[i]->number == y[i]->number);
      CHECK(x[i]->position.line == y[i]->position.line);
    }
  }
  // Texts come out NFC whatever the file's form.
  CHECK(c.document.root.children[0].children[0].title == "Ủy ban Kiểm tra");
}

TEST_CASE("old tone placement and upper case headings parse", "[syntax][body]") {
  auto parsed = parseString("ĐIỀU 1. UỶ BAN KIỂM TRA\n1. Kiểm tra.\n");
  REQUIRE(parsed.document.root.children.size() == 1);
  CHECK(parsed.document.root.children[0].number == "1");
}

TEST_CASE("a non-breaking space after a clause marker is not part of the number", "[syntax][body]") {
  auto parsed = parseString(
      "Điều 4. A\n3.\xC2\xA0"
      "Quyết định.\n4/\xE2\x80\x83"
      "Cho ý kiến.\n");
  const auto& article = parsed.document.root.children.at(0);
  REQUIRE(article.children.size() == 2);
  CHECK(article.children[0].number == "3");
  CHECK(article.children[0].marker == "3.");
  CHECK(article.children[1].number == "4");
}

TEST_CASE("a closing laid out in two columns, as Word tables copy out", "[syntax][body]") {
  auto parsed = parseString(
      "Điều 1. A\n1. B.\n\n"
      "Nơi nhận:                                                K/T BÍ THƯ\n"
      "- Đảng ủy phường (để b/c),                               PHÓ BÍ THƯ\n"
      "- Lưu chi bộ.\n"
      "                                                        Lê Thị Thu\n");
  REQUIRE(parsed.document.closing);
  const auto& closing = *parsed.document.closing;
  CHECK(closing.authority == std::vector<std::string>{"K/T BÍ THƯ"});
  CHECK(closing.signer == std::vector<std::string>{"PHÓ BÍ THƯ", "Lê Thị Thu"});
  CHECK(closing.recipients == std::vector<std::string>{"Đảng ủy phường (để b/c),", "Lưu chi bộ."});
  CHECK(closing.range.end.line == 7);
}
