#include "input/office_files.h"

#include <zip.h>

#include <stdexcept>

namespace rasoat::testing {

namespace {

constexpr const char* kWordNamespaces =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
    R"(xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" )"
    R"(xmlns:v="urn:schemas-microsoft-com:vml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

}  // namespace

std::string zipOf(const std::map<std::string, std::string>& parts, bool compress) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) throw std::runtime_error("zip_open_from_source");
  zip_source_keep(buffer);
  for (const auto& [name, bytes] : parts) {
    zip_source_t* part = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), part, ZIP_FL_ENC_UTF_8);
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 9);
  }
  if (zip_close(archive) != 0) throw std::runtime_error("zip_close");
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  zip_source_read(buffer, bytes.data(), static_cast<zip_uint64_t>(size));
  zip_source_close(buffer);
  zip_source_free(buffer);
  return bytes;
}

std::string docxOf(const std::string& body, const std::string& numbering, const std::string& styles,
                   std::map<std::string, std::string> parts) {
  parts["[Content_Types].xml"] =
      R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)";
  parts["word/document.xml"] = std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:document )") + kWordNamespaces +
                               "><w:body>" + body + "</w:body></w:document>";
  if (!numbering.empty()) {
    parts["word/numbering.xml"] = std::string("<w:numbering ") + kWordNamespaces + ">" + numbering + "</w:numbering>";
  }
  if (!styles.empty())
    parts["word/styles.xml"] = std::string("<w:styles ") + kWordNamespaces + ">" + styles + "</w:styles>";
  return zipOf(parts);
}

std::string wordParagraph(const std::string& text, const std::string& properties) {
  return "<w:p>" + (properties.empty() ? std::string() : "<w:pPr>" + properties + "</w:pPr>") +
         R"(<w:r><w:t xml:space="preserve">)" + text + "</w:t></w:r></w:p>";
}

std::string numbered(const std::string& text, int numId, int level) {
  return wordParagraph(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
                                 std::to_string(numId) + "\"/></w:numPr>");
}

std::string odtOf(const std::string& text, const std::string& styles) {
  const std::string content = R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content )"
                              R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
                              R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
                              R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
                              R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
                              R"(xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" )"
                              R"(xmlns:dc="http://purl.org/dc/elements/1.1/">)"
                              "<office:automatic-styles>" +
                              styles + "</office:automatic-styles><office:body><office:text>" + text +
                              "</office:text></office:body></office:document-content>";
  return zipOf({{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", content}}, false);
}

}  // namespace rasoat::testing
