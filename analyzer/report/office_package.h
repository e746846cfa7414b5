#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

// What `annotate` needs to give an office file back changed in a few parts
// only (report/docx_comments.cpp, report/odt_comments.cpp).
namespace rasoat::report::package {

// A part written anew: its name in the archive and its bytes.
struct Part {
  std::string name;
  std::string bytes;
};

// The archive `bytes` (read from `path`) with these parts replaced in place or
// added at the end; every other entry is copied by libzip as it was stored
// (its compressed bytes), in its order. Throws InputError naming the file.
std::string rewrite(const std::string& path, std::string_view bytes, const std::vector<Part>& parts);

// A part as pugixml writes it back: every node as parsed, no indentation added.
std::string serialised(const pugi::xml_document& document);

// Text for an XML text node of one paragraph: valid UTF-8, and control
// characters (which XML 1.0 cannot hold, or which would break the line) as spaces.
std::string paragraphText(std::string_view text);

}  // namespace rasoat::report::package
