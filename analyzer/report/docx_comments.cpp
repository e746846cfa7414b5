#include "report/docx_comments.h"

#include <algorithm>
#include <climits>
#include <map>
#include <optional>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "input/failure.h"
#include "input/word_paragraphs.h"
#include "input/xml_part.h"
#include "input/zip_archive.h"
#include "report/office_package.h"

namespace rasoat::report {

namespace {

constexpr const char* kMainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kCommentsRelationship =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
constexpr const char* kCommentsContentType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
constexpr const char* kRelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";
constexpr const char* kRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kDocumentPart = "word/document.xml";
constexpr const char* kDocumentRelationships = "word/_rels/document.xml.rels";
constexpr const char* kContentTypes = "[Content_Types].xml";

std::optional<pugi::xml_document> optionalPart(input::ZipArchive& archive, const std::string& name) {
  const std::optional<std::string> bytes = archive.read(name);
  if (!bytes) return std::nullopt;
  return input::parseXmlPartToRewrite(archive.path(), name, *bytes);
}

// The part a relationship of word/document.xml points at ("comments.xml",
// "/word/comments.xml"), as an entry name of the archive.
std::string partOfTarget(const std::string& path, const std::string& target) {
  std::string name = !target.empty() && target.front() == '/' ? target.substr(1) : "word/" + target;
  while (name.rfind("word/./", 0) == 0) name.erase(5, 2);
  if (!input::isSafeEntryName(name)) {
    input::fail(path, fmt::format("quan hệ của word/document.xml trỏ ra ngoài tệp ('{}')", target),
                fmt::format("a relationship of word/document.xml points out of the package ('{}')", target));
  }
  return name;
}

bool namesMatch(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

long long idOf(const pugi::xml_node& node) {
  return node.attribute("w:id").as_llong(-1);
}

// The highest comment id in use: the comments part's and the anchors' in the
// body (an anchor whose comment is missing still holds its id).
long long highestCommentId(const pugi::xml_node& body, const pugi::xml_node& comments) {
  long long highest = -1;
  for (pugi::xml_node comment = comments.child("w:comment"); comment; comment = comment.next_sibling("w:comment"))
    highest = std::max(highest, idOf(comment));
  for (const pugi::xpath_node& anchor :
       body.select_nodes(".//w:commentRangeStart | .//w:commentRangeEnd | .//w:commentReference"))
    highest = std::max(highest, idOf(anchor.node()));
  return highest;
}

// The paragraph a comment goes on. One in a text box goes on the paragraph
// that anchors the drawing: Word keeps no comment inside a text box.
pugi::xml_node anchorParagraph(const std::vector<pugi::xml_node>& paragraphs, int ordinal) {
  const std::size_t index = ordinal >= 1 && static_cast<std::size_t>(ordinal) <= paragraphs.size()
                                ? static_cast<std::size_t>(ordinal) - 1
                                : 0;
  pugi::xml_node paragraph = paragraphs[index];
  for (int depth = 0; depth < 64; ++depth) {
    const pugi::xml_node box = input::ancestorNamed(paragraph, "w:txbxContent");
    if (!box) break;
    const pugi::xml_node outer = input::ancestorNamed(box, "w:p");
    if (!outer) break;
    paragraph = outer;
  }
  return paragraph;
}

// What the styles part defines: the comment styles are used when it has them
// (Word's own names), plain runs and paragraphs otherwise.
struct CommentStyles {
  bool reference = false;
  bool text = false;
};

CommentStyles commentStylesOf(const std::optional<pugi::xml_document>& styles) {
  CommentStyles found;
  if (!styles) return found;
  for (pugi::xml_node style = styles->child("w:styles").child("w:style"); style;
       style = style.next_sibling("w:style")) {
    const std::string_view id = style.attribute("w:styleId").value();
    if (id == "CommentReference") found.reference = true;
    if (id == "CommentText") found.text = true;
  }
  return found;
}

void setValue(pugi::xml_node node, const char* name, const std::string& value) {
  node.append_attribute(name) = value.c_str();
}

pugi::xml_node referenceRun(pugi::xml_node paragraph, const CommentStyles& styles, const char* mark) {
  pugi::xml_node run = paragraph.append_child("w:r");
  if (styles.reference) setValue(run.append_child("w:rPr").append_child("w:rStyle"), "w:val", "CommentReference");
  return run.append_child(mark);
}

void addText(pugi::xml_node paragraph, const std::string& text, bool bold) {
  pugi::xml_node run = paragraph.append_child("w:r");
  if (bold) run.append_child("w:rPr").append_child("w:b");
  pugi::xml_node t = run.append_child("w:t");
  t.append_attribute("xml:space") = "preserve";
  t.text().set(text.c_str());
}

void appendComment(pugi::xml_node comments, long long id, const CommentAuthor& author, const WordComment& comment,
                   const CommentStyles& styles) {
  pugi::xml_node node = comments.append_child("w:comment");
  setValue(node, "w:id", std::to_string(id));
  setValue(node, "w:author", author.name);
  setValue(node, "w:date", author.date);
  setValue(node, "w:initials", author.initials);
  const std::size_t count = std::max<std::size_t>(comment.lines.size(), 1);
  for (std::size_t i = 0; i < count; ++i) {
    pugi::xml_node paragraph = node.append_child("w:p");
    if (styles.text) setValue(paragraph.append_child("w:pPr").append_child("w:pStyle"), "w:val", "CommentText");
    if (i == 0) {
      referenceRun(paragraph, styles, "w:annotationRef");
      if (!comment.lead.empty()) addText(paragraph, package::paragraphText(comment.lead) + " ", true);
    }
    if (i < comment.lines.size()) addText(paragraph, package::paragraphText(comment.lines[i]), false);
  }
}

// The range of each comment spans the whole paragraph: its start after the
// paragraph's properties, its end and the reference run at the end.
void anchorComments(pugi::xml_node paragraph, const std::vector<long long>& ids, const CommentStyles& styles) {
  pugi::xml_node after = paragraph.child("w:pPr");
  for (const long long id : ids) {
    pugi::xml_node start = after ? paragraph.insert_child_after("w:commentRangeStart", after)
                                 : paragraph.prepend_child("w:commentRangeStart");
    setValue(start, "w:id", std::to_string(id));
    after = start;
  }
  for (const long long id : ids) {
    setValue(paragraph.append_child("w:commentRangeEnd"), "w:id", std::to_string(id));
    setValue(referenceRun(paragraph, styles, "w:commentReference"), "w:id", std::to_string(id));
  }
}

// A paragraph to hold the comments of a body that has none (only a section's properties).
pugi::xml_node firstParagraph(pugi::xml_node body, std::vector<pugi::xml_node>& paragraphs) {
  if (paragraphs.empty()) paragraphs.push_back(body.prepend_child("w:p"));
  return paragraphs.front();
}

// The relationship of word/document.xml to its comments part, or a new one
// (a fresh rId, a part name no entry has).
struct CommentsPart {
  std::string name;
  bool existed = false;
};

CommentsPart commentsPartOf(const std::string& path, input::ZipArchive& archive, pugi::xml_node relationships,
                            bool& relationshipsChanged) {
  for (pugi::xml_node r = relationships.child("Relationship"); r; r = r.next_sibling("Relationship")) {
    if (std::string_view(r.attribute("Type").value()) == kCommentsRelationship &&
        std::string_view(r.attribute("TargetMode").value()) != "External")
      return {partOfTarget(path, r.attribute("Target").value()), true};
  }
  std::string name = "word/comments.xml";
  for (int n = 1; archive.contains(name); ++n) name = fmt::format("word/comments{}.xml", n);
  std::string id = "rIdRasoatComments";
  for (int n = 1;; ++n) {
    id = fmt::format("rId{}", n);
    if (!relationships.find_child_by_attribute("Relationship", "Id", id.c_str())) break;
  }
  pugi::xml_node relationship = relationships.append_child("Relationship");
  setValue(relationship, "Id", id);
  setValue(relationship, "Type", kCommentsRelationship);
  setValue(relationship, "Target", name.substr(5));
  relationshipsChanged = true;
  return {name, false};
}

bool declaresContentType(pugi::xml_node types, const std::string& part, const char* extension) {
  for (pugi::xml_node o = types.child("Override"); o; o = o.next_sibling("Override")) {
    if (namesMatch(o.attribute("PartName").value(), "/" + part)) return true;
  }
  if (!extension) return false;
  for (pugi::xml_node d = types.child("Default"); d; d = d.next_sibling("Default")) {
    if (namesMatch(d.attribute("Extension").value(), extension)) return true;
  }
  return false;
}

void declareOverride(pugi::xml_node types, const std::string& part, const char* contentType) {
  pugi::xml_node node = types.append_child("Override");
  setValue(node, "PartName", "/" + part);
  setValue(node, "ContentType", contentType);
}

pugi::xml_document newRelationships() {
  pugi::xml_document document;
  pugi::xml_node declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  declaration.append_attribute("standalone") = "yes";
  document.append_child("Relationships").append_attribute("xmlns") = kRelationshipsNamespace;
  return document;
}

pugi::xml_document newComments() {
  pugi::xml_document document;
  pugi::xml_node declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  declaration.append_attribute("standalone") = "yes";
  document.append_child("w:comments").append_attribute("xmlns:w") = kMainNamespace;
  return document;
}

}  // namespace

std::string annotateDocx(const std::string& path, std::string_view bytes, const std::vector<WordComment>& comments,
                         const CommentAuthor& author, const Limits& limits) {
  input::ZipArchive archive(path, bytes, limits);
  std::optional<pugi::xml_document> document = optionalPart(archive, kDocumentPart);
  if (!document)
    input::fail(path, "tệp Word thiếu phần word/document.xml", "the Word file has no word/document.xml part");
  pugi::xml_node body = document->child("w:document").child("w:body");
  if (!body)
    input::fail(path, "word/document.xml không có thân văn bản (w:body)", "word/document.xml has no body (w:body)");
  if (comments.empty()) return std::string(bytes);  // nothing to add: the file as it was
  std::optional<pugi::xml_document> types = optionalPart(archive, kContentTypes);
  if (!types || !types->child("Types")) {
    input::fail(path, "tệp Word thiếu phần [Content_Types].xml", "the Word file has no [Content_Types].xml part");
  }
  bool relationshipsChanged = false;
  std::optional<pugi::xml_document> relationships = optionalPart(archive, kDocumentRelationships);
  if (!relationships) {
    relationships = newRelationships();
    relationshipsChanged = true;
  }
  if (!relationships->child("Relationships")) {
    input::fail(path, "phần word/_rels/document.xml.rels không có Relationships",
                "part word/_rels/document.xml.rels has no Relationships element");
  }
  const CommentsPart commentsPart =
      commentsPartOf(path, archive, relationships->child("Relationships"), relationshipsChanged);
  std::optional<pugi::xml_document> commentsDocument = optionalPart(archive, commentsPart.name);
  if (!commentsDocument) commentsDocument = newComments();
  pugi::xml_node commentsRoot = commentsDocument->child("w:comments");
  if (!commentsRoot) {
    input::fail(path, fmt::format("phần '{}' không phải phần ghi chú của Word (w:comments)", commentsPart.name),
                fmt::format("part '{}' is not Word's comments part (w:comments)", commentsPart.name));
  }
  const CommentStyles styles = commentStylesOf(optionalPart(archive, "word/styles.xml"));

  long long next = highestCommentId(body, commentsRoot) + 1;
  if (next + static_cast<long long>(comments.size()) > INT_MAX) {
    input::fail(path, "số hiệu ghi chú của tệp đã quá lớn", "the file's comment ids are too large to add any");
  }
  std::vector<pugi::xml_node> paragraphs = input::wordParagraphs(body);
  firstParagraph(body, paragraphs);
  // Comments in the order of the findings; on one paragraph their ranges nest in that order.
  std::vector<std::pair<pugi::xml_node, std::vector<long long>>> anchors;
  for (const WordComment& comment : comments) {
    const pugi::xml_node paragraph = anchorParagraph(paragraphs, comment.paragraph);
    auto found = std::find_if(anchors.begin(), anchors.end(), [&](const auto& a) { return a.first == paragraph; });
    if (found == anchors.end()) found = anchors.insert(anchors.end(), {paragraph, {}});
    found->second.push_back(next);
    appendComment(commentsRoot, next, author, comment, styles);
    ++next;
  }
  for (const auto& [paragraph, ids] : anchors) anchorComments(paragraph, ids, styles);

  std::vector<package::Part> parts;
  parts.push_back({kDocumentPart, package::serialised(*document)});
  parts.push_back({commentsPart.name, package::serialised(*commentsDocument)});
  pugi::xml_node typesRoot = types->child("Types");
  bool typesChanged = false;
  if (!declaresContentType(typesRoot, commentsPart.name, nullptr)) {
    declareOverride(typesRoot, commentsPart.name, kCommentsContentType);
    typesChanged = true;
  }
  if (relationshipsChanged) {
    if (!declaresContentType(typesRoot, kDocumentRelationships, "rels")) {
      declareOverride(typesRoot, kDocumentRelationships, kRelationshipsContentType);
      typesChanged = true;
    }
    parts.push_back({kDocumentRelationships, package::serialised(*relationships)});
  }
  if (typesChanged) parts.push_back({kContentTypes, package::serialised(*types)});
  return package::rewrite(path, bytes, parts);
}

}  // namespace rasoat::report
