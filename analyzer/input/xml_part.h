#pragma once

#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace rasoat::input {

// Parses one XML part of an office document. A part with a document type
// declaration (<!DOCTYPE ...>, where entities would be declared) is refused:
// Word and LibreOffice never write one, and pugixml is never asked to expand
// anything but the five predefined entities and character references.
// Throws InputError naming the file and the part.
pugi::xml_document parseXmlPart(const std::string& path, const std::string& part, std::string_view bytes);
// The same, keeping all that is written back when the part is rewritten
// (`annotate`): the XML declaration, processing instructions, comments.
pugi::xml_document parseXmlPartToRewrite(const std::string& path, const std::string& part, std::string_view bytes);

// The local name of an element ("w:p" → "p"), and its namespace prefix.
std::string_view localName(const pugi::xml_node& node);
bool isElement(const pugi::xml_node& node, std::string_view qualifiedName);

}  // namespace rasoat::input
