#include "input/docx_reader.h"

#include <optional>
#include <vector>

#include <fmt/format.h>

#include "input/failure.h"
#include "input/word_numbering.h"
#include "input/word_paragraphs.h"
#include "input/xml_part.h"
#include "input/zip_archive.h"

namespace rasoat::input {

namespace {

std::string authorOf(const pugi::xml_node& change) {
  return change.attribute("w:author").value();
}

// What a paragraph's runs show: the text of w:t, tabs and breaks as spaces,
// field results but not field codes (w:instrText, or w:t between a field's
// begin and separate), tracked insertions or deletions as the reading asks,
// nothing from drawings (text boxes are paragraphs of their own), comments or
// footnote marks.
class RunText {
 public:
  explicit RunText(const ReadOptions& options) : options_(options) {}

  std::string of(const pugi::xml_node& paragraph) {
    std::string text;
    pugi::xml_node node = paragraph.first_child();
    while (node) {
      const bool descend = visit(node, text);
      if (descend && node.first_child()) {
        node = node.first_child();
        continue;
      }
      while (node && !node.next_sibling() && node != paragraph) node = node.parent();
      if (!node || node == paragraph) break;
      node = node.next_sibling();
    }
    return text;
  }

 private:
  bool skipped(const pugi::xml_node& node, std::string_view name) const {
    if (name == "w:pPr" || name == "w:rPr" || name == "w:drawing" || name == "w:pict" || name == "w:object" ||
        name == "mc:AlternateContent" || name == "w:instrText" || name == "w:delInstrText" || name == "w:p" ||
        name == "w:fldData" || name == "w:sdtPr" || name == "w:sdtEndPr") {
      return true;
    }
    if (name == "w:ins" || name == "w:moveTo") return !options_.accepts(authorOf(node));
    if (name == "w:del" || name == "w:moveFrom") return options_.accepts(authorOf(node));
    return false;
  }

  // Adds what the node shows; says whether its children are to be visited.
  bool visit(const pugi::xml_node& node, std::string& text) {
    if (node.type() != pugi::node_element) return false;
    const std::string_view name = node.name();
    if (skipped(node, name)) return false;
    if (name == "w:fldChar") {
      const std::string_view type = node.attribute("w:fldCharType").value();
      if (type == "begin") fields_.push_back(true);
      if (type == "separate" && !fields_.empty()) fields_.back() = false;
      if (type == "end" && !fields_.empty()) fields_.pop_back();
      return false;
    }
    const bool inCode = !fields_.empty() && fields_.back();
    if (name == "w:t" || name == "w:delText" || name == "m:t") {
      if (!inCode) text += node.text().get();
      return false;
    }
    if (name == "w:tab" || name == "w:ptab") text += '\t';
    if (name == "w:br" || name == "w:cr") text += ' ';
    if (name == "w:noBreakHyphen") text += '-';
    return true;
  }

  ReadOptions options_;
  std::vector<bool> fields_;  // open fields: true while in the field code
};

std::string valueOf(const pugi::xml_node& node) {
  return node.attribute("w:val").value();
}

// A header-like row: a table row of exactly two cells, shown side by side.
pugi::xml_node twoColumnRowOf(const pugi::xml_node& paragraph) {
  const pugi::xml_node cell = ancestorNamed(paragraph, "w:tc");
  if (!cell) return {};
  const pugi::xml_node row = cell.parent();
  if (std::string_view(row.name()) != "w:tr") return {};
  int cells = 0;
  for (pugi::xml_node c = row.child("w:tc"); c; c = c.next_sibling("w:tc")) ++cells;
  return cells == 2 ? row : pugi::xml_node{};
}

bool isInLeftCell(const pugi::xml_node& paragraph, const pugi::xml_node& row) {
  return ancestorNamed(paragraph, "w:tc") == row.child("w:tc");
}

bool hasTrackedChanges(const pugi::xml_node& body) {
  return body.select_node(".//w:ins | .//w:del | .//w:moveFrom | .//w:moveTo");
}

class DocxRenderer {
 public:
  DocxRenderer(std::string path, WordNumbering numbering, WordStyles styles, const ReadOptions& options)
      : path_(std::move(path)),
        numbering_(std::move(numbering)),
        styles_(std::move(styles)),
        runs_(options),
        options_(options) {}

  Rendering render(const pugi::xml_node& body) {
    const std::vector<pugi::xml_node> paragraphs = wordParagraphs(body);
    for (std::size_t i = 0; i < paragraphs.size(); ++i) paragraph(paragraphs[i], static_cast<int>(i) + 1);
    flushRow();
    return std::move(rendering_);
  }

 private:
  void paragraph(const pugi::xml_node& node, int ordinal) {
    const pugi::xml_node row = twoColumnRowOf(node);
    if (row != row_) flushRow();
    pugi::xml_node properties = node.child("w:pPr");
    const pugi::xml_node change = properties.child("w:pPrChange");
    if (change && !options_.accepts(authorOf(change))) properties = change.child("w:pPr");
    const pugi::xml_node mark = node.child("w:pPr").child("w:rPr");
    const bool markGone = markInserted(mark, "w:ins") || markInserted(mark, "w:moveTo") || markDeleted(mark, "w:del") ||
                          markDeleted(mark, "w:moveFrom");
    std::string text = pending_ + runs_.of(node);
    pending_.clear();
    if (markGone) {
      // The paragraph mark is deleted: what is left runs on into the next paragraph.
      pending_ = std::move(text);
      return;
    }
    std::string number = numberOf(properties, ordinal);
    // The space or tab after a number is not shown when nothing follows it.
    if (text.empty() && !number.empty() && number.back() == ' ') number.pop_back();
    RenderedLine line{number + text, ordinal};
    if (!row) {
      rendering_.addLine(line.text, line.paragraph);
      return;
    }
    row_ = row;
    (isInLeftCell(node, row) ? left_ : right_).push_back(std::move(line));
  }

  // A paragraph mark inserted by a change not taken, or deleted by one taken.
  bool markInserted(const pugi::xml_node& mark, const char* name) const {
    const pugi::xml_node change = mark.child(name);
    return change && !options_.accepts(authorOf(change));
  }
  bool markDeleted(const pugi::xml_node& mark, const char* name) const {
    const pugi::xml_node change = mark.child(name);
    return change && options_.accepts(authorOf(change));
  }

  std::string numberOf(const pugi::xml_node& properties, int ordinal) {
    const std::string style = valueOf(properties.child("w:pStyle"));
    const pugi::xml_node numPr = properties.child("w:numPr");
    const NumberingRequest fromStyle = styles_.numberingOf(style);
    std::optional<std::string> numId = fromStyle.numId;
    std::optional<int> level = fromStyle.level;
    if (const pugi::xml_node id = numPr.child("w:numId")) numId = valueOf(id);
    if (const pugi::xml_node ilvl = numPr.child("w:ilvl")) level = ilvl.attribute("w:val").as_int(-1);
    if (!numId || numId->empty() || *numId == "0") return {};
    return numbering_.next(*numId, level, style.empty() ? styles_.defaultParagraphStyle() : style, ordinal);
  }

  void flushRow() {
    rendering_.addSideBySide(left_, right_);
    left_.clear();
    right_.clear();
    row_ = {};
  }

  std::string path_;
  WordNumbering numbering_;
  WordStyles styles_;
  RunText runs_;
  ReadOptions options_;
  Rendering rendering_;
  std::string pending_;
  pugi::xml_node row_;
  std::vector<RenderedLine> left_, right_;
};

std::optional<pugi::xml_document> optionalPart(ZipArchive& archive, const std::string& name) {
  const std::optional<std::string> bytes = archive.read(name);
  if (!bytes) return std::nullopt;
  return parseXmlPart(archive.path(), name, *bytes);
}

}  // namespace

Rendering readDocx(const std::string& path, std::string_view bytes, const Limits& limits, const ReadOptions& options) {
  ZipArchive archive(path, bytes, limits);
  const std::optional<pugi::xml_document> document = optionalPart(archive, "word/document.xml");
  if (!document) fail(path, "tệp Word thiếu phần word/document.xml", "the Word file has no word/document.xml part");
  const pugi::xml_node body = document->child("w:document").child("w:body");
  if (!body) fail(path, "word/document.xml không có thân văn bản (w:body)", "word/document.xml has no body (w:body)");
  const std::optional<pugi::xml_document> styles = optionalPart(archive, "word/styles.xml");
  const std::optional<pugi::xml_document> numbering = optionalPart(archive, "word/numbering.xml");
  WordStyles wordStyles = styles ? WordStyles(*styles) : WordStyles();
  DocxRenderer renderer(path, WordNumbering(path, numbering ? &*numbering : nullptr, wordStyles, limits), wordStyles,
                        options);
  Rendering rendering = renderer.render(body);
  rendering.format = Format::docx;
  if (hasTrackedChanges(body)) rendering.addTrackedChangesNote(options.original);
  return rendering;
}

}  // namespace rasoat::input
