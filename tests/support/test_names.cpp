// The suite's own hygiene: every test must be runnable by name from CTest.
// catch_discover_tests passes each name to the test binary as its argument,
// so a name Catch2 would take for an option ("--statistics …") fails in CI
// with "Unrecognised token" although it passes when the binary runs whole.
#include <catch2/catch.hpp>

TEST_CASE("no test is named so that Catch2 would read its name as an option", "[suite]") {
  for (const auto& test : Catch::getRegistryHub().getTestCaseRegistry().getAllTests()) {
    const std::string& name = test.getTestCaseInfo().name;
    INFO(name);
    CHECK_FALSE(name.empty());
    if (!name.empty()) CHECK(name.front() != '-');
  }
}
