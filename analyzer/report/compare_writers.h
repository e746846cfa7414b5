#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "report/compare_table.h"

// The writers of the comparison table. Every piece of document text goes
// through escape.h; the bytes go to a stream (the CLI's OutputFile, which
// writes the file whole or not at all).
namespace rasoat::report {

// How the printed table is laid out (options of `rasoat compare`).
struct CompareLayout {
  bool numberColumn = false;   // --stt: an "STT" column first
  bool reasonColumn = false;   // --reason-column: an empty "Lý do, giải trình" column last, to fill in
  bool foldUnchanged = false;  // --fold-unchanged: an unchanged article as its heading and a note
  bool byteOrderMark = false;  // --bom: a UTF-8 BOM before the CSV, for Excel
};

// The column headings of the .docx, .xlsx and .csv tables for a layout.
std::vector<std::string> compareHeadings(const CompareLayout& layout, Language language);

// One self-contained page (no network): unchanged rows folded in <details>,
// words added in <ins> and removed in <del>, printable.
void writeCompareHtml(const CompareTable& table, Language language, std::ostream& out);
// A GFM table, with <ins>/<del> inside the cells.
void writeCompareMarkdown(const CompareTable& table, Language language, std::ostream& out);
// RFC 4180: a header row and one record per row, CRLF line ends; the STT and
// reason columns and a BOM as the layout asks.
void writeCompareCsv(const CompareTable& table, Language language, const CompareLayout& layout, std::ostream& out);
// A Word document ready to print (docx_writer.h): title block, A4 landscape,
// the header row repeated on each page, rows not split, insertions bold and
// underlined, deletions struck through. Returns an error message (English),
// empty on success.
std::string writeCompareDocx(const CompareTable& table, Language language, const CompareLayout& layout,
                             std::ostream& out);
// A workbook (libxlsxwriter): one sheet, rich text marks, printed A4
// landscape, fit to the page width, the header row repeated, row heights that
// fit the wrapped text. Returns an error message (English), empty on success.
std::string writeCompareXlsx(const CompareTable& table, Language language, const CompareLayout& layout,
                             std::ostream& out);

}  // namespace rasoat::report
