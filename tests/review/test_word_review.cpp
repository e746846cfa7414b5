#include <catch2/catch.hpp>

#include "base/input_error.h"
#include "input/docx_reader.h"
#include "input/office_files.h"
#include "input/office_reader.h"
#include "input/review_marks.h"
#include "review/word_review_files.h"

using rasoat::Limits;
using rasoat::input::readDocx;
using rasoat::input::ReadOptions;
using rasoat::input::readReviewMarks;
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
      readReviewMarks("t.docx", reviewedDocx(kBody, {{"1", "An", "Hai khoản"}, {"2", "Bình", "Một khoản"}}), Limits{});
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
  const auto review = readReviewMarks(
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
  const auto review = readReviewMarks(
      "t.docx", reviewedDocx(body, {{"1", "An", "Hỏi"}, {"2", "Tổ", "Đáp"}, {"3", "Tổ", "Khác"}}, false), Limits{});
  REQUIRE(review.comments.size() == 3);
  CHECK(review.comments[1].answers == std::optional<std::string>("1"));
  CHECK_FALSE(review.comments[2].answers);  // other words: a comment of its own
}

TEST_CASE("the authors of tracked changes are listed once each, in the order of their first change", "[wordreview]") {
  const auto review = readReviewMarks("t.docx", reviewedDocx(kBody, {}), Limits{});
  CHECK(review.changeAuthors == std::vector<std::string>{"An", "Bình"});
  CHECK(review.comments.empty());
}

TEST_CASE("one author's tracked changes are read alone, the others' rejected, inside a number too", "[wordreview]") {
  const std::string docx = reviewedDocx(kBody, {});
  const auto text = [&](const ReadOptions& options) { return readDocx("t.docx", docx, Limits{}, options).text; };
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
  CHECK_THROWS_AS(readReviewMarks("t.docx", docx, Limits{}), rasoat::InputError);
}

TEST_CASE(
    "an OpenDocument comment is anchored on the paragraphs of its range; a reply on the same words answers it; "
    "changes are read one author at a time",
    "[wordreview]") {
  const std::string changes =
      R"(<text:tracked-changes>
           <text:changed-region text:id="d1"><text:deletion><office:change-info><dc:creator>An</dc:creator></office:change-info><text:p>2</text:p></text:deletion></text:changed-region>
           <text:changed-region text:id="i1"><text:insertion><office:change-info><dc:creator>An</dc:creator></office:change-info></text:insertion></text:changed-region>
           <text:changed-region text:id="i2"><text:insertion><office:change-info><dc:creator>Bình</dc:creator></office:change-info></text:insertion></text:changed-region>
         </text:tracked-changes>)";
  const std::string annotation =
      R"(<office:annotation office:name="%"><dc:creator>@</dc:creator><dc:date>2026-11-20</dc:date><text:p>$</text:p></office:annotation>)";
  const auto note = [&](const std::string& name, const std::string& author, const std::string& text) {
    std::string xml = annotation;
    xml.replace(xml.find('%'), 1, name);
    xml.replace(xml.find('@'), 1, author);
    xml.replace(xml.find('$'), 1, text);
    return xml;
  };
  const std::string body =
      changes + "<text:p>Điều 1. Phạm vi</text:p>" + "<text:p>" + note("c1", "An", "Hai khoản") +
      note("c2", "Tổ", "Đã sửa") +
      R"(1. Dưới <text:change text:change-id="d1"/><text:change-start text:change-id="i1"/>1<text:change-end text:change-id="i1"/>0 tỷ.</text:p>)" +
      R"(<text:p>2. Họp <text:change-start text:change-id="i2"/>hai <text:change-end text:change-id="i2"/>lần.<office:annotation-end office:name="c1"/><office:annotation-end office:name="c2"/></text:p>)";
  const std::string odt = rasoat::testing::odtOf(body);
  const auto marks = rasoat::input::readReviewMarks("t.odt", odt, Limits{});
  REQUIRE(marks.comments.size() == 2);
  CHECK(marks.comments[0].author == "An");
  CHECK(marks.comments[0].text == "Hai khoản");
  CHECK(marks.comments[0].firstParagraph == 2);
  CHECK(marks.comments[0].lastParagraph == 3);
  CHECK(marks.comments[1].answers == std::optional<std::string>("c1"));
  CHECK(marks.changeAuthors == std::vector<std::string>{"An", "Bình"});
  const auto text = [&](const ReadOptions& options) {
    return rasoat::input::readOffice("t.odt", odt, Limits{}, options)->text;
  };
  CHECK(text(ReadOptions{false, "An"}) == "Điều 1. Phạm vi\n1. Dưới 10 tỷ.\n2. Họp lần.");
  CHECK(text(ReadOptions{false, "Bình"}) == "Điều 1. Phạm vi\n1. Dưới 20 tỷ.\n2. Họp hai lần.");
}
