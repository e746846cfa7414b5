#include "report/docx_writer.h"

#include <memory>
#include <numeric>
#include <sstream>

#include <utf8proc.h>
#include <zip.h>
#include <pugixml.hpp>

#include "report/escape.h"
#include "text/utf8.h"

namespace rasoat::report::docx {

namespace {

constexpr const char* kMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kRelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// Twentieths of a point: A4, and the margins of Hướng dẫn 36-HD/VPTW.
constexpr int kA4Short = 11906, kA4Long = 16838;
constexpr int kMarginTop = 1134, kMarginBottom = 1134;  // 20 mm
constexpr int kMarginLeft = 1701;                       // 30 mm
constexpr int kMarginRight = 850;                       // 15 mm
constexpr int kHeaderDistance = 567;                    // 10 mm

constexpr const char* kContentTypes = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>
)";

constexpr const char* kPackageRelationships = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
)";

constexpr const char* kDocumentRelationships = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>
)";

// Times New Roman 13 pt, Vietnamese; a title style (14 pt, bold, centred), a
// heading style, and the tight spacing of table cells.
constexpr const char* kStyles = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before="60" w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:jc w:val="center"/><w:spacing w:before="240" w:after="60"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:jc w:val="center"/><w:spacing w:before="0" w:after="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="40" w:after="40" w:line="252" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>
)";

// Liberation Serif has Times New Roman's metrics: where Times New Roman is
// missing (LibreOffice on Linux), the pages break at the same words.
constexpr const char* kFontTable = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="Times New Roman"><w:altName w:val="Liberation Serif"/><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>
)";

// The page number, centred at the top; the first page has none (header2).
constexpr const char* kPageNumberHeader = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>
)";
constexpr const char* kEmptyHeader = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>
)";

// A document's name is printed in capitals ("BÁO CÁO RÀ SOÁT ...").
std::string capitals(const std::string& text) {
  std::u32string letters = text::decodeUtf8(text);
  for (char32_t& c : letters) c = static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(c)));
  return text::encodeUtf8(letters);
}

void setAttribute(pugi::xml_node node, const char* name, const char* value) {
  node.append_attribute(name) = value;
}

pugi::xml_node child(pugi::xml_node parent, const char* name, const char* value = nullptr) {
  pugi::xml_node node = parent.append_child(name);
  if (value) setAttribute(node, "w:val", value);
  return node;
}

void addRun(pugi::xml_node paragraph, const std::string& text, const Run& marks, int points = 0) {
  pugi::xml_node run = paragraph.append_child("w:r");
  pugi::xml_node properties = run.append_child("w:rPr");
  if (points > 0) {
    child(properties, "w:sz", std::to_string(points * 2).c_str());
    child(properties, "w:szCs", std::to_string(points * 2).c_str());
  }
  if (marks.bold) child(properties, "w:b");
  if (marks.italic) child(properties, "w:i");
  if (marks.op == text::DiffOp::removed) {
    child(properties, "w:strike");
    child(properties, "w:color", "C00000");
  }
  if (marks.op == text::DiffOp::added) {
    child(properties, "w:b");
    child(properties, "w:color", "006100");
    child(properties, "w:u", "single");
  }
  pugi::xml_node node = run.append_child("w:t");
  setAttribute(node, "xml:space", "preserve");
  node.text().set(xmlSafeText(text).c_str());
}

pugi::xml_node newParagraph(pugi::xml_node parent, const char* style, Align align) {
  pugi::xml_node paragraph = parent.append_child("w:p");
  pugi::xml_node properties = paragraph.append_child("w:pPr");
  if (style) child(properties, "w:pStyle", style);
  if (align != Align::both || style)
    child(properties, "w:jc", align == Align::centre ? "center" : align == Align::left ? "left" : "both");
  return paragraph;
}

// Runs as paragraphs: a newline in a run's text starts a new paragraph.
void addParagraphs(pugi::xml_node parent, const Runs& runs, const char* style, Align align, int points = 0) {
  pugi::xml_node paragraph = newParagraph(parent, style, align);
  for (const Run& run : runs) {
    std::size_t start = 0;
    while (true) {
      const std::size_t end = run.text.find('\n', start);
      const std::string piece = run.text.substr(start, end == std::string::npos ? std::string::npos : end - start);
      if (!piece.empty()) addRun(paragraph, piece, run, points);
      if (end == std::string::npos) break;
      paragraph = newParagraph(parent, style, align);
      start = end + 1;
    }
  }
}

void setWidth(pugi::xml_node node, const char* name, int width) {
  pugi::xml_node size = node.append_child(name);
  size.append_attribute("w:w") = width;
  setAttribute(size, "w:type", "dxa");
}

void setBorders(pugi::xml_node properties, const char* kind) {
  pugi::xml_node borders = properties.append_child("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    pugi::xml_node border = borders.append_child(side);
    setAttribute(border, "w:val", kind);
    border.append_attribute("w:sz") = 4;
    border.append_attribute("w:space") = 0;
    setAttribute(border, "w:color", "000000");
  }
}

pugi::xml_node newTable(pugi::xml_node body, const std::vector<int>& widths, bool ruled) {
  pugi::xml_node table = body.append_child("w:tbl");
  pugi::xml_node properties = table.append_child("w:tblPr");
  setWidth(properties, "w:tblW", std::accumulate(widths.begin(), widths.end(), 0));
  child(properties, "w:tblLayout").append_attribute("w:type") = "fixed";
  setBorders(properties, ruled ? "single" : "nil");
  pugi::xml_node grid = table.append_child("w:tblGrid");
  for (int width : widths) grid.append_child("w:gridCol").append_attribute("w:w") = width;
  return table;
}

void addCell(pugi::xml_node row, int width, const Runs& runs, const char* fill, Align align, int points = 0) {
  pugi::xml_node cell = row.append_child("w:tc");
  pugi::xml_node properties = cell.append_child("w:tcPr");
  setWidth(properties, "w:tcW", width);
  if (fill) {
    pugi::xml_node shading = properties.append_child("w:shd");
    setAttribute(shading, "w:val", "clear");
    setAttribute(shading, "w:color", "auto");
    setAttribute(shading, "w:fill", fill);
  }
  addParagraphs(cell, runs, "TableText", align, points);
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

struct Part {
  const char* name;
  std::string bytes;
};

std::string writePackage(const std::vector<Part>& parts, std::ostream& out) {
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, SourceDeleter> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) return "cannot create the .docx package in memory";
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (!archive) return "cannot create the .docx package in memory";
  zip_source_keep(buffer.get());  // the archive's close would free it; the bytes are read after
  bool added = true;
  for (const Part& part : parts) added = added && addPart(archive, part.name, part.bytes);
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

}  // namespace

Runs fromSpans(const std::vector<text::DiffSpan>& spans, bool bold) {
  Runs runs;
  for (const auto& span : spans) runs.push_back(Run{span.text, span.op, bold, false});
  return runs;
}

struct Table::Node {
  pugi::xml_node table;
};

struct Document::Impl {
  bool landscape = true;
  pugi::xml_document xml;
  pugi::xml_node body;
  int textWidth() const { return (landscape ? kA4Long : kA4Short) - kMarginLeft - kMarginRight; }
};

Document::Document(bool landscape) : impl_(std::make_unique<Impl>()) {
  impl_->landscape = landscape;
  pugi::xml_node declaration = impl_->xml.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  declaration.append_attribute("standalone") = "yes";
  pugi::xml_node root = impl_->xml.append_child("w:document");
  setAttribute(root, "xmlns:w", kMain);
  setAttribute(root, "xmlns:r", kRelationshipsNs);
  impl_->body = root.append_child("w:body");
}

Document::~Document() = default;

void Document::addTitleBlock(const std::vector<std::string>& issuer, const std::string& motto, const std::string& name,
                             const std::vector<std::string>& about) {
  const int width = impl_->textWidth();
  const std::vector<int> widths = {width * 2 / 5, width - width * 2 / 5};
  pugi::xml_node table = newTable(impl_->body, widths, false);
  pugi::xml_node row = table.append_child("w:tr");
  Runs left;
  for (std::size_t i = 0; i < issuer.size(); ++i)
    left.push_back(Run{issuer[i] + "\n", text::DiffOp::same, i + 1 == issuer.size(), false});
  left.push_back(Run{"*", text::DiffOp::same, false, false});
  addCell(row, widths[0], left, nullptr, Align::centre);
  pugi::xml_node cell = row.append_child("w:tc");
  setWidth(cell.append_child("w:tcPr"), "w:tcW", widths[1]);
  pugi::xml_node paragraph = newParagraph(cell, "TableText", Align::centre);
  Run mottoRun{motto, text::DiffOp::same, true, false};
  addRun(paragraph, motto, mottoRun);
  child(paragraph.last_child().child("w:rPr"), "w:u", "single");
  addParagraphs(impl_->body, {Run{capitals(name), text::DiffOp::same, true, false}}, "Title", Align::centre);
  for (const std::string& line : about) addParagraphs(impl_->body, {Run{line}}, "Subtitle", Align::centre);
  newParagraph(impl_->body, nullptr, Align::both);
}

void Document::addHeading(const std::string& text) {
  addParagraphs(impl_->body, {Run{text}}, "Heading1", Align::left);
}

void Document::addParagraph(const Runs& runs, Align align) {
  addParagraphs(impl_->body, runs, nullptr, align);
}

Table Document::addTable(const std::vector<int>& shares, const std::vector<std::string>& headings,
                         const std::vector<Align>& aligns, int points) {
  Table table;
  table.aligns_ = aligns;
  table.fontPoints_ = points;
  const int total = std::accumulate(shares.begin(), shares.end(), 0);
  const int width = impl_->textWidth();
  int used = 0;
  for (std::size_t i = 0; i < shares.size(); ++i) {
    table.widths_.push_back(i + 1 == shares.size() ? width - used : width * shares[i] / total);
    used += table.widths_.back();
  }
  table.node_ = std::make_shared<Table::Node>(Table::Node{newTable(impl_->body, table.widths_, true)});
  std::vector<Runs> cells;
  cells.reserve(headings.size());
  for (const std::string& heading : headings) cells.push_back({Run{heading, text::DiffOp::same, true, false}});
  table.addRow(cells, RowLook::header);
  return table;
}

void Table::addRow(const std::vector<Runs>& cells, RowLook look) {
  pugi::xml_node row = node_->table.append_child("w:tr");
  pugi::xml_node properties = row.append_child("w:trPr");
  child(properties, "w:cantSplit");
  if (look == RowLook::header) child(properties, "w:tblHeader");
  const char* fill = look == RowLook::header ? "D9D9D9" : look == RowLook::part ? "F2F2F2" : nullptr;
  for (std::size_t column = 0; column < cells.size() && column < widths_.size(); ++column) {
    Runs runs = cells[column];
    if (look == RowLook::header || look == RowLook::part || look == RowLook::heading) {
      for (Run& run : runs) run.bold = true;
    }
    const Align align = look == RowLook::header   ? Align::centre
                        : column < aligns_.size() ? aligns_[column]
                                                  : Align::both;
    addCell(row, widths_[column], runs, fill, align, fontPoints_);
  }
}

std::string Document::write(std::ostream& out) const {
  // The body ends with a paragraph (Word wants one after a table) and the section.
  pugi::xml_document xml;
  xml.reset(impl_->xml);
  pugi::xml_node body = xml.child("w:document").child("w:body");
  body.append_child("w:p");
  pugi::xml_node section = body.append_child("w:sectPr");
  pugi::xml_node first = section.append_child("w:headerReference");
  setAttribute(first, "w:type", "default");
  setAttribute(first, "r:id", "rId3");
  pugi::xml_node second = section.append_child("w:headerReference");
  setAttribute(second, "w:type", "first");
  setAttribute(second, "r:id", "rId4");
  pugi::xml_node page = section.append_child("w:pgSz");
  page.append_attribute("w:w") = impl_->landscape ? kA4Long : kA4Short;
  page.append_attribute("w:h") = impl_->landscape ? kA4Short : kA4Long;
  if (impl_->landscape) setAttribute(page, "w:orient", "landscape");
  pugi::xml_node margins = section.append_child("w:pgMar");
  margins.append_attribute("w:top") = kMarginTop;
  margins.append_attribute("w:right") = kMarginRight;
  margins.append_attribute("w:bottom") = kMarginBottom;
  margins.append_attribute("w:left") = kMarginLeft;
  margins.append_attribute("w:header") = kHeaderDistance;
  margins.append_attribute("w:footer") = kHeaderDistance;
  margins.append_attribute("w:gutter") = 0;
  section.append_child("w:titlePg");
  std::ostringstream document;
  xml.save(document, "", pugi::format_raw);
  return writePackage({{"[Content_Types].xml", kContentTypes},
                       {"_rels/.rels", kPackageRelationships},
                       {"word/_rels/document.xml.rels", kDocumentRelationships},
                       {"word/document.xml", document.str()},
                       {"word/styles.xml", kStyles},
                       {"word/fontTable.xml", kFontTable},
                       {"word/header1.xml", kPageNumberHeader},
                       {"word/header2.xml", kEmptyHeader}},
                      out);
}

}  // namespace rasoat::report::docx
