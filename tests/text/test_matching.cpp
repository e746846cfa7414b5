#include <catch2/catch.hpp>

#include "text/matching.h"

using rasoat::text::matchKey;

TEST_CASE("matching is case-insensitive and whitespace-insensitive", "[text][matching]") {
  CHECK(matchKey("BAN THƯỜNG VỤ") == matchKey("ban thường vụ"));
  CHECK(matchKey("Ban  Thường\tvụ ") == matchKey("ban thường vụ"));
}

TEST_CASE("the two tone-mark placements match", "[text][matching]") {
  CHECK(matchKey("Uỷ ban") == matchKey("Ủy ban"));
  CHECK(matchKey("hoà") == matchKey("hòa"));
  CHECK(matchKey("thuỷ") == matchKey("thủy"));
  CHECK(matchKey("khoẻ") == matchKey("khỏe"));
  CHECK(matchKey("quí") == matchKey("quý"));
  CHECK(matchKey("qui định") == matchKey("quy định"));
}

TEST_CASE("tone placement is left alone where it is not ambiguous", "[text][matching]") {
  CHECK(matchKey("hoàn thành") == "hoàn thành");  // closed syllable: tone stays on a
  CHECK(matchKey("quý") == "quý");                // qu + y
  CHECK(matchKey("khuya") == "khuya");
}

TEST_CASE("decomposed (NFD) text matches composed (NFC) text", "[text][matching]") {
  const std::string nfd = "Đie\xCC\x82\xCC\x80u";  // Đ i e + circumflex + grave u
  CHECK(matchKey(nfd) == matchKey("Điều"));
}
