#pragma once

#include <vector>

#include <pugixml.hpp>

namespace rasoat::input {

// Every paragraph (w:p) of a Word body in reading order: the body's own, those
// of table cells, content controls (w:sdt) and text boxes (w:txbxContent,
// after the paragraph that anchors them), skipping the mc:Fallback copy of a
// drawing (its text is the mc:Choice's). The reader and `annotate` both
// number paragraphs by this walk: paragraph N is wordParagraphs(body)[N - 1].
std::vector<pugi::xml_node> wordParagraphs(const pugi::xml_node& body);

// The nearest ancestor with this qualified name, or an empty node.
pugi::xml_node ancestorNamed(const pugi::xml_node& node, const char* name);

}  // namespace rasoat::input
