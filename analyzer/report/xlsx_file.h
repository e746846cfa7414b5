#pragma once

#include <functional>
#include <ostream>
#include <string>

#include <xlsxwriter.h>

namespace rasoat::report {

// libxlsxwriter writes only to a file name: the workbook is made in a private
// temporary file by `fill`, read back into `out` and removed. Returns an error
// message (English), empty on success.
std::string writeWorkbook(const std::function<void(lxw_workbook*)>& fill, std::ostream& out);

}  // namespace rasoat::report
