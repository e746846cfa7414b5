#include "model/number_limits.h"

#include <fmt/format.h>

namespace rasoat::model {

namespace {

// The number as written, shortened: a 400-digit number is not echoed whole.
std::string shown(const Quantity& quantity) {
  const std::string& text = quantity.text.empty() ? quantity.digits : quantity.text;
  return text.size() <= 40 ? text : text.substr(0, 32) + "…";
}

std::optional<NumberOverLimit> firstOver(std::initializer_list<const Quantity*> quantities, const Limits& limits) {
  for (const Quantity* quantity : quantities) {
    if (quantity) {
      if (auto over = numberOverLimits(*quantity, limits)) return over;
    }
  }
  return std::nullopt;
}

std::optional<NumberOverLimit> overInAtoms(const std::vector<Atom>& atoms, const Limits& limits) {
  for (const Atom& atom : atoms) {
    if (atom.number) {
      if (auto over = numberOverLimits(*atom.number, limits)) return over;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<NumberOverLimit> numberOverLimits(const Quantity& quantity, const Limits& limits) {
  if (quantity.digits == "0") return std::nullopt;
  // value = digits × 10^exponent: its integer part has digits + exponent digits.
  const long long integerDigits = static_cast<long long>(quantity.digits.size()) + quantity.exponent;
  const long long decimals = quantity.exponent < 0 ? -static_cast<long long>(quantity.exponent) : 0;
  if (integerDigits > static_cast<long long>(limits.maxNumberDigits)) {
    return NumberOverLimit{
        {fmt::format("số \"{}\" quá lớn ({} chữ số, giới hạn {}); không đọc số này (nâng giới hạn bằng "
                     "--max-number-digits)",
                     shown(quantity), integerDigits, limits.maxNumberDigits),
         fmt::format("number \"{}\" too large ({} digits, limit {}); it is not read (raise the limit with "
                     "--max-number-digits)",
                     shown(quantity), integerDigits, limits.maxNumberDigits)}};
  }
  if (decimals > static_cast<long long>(limits.maxDecimalPlaces)) {
    return NumberOverLimit{
        {fmt::format("số \"{}\" có {} chữ số thập phân, quá giới hạn {}; không đọc số này (nâng giới hạn bằng "
                     "--max-decimal-places)",
                     shown(quantity), decimals, limits.maxDecimalPlaces),
         fmt::format("number \"{}\" has {} decimal places, over the limit of {}; it is not read (raise the limit "
                     "with --max-decimal-places)",
                     shown(quantity), decimals, limits.maxDecimalPlaces)}};
  }
  return std::nullopt;
}

std::optional<NumberOverLimit> numberOverLimits(const Provision& provision, const Limits& limits) {
  if (auto over = overInAtoms(provision.condition.atoms, limits)) return over;
  for (const auto& exception : provision.condition.exceptions) {
    if (auto over = overInAtoms(exception, limits)) return over;
  }
  const Quantity* deadline = provision.deadline ? &*provision.deadline : nullptr;
  const Quantity* period = provision.frequency ? &provision.frequency->period : nullptr;
  const Quantity* times = provision.frequency && provision.frequency->times ? &*provision.frequency->times : nullptr;
  return firstOver({deadline, period, times}, limits);
}

std::optional<NumberOverLimit> numberOverLimits(const Parameter& parameter, const Limits& limits) {
  return firstOver({&parameter.value, parameter.times ? &*parameter.times : nullptr}, limits);
}

}  // namespace rasoat::model
