#include <catch2/catch.hpp>

#include "model/number_limits.h"
#include "model/quantity.h"

using rasoat::model::numberOverLimits;
using rasoat::model::parseDigits;
using rasoat::model::scaled;

TEST_CASE("numbers over the magnitude or decimal limits are refused with a message", "[model][limits]") {
  const rasoat::Limits limits;
  CHECK_FALSE(numberOverLimits(scaled(*parseDigits("999999999999999"), 9), limits));  // 24 digits: at the limit
  const auto huge = numberOverLimits(scaled(*parseDigits("1" + std::string(400, '0')), 9), limits);
  REQUIRE(huge);
  CHECK(huge->message.en.find("(410 digits, limit 24)") != std::string::npos);
  CHECK(huge->message.en.find("--max-number-digits") != std::string::npos);
  CHECK_FALSE(numberOverLimits(*parseDigits("0,000000001"), limits));  // 9 places
  const auto tiny = numberOverLimits(*parseDigits("0,0000000001"), limits);
  REQUIRE(tiny);
  CHECK(tiny->message.en.find("has 10 decimal places, over the limit of 9") != std::string::npos);
  // The decimals that count are those of the value: 0,0000001 tỷ is 100 đồng.
  CHECK_FALSE(numberOverLimits(scaled(*parseDigits("0,0000001"), 9), limits));
  rasoat::Limits raised;
  raised.maxNumberDigits = 500;
  CHECK_FALSE(numberOverLimits(scaled(*parseDigits("1" + std::string(400, '0')), 9), raised));
}

TEST_CASE("a percentage with decimals is an exact ratio", "[model][quantity]") {
  using rasoat::model::ratio;
  CHECK(ratio(*parseDigits("50,5"), *parseDigits("100")).formula() == "101/200");
  CHECK(ratio(*parseDigits("0,5"), *parseDigits("100")).formula() == "1/200");
  CHECK(ratio(*parseDigits("150"), *parseDigits("100")).formula() == "3/2");
}
