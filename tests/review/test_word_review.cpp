#include <catch2/catch.hpp>

#include "base/input_error.h"
#include "input/docx_reader.h"
#include "input/word_review.h"
#include "review/word_review_files.h"

using rasoat::Limits;
using rasoat::input::readDocx;
using rasoat::input::ReadOptions;
using rasoat::input::readWordReview;
using namespace rasoat::testing;

namespace {

const std::string kBody =
    paragraphOf(trackedRuns("Điều 1. Phạm vi", "")) +
    paragraphOf(rangeStart("1") + trackedRuns("1. Quyết định dưới -2-+1+0 tỷ đồng.", "An")) +
    paragraphOf(trackedRuns("2. Họp +hai+-ba- tháng một lần.", "Bình") + rangeEnd("1")) +
    paragraphOf(rangeStart("2") + trackedRuns("3. Báo cáo.", "") + rangeEnd("2") + rangeStart("3") + rangeEnd("3"));

}  // namespace

TEST_CASE("a Word comment is anchored on the paragraphs its range starts and ends in", "[wordreview]") {
  const auto review =
      readWordReview("t.docx", reviewedDocx(kBody, {{"1", "An", "Hai khoản"}, {"2", "Bình", "Một khoản"}}), Limits{});
  REQUIRE(review.comments.size() == 2);
  CHECK(review.comments[0].author == "An");
  CHECK(review.comments[0].text == "Hai khoản");
  CHECK(review.comments[0].date == "2026-11-20T10:00:00Z");
  CHECK(review.comments[0].firstParagraph == 2);
  CHECK(review.comments[0].lastParagraph == 3);
  CHECK(review.comments[1].firstParagraph == 4);
  CHECK(review.comments[1].lastParagraph == 4);
  CHECK_FALSE(review.comments[0].answers);
}

TEST_CASE("a reply answers the comment commentsExtended names, a nested reply the reply", "[wordreview]") {
  const auto review = readWordReview(
      "t.docx", reviewedDocx(kBody, {{"1", "An", "Hỏi"}, {"2", "Bình", "Đáp", "1"}, {"3", "An", "Đáp lại", "2"}}),
      Limits{});
  REQUIRE(review.comments.size() == 3);
  CHECK_FALSE(review.comments[0].answers);
  CHECK(review.comments[1].answers == std::optional<std::string>("1"));
  CHECK(review.comments[2].answers == std::optional<std::string>("2"));
}

TEST_CASE("without commentsExtended, a comment on the very same words as an earlier one answers it", "[wordreview]") {
  const std::string body = paragraphOf(rangeStart("1") + rangeStart("2") + trackedRuns("1. Một.", "") + rangeEnd("1") +
                                       rangeEnd("2") + rangeStart("3") + trackedRuns(" Hai.", "") + rangeEnd("3"));
  const auto review = readWordReview(
      "t.docx", reviewedDocx(body, {{"1", "An", "Hỏi"}, {"2", "Tổ", "Đáp"}, {"3", "Tổ", "Khác"}}, false), Limits{});
  REQUIRE(review.comments.size() == 3);
  CHECK(review.comments[1].answers == std::optional<std::string>("1"));
  CHECK_FALSE(review.comments[2].answers);  // other words: a comment of its own
}

TEST_CASE("the authors of tracked changes are listed once each, in the order of their first change", "[wordreview]") {
  const auto review = readWordReview("t.docx", reviewedDocx(kBody, {}), Limits{});
  CHECK(review.changeAuthors == std::vector<std::string>{"An", "Bình"});
  CHECK(review.comments.empty());
}

TEST_CASE("one author's tracked changes are read alone, the others' rejected, inside a number too", "[wordreview]") {
  const std::string docx = reviewedDocx(kBody, {});
  const auto text = [&](ReadOptions options) { return readDocx("t.docx", docx, Limits{}, options).text; };
  CHECK(text(ReadOptions{false, "An"}) ==
        "Điều 1. Phạm vi\n1. Quyết định dưới 10 tỷ đồng.\n2. Họp ba tháng một lần.\n3. Báo cáo.");
  CHECK(text(ReadOptions{false, "Bình"}) ==
        "Điều 1. Phạm vi\n1. Quyết định dưới 20 tỷ đồng.\n2. Họp hai tháng một lần.\n3. Báo cáo.");
  CHECK(text(ReadOptions{true, std::nullopt}) ==
        "Điều 1. Phạm vi\n1. Quyết định dưới 20 tỷ đồng.\n2. Họp ba tháng một lần.\n3. Báo cáo.");
}

TEST_CASE("a paragraph inserted by one author is there only in that author's reading", "[wordreview]") {
  const std::string inserted = R"(<w:rPr><w:ins w:id="9" w:author="Cường" w:date="2026-11-20T09:00:00Z"/></w:rPr>)";
  const std::string body = paragraphOf(trackedRuns("1. Một.", "")) +
                           paragraphOf(trackedRuns("+2. Hai.+", "Cường"), inserted) +
                           paragraphOf(trackedRuns("3. Ba.", ""));
  const std::string docx = reviewedDocx(body, {});
  CHECK(readDocx("t.docx", docx, Limits{}, ReadOptions{false, "Cường"}).text == "1. Một.\n2. Hai.\n3. Ba.");
  CHECK(readDocx("t.docx", docx, Limits{}, ReadOptions{false, "An"}).text == "1. Một.\n3. Ba.");
}

TEST_CASE("a broken comments part is an error naming the file", "[wordreview]") {
  const std::string docx = rasoat::testing::reviewedDocx(kBody, {{"1", "An", "<unclosed"}});
  CHECK_THROWS_AS(readWordReview("t.docx", docx, Limits{}), rasoat::InputError);
}
