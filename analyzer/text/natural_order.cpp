#include "text/natural_order.h"

#include <string>

#include "text/matching.h"

namespace rasoat::text {

namespace {

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

// The run of digits at `i`, without its leading zeros; moves `i` past it.
std::string_view digitRun(std::string_view text, std::size_t& i) {
  while (i + 1 < text.size() && text[i] == '0' && isDigit(text[i + 1])) ++i;
  const std::size_t begin = i;
  while (i < text.size() && isDigit(text[i])) ++i;
  return text.substr(begin, i - begin);
}

// <0, 0, >0 as a before, equal to, after b.
int compareNatural(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (isDigit(a[i]) && isDigit(b[j])) {
      const std::string_view x = digitRun(a, i), y = digitRun(b, j);
      if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
      if (const int order = x.compare(y); order != 0) return order;
      continue;
    }
    if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]) ? -1 : 1;
    ++i;
    ++j;
  }
  return (a.size() - i) == (b.size() - j) ? 0 : (i == a.size() ? -1 : 1);
}

}  // namespace

bool naturalLess(std::string_view a, std::string_view b) {
  const int folded = compareNatural(matchKey(a), matchKey(b));
  // Equal once folded ("Số 2", "số 02"): the bytes decide, for a stable order.
  return folded != 0 ? folded < 0 : a < b;
}

}  // namespace rasoat::text
