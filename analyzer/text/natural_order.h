#pragma once

#include <string_view>

namespace rasoat::text {

// The order a reader expects of names with numbers: "xã Số 2" before "xã Số
// 10", "Điều 9" before "Điều 10". Runs of digits compare by value (leading
// zeros ignored), the rest by its matching form (case, normal form and tone
// placement do not count), byte by byte.
bool naturalLess(std::string_view a, std::string_view b);

}  // namespace rasoat::text
