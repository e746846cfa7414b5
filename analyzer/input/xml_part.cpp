#include "input/xml_part.h"

#include <fmt/format.h>

#include "input/failure.h"

namespace rasoat::input {

namespace {

// parse_doctype keeps a DOCTYPE as a node so that it can be refused; entity
// declarations are never expanded by pugixml (no parse_* flag does it).
// Whitespace between elements is kept: OpenDocument text counts it.
constexpr unsigned kOptions = pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata;

pugi::xml_document parse(const std::string& path, const std::string& part, std::string_view bytes, unsigned options) {
  pugi::xml_document document;
  const pugi::xml_parse_result result = document.load_buffer(bytes.data(), bytes.size(), options, pugi::encoding_utf8);
  if (!result) {
    fail(path,
         fmt::format("phần '{}' không phải XML hợp lệ (vị trí byte {}: {})", part, result.offset, result.description()),
         fmt::format("part '{}' is not valid XML (byte offset {}: {})", part, result.offset, result.description()));
  }
  for (pugi::xml_node node = document.first_child(); node; node = node.next_sibling()) {
    if (node.type() == pugi::node_doctype) {
      fail(path, fmt::format("phần '{}' có khai báo DOCTYPE, không đọc (tài liệu Word không có)", part),
           fmt::format("part '{}' has a DOCTYPE declaration; not read (office documents have none)", part));
    }
  }
  return document;
}

}  // namespace

pugi::xml_document parseXmlPart(const std::string& path, const std::string& part, std::string_view bytes) {
  return parse(path, part, bytes, kOptions);
}

pugi::xml_document parseXmlPartToRewrite(const std::string& path, const std::string& part, std::string_view bytes) {
  return parse(path, part, bytes, kOptions | pugi::parse_declaration | pugi::parse_pi | pugi::parse_comments);
}

std::string_view localName(const pugi::xml_node& node) {
  std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool isElement(const pugi::xml_node& node, std::string_view qualifiedName) {
  return node.type() == pugi::node_element && std::string_view(node.name()) == qualifiedName;
}

}  // namespace rasoat::input
