#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <xlsxwriter.h>

// libxlsxwriter writes only to a file name: a workbook goes to a private
// temporary file, which is read back into the stream and removed.
namespace rasoat::report {

class XlsxFile {
 public:
  XlsxFile();
  ~XlsxFile();
  XlsxFile(const XlsxFile&) = delete;
  XlsxFile& operator=(const XlsxFile&) = delete;

  // Null when the temporary file or the workbook could not be made (error()).
  lxw_workbook* workbook() const { return workbook_; }
  const std::string& error() const { return error_; }
  // Closes the workbook and copies its bytes to `out`; "" or what went wrong (English).
  std::string finish(std::ostream& out);

 private:
  std::string path_;
  lxw_workbook* workbook_ = nullptr;
  std::string error_;
};

// A workbook made by `fill` and copied to `out`: "" or what went wrong (English).
std::string writeWorkbook(const std::function<void(lxw_workbook*)>& fill, std::ostream& out);

// A header cell: bold, wrapped, grey, framed.
lxw_format* headerFormat(lxw_workbook* workbook);
// A text cell: wrapped, at the top, framed.
lxw_format* textFormat(lxw_workbook* workbook);

// Row heights. Excel and LibreOffice do not grow a row for text a program
// wrote, so every row is given the height its wrapped text takes, estimated
// from the column's width (units of a digit of the default font) and the
// text: words are laid on lines as a wrapping program lays them, capitals
// counted wider. Measured on LibreOffice's print of Times New Roman 12 pt
// with DejaVu Serif standing in (the wider case), so a row is not too short
// where the office's own Times New Roman is narrower.
constexpr double kXlsxLinePoints = 15;  // one line of 12 pt text
// Lines `text` takes in a column `width` units wide; its line breaks kept.
int wrappedLines(std::string_view text, double width);
// A cell's text and the width of the column (or of the columns merged) it is in.
struct CellText {
  std::string_view text;
  double width = 0;
};
// The height in points that fits the cell of most lines, at most Excel's 409.
double rowPoints(const std::vector<CellText>& cells);
// The height of lines of text in points (Excel's cap of 409 left to the caller).
double linesPoints(int lines);
constexpr double kXlsxMaximumRowPoints = 409;

// The title block of an office's table, over the table's columns (`widths`),
// as the .docx has it: the issuing body at the left, above a star, the motto
// at the right, the document's name in capitals, then the lines that say
// what it is about (the last one in italics, a summary). Times New Roman,
// every cell wrapped and its row as high as its text. Returns the first row
// after the block (and an empty row).
struct TitleBlock {
  std::vector<std::string> issuer;  // top to bottom
  std::string motto;
  std::string name;
  std::vector<std::string> about;
  std::string summary;
};
lxw_row_t writeTitleBlock(lxw_workbook* workbook, lxw_worksheet* sheet, const TitleBlock& title,
                          const std::vector<double>& widths);

// A4 landscape, one page wide, the office's margins, the page number at the
// top, the table's header row (`header`) repeated on every page and frozen.
void setUpOfficePrinting(lxw_worksheet* sheet, lxw_row_t header);

// A line under the table (or any text over all its columns): one merged,
// wrapped row as high as its text.
void writeWideLine(lxw_worksheet* sheet, lxw_row_t row, const std::string& text, const std::vector<double>& widths,
                   lxw_format* format);

}  // namespace rasoat::report
