#include "input/format.h"

namespace rasoat::input {

namespace {

bool startsWith(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

// The zip's central directory names its entries in clear: enough to tell a
// Word file from an OpenDocument one without opening the archive here.
Format zipFormat(std::string_view bytes) {
  if (bytes.find("word/document.xml") != std::string_view::npos) return Format::docx;
  if (bytes.find("content.xml") != std::string_view::npos &&
      bytes.find("application/vnd.oasis.opendocument.text") != std::string_view::npos) {
    return Format::odt;
  }
  return Format::zip;
}

}  // namespace

Format detectFormat(std::string_view bytes) {
  if (startsWith(bytes, "PK\x03\x04") || startsWith(bytes, "PK\x05\x06")) return zipFormat(bytes);
  if (startsWith(bytes, "%PDF-")) return Format::pdf;
  if (startsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return Format::doc;
  return Format::text;
}

std::string_view formatName(Format format) {
  switch (format) {
    case Format::text: return "text";
    case Format::docx: return "docx";
    case Format::odt: return "odt";
    case Format::pdf: return "pdf";
    case Format::doc: return "doc";
    case Format::zip: return "zip";
  }
  return "text";
}

}  // namespace rasoat::input
