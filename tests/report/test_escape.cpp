#include <catch2/catch.hpp>

#include "report/escape.h"

using namespace rasoat::report;

TEST_CASE("HTML escaping turns markup in document text into text", "[report][escape]") {
  CHECK(escapeHtml("<script>alert(\"x\")</script>") == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  CHECK(escapeHtml("Đảng ủy & Ban Thường vụ 'BTV'") == "Đảng ủy &amp; Ban Thường vụ &#39;BTV&#39;");
  CHECK(escapeHtml("a\x01"
                   "b\tc\n") == "ab\tc\n");
}

TEST_CASE("a Markdown cell keeps pipes, markup and line breaks inside the cell", "[report][escape]") {
  CHECK(escapeMarkdownCell("a | b") == "a \\| b");
  CHECK(escapeMarkdownCell("dòng 1\ndòng 2") == "dòng 1<br>dòng 2");
  CHECK(escapeMarkdownCell("<b>*x*</b>") == "&lt;b&gt;\\*x\\*&lt;/b&gt;");
  CHECK(escapeMarkdown("[link](x)\n# h") == "\\[link\\](x)\n\\# h");
}

TEST_CASE("Markdown escaping leaves the HTML entities it writes intact", "[report][escape]") {
  // "'" becomes "&#39;"; escaping its "#" again would show "&#39;" to the reader.
  CHECK(escapeMarkdownCell("'nháy' # | &") == "&#39;nháy&#39; \\# \\| &amp;");
}

TEST_CASE("CSV fields are quoted when needed and never read as formulas", "[report][escape]") {
  CHECK(escapeCsvField("Điều 5") == "Điều 5");
  CHECK(escapeCsvField("a, b") == "\"a, b\"");
  CHECK(escapeCsvField("say \"x\"") == "\"say \"\"x\"\"\"");
  CHECK(escapeCsvField("two\nlines") == "\"two\nlines\"");
  CHECK(escapeCsvField("=SUM(A1)") == "'=SUM(A1)");
  CHECK(escapeCsvField("-1+2") == "'-1+2");
  CHECK(escapeCsvField("- Căn cứ Điều lệ Đảng") == "- Căn cứ Điều lệ Đảng");
}
