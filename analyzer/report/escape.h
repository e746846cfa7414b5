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

}  // namespace rasoat::report

namespace rasoat::report {

// Text for an XML writer (pugixml, libxlsxwriter escape the markup): the
// characters XML 1.0 does not allow (controls other than tab and newline)
// dropped, so that a hostile byte cannot make the package unreadable.
std::string xmlSafeText(std::string_view text);

}  // namespace rasoat::report
