#include <string>
using namespace std::string_literals;
#include <catch2/catch.hpp>

#include "base/input_error.h"
#include "text/source_text.h"

using rasoat::InputError;
using rasoat::Position;
using rasoat::text::SourceText;

namespace {
std::string errorOf(const std::string& bytes) {
  try {
    SourceText::fromBytes("x.qc", bytes);
  } catch (const InputError& error) {
    return error.message().en;
  }
  return "";
}
}  // namespace

TEST_CASE("a UTF-8 byte order mark is dropped", "[text][source]") {
  SourceText source = SourceText::fromBytes("x.qc", "\xEF\xBB\xBFĐiều 1. A");
  CHECK(source.lineUtf8(1) == "Điều 1. A");
  CHECK(source.originOf(1) == Position{1, 1});
}

TEST_CASE("CRLF, CR and LF all end lines", "[text][source]") {
  SourceText source = SourceText::fromBytes("x.qc", "a\r\nb\rc\nd");
  REQUIRE(source.lineCount() == 4);
  CHECK(source.lineUtf8(2) == "b");
  CHECK(source.lineUtf8(4) == "d");
  CHECK(source.matching() == U"\na\nb\nc\nd");
}

TEST_CASE("tabs and non-breaking spaces become spaces in the matching copy", "[text][source]") {
  SourceText source = SourceText::fromBytes("x.qc",
                                            "a\tb\xC2\xA0"
                                            "c");
  CHECK(source.matching() == U"\na b c");
  CHECK(source.lineUtf8(1) ==
        "a\tb\xC2\xA0"
        "c");  // the original is kept
}

TEST_CASE("the matching copy is NFC and lower case but positions are original", "[text][source]") {
  // "ĐIỀU" written decomposed: Đ I E + circumflex + grave U, then " 5".
  SourceText source = SourceText::fromBytes("x.qc", "x\nĐIE\xCC\x82\xCC\x80U 5");
  CHECK(source.matching() == U"\nx\nđiều 5");
  // "u" is the 4th code point of the matching line but the 6th of the original.
  CHECK(source.originOf(6) == Position{2, 6});
  CHECK(source.originOf(8) == Position{2, 8});
}

TEST_CASE("old tone placement is folded in the matching copy only", "[text][source]") {
  SourceText source = SourceText::fromBytes("x.qc", "Uỷ ban");
  CHECK(source.matching() == U"\nủy ban");
  CHECK(source.lineUtf8(1) == "Uỷ ban");
}

TEST_CASE("bad input is rejected with a message that says why", "[text][source]") {
  CHECK(errorOf("") == "file is empty (no text)");
  CHECK(errorOf(" \n\n  \r\n") == "file is empty (no text)");
  CHECK(errorOf("Điều 1.\xFF").find("invalid UTF-8 at byte offset 10, and not readable as Vietnamese text") == 0);
  CHECK(errorOf("abc\0def"s) == "binary data (a NUL byte at byte offset 3), not text");
  CHECK(errorOf("\xFF\xFEx\0\0\xD8"s) == "invalid UTF-16 (an odd length or a lone surrogate)");
  CHECK(errorOf("ab\x01"
                "c")
            .find("control character U+0001 at line 1, column 3") == 0);
}

TEST_CASE("files that cannot be opened are input errors", "[text][source]") {
  CHECK_THROWS_AS(SourceText::load("/nonexistent/regulation.qc"), InputError);
  CHECK_THROWS_AS(SourceText::load(RASOAT_SOURCE_DIR), InputError);
}

TEST_CASE("a file over the size limit is refused", "[text][source]") {
  rasoat::text::ReadLimits limits;
  limits.maxFileBytes = 4;
  CHECK_THROWS_AS(SourceText::fromBytes("x.qc", "Điều 1. A", limits), InputError);
}
