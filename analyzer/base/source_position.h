#pragma once

#include <compare>

namespace rasoat {

// A place in the original file: 1-based line, 1-based column counted in
// Unicode code points, as the user's editor shows it.
struct Position {
  int line = 0;
  int column = 0;
  auto operator<=>(const Position&) const = default;
};

// A half-open range [begin, end) in the original file.
struct Range {
  Position begin;
  Position end;
  auto operator<=>(const Range&) const = default;
};

}  // namespace rasoat
