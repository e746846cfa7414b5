#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "review/review_item.h"
#include "review/sheet_columns.h"

// Reviewer sheets: comments gathered on paper or by e-mail, typed into a
// spreadsheet, one row each, with columns for the unit ("Điều 5 khoản 2"), the
// comment, the reviewer and, optionally, the proposed wording. The first row
// names the columns (rules/review/sheet.yaml); without such a row the columns
// are taken in that order.
namespace rasoat::review {

using SheetRows = std::vector<std::vector<std::string>>;

// RFC 4180 with the separators spreadsheets write (comma, semicolon, tab: the
// one the first line uses most), a UTF-8 byte order mark skipped. InputError
// naming the file and line: not UTF-8, a quote never closed.
SheetRows parseCsv(const std::string& path, std::string_view bytes);

// The first worksheet of an .xlsx workbook (libzip + pugixml): shared strings,
// inline strings and numbers, each cell in the column its reference names.
// InputError naming the file: not a workbook, no worksheet, over the limits
// of an archive (entries, sizes, ratio), malformed XML.
SheetRows readXlsx(const std::string& path);

// The items of a sheet's rows: a row with neither comment nor wording is
// skipped; the reviewer is the file's name where the row names none.
std::vector<ReviewItem> sheetItems(const std::string& path, const SheetRows& rows, const SheetHeadings& headings);

// readXlsx or parseCsv by the file's extension, then sheetItems.
std::vector<ReviewItem> readSheet(const std::string& path, const SheetHeadings& headings);

// Whether the path names a sheet (.csv, .xlsx).
bool isSheet(const std::string& path);

// The name a file's items are signed with when they name no author: the
// file's name without its folder and extension.
std::string reviewerOfFile(const std::string& path);

}  // namespace rasoat::review
