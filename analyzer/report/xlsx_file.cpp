#include "report/xlsx_file.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace rasoat::report {

XlsxFile::XlsxFile() {
  std::string pattern = (std::filesystem::temp_directory_path() / "rasoat-XXXXXX.xlsx").string();
  const int descriptor = mkstemps(pattern.data(), 5);
  if (descriptor < 0) {
    error_ = "cannot create a temporary file for the .xlsx workbook";
    return;
  }
  close(descriptor);
  path_ = pattern;
  workbook_ = workbook_new(path_.c_str());
  if (!workbook_) error_ = "cannot create the .xlsx workbook";
}

XlsxFile::~XlsxFile() {
  if (workbook_) workbook_close(workbook_);
  if (!path_.empty()) std::remove(path_.c_str());
}

std::string XlsxFile::finish(std::ostream& out) {
  if (!workbook_) return error_;
  const lxw_error status = workbook_close(workbook_);
  workbook_ = nullptr;
  std::ifstream in(path_, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (status != LXW_NO_ERROR || bytes.empty())
    return std::string("cannot write the .xlsx workbook: ") + lxw_strerror(status);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return "";
}

lxw_format* headerFormat(lxw_workbook* workbook) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_bold(format);
  format_set_text_wrap(format);
  format_set_bg_color(format, 0xE7E6E6);
  format_set_border(format, LXW_BORDER_THIN);
  return format;
}

lxw_format* textFormat(lxw_workbook* workbook) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_text_wrap(format);
  format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(format, LXW_BORDER_THIN);
  return format;
}

std::string writeWorkbook(const std::function<void(lxw_workbook*)>& fill, std::ostream& out) {
  XlsxFile file;
  if (file.workbook() == nullptr) return file.error();
  fill(file.workbook());
  return file.finish(out);
}

}  // namespace rasoat::report
