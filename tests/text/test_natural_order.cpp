#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "text/natural_order.h"

using rasoat::text::naturalLess;

TEST_CASE("natural order puts xã Số 2 before xã Số 10 and ignores case and leading zeros", "[text][natural]") {
  std::vector<std::string> names{"Đảng ủy xã Số 10",  "Đảng ủy xã Số 2",  "đảng ủy xã số 1",
                                 "Đảng ủy xã Số 02b", "Đảng ủy xã Số 11", "Đảng ủy xã Số 3"};
  std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return naturalLess(a, b); });
  CHECK(names == std::vector<std::string>{"đảng ủy xã số 1", "Đảng ủy xã Số 2", "Đảng ủy xã Số 02b", "Đảng ủy xã Số 3",
                                          "Đảng ủy xã Số 10", "Đảng ủy xã Số 11"});
  CHECK(naturalLess("xa-so-9.qc", "xa-so-10.qc"));
  CHECK_FALSE(naturalLess("xa-so-10.qc", "xa-so-9.qc"));
  CHECK_FALSE(naturalLess("a", "a"));
  CHECK(naturalLess("Điều 9", "Điều 10"));
  CHECK(naturalLess("ab", "abc"));
}
