#include "input/number_formats.h"

#include <utility>

namespace rasoat::input {

std::string romanNumeral(int value, bool upper) {
  if (value < 1 || value >= 4000) return std::to_string(value);
  static constexpr std::pair<int, const char*> kDigits[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string text;
  for (const auto& [amount, digits] : kDigits) {
    for (; value >= amount; value -= amount) text += digits;
  }
  if (upper) {
    for (char& c : text) c = static_cast<char>(c - 'a' + 'A');
  }
  return text;
}

std::string repeatedLetters(int value, bool upper) {
  if (value < 1) return std::to_string(value);
  const char letter = static_cast<char>((upper ? 'A' : 'a') + (value - 1) % 26);
  return std::string(static_cast<std::size_t>((value - 1) / 26 + 1), letter);
}

}  // namespace rasoat::input
