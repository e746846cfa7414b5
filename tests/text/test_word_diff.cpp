#include <catch2/catch.hpp>

#include "text/word_diff.h"

using rasoat::text::DiffOp;
using rasoat::text::DiffSpan;
using rasoat::text::diffWords;

namespace {

// "kept [-removed-] {+added+}" for compact assertions.
std::string render(const std::vector<DiffSpan>& spans) {
  std::string out;
  for (const auto& span : spans) {
    if (span.op == DiffOp::same) out += span.text;
    if (span.op == DiffOp::removed) out += "[-" + span.text + "-]";
    if (span.op == DiffOp::added) out += "{+" + span.text + "+}";
  }
  return out;
}

}  // namespace

TEST_CASE("words are syllables and punctuation marks are tokens of their own", "[text][diff]") {
  const auto tokens = rasoat::text::tokenizeWords("Quyết định dự án, (trên 20 tỷ đồng).");
  std::vector<std::string> keys;
  keys.reserve(tokens.size());
  for (const auto& token : tokens) keys.push_back(token.key);
  CHECK(keys == std::vector<std::string>{"quyết", "định", "dự", "án", ",", "(", "trên", "20", "tỷ", "đồng", ")", "."});
}

TEST_CASE("a changed amount is marked as one word removed and one added", "[text][diff]") {
  const auto diff = diffWords("Quyết định dự án có tổng mức đầu tư trên 20 tỷ đồng.",
                              "Quyết định dự án có tổng mức đầu tư trên 50 tỷ đồng.");
  CHECK(render(diff.before) == "Quyết định dự án có tổng mức đầu tư trên [-20-] tỷ đồng.");
  CHECK(render(diff.after) == "Quyết định dự án có tổng mức đầu tư trên {+50+} tỷ đồng.");
  CHECK(diff.changed());
}

TEST_CASE("added words inside a clause are one span with their inner spaces", "[text][diff]") {
  const auto diff = diffWords("Ban Thường vụ quyết định.", "Ban Thường vụ xem xét, quyết định.");
  CHECK(render(diff.before) == "Ban Thường vụ quyết định.");
  CHECK(render(diff.after) == "Ban Thường vụ {+xem xét,+} quyết định.");
}

TEST_CASE("removed and added words on both sides of kept ones", "[text][diff]") {
  const auto diff = diffWords("Bí thư cho ý kiến về nhân sự", "Ban Thường vụ cho ý kiến về cán bộ");
  CHECK(render(diff.before) == "[-Bí thư-] cho ý kiến về [-nhân sự-]");
  CHECK(render(diff.after) == "{+Ban Thường vụ+} cho ý kiến về {+cán bộ+}");
}

TEST_CASE("case, spacing, NFD and tone placement are not changes", "[text][diff]") {
  const std::string nfd = "Đie\xCC\x82\xCC\x80u 5. U\xCC\x89y ban kie\xCC\x82\xCC\x89m tra";  // NFD, "Uỷ"
  const auto diff = diffWords(nfd, "ĐIỀU 5.  Ủy ban kiểm tra");
  CHECK_FALSE(diff.changed());
  CHECK(render(diff.before) == nfd);  // the original text, untouched
  CHECK(rasoat::text::wordKey(nfd) == rasoat::text::wordKey("điều 5. ủy ban kiểm tra"));
}

TEST_CASE("diff of empty texts", "[text][diff]") {
  CHECK_FALSE(diffWords("", "").changed());
  const auto added = diffWords("", "Bổ sung mới");
  CHECK(render(added.after) == "{+Bổ sung mới+}");
  CHECK(render(diffWords("Bãi bỏ", "").before) == "[-Bãi bỏ-]");
}

TEST_CASE("word similarity ignores order and punctuation", "[text][diff]") {
  using rasoat::text::wordSimilarity;
  CHECK(wordSimilarity("a b c", "c, b a.") == Approx(1.0));
  CHECK(wordSimilarity("quyết định dự án", "cho ý kiến") == Approx(0.0));
  CHECK(wordSimilarity("một hai ba bốn", "một hai") == Approx(2.0 * 2 / 6));
}

TEST_CASE("two long, wholly different texts are diffed quickly as one replacement", "[text][diff][limits]") {
  std::string before, after;
  for (int i = 0; i < 30000; ++i) {
    before += "một" + std::to_string(i) + " ";
    after += "hai" + std::to_string(i) + " ";
  }
  const auto diff = diffWords("Mở đầu " + before + "kết thúc.", "Mở đầu " + after + "kết thúc.");
  REQUIRE(diff.before.size() == 3);
  CHECK(diff.before[0].text == "Mở đầu ");
  CHECK(diff.before[1].op == DiffOp::removed);
  CHECK(diff.before[2].text == " kết thúc.");
  CHECK(diff.after[1].op == DiffOp::added);
}
