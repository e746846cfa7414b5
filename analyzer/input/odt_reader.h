#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "base/limits.h"
#include "input/read_options.h"
#include "input/rendering.h"

namespace rasoat::input {

// An OpenDocument text (.odt) as LibreOffice shows it: content.xml, one line
// per paragraph, list labels from the list styles (text:list-style, the
// outline style of headings), annotations and notes left out, tracked
// changes accepted (or the original with options.original).
Rendering readOdt(const std::string& path, std::string_view bytes, const Limits& limits, const ReadOptions& options);

// The paragraphs (text:p, text:h) of content.xml's office:text in the order
// the reader numbers them: paragraph N of a finding is odtParagraphs(...)[N - 1]
// (`annotate` anchors its comments there). Throws InputError as readOdt does.
std::vector<pugi::xml_node> odtParagraphs(const std::string& path, const pugi::xml_node& text, const Limits& limits);

}  // namespace rasoat::input
