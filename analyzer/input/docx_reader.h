#pragma once

#include <string>
#include <string_view>

#include "base/limits.h"
#include "input/read_options.h"
#include "input/rendering.h"

namespace rasoat::input {

// A Word document (.docx) as Word shows it: one line per paragraph, the
// automatic numbers in front (word/numbering.xml, styles.xml), tracked changes
// accepted (or the original with options.original), comments and footnotes
// left out, the two-column header table side by side on one line per row.
Rendering readDocx(const std::string& path, std::string_view bytes, const Limits& limits, const ReadOptions& options);

}  // namespace rasoat::input
