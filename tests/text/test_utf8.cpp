#include <catch2/catch.hpp>

#include "text/utf8.h"

using namespace rasoat::text;

TEST_CASE("valid UTF-8 has no invalid offset", "[text][utf8]") {
  CHECK_FALSE(firstInvalidUtf8("Điều 4. Ban Thường vụ").has_value());
}

TEST_CASE("invalid UTF-8 is found at its byte offset", "[text][utf8]") {
  CHECK(firstInvalidUtf8("abc\xFF"
                         "def") == std::optional<std::size_t>(3));
  CHECK(firstInvalidUtf8("Đi\xC3") == std::optional<std::size_t>(3));        // truncated sequence
  CHECK(firstInvalidUtf8("\xED\xA0\x80") == std::optional<std::size_t>(0));  // a UTF-16 surrogate
  CHECK(firstInvalidUtf8("\xC0\xAF") == std::optional<std::size_t>(0));      // overlong
}

TEST_CASE("display width counts wide characters twice and combining marks not at all", "[text][utf8]") {
  CHECK(displayWidth(U"Điều") == 4);
  CHECK(displayWidth(U"漢字") == 4);
  CHECK(displayWidth(U"e\u0301") == 1);
}

TEST_CASE("encoding and decoding round-trip", "[text][utf8]") {
  const std::string text = "Ủy ban Kiểm tra — 漢";
  CHECK(encodeUtf8(decodeUtf8(text)) == text);
}
