#include "report/xlsx_file.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace rasoat::report {

namespace {

std::string temporaryPath() {
  std::string pattern = (std::filesystem::temp_directory_path() / "rasoat-XXXXXX.xlsx").string();
  const int descriptor = mkstemps(pattern.data(), 5);
  if (descriptor < 0) return "";
  close(descriptor);
  return pattern;
}

}  // namespace

std::string writeWorkbook(const std::function<void(lxw_workbook*)>& fill, std::ostream& out) {
  const std::string path = temporaryPath();
  if (path.empty()) return "cannot create a temporary file for the .xlsx workbook";
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook) {
    std::remove(path.c_str());
    return "cannot create the .xlsx workbook";
  }
  fill(workbook);
  const lxw_error status = workbook_close(workbook);
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  std::remove(path.c_str());
  if (status != LXW_NO_ERROR || bytes.empty())
    return std::string("cannot write the .xlsx workbook: ") + lxw_strerror(status);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return "";
}

}  // namespace rasoat::report
