#pragma once

#include <string>
#include <string_view>

#include "base/limits.h"
#include "input/rendering.h"

namespace rasoat::input {

// The text layer of a PDF (poppler), as paragraphs: the words of each page
// gathered into lines by their position (the two columns of the header block
// stay on one line), lines wrapped at the right margin joined back into their
// paragraph, page numbers and the lines repeated at the top or bottom of
// every page dropped. A PDF with no text layer (a scan) is an input error.
Rendering readPdf(const std::string& path, std::string_view bytes, const Limits& limits);

}  // namespace rasoat::input
