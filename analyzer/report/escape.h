#pragma once

#include <string>
#include <string_view>

// Escaping of document text for every output format. Regulation text is
// hostile input as far as a writer is concerned: it may hold "<script>",
// quotes, pipes, separators or control characters, and must come out as
// text, never as markup.
namespace rasoat::report {

// HTML text or attribute value: & < > " ' escaped; control characters other
// than tab and newline dropped (they are not allowed in HTML).
std::string escapeHtml(std::string_view text);

// One cell of a Markdown (GFM) table: HTML-escaped (renderers pass HTML
// through), Markdown punctuation backslash-escaped, "|" escaped so it does not
// split the cell, newlines as <br>.
std::string escapeMarkdownCell(std::string_view text);

// Markdown text outside tables: as a cell, but newlines kept.
std::string escapeMarkdown(std::string_view text);

// One CSV field (RFC 4180): quoted when it holds a separator, quote or line
// break, with quotes doubled. A field that a spreadsheet would read as a
// formula (= + @, or - followed by no space) is prefixed with an apostrophe.
std::string escapeCsvField(std::string_view text);

// A text's own lines, each passed through `each`, joined by `separator` (a
// sheet's cell of several lines as "<br>" in HTML, indented lines in text).
template <class Each>
std::string joinLines(std::string_view text, Each each, std::string_view separator) {
  std::string out;
  for (std::size_t start = 0;;) {
    const std::size_t end = text.find('\n', start);
    out += each(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return out;
    out += separator;
    start = end + 1;
  }
}

}  // namespace rasoat::report

namespace rasoat::report {

// Text for an XML writer (pugixml, libxlsxwriter escape the markup): the
// characters XML 1.0 does not allow (controls other than tab and newline)
// dropped, so that a hostile byte cannot make the package unreadable.
std::string xmlSafeText(std::string_view text);

}  // namespace rasoat::report
