#include <catch2/catch.hpp>

#include "model/quantity.h"

using namespace rasoat::model;

TEST_CASE("Vietnamese digits: dot for thousands, comma for decimals", "[model][quantity]") {
  CHECK(parseDigits("1.500")->exact() == "1500");
  CHECK(parseDigits("2,5")->exact() == "2.5");
  CHECK(parseDigits("1.500,25")->exact() == "1500.25");
  CHECK(parseDigits("2.5")->exact() == "2.5");
  CHECK(parseDigits("50")->exact() == "50");
  CHECK_FALSE(parseDigits("1.50.0").has_value());
}

TEST_CASE("number words", "[model][quantity]") {
  using K = NumberWord::Kind;
  CHECK(numberFromWords({{K::digit, 3}})->exact() == "3");                                // ba
  CHECK(numberFromWords({{K::ten, 0}, {K::digit, 5}})->exact() == "15");                  // mười lăm
  CHECK(numberFromWords({{K::digit, 2}, {K::tens, 0}})->exact() == "20");                 // hai mươi
  CHECK(numberFromWords({{K::digit, 2}, {K::tens, 0}, {K::digit, 5}})->exact() == "25");  // hai mươi lăm
  CHECK(numberFromWords({{K::digit, 1}, {K::hundred, 0}})->exact() == "100");             // một trăm
  CHECK_FALSE(numberFromWords({}).has_value());
}

TEST_CASE("money scales exactly and prints normalised", "[model][quantity]") {
  CHECK(scaled(*parseDigits("50"), 9).formula() == "5e10");
  CHECK(scaled(*parseDigits("2,5"), 9).formula() == "2.5e9");
  CHECK(scaled(*parseDigits("2,5"), 9).exact() == "2500000000");
  CHECK(scaled(*parseDigits("1.500"), 9).formula() == "1.5e12");
  CHECK(scaled(*parseDigits("500"), 6).formula() == "5e8");
  CHECK(parseDigits("100")->formula() == "100");
}

TEST_CASE("fractions are exact", "[model][quantity]") {
  CHECK(fraction(2, 3).formula() == "2/3");
  CHECK(fraction(50, 100).formula() == "1/2");
  CHECK(ratio(*parseDigits("60"), *parseDigits("100")).formula() == "3/5");
}
