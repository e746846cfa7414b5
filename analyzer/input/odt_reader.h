#pragma once

#include <string>
#include <string_view>

#include "base/limits.h"
#include "input/read_options.h"
#include "input/rendering.h"

namespace rasoat::input {

// An OpenDocument text (.odt) as LibreOffice shows it: content.xml, one line
// per paragraph, list labels from the list styles (text:list-style, the
// outline style of headings), annotations and notes left out, tracked
// changes accepted (or the original with options.original).
Rendering readOdt(const std::string& path, std::string_view bytes, const Limits& limits, const ReadOptions& options);

}  // namespace rasoat::input
