#include <catch2/catch.hpp>

#include "report/terminal_text.h"
#include "report/text_diagnostics.h"
#include "support/parse_helpers.h"

using rasoat::report::terminalSafe;
using rasoat::report::validUtf8;

TEST_CASE("controls and bidi overrides are made visible for the terminal", "[report][hostile]") {
  CHECK(terminalSafe("Điều 1. Thường trực") == "Điều 1. Thường trực");
  CHECK(terminalSafe("a\u202Eb\u202Cc") == "a<U+202E>b<U+202C>c");
  CHECK(terminalSafe("\x1B[2Jx") == "<U+001B>[2Jx");
  CHECK(terminalSafe("x\u009B31my") == "x<U+009B>31my");
  CHECK(terminalSafe("tab\there") == "tab here");
  CHECK(terminalSafe("a\u2028b\u2029") == "a<U+2028>b<U+2029>");
  CHECK(terminalSafe("\u2066\u2067\u2068\u2069\u200E\u200F\u061C") ==
        "<U+2066><U+2067><U+2068><U+2069><U+200E><U+200F><U+061C>");
  CHECK(terminalSafe(std::string("bad\xFF\xC3", 5)) == "bad<0xFF><0xC3>");
  CHECK(terminalSafe(std::u32string(U"a\u202Eb")) == U"a<U+202E>b");
}

TEST_CASE("bytes that are not UTF-8 become U+FFFD before a JSON writer sees them", "[report][hostile]") {
  CHECK(validUtf8("Quy chế") == "Quy chế");
  CHECK(validUtf8(std::string("a\xFF"
                              "b",
                              3)) ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(validUtf8(std::string("\xED\xA0\x80", 3)) == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(validUtf8(std::string("\xE1\xBB", 2)) == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // truncated
}

TEST_CASE("a diagnostic quoting a line with U+202E shows it, with the caret still aligned", "[report][hostile]") {
  const auto workspace = rasoat::testing::testWorkspace();
  const auto* source = workspace->addText("x.qc", "Điều 1. A\n1. Ban \u202Ethường vụ\u202C quyết định.\n");
  rasoat::Diagnostic diagnostic;
  diagnostic.severity = rasoat::Severity::warning;
  diagnostic.path = "x\u202E.qc";
  diagnostic.range = {{2, 8}, {2, 18}};  // "\u202Ethường vụ": 17 columns once shown
  diagnostic.message = {"\u202Ethông báo", "\u202Emessage"};
  const std::string text = rasoat::report::renderDiagnostic(diagnostic, [&](const std::string&) { return source; },
                                                            {rasoat::Language::en, false});
  CHECK(text ==
        "x<U+202E>.qc:2:8: warning: <U+202E>message\n"
        "    2 | 1. Ban <U+202E>thường vụ<U+202C> quyết định.\n"
        "      |        ^~~~~~~~~~~~~~~~~\n");
  CHECK(text.find("\u202E") == std::string::npos);
}
