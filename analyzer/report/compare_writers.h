#pragma once

#include <ostream>
#include <string>

#include "report/compare_table.h"

// The writers of the comparison table. Every piece of document text goes
// through escape.h; the bytes go to a stream (the CLI's OutputFile, which
// writes the file whole or not at all).
namespace rasoat::report {

// One self-contained page (no network): unchanged rows folded in <details>,
// words added in <ins> and removed in <del>, printable.
void writeCompareHtml(const CompareTable& table, Language language, std::ostream& out);
// A GFM table, with <ins>/<del> inside the cells.
void writeCompareMarkdown(const CompareTable& table, Language language, std::ostream& out);
// RFC 4180: a header row and one record per row, CRLF line ends.
void writeCompareCsv(const CompareTable& table, Language language, std::ostream& out);
// A WordprocessingML package (libzip + pugixml): a three-column table, bold
// header row repeated on each page, insertions underlined, deletions struck
// through. Returns an error message (English), empty on success.
std::string writeCompareDocx(const CompareTable& table, Language language, std::ostream& out);
// A workbook (libxlsxwriter): one sheet, the same three columns, rich text
// marks. Returns an error message (English), empty on success.
std::string writeCompareXlsx(const CompareTable& table, Language language, std::ostream& out);

}  // namespace rasoat::report
