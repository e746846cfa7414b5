#pragma once

#include <string>
#include <string_view>

#include "base/limits.h"

namespace rasoat::input {

// An old binary Word file (.doc) converted to .docx by LibreOffice
// (`soffice --headless --convert-to docx`) in a private temporary directory
// removed afterwards; the .docx bytes. Throws InputError naming the file when
// LibreOffice is not installed (naming the Debian package), fails, or takes
// longer than two minutes.
std::string convertDocToDocx(const std::string& path, std::string_view bytes);

}  // namespace rasoat::input
