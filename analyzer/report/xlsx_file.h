#pragma once

#include <functional>
#include <ostream>
#include <string>

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

}  // namespace rasoat::report
