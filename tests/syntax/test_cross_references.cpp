#include <catch2/catch.hpp>

#include "support/parse_helpers.h"

using rasoat::syntax::CrossReference;
using rasoat::testing::parseString;

namespace {
std::vector<CrossReference> referencesOf(const std::string& clause) {
  auto parsed = parseString("Điều 9. A\n1. " + clause + "\n");
  return parsed.document.root.children.at(0).children.at(0).references;
}
}  // namespace

TEST_CASE("a reference to a clause of an article", "[syntax][references]") {
  auto references = referencesOf("Thực hiện theo quy định tại khoản 2 Điều 5.");
  REQUIRE(references.size() == 1);
  CHECK(references[0].text == "khoản 2 Điều 5");
  REQUIRE(references[0].targets.size() == 1);
  CHECK(references[0].targets[0].article == "5");
  CHECK(references[0].targets[0].clause == "2");
  CHECK(references[0].targets[0].document.empty());
  CHECK(references[0].range.begin == rasoat::Position{2, 32});
}

TEST_CASE("a reference to a point, a clause and an article", "[syntax][references]") {
  auto references = referencesOf("Theo điểm a khoản 1 Điều 3 Quy chế này.");
  REQUIRE(references.size() == 1);
  const auto& target = references[0].targets.at(0);
  CHECK(target.point == "a");
  CHECK(target.clause == "1");
  CHECK(target.article == "3");
  CHECK(target.relative.empty());
}

TEST_CASE("lists of articles expand into several targets", "[syntax][references]") {
  auto references = referencesOf("Các Điều 5, 6 và 7 áp dụng.");
  REQUIRE(references.size() == 1);
  REQUIRE(references[0].targets.size() == 3);
  CHECK(references[0].targets[2].article == "7");
}

TEST_CASE("references to other documents carry their number", "[syntax][references]") {
  auto references = referencesOf("Theo Điều 23 Quy định số 24-QĐ/TW và khoản 3 Điều 24 Điều lệ Đảng.");
  REQUIRE(references.size() == 2);
  CHECK(references[0].targets.at(0).document == "24-QĐ/TW");
  CHECK(references[0].targets.at(0).article == "23");
  CHECK(references[1].targets.at(0).document == "Điều lệ Đảng");
  CHECK(references[1].targets.at(0).clause == "3");
}

TEST_CASE("a bare clause reference or 'Điều này' is relative to the article", "[syntax][references]") {
  auto references = referencesOf("Trừ trường hợp quy định tại khoản 2 và khoản 3 Điều này.");
  REQUIRE(references.size() == 2);
  CHECK(references[0].targets.at(0).relative == "article");
  CHECK(references[1].targets.at(0).relative == "article");
  CHECK(references[1].targets.at(0).clause == "3");
}

TEST_CASE("capitalised references with commas, as in central documents", "[syntax][references]") {
  auto references = referencesOf("Theo Điểm 3.4, Khoản 3, Điều 31, Quy định số 30-QĐ/TW.");
  REQUIRE(references.size() == 1);
  const auto& target = references[0].targets.at(0);
  CHECK(target.point == "3.4");
  CHECK(target.clause == "3");
  CHECK(target.article == "31");
  CHECK(target.document == "30-QĐ/TW");
}

TEST_CASE("a document cited by number alone is a reference", "[syntax][references]") {
  auto references = referencesOf("Thực hiện Quy định số 294-QĐ/TW của Ban Chấp hành Trung ương.");
  REQUIRE(references.size() == 1);
  CHECK(references[0].targets.at(0).document == "294-QĐ/TW");
  CHECK(references[0].targets.at(0).article.empty());
}

TEST_CASE("lists of point letters expand too", "[syntax][references]") {
  auto references = referencesOf("Theo các điểm a, b, c và đ khoản 1 Điều 5.");
  REQUIRE(references.size() == 1);
  REQUIRE(references[0].targets.size() == 4);
  CHECK(references[0].targets[3].point == "đ");
  CHECK(references[0].targets[3].clause == "1");
  CHECK(references[0].targets[3].article == "5");
}

TEST_CASE("a single letter in running text is still text", "[syntax][references]") {
  auto parsed = parseString("Điều 1. A\n1. Phụ lục a kèm theo, mục b.\n");
  CHECK(parsed.diagnostics.empty());
  CHECK(parsed.document.root.children.at(0).children.at(0).text == "Phụ lục a kèm theo, mục b.");
}
