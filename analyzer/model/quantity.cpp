#include "model/quantity.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <sstream>
#include <vector>

#include <fmt/format.h>

namespace rasoat::model {

namespace {

// Strips leading zeros, moves trailing zeros into the exponent.
Quantity normalised(Quantity q) {
  const auto first = q.digits.find_first_not_of('0');
  q.digits = first == std::string::npos ? "0" : q.digits.substr(first);
  if (q.digits == "0") {
    q.exponent = 0;
    return q;
  }
  while (q.digits.size() > 1 && q.digits.back() == '0') {
    q.digits.pop_back();
    ++q.exponent;
  }
  return q;
}

bool allDigits(const std::string& text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

// Approximate: the leading 17 digits and the rest as a power of ten, so that a
// number of hundreds of digits ("10^400 tỷ") gives infinity, not an exception.
double Quantity::value() const {
  const std::size_t kept = std::min<std::size_t>(digits.size(), 17);
  const double leading = std::stod(digits.substr(0, kept));
  const int power = exponent + static_cast<int>(digits.size() - kept);
  return leading * std::pow(10.0, power) / static_cast<double>(denominator);
}

std::string Quantity::exact() const {
  std::string number = digits;
  if (exponent >= 0) {
    if (number != "0") number += std::string(static_cast<std::size_t>(exponent), '0');
  } else {
    const auto shift = static_cast<std::size_t>(-exponent);
    if (number.size() <= shift) number = std::string(shift - number.size() + 1, '0') + number;
    number.insert(number.size() - shift, ".");
  }
  return denominator == 1 ? number : fmt::format("{}/{}", number, denominator);
}

std::string Quantity::formula() const {
  if (denominator != 1) return exact();
  const int magnitude = exponent + static_cast<int>(digits.size()) - 1;
  if (digits != "0" && exponent >= 3) {
    std::string mantissa = digits.substr(0, 1);
    if (digits.size() > 1) mantissa += "." + digits.substr(1);
    return fmt::format("{}e{}", mantissa, magnitude);
  }
  return exact();
}

std::optional<Quantity> parseDigits(const std::string& text) {
  std::string integer;
  std::string decimals;
  // Split on ',' (the decimal mark); dots are thousands separators when each
  // group after them has three digits, a decimal point otherwise.
  std::string head = text;
  const auto comma = text.find(',');
  if (comma != std::string::npos) {
    head = text.substr(0, comma);
    decimals = text.substr(comma + 1);
  }
  std::vector<std::string> groups;
  std::stringstream stream(head);
  for (std::string group; std::getline(stream, group, '.');) groups.push_back(group);
  bool thousands = groups.size() > 1;
  for (std::size_t i = 1; i < groups.size(); ++i) thousands = thousands && groups[i].size() == 3;
  if (thousands || groups.size() == 1) {
    for (const auto& group : groups) integer += group;
  } else if (groups.size() == 2 && decimals.empty()) {
    integer = groups[0];
    decimals = groups[1];
  } else {
    return std::nullopt;
  }
  if (!allDigits(integer) || (!decimals.empty() && !allDigits(decimals))) return std::nullopt;
  Quantity q;
  q.digits = integer + decimals;
  q.exponent = -static_cast<int>(decimals.size());
  q.text = text;
  q.unit = Unit::count;
  return normalised(q);
}

std::optional<Quantity> numberFromWords(const std::vector<NumberWord>& words) {
  if (words.empty()) return std::nullopt;
  long long total = 0;
  long long pending = 0;
  for (const NumberWord& word : words) {
    switch (word.kind) {
      case NumberWord::Kind::digit: pending = word.digit; break;
      case NumberWord::Kind::ten:
        total += 10;
        pending = 0;
        break;
      case NumberWord::Kind::tens:
        total += (pending == 0 ? 1 : pending) * 10;
        pending = 0;
        break;
      case NumberWord::Kind::hundred:
        total += (pending == 0 ? 1 : pending) * 100;
        pending = 0;
        break;
    }
  }
  Quantity q;
  q.digits = std::to_string(total + pending);
  q.unit = Unit::count;
  return normalised(q);
}

Quantity fraction(long long numerator, long long denominator) {
  const long long divisor = std::gcd(numerator, denominator == 0 ? 1 : denominator);
  Quantity q;
  q.digits = std::to_string(numerator / (divisor == 0 ? 1 : divisor));
  q.denominator = denominator / (divisor == 0 ? 1 : divisor);
  if (q.denominator == 0) q.denominator = 1;
  q.unit = Unit::fraction;
  return normalised(q);
}

Quantity scaled(Quantity quantity, int power) {
  quantity.exponent += power;
  return normalised(quantity);
}

Quantity multiplied(Quantity quantity, long long factor) {
  if (quantity.digits.size() > 15) return quantity;
  quantity.digits = std::to_string(std::stoll(quantity.digits) * factor);
  return normalised(quantity);
}

// Exact while both sides fit in 18 digits ("50,5%" is 101/200); beyond that
// the leading digits, as before: such numbers are over the limits anyway.
Quantity ratio(const Quantity& numerator, const Quantity& denominator) {
  const int shift = numerator.exponent - denominator.exponent;
  const std::size_t topDigits = numerator.digits.size() + static_cast<std::size_t>(std::max(shift, 0));
  const std::size_t bottomDigits = denominator.digits.size() + static_cast<std::size_t>(std::max(-shift, 0));
  if (topDigits <= 18 && bottomDigits <= 18 && numerator.denominator == 1 && denominator.denominator == 1) {
    long long top = std::stoll(numerator.digits);
    long long bottom = std::stoll(denominator.digits);
    for (int i = 0; i < shift; ++i) top *= 10;
    for (int i = 0; i < -shift; ++i) bottom *= 10;
    if (bottom != 0) return fraction(top, bottom);
  }
  const long long top = std::stoll(numerator.exact().substr(0, 18));
  const long long bottom = std::stoll(denominator.exact().substr(0, 18));
  return fraction(top, bottom);
}

}  // namespace rasoat::model
