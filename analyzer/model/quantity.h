#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rasoat::model {

// The unit a quantity is counted in. `none`: a bare number with no unit read
// (a witness of an attribute the lexicon gives no unit).
enum class Unit {
  none,
  count,
  dong,
  day,
  workday,
  week,
  month,
  quarter,
  year,
  person,
  member,
  fraction,
  hectare,
  squareMetre
};
// "dong", "workday", "m2": the name in formulas and JSON ("" for none).
std::string_view unitName(Unit unit);
std::optional<Unit> unitFromName(std::string_view name);

// An exact number as written: a decimal (digits × 10^exponent) or a fraction.
// Amounts are kept exact ("2,5 tỷ đồng" is exactly 2500000000) so that the
// solver sees the boundary the text wrote, not a rounded double.
struct Quantity {
  std::string digits = "0";  // numerator digits, no sign
  int exponent = 0;          // value = digits × 10^exponent / denominator
  long long denominator = 1;
  Unit unit = Unit::none;
  std::string text;  // as written

  double value() const;
  // "5e10", "2.5e9", "100", "2/3", "0.5": the normalised number of formulas.
  std::string formula() const;
  // "50000000000", "2/3": exact, for the solver (SMT-LIB real syntax is built from it).
  std::string exact() const;
};

// Digits written the Vietnamese way: "1.500" is fifteen hundred, "2,5" is two
// and a half; "2.5" (a single dot not followed by three digits) is 2.5 too.
std::optional<Quantity> parseDigits(const std::string& text);
// One Vietnamese number word as the clause grammar types it (the words
// themselves live in grammar/ClauseLexer.g4): a digit 1–9, "mười" (ten),
// "mươi" (tens of the digit before), "trăm" (hundreds of the digit before).
struct NumberWord {
  enum class Kind { digit, ten, tens, hundred };
  Kind kind = Kind::digit;
  int digit = 0;
};
// "mười lăm" = 15, "hai mươi" = 20, "ba" = 3, "một trăm" = 100.
std::optional<Quantity> numberFromWords(const std::vector<NumberWord>& words);
Quantity fraction(long long numerator, long long denominator);
// Multiplies by 10^power (units: nghìn 3, triệu 6, tỷ 9).
Quantity scaled(Quantity quantity, int power);
// Multiplies by a small whole factor (3 months a quarter).
Quantity multiplied(Quantity quantity, long long factor);
// Quantity of a rational (numerator/denominator) with the given unit.
Quantity ratio(const Quantity& numerator, const Quantity& denominator);

}  // namespace rasoat::model
