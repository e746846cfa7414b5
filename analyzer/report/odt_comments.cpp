#include "report/odt_comments.h"

#include <algorithm>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "input/failure.h"
#include "input/odt_reader.h"
#include "input/xml_part.h"
#include "input/zip_archive.h"
#include "report/office_package.h"

namespace rasoat::report {

namespace {

constexpr const char* kContentPart = "content.xml";

// The namespaces an annotation's metadata uses, declared on the root when the
// file does not declare them (LibreOffice always does).
void declareNamespaces(pugi::xml_node root) {
  if (!root.attribute("xmlns:dc")) root.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  if (!root.attribute("xmlns:meta"))
    root.append_attribute("xmlns:meta") = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
}

bool isParagraph(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  return name == "text:p" || name == "text:h";
}

// The paragraph a comment goes on; one in a text box goes on the paragraph
// that anchors the frame.
pugi::xml_node anchorParagraph(const std::vector<pugi::xml_node>& paragraphs, int ordinal) {
  const bool known = ordinal >= 1 && static_cast<std::size_t>(ordinal) <= paragraphs.size();
  pugi::xml_node paragraph = paragraphs[known ? static_cast<std::size_t>(ordinal) - 1 : 0];
  pugi::xml_node outer = paragraph;
  for (pugi::xml_node up = paragraph.parent(); up; up = up.parent()) {
    if (std::string_view(up.name()) == "draw:text-box") {
      for (pugi::xml_node anchor = up.parent(); anchor; anchor = anchor.parent()) {
        if (isParagraph(anchor)) {
          outer = anchor;
          up = anchor;
          break;
        }
      }
    }
  }
  return outer;
}

std::set<std::string> annotationNames(const pugi::xml_node& text) {
  std::set<std::string> names;
  for (const pugi::xpath_node& note : text.select_nodes(".//office:annotation[@office:name]"))
    names.insert(note.node().attribute("office:name").value());
  return names;
}

void fillAnnotation(pugi::xml_node note, const std::string& name, const CommentAuthor& author,
                    const WordComment& comment) {
  note.append_attribute("office:name") = name.c_str();
  note.append_child("dc:creator").text().set(author.name.c_str());
  // LibreOffice writes local time without a zone; the UTC time is kept as such.
  std::string date = author.date;
  if (!date.empty() && date.back() == 'Z') date.pop_back();
  note.append_child("dc:date").text().set(date.c_str());
  note.append_child("meta:creator-initials").text().set(author.initials.c_str());
  const std::size_t count = std::max<std::size_t>(comment.lines.size(), 1);
  for (std::size_t i = 0; i < count; ++i) {
    std::string line = i < comment.lines.size() ? comment.lines[i] : std::string();
    if (i == 0 && !comment.lead.empty()) line = comment.lead + " " + line;
    note.append_child("text:p").text().set(package::paragraphText(line).c_str());
  }
}

}  // namespace

std::string annotateOdt(const std::string& path, std::string_view bytes, const std::vector<WordComment>& comments,
                        const CommentAuthor& author, const Limits& limits) {
  input::ZipArchive archive(path, bytes, limits);
  const std::optional<std::string> raw = archive.read(kContentPart);
  if (!raw)
    input::fail(path, "tệp OpenDocument thiếu phần content.xml", "the OpenDocument file has no content.xml part");
  pugi::xml_document content = input::parseXmlPartToRewrite(path, kContentPart, *raw);
  pugi::xml_node root = content.child("office:document-content");
  pugi::xml_node text = root.child("office:body").child("office:text");
  if (!text) {
    input::fail(path, "content.xml không có thân văn bản (office:text)", "content.xml has no text body (office:text)");
  }
  if (comments.empty()) return std::string(bytes);  // nothing to add: the file as it was
  declareNamespaces(root);
  std::vector<pugi::xml_node> paragraphs = input::odtParagraphs(path, text, limits);
  if (paragraphs.empty()) paragraphs.push_back(text.append_child("text:p"));

  std::set<std::string> names = annotationNames(text);
  int next = 1;
  std::vector<std::pair<pugi::xml_node, std::vector<std::string>>> anchors;
  for (const WordComment& comment : comments) {
    std::string name;
    do name = fmt::format("rasoat-{}", next++);
    while (names.count(name));
    names.insert(name);
    pugi::xml_node paragraph = anchorParagraph(paragraphs, comment.paragraph);
    auto found = std::find_if(anchors.begin(), anchors.end(), [&](const auto& a) { return a.first == paragraph; });
    if (found == anchors.end()) found = anchors.insert(anchors.end(), {paragraph, {}});
    // The annotations of one paragraph open in the order of the findings.
    pugi::xml_node after;
    for (pugi::xml_node child = paragraph.first_child(); child; child = child.next_sibling()) {
      if (std::string_view(child.name()) != "office:annotation") break;
      after = child;
    }
    pugi::xml_node note =
        after ? paragraph.insert_child_after("office:annotation", after) : paragraph.prepend_child("office:annotation");
    fillAnnotation(note, name, author, comment);
    found->second.push_back(name);
  }
  for (auto& [paragraph, ids] : anchors) {
    for (const std::string& name : ids)
      paragraph.append_child("office:annotation-end").append_attribute("office:name") = name.c_str();
  }
  return package::rewrite(path, bytes, {{kContentPart, package::serialised(content)}});
}

}  // namespace rasoat::report
