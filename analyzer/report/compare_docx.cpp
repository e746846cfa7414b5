// The comparison table as a Word document: a WordprocessingML package written
// with pugixml (the XML) and libzip (the package), in memory.
#include <memory>
#include <sstream>

#include <zip.h>
#include <pugixml.hpp>

#include "report/compare_writers.h"
#include "report/escape.h"

namespace rasoat::report {

namespace {

constexpr const char* kMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

constexpr const char* kContentTypes = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
)";

constexpr const char* kRelationships = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
)";

// A4 landscape, 2 cm margins: the text width in twentieths of a point.
constexpr int kTextWidth = 16838 - 2 * 1134;
constexpr int kColumns[3] = {kTextWidth * 37 / 100, kTextWidth * 37 / 100, kTextWidth * 26 / 100};

void addRun(pugi::xml_node paragraph, const std::string& text, bool bold, text::DiffOp op) {
  pugi::xml_node run = paragraph.append_child("w:r");
  pugi::xml_node properties = run.append_child("w:rPr");
  if (bold) properties.append_child("w:b");
  if (op == text::DiffOp::removed) {
    properties.append_child("w:strike");
    properties.append_child("w:color").append_attribute("w:val") = "C00000";
  }
  if (op == text::DiffOp::added) {
    properties.append_child("w:u").append_attribute("w:val") = "single";
    properties.append_child("w:color").append_attribute("w:val") = "006100";
  }
  pugi::xml_node node = run.append_child("w:t");
  node.append_attribute("xml:space") = "preserve";
  node.text().set(xmlSafeText(text).c_str());
}

// A cell's spans as paragraphs: a newline in the text starts a new paragraph.
void addParagraphs(pugi::xml_node cell, const std::vector<text::DiffSpan>& spans, bool bold) {
  pugi::xml_node paragraph = cell.append_child("w:p");
  for (const auto& span : spans) {
    std::size_t start = 0;
    while (true) {
      const std::size_t end = span.text.find('\n', start);
      const std::string piece = span.text.substr(start, end == std::string::npos ? std::string::npos : end - start);
      if (!piece.empty()) addRun(paragraph, piece, bold, span.op);
      if (end == std::string::npos) break;
      paragraph = cell.append_child("w:p");
      start = end + 1;
    }
  }
}

void addCell(pugi::xml_node row, int width, const std::vector<text::DiffSpan>& spans, bool bold, bool shaded) {
  pugi::xml_node cell = row.append_child("w:tc");
  pugi::xml_node properties = cell.append_child("w:tcPr");
  pugi::xml_node size = properties.append_child("w:tcW");
  size.append_attribute("w:w") = width;
  size.append_attribute("w:type") = "dxa";
  if (shaded) {
    pugi::xml_node shading = properties.append_child("w:shd");
    shading.append_attribute("w:val") = "clear";
    shading.append_attribute("w:color") = "auto";
    shading.append_attribute("w:fill") = "E7E6E6";
  }
  addParagraphs(cell, spans, bold);
}

pugi::xml_node addTable(pugi::xml_node body) {
  pugi::xml_node table = body.append_child("w:tbl");
  pugi::xml_node properties = table.append_child("w:tblPr");
  pugi::xml_node width = properties.append_child("w:tblW");
  width.append_attribute("w:w") = kTextWidth;
  width.append_attribute("w:type") = "dxa";
  properties.append_child("w:tblLayout").append_attribute("w:type") = "fixed";
  pugi::xml_node borders = properties.append_child("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    pugi::xml_node border = borders.append_child(side);
    border.append_attribute("w:val") = "single";
    border.append_attribute("w:sz") = 4;
    border.append_attribute("w:space") = 0;
    border.append_attribute("w:color") = "000000";
  }
  pugi::xml_node grid = table.append_child("w:tblGrid");
  for (int column : kColumns) grid.append_child("w:gridCol").append_attribute("w:w") = column;
  return table;
}

void addTextParagraph(pugi::xml_node body, const std::string& text, bool bold) {
  addParagraphs(body, {{text::DiffOp::same, text}}, bold);
}

std::string documentXml(const CompareTable& table, Language language) {
  const CompareWords words = compareWords(language);
  pugi::xml_document document;
  pugi::xml_node declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  declaration.append_attribute("standalone") = "yes";
  pugi::xml_node root = document.append_child("w:document");
  root.append_attribute("xmlns:w") = kMain;
  pugi::xml_node body = root.append_child("w:body");
  addTextParagraph(body, words.title, true);
  addTextParagraph(body, words.current + ": " + table.beforeTitle, false);
  addTextParagraph(body, words.draft + ": " + table.afterTitle, false);
  addTextParagraph(body, words.summary + ": " + compareSummary(table, language), false);
  pugi::xml_node tableNode = addTable(body);
  pugi::xml_node header = tableNode.append_child("w:tr");
  header.append_child("w:trPr").append_child("w:tblHeader");
  const std::string headings[3] = {words.current, words.draft, words.change};
  for (int column = 0; column < 3; ++column)
    addCell(header, kColumns[column], {{text::DiffOp::same, headings[column]}}, true, true);
  for (const CompareRow& row : table.rows) {
    pugi::xml_node node = tableNode.append_child("w:tr");
    const bool heading = row.depth <= 1;
    addCell(node, kColumns[0], row.before, heading, row.depth == 0);
    addCell(node, kColumns[1], row.after, heading, row.depth == 0);
    addCell(node, kColumns[2], {{text::DiffOp::same, changeText(row, language, "\n")}}, false, row.depth == 0);
  }
  body.append_child("w:p");  // Word wants a paragraph after a table
  pugi::xml_node section = body.append_child("w:sectPr");
  pugi::xml_node page = section.append_child("w:pgSz");
  page.append_attribute("w:w") = 16838;
  page.append_attribute("w:h") = 11906;
  page.append_attribute("w:orient") = "landscape";
  pugi::xml_node margins = section.append_child("w:pgMar");
  for (const char* side : {"w:top", "w:right", "w:bottom", "w:left"}) margins.append_attribute(side) = 1134;
  for (const char* side : {"w:header", "w:footer", "w:gutter"}) margins.append_attribute(side) = 0;
  std::ostringstream xml;
  document.save(xml, "", pugi::format_raw);
  return xml.str();
}

struct SourceDeleter {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};

// Adds one part; libzip copies nothing until zip_close, so `bytes` must live until then.
bool addPart(zip_t* archive, const char* name, const std::string& bytes) {
  zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
  if (!source) return false;
  if (zip_file_add(archive, name, source, ZIP_FL_ENC_UTF_8) < 0) {
    zip_source_free(source);
    return false;
  }
  return true;
}

}  // namespace

std::string writeCompareDocx(const CompareTable& table, Language language, std::ostream& out) {
  const std::string parts[3] = {kContentTypes, kRelationships, documentXml(table, language)};
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, SourceDeleter> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) return "cannot create the .docx package in memory";
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (!archive) return "cannot create the .docx package in memory";
  zip_source_keep(buffer.get());  // the archive's close would free it; the bytes are read after
  const bool added = addPart(archive, "[Content_Types].xml", parts[0]) && addPart(archive, "_rels/.rels", parts[1]) &&
                     addPart(archive, "word/document.xml", parts[2]);
  if (!added || zip_close(archive) < 0) {
    zip_discard(archive);
    return "cannot write the .docx package";
  }
  zip_stat_t stat;
  if (zip_source_stat(buffer.get(), &stat) < 0 || zip_source_open(buffer.get()) < 0)
    return "cannot read back the .docx package";
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t read = zip_source_read(buffer.get(), bytes.data(), stat.size);
  zip_source_close(buffer.get());
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) return "cannot read back the .docx package";
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return "";
}

}  // namespace rasoat::report
