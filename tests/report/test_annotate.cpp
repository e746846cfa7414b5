// `rasoat annotate`: the findings as Word comments in the user's own .docx
// (report/docx_comments, cli/annotate_command; docs/annotate.md). The files
// are made here, part by part, and the output is reopened with libzip and
// pugixml.
#include <zip.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "base/input_error.h"
#include "input/docx_reader.h"
#include "input/odt_reader.h"
#include "input/office_files.h"
#include "input/word_paragraphs.h"
#include "report/docx_comments.h"
#include "report/odt_comments.h"
#include "support/cli_helpers.h"

using namespace rasoat;
using namespace rasoat::testing;

namespace {

namespace fs = std::filesystem;

// One entry of a zip as stored: its bytes once inflated, and how it is stored.
struct Entry {
  std::string bytes;
  zip_uint32_t crc = 0;
  zip_uint64_t compressedSize = 0;
  zip_uint16_t method = 0;
};

struct ArchiveClose {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};

std::vector<std::pair<std::string, Entry>> entriesOf(const std::string& package) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(package.data(), package.size(), 0, &error);
  REQUIRE(source != nullptr);
  std::unique_ptr<zip_t, ArchiveClose> archive(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
  REQUIRE(archive != nullptr);
  std::vector<std::pair<std::string, Entry>> entries;
  const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t stat;
    REQUIRE(zip_stat_index(archive.get(), static_cast<zip_uint64_t>(i), 0, &stat) == 0);
    Entry entry;
    entry.crc = stat.crc;
    entry.compressedSize = stat.comp_size;
    entry.method = stat.comp_method;
    entry.bytes.resize(static_cast<std::size_t>(stat.size));
    zip_file_t* file = zip_fopen_index(archive.get(), static_cast<zip_uint64_t>(i), 0);
    REQUIRE(file != nullptr);
    REQUIRE(zip_fread(file, entry.bytes.data(), stat.size) == static_cast<zip_int64_t>(stat.size));
    zip_fclose(file);
    entries.emplace_back(stat.name, std::move(entry));
  }
  return entries;
}

std::map<std::string, Entry> entryMap(const std::string& package) {
  std::map<std::string, Entry> map;
  for (auto& [name, entry] : entriesOf(package)) map[name] = std::move(entry);
  return map;
}

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

pugi::xml_document xmlOf(const std::string& bytes) {
  pugi::xml_document document;
  REQUIRE(document.load_buffer(bytes.data(), bytes.size()));
  return document;
}

// The text of a w:p or w:comment: its w:t (and w:delText) in order.
std::string textOf(const pugi::xml_node& node) {
  std::string text;
  for (const pugi::xpath_node& t : node.select_nodes(".//w:t | .//w:delText")) text += t.node().text().get();
  return text;
}

// Where each comment of document.xml is: the ordinal (as the reader numbers
// paragraphs) of the paragraph that holds its range start, its range end and
// its reference; 0 when they are not in one paragraph.
std::map<long long, int> anchorsOf(const pugi::xml_document& document) {
  const std::vector<pugi::xml_node> paragraphs = input::wordParagraphs(document.child("w:document").child("w:body"));
  std::map<long long, int> anchors;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    for (const pugi::xpath_node& start : paragraphs[i].select_nodes("w:commentRangeStart")) {
      const long long id = start.node().attribute("w:id").as_llong();
      const std::string end = "w:commentRangeEnd[@w:id='" + std::to_string(id) + "']";
      const std::string reference = "w:r/w:commentReference[@w:id='" + std::to_string(id) + "']";
      const bool whole = paragraphs[i].select_node(end.c_str()) && paragraphs[i].select_node(reference.c_str());
      anchors[id] = whole ? static_cast<int>(i) + 1 : 0;
    }
  }
  return anchors;
}

constexpr const char* kTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>)"
    R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
    R"(<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>)"
    R"(<Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/>)"
    R"(</Types>)";

constexpr const char* kRelationships =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>)"
    R"(<Relationship Id="rId6" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>)"
    R"(</Relationships>)";

constexpr const char* kOwnComments =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">)"
    R"(<w:comment w:id="3" w:author="Văn phòng" w:date="2026-04-01T09:00:00Z" w:initials="VP">)"
    R"(<w:p w14:paraId="1A2B3C4D"><w:r><w:t>Xem lại phạm vi.</w:t></w:r></w:p></w:comment></w:comments>)";

constexpr const char* kCommentsExtended =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">)"
    R"(<w15:commentEx w15:paraId="1A2B3C4D" w15:done="0"/></w15:commentsEx>)";

// Paragraph 1 holds the file's own comment 3; paragraph 2 tracked changes;
// paragraph 3 anchors a text box (paragraph 4; its VML fallback copy is not
// counted); paragraph 5 is the last.
std::string bodyWithCommentsChangesAndTextBox() {
  return R"(<w:p><w:commentRangeStart w:id="3"/><w:r><w:t>Điều 1. Phạm vi điều chỉnh</w:t></w:r>)"
         R"(<w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r></w:p>)"
         R"(<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">1. Ban Thường vụ </w:t></w:r>)"
         R"(<w:ins w:id="7" w:author="A" w:date="2026-04-02T10:00:00Z"><w:r><w:t>quyết định</w:t></w:r></w:ins>)"
         R"(<w:del w:id="8" w:author="A" w:date="2026-04-02T10:00:00Z"><w:r><w:delText>cho ý kiến</w:delText></w:r></w:del>)"
         R"(<w:r><w:t>.</w:t></w:r></w:p>)"
         R"(<w:p><w:r><w:t>2. Khung: </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>)"
         R"(<wps:txbx><w:txbxContent><w:p><w:r><w:t>Hộp văn bản</w:t></w:r></w:p></w:txbxContent></wps:txbx>)"
         R"(</w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Hộp văn bản</w:t>)"
         R"(</w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>)"
         R"(<w:p><w:r><w:t>3. Cuối cùng.</w:t></w:r></w:p><w:sectPr/>)";
}

std::string commentedDocx() {
  const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  const std::string document = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                               R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
                               R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
                               R"(xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" )"
                               R"(xmlns:v="urn:schemas-microsoft-com:vml"><w:body>)" +
                               bodyWithCommentsChangesAndTextBox() + "</w:body></w:document>";
  const std::string styles =
      R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>)"
      R"(</w:style></w:styles>)";
  return zipOf({{"[Content_Types].xml", kTypes},
                {"word/document.xml", document},
                {"word/styles.xml", styles},
                {"word/_rels/document.xml.rels", kRelationships},
                {"word/comments.xml", kOwnComments},
                {"word/commentsExtended.xml", kCommentsExtended},
                {"word/media/image1.png", png},
                {"docProps/app.xml", "<Properties/>"}});
}

report::WordComment commentOn(int paragraph, const std::string& text) {
  return report::WordComment{paragraph, "Lỗi O001:", {text, "Gợi ý: sửa."}};
}

const report::CommentAuthor kAuthor{"rasoat", "RS", "2026-05-01T08:00:00Z"};

}  // namespace

TEST_CASE("Comments are added beside the file's own; its tracked changes stay; other parts are copied as stored",
          "[annotate]") {
  const std::string original = commentedDocx();
  const std::vector<report::WordComment> comments = {commentOn(2, "hai"), commentOn(2, "hai nữa"),
                                                     commentOn(0, "toàn văn bản"), commentOn(4, "hộp"),
                                                     commentOn(999, "ngoài")};
  const std::string annotated = report::annotateDocx("du-thao.docx", original, comments, kAuthor, {});

  const auto before = entryMap(original);
  const auto after = entryMap(annotated);
  std::set<std::string> changed;
  for (const auto& [name, entry] : before) {
    REQUIRE(after.count(name) == 1);
    const Entry& copy = after.at(name);
    if (copy.bytes != entry.bytes) {
      changed.insert(name);
      continue;
    }
    // Copied as stored: the same compressed bytes, not inflated and deflated again.
    CHECK(copy.crc == entry.crc);
    CHECK(copy.compressedSize == entry.compressedSize);
    CHECK(copy.method == entry.method);
  }
  CHECK(after.size() == before.size());
  CHECK(changed == std::set<std::string>{"word/document.xml", "word/comments.xml"});

  const pugi::xml_document commentsPart = xmlOf(after.at("word/comments.xml").bytes);
  std::map<long long, pugi::xml_node> byId;
  for (pugi::xml_node c = commentsPart.child("w:comments").child("w:comment"); c; c = c.next_sibling("w:comment")) {
    const long long id = c.attribute("w:id").as_llong();
    CHECK(byId.count(id) == 0);  // ids unique
    byId[id] = c;
  }
  REQUIRE(byId.size() == 6);
  CHECK(textOf(byId.at(3)) == "Xem lại phạm vi.");  // the file's own, kept
  CHECK(std::string(byId.at(3).attribute("w:author").value()) == "Văn phòng");
  const std::vector<long long> added = {4, 5, 6, 7, 8};  // above the file's own
  for (std::size_t i = 0; i < added.size(); ++i) {
    const pugi::xml_node comment = byId.at(added[i]);
    CHECK(std::string(comment.attribute("w:author").value()) == "rasoat");
    CHECK(std::string(comment.attribute("w:initials").value()) == "RS");
    CHECK(std::string(comment.attribute("w:date").value()) == "2026-05-01T08:00:00Z");
    CHECK(textOf(comment) == "Lỗi O001: " + comments[i].lines[0] + "Gợi ý: sửa.");
    CHECK(comment.select_node("w:p[1]/w:r/w:annotationRef"));
    CHECK(comment.select_nodes("w:p").size() == 2);
  }

  const pugi::xml_document document = xmlOf(after.at("word/document.xml").bytes);
  const std::map<long long, int> anchors = anchorsOf(document);
  // Paragraph 2 twice; the whole document and a paragraph past the end on the
  // first; the text box on the paragraph that anchors it; the file's own where it was.
  CHECK(anchors == std::map<long long, int>{{3, 1}, {4, 2}, {5, 2}, {6, 1}, {7, 3}, {8, 1}});
  // The reference runs take the file's CommentReference style.
  CHECK(document.select_node("//w:r[w:commentReference/@w:id='4']/w:rPr/w:rStyle[@w:val='CommentReference']"));
  // Tracked changes kept as they were.
  CHECK(document.select_node("//w:ins[@w:id='7' and @w:author='A']/w:r/w:t[.='quyết định']"));
  CHECK(document.select_node("//w:del[@w:id='8']/w:r/w:delText[.='cho ý kiến']"));
  CHECK(document.select_nodes("//w:txbxContent").size() == 2);

  // Comments are not text: rasoat reads the annotated file as it read the draft.
  const input::Rendering read = input::readDocx("a.docx", original, {}, {});
  const input::Rendering reread = input::readDocx("b.docx", annotated, {}, {});
  CHECK(reread.text == read.text);
  CHECK(reread.paragraphOfLine == read.paragraphOfLine);
}

TEST_CASE("A file without comments gets a comments part, its relationship and its content type", "[annotate]") {
  const std::string relationships =
      R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
      R"(<Relationship Id="rId2" Type="http://x/other" Target="other.xml"/></Relationships>)";
  for (const bool withRelationships : {true, false}) {
    std::map<std::string, std::string> parts;
    if (withRelationships) parts["word/_rels/document.xml.rels"] = relationships;
    const std::string original = docxOf(wordParagraph("Điều 1. Một") + wordParagraph("1. Hai"), {}, {}, parts);
    const std::string annotated = report::annotateDocx("du-thao.docx", original, {commentOn(2, "hai")}, kAuthor, {});
    const auto after = entryMap(annotated);
    REQUIRE(after.count("word/comments.xml") == 1);
    const pugi::xml_document comments = xmlOf(after.at("word/comments.xml").bytes);
    CHECK(comments.select_nodes("/w:comments/w:comment").size() == 1);
    CHECK(comments.child("w:comments").child("w:comment").attribute("w:id").as_int(-1) == 0);

    const pugi::xml_document rels = xmlOf(after.at("word/_rels/document.xml.rels").bytes);
    const pugi::xpath_node_set links = rels.select_nodes(
        "/Relationships/Relationship[@Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "comments' and @Target='comments.xml']");
    REQUIRE(links.size() == 1);
    std::set<std::string> ids;
    for (const pugi::xpath_node& r : rels.select_nodes("/Relationships/Relationship"))
      ids.insert(r.node().attribute("Id").value());
    CHECK(ids.size() == rels.select_nodes("/Relationships/Relationship").size());  // a fresh id
    CHECK(ids.size() == (withRelationships ? 3u : 1u));

    const pugi::xml_document types = xmlOf(after.at("[Content_Types].xml").bytes);
    CHECK(types.select_node(
        "/Types/Override[@PartName='/word/comments.xml' and "
        "@ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml']"));
    CHECK(anchorsOf(xmlOf(after.at("word/document.xml").bytes)) == std::map<long long, int>{{0, 2}});
  }
}

TEST_CASE("A package that cannot be annotated is an input error naming the file", "[annotate]") {
  const auto refuses = [](const std::string& package) {
    CHECK_THROWS_AS(report::annotateDocx("hong.docx", package, {commentOn(1, "x")}, kAuthor, {}), InputError);
  };
  refuses(zipOf({{"word/document.xml", "<w:document xmlns:w='x'><w:body><w:p></w:body>"}}));
  refuses(docxOf(
      wordParagraph("Một"), {}, {},
      {{"word/comments.xml", "<notComments/>"},
       {"word/_rels/document.xml.rels",
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>)"
        R"(</Relationships>)"}}));
  refuses(docxOf(
      wordParagraph("Một"), {}, {},
      {{"word/_rels/document.xml.rels",
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../../../etc/passwd"/>)"
        R"(</Relationships>)"}}));
  refuses("not a zip at all");
}

namespace {

// Where each annotation by rasoat is in content.xml: the ordinal (as the
// reader numbers paragraphs) of the paragraph that holds it and its end.
std::map<std::string, int> odtAnchorsOf(const pugi::xml_document& content) {
  const pugi::xml_node text = content.child("office:document-content").child("office:body").child("office:text");
  const std::vector<pugi::xml_node> paragraphs = input::odtParagraphs("t.odt", text, {});
  std::map<std::string, int> anchors;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    for (pugi::xml_node note = paragraphs[i].child("office:annotation"); note;
         note = note.next_sibling("office:annotation")) {
      const std::string name = note.attribute("office:name").value();
      const std::string end = "office:annotation-end[@office:name='" + name + "']";
      anchors[name] = paragraphs[i].select_node(end.c_str()) ? static_cast<int>(i) + 1 : 0;
    }
  }
  return anchors;
}

}  // namespace

TEST_CASE("An .odt gets LibreOffice annotations beside its own; only content.xml changes", "[annotate]") {
  // Paragraph 1 has the file's own annotation (named as ours would be), 2 is
  // in a list and has a tracked insertion, 3 anchors a text box (paragraph 4).
  const std::string text =
      R"X(<text:tracked-changes><text:changed-region text:id="c1"><text:insertion><office:change-info>)X"
      R"X(<dc:creator>A</dc:creator></office:change-info></text:insertion></text:changed-region></text:tracked-changes>)X"
      R"X(<text:p><office:annotation office:name="rasoat-1"><dc:creator>B</dc:creator><text:p>của tôi</text:p>)X"
      R"X(</office:annotation>Điều 1. Phạm vi<office:annotation-end office:name="rasoat-1"/></text:p>)X"
      R"X(<text:list><text:list-item><text:p>Ban Thường vụ <text:change-start text:change-id="c1"/>quyết định)X"
      R"X(<text:change-end text:change-id="c1"/>.</text:p></text:list-item></text:list>)X"
      R"X(<text:p>Khung <draw:frame><draw:text-box><text:p>Hộp</text:p></draw:text-box></draw:frame></text:p>)X";
  const std::string original = odtOf(text);
  const std::vector<report::WordComment> comments = {commentOn(2, "hai"), commentOn(0, "toàn văn bản"),
                                                     commentOn(4, "hộp"), commentOn(2, "hai nữa")};
  const std::string annotated = report::annotateOdt("du-thao.odt", original, comments, kAuthor, {});

  const auto before = entriesOf(original);
  const auto after = entriesOf(annotated);
  REQUIRE(after.size() == before.size());
  for (std::size_t i = 0; i < before.size(); ++i) {
    CHECK(after[i].first == before[i].first);  // in their order (a real .odt has its mimetype first)
    if (before[i].first == "content.xml") continue;
    CHECK(after[i].second.bytes == before[i].second.bytes);
    CHECK(after[i].second.method == before[i].second.method);  // the mimetype stays stored
  }

  const pugi::xml_document content = xmlOf(entryMap(annotated).at("content.xml").bytes);
  std::map<std::string, std::string> byName;
  for (const pugi::xpath_node& note : content.select_nodes("//office:annotation")) {
    const std::string name = note.node().attribute("office:name").value();
    CHECK(byName.count(name) == 0);  // names unique
    byName[name] = note.node().child_value("dc:creator");
  }
  CHECK(byName == std::map<std::string, std::string>{{"rasoat-1", "B"},
                                                     {"rasoat-2", "rasoat"},
                                                     {"rasoat-3", "rasoat"},
                                                     {"rasoat-4", "rasoat"},
                                                     {"rasoat-5", "rasoat"}});
  CHECK(
      odtAnchorsOf(content) ==
      std::map<std::string, int>{{"rasoat-1", 1}, {"rasoat-2", 2}, {"rasoat-3", 1}, {"rasoat-4", 3}, {"rasoat-5", 2}});
  const pugi::xml_node ours = content.select_node("//office:annotation[@office:name='rasoat-2']").node();
  CHECK(std::string(ours.child_value("meta:creator-initials")) == "RS");
  CHECK(std::string(ours.child_value("dc:date")) == "2026-05-01T08:00:00");
  CHECK(textOf(ours).empty());  // w:t is Word's; the text of an annotation is in text:p
  CHECK(std::string(ours.child("text:p").text().get()) == "Lỗi O001: hai");
  CHECK(content.child("office:document-content").attribute("xmlns:meta"));
  CHECK(content.select_node("//text:change-start[@text:change-id='c1']"));
  CHECK(content.select_node("//text:changed-region[@text:id='c1']/text:insertion"));

  for (const bool original : {false, true}) {
    const input::Rendering read = input::readOdt("a.odt", odtOf(text), {}, {original});
    const input::Rendering reread = input::readOdt("b.odt", annotated, {}, {original});
    CHECK(reread.text == read.text);
    CHECK(reread.paragraphOfLine == read.paragraphOfLine);
  }
}

namespace {

std::string xmlEscaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else
      out += c;
  }
  return out;
}

// A regulation as a Word file, one paragraph a line (numbers typed).
std::string docxOfText(const std::string& text) {
  std::string body;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) body += wordParagraph(xmlEscaped(line));
  return docxOf(body + "<w:sectPr/>");
}

nlohmann::json checkJson(const fs::path& file) {
  const CliRun run = runRasoat("check --format json " + shellQuote(file.string()));
  REQUIRE(run.status <= 1);
  return nlohmann::json::parse(run.out);
}

}  // namespace

TEST_CASE("annotate puts one comment per finding on the paragraph of its clause; the output reads as the draft",
          "[annotate][cli]") {
  const fs::path directory = freshTestDirectory("rasoat-annotate");
  const fs::path draft = directory / "du-thao.docx";
  writeFile(draft, docxOfText(readFile(fs::path(RASOAT_SOURCE_DIR) / "tests/checks/O001/fires.qc")));
  const std::string digest = fileDigest(draft);
  const nlohmann::json findings = checkJson(draft)["findings"];
  REQUIRE(findings.size() >= 5);

  const fs::path out = directory / "co-ghi-chu.docx";
  const CliRun run = runRasoat("annotate " + shellQuote(draft.string()) + " -o " + shellQuote(out.string()));
  INFO(run.err);
  REQUIRE(run.status == 0);
  CHECK(fileDigest(draft) == digest);  // the draft untouched
  CHECK(run.err.find(std::to_string(findings.size()) + " ghi chú") != std::string::npos);

  const auto entries = entryMap(readFile(out));
  const pugi::xml_document comments = xmlOf(entries.at("word/comments.xml").bytes);
  const std::map<long long, int> anchors = anchorsOf(xmlOf(entries.at("word/document.xml").bytes));
  std::vector<pugi::xml_node> written;
  for (const pugi::xpath_node& c : comments.select_nodes("/w:comments/w:comment")) written.push_back(c.node());
  REQUIRE(written.size() == findings.size());
  std::set<std::string> codes;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const nlohmann::json& finding = findings[i];
    const long long id = written[i].attribute("w:id").as_llong();
    const std::string text = textOf(written[i]);
    INFO(text);
    CHECK(text.find(finding["code"].get<std::string>()) != std::string::npos);
    CHECK(text.find(finding["message"].get<std::string>()) != std::string::npos);
    if (!finding["suggestion"].is_null())
      CHECK(text.find("Gợi ý: " + finding["suggestion"].get<std::string>()) != std::string::npos);
    if (!finding["witness"].is_null())
      CHECK(text.find("Ví dụ: " + finding["witness"].get<std::string>()) != std::string::npos);
    if (!finding["related"].empty()) CHECK(text.find("Liên quan: ") != std::string::npos);
    const int paragraph = finding["paragraph"].is_null() ? 1 : finding["paragraph"].get<int>();
    CHECK(anchors.at(id) == paragraph);
    codes.insert(finding["severity"].get<std::string>());
  }
  CHECK(codes == std::set<std::string>{"error", "warning", "info"});

  // rasoat reads the annotated file as the draft: the same findings.
  const nlohmann::json again = checkJson(out)["findings"];
  REQUIRE(again.size() == findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    for (const char* field : {"code", "severity", "message", "line", "paragraph", "unit", "witness", "suggestion"})
      CHECK(again[i][field] == findings[i][field]);
  }

  // --min-severity: only the errors.
  const fs::path errorsOnly = directory / "chi-loi.docx";
  REQUIRE(runRasoat("annotate " + shellQuote(draft.string()) + " --min-severity error -o " +
                    shellQuote(errorsOnly.string()))
              .status == 0);
  std::size_t errors = 0;
  for (const auto& finding : findings) errors += finding["severity"] == "error" ? 1 : 0;
  const pugi::xml_document errorComments = xmlOf(entryMap(readFile(errorsOnly)).at("word/comments.xml").bytes);
  CHECK(errorComments.select_nodes("/w:comments/w:comment").size() == errors);
}

TEST_CASE("annotate gives an .odt back with one annotation per finding on its paragraph", "[annotate][cli]") {
  const fs::path directory = freshTestDirectory("rasoat-annotate-odt");
  const fs::path draft = directory / "du-thao.odt";
  std::string paragraphs;
  std::istringstream lines(readFile(fs::path(RASOAT_SOURCE_DIR) / "tests/checks/O001/fires.qc"));
  for (std::string line; std::getline(lines, line);) paragraphs += "<text:p>" + xmlEscaped(line) + "</text:p>";
  writeFile(draft, odtOf(paragraphs));
  const std::string digest = fileDigest(draft);
  const nlohmann::json findings = checkJson(draft)["findings"];
  REQUIRE(findings.size() >= 5);

  const fs::path out = directory / "co-ghi-chu.odt";
  const CliRun run = runRasoat("annotate " + shellQuote(draft.string()) + " -o " + shellQuote(out.string()));
  INFO(run.err);
  REQUIRE(run.status == 0);
  CHECK(fileDigest(draft) == digest);
  const pugi::xml_document content = xmlOf(entryMap(readFile(out)).at("content.xml").bytes);
  const std::map<std::string, int> anchors = odtAnchorsOf(content);
  REQUIRE(anchors.size() == findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const std::string name = "rasoat-" + std::to_string(i + 1);
    const pugi::xml_node note =
        content.select_node(("//office:annotation[@office:name='" + name + "']").c_str()).node();
    CHECK(std::string(note.child("text:p").text().get()).find(findings[i]["message"].get<std::string>()) !=
          std::string::npos);
    CHECK(anchors.at(name) == (findings[i]["paragraph"].is_null() ? 1 : findings[i]["paragraph"].get<int>()));
  }
  const nlohmann::json again = checkJson(out)["findings"];
  REQUIRE(again.size() == findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    for (const char* field : {"code", "message", "line", "paragraph", "unit"})
      CHECK(again[i][field] == findings[i][field]);
  }
}

TEST_CASE("annotate never writes over its input, takes only Word and OpenDocument files, writes their format",
          "[annotate][cli]") {
  const fs::path directory = freshTestDirectory("rasoat-annotate-refusals");
  const fs::path draft = directory / "du-thao.docx";
  writeFile(draft, docxOfText(readFile(fs::path(RASOAT_SOURCE_DIR) / "tests/checks/O001/fires.qc")));
  const std::string digest = fileDigest(draft);
  for (const std::string& same : {draft.string(), (directory / "." / "x" / ".." / "du-thao.docx").string()}) {
    fs::create_directories(directory / "x");
    const CliRun run = runRasoat("annotate " + shellQuote(draft.string()) + " -o " + shellQuote(same));
    CHECK(run.status == 2);
    CHECK(run.err.find("không ghi đè lên một tệp đầu vào") != std::string::npos);
  }
  CHECK(fileDigest(draft) == digest);
  std::size_t left = 0;
  for (const auto& entry : fs::directory_iterator(directory)) left += entry.is_regular_file() ? 1 : 0;
  CHECK(left == 1);  // no temporary file left behind

  const fs::path text = directory / "quy-che.qc";
  fs::copy_file(fs::path(RASOAT_SOURCE_DIR) / "tests/checks/O001/fires.qc", text);
  CliRun run = runRasoat("--lang en annotate " + shellQuote(text.string()) + " -o " +
                         shellQuote((directory / "a.docx").string()));
  CHECK(run.status == 2);
  CHECK(run.err.find("quy-che.qc: error: annotate adds comments to a Word (.docx) or LibreOffice (.odt) file") !=
        std::string::npos);

  const fs::path odt = directory / "quy-che.odt";
  writeFile(odt, odtOf("<text:p>Điều 1. Một</text:p>"));
  run = runRasoat("--lang en annotate " + shellQuote(odt.string()) + " -o " +
                  shellQuote((directory / "b.docx").string()));
  CHECK(run.status == 2);
  CHECK(run.err.find("b.docx: error: the input is a .odt: the annotated copy is a .odt too") != std::string::npos);
  run = runRasoat("--lang en annotate " + shellQuote(draft.string()) + " -o " +
                  shellQuote((directory / "c.odt").string()));
  CHECK(run.status == 2);
  CHECK(run.err.find("c.odt: error: the input is a .docx") != std::string::npos);
  CHECK_FALSE(fs::exists(directory / "c.odt"));
  // Issue 11 trial: "-o x.pdf" wrote a Word package under a PDF's name.
  for (const std::string name : {"d.pdf", "e.txt"}) {
    run = runRasoat("--lang en annotate " + shellQuote(draft.string()) + " -o " +
                    shellQuote((directory / name).string()));
    CHECK(run.status == 2);
    CHECK(run.err.find(name + ": error: the input is a .docx") != std::string::npos);
    CHECK_FALSE(fs::exists(directory / name));
  }
  CHECK_FALSE(fs::exists(directory / "a.docx"));
  CHECK_FALSE(fs::exists(directory / "b.docx"));

  run = runRasoat("annotate " + shellQuote(draft.string()));
  CHECK(run.status == 2);  // -o is required
}

TEST_CASE("A finding's comment says severity and code, message, related clause, witness and suggestion", "[annotate]") {
  Diagnostic finding;
  finding.code = "O001";
  finding.severity = Severity::warning;
  finding.message = {"hai chủ thể cùng quyết định", "two bodies decide"};
  finding.paragraph = 0;
  finding.related.push_back(RelatedLocation{"cap-tren.qc", {}, {"quy định cấp trên", "the higher level"}});
  finding.related.push_back(RelatedLocation{"du-thao.docx", {}, {"tại Điều 4 khoản 1", "in Điều 4 khoản 1"}});
  finding.witness = LocalizedText{"tổng mức = 30 tỷ", "total = 30 bn"};
  finding.suggestion = LocalizedText{"phân định lại", "split the scope"};
  const auto where = [](const RelatedLocation& related) {
    return related.path == "cap-tren.qc" ? std::string("cap-tren.qc, Điều 3") : std::string("Điều 4 khoản 1");
  };
  const report::WordComment vi = report::findingComment(finding, Language::vi, where);
  CHECK(vi.paragraph == 0);
  CHECK(vi.lead == "Cảnh báo O001:");
  CHECK(vi.lines ==
        std::vector<std::string>{"hai chủ thể cùng quyết định", "(Phát hiện về toàn văn bản, không gắn với một đoạn.)",
                                 "Liên quan: cap-tren.qc, Điều 3 — quy định cấp trên", "Liên quan: tại Điều 4 khoản 1",
                                 "Ví dụ: tổng mức = 30 tỷ", "Gợi ý: phân định lại"});
  finding.paragraph = 7;
  finding.related.clear();
  finding.witness.reset();
  const report::WordComment en = report::findingComment(finding, Language::en, where);
  CHECK(en.paragraph == 7);
  CHECK(en.lead == "Warning O001:");
  CHECK(en.lines == std::vector<std::string>{"two bodies decide", "Suggestion: split the scope"});
}

TEST_CASE("Hostile packages are refused or annotated, never a crash", "[annotate]") {
  const auto annotateOrRefuse = [](const std::string& package, Limits limits = {}) {
    try {
      const std::string annotated = report::annotateDocx("x.docx", package, {commentOn(1, "x")}, kAuthor, limits);
      CHECK_FALSE(annotated.empty());
      return true;
    } catch (const InputError& error) {
      CHECK(error.path() == "x.docx");
      UNSCOPED_INFO(error.message().en);
      return false;
    }
  };
  // Paths out of the archive and more entries than allowed: refused, as the reader refuses them.
  CHECK_FALSE(annotateOrRefuse(docxOf(wordParagraph("Một"), {}, {}, {{"../../evil.xml", "<x/>"}})));
  Limits few;
  few.maxZipEntries = 1;
  CHECK_FALSE(annotateOrRefuse(docxOf(wordParagraph("Một")), few));
  // A DOCTYPE (where entities would be declared) in the part rewritten.
  CHECK_FALSE(annotateOrRefuse(zipOf({{"[Content_Types].xml", kTypes},
                                      {"word/document.xml",
                                       "<!DOCTYPE d [<!ENTITY e 'x'>]><w:document "
                                       "xmlns:w='w'><w:body><w:p/></w:body></w:document>"}})));
  // Comment ids at the top of their range: nothing left above them.
  CHECK_FALSE(annotateOrRefuse(docxOf(R"(<w:p><w:commentRangeStart w:id="2147483647"/></w:p>)")));
  // Content nested far deeper than the stack would allow a recursive walk.
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<w:sdt><w:sdtContent>";
  deep += wordParagraph("Sâu");
  for (int i = 0; i < 100000; ++i) deep += "</w:sdtContent></w:sdt>";
  Limits lenient;
  lenient.maxZipRatio = 1000000;  // the repeated tags compress far beyond a real file's ratio
  CHECK(annotateOrRefuse(docxOf(deep), lenient));
  // An .odt nested deeper than its reader reads: refused as the reader refuses it.
  std::string sections;
  for (int i = 0; i < 1000; ++i) sections += "<text:section>";
  sections += "<text:p>Sâu</text:p>";
  for (int i = 0; i < 1000; ++i) sections += "</text:section>";
  CHECK_THROWS_AS(report::annotateOdt("x.odt", odtOf(sections), {commentOn(1, "x")}, kAuthor, lenient), InputError);
}

// Issue 11 trial: the report on a Word file placed its findings at "dòng 8",
// "quy-che.docx:28" — lines of the text rendering, which Word does not show.
TEST_CASE("a report on a Word file places findings and unread clauses by paragraph", "[annotate][report][cli]") {
  const fs::path directory = freshTestDirectory("rasoat-report-paragraphs");
  const fs::path draft = directory / "du-thao.docx";
  writeFile(draft, docxOfText(readFile(fs::path(RASOAT_SOURCE_DIR) / "tests/checks/O001/fires.qc")));
  const fs::path out = directory / "bao-cao.md";
  const CliRun run = runRasoat("report " + shellQuote(draft.string()) + " -o " + shellQuote(out.string()));
  INFO(run.err);
  REQUIRE(run.status <= 1);
  const std::string report = readFile(out);
  CHECK(report.find("du-thao.docx, đoạn ") != std::string::npos);
  CHECK(report.find("du-thao.docx:") == std::string::npos);
  CHECK(report.find("(dòng ") == std::string::npos);
}

// Acceptance trial of issue 11: Word's automatic letters a)–e) (no "đ") gave an
// S002 with no hint of the cause; a text file's gets none.
TEST_CASE("S002 on points lettered as Word's automatic list says the list has no 'đ'", "[annotate][cli]") {
  const fs::path directory = freshTestDirectory("rasoat-s002-word-letters");
  const std::string text =
      "QUY CHẾ LÀM VIỆC\n\nĐiều 1. Ban Thường vụ\n1. Ban Thường vụ quyết định:\na) Công tác dân vận;\n"
      "b) Công tác tuyên giáo;\nc) Công tác tổ chức;\nd) Công tác kiểm tra;\ne) Công tác đối ngoại.\n";
  writeFile(directory / "a.docx", docxOfText(text));
  writeFile(directory / "a.qc", text);
  const CliRun word = runRasoat("check --format json " + shellQuote((directory / "a.docx").string()));
  const CliRun plain = runRasoat("check --format json " + shellQuote((directory / "a.qc").string()));
  const auto hintOf = [](const CliRun& run) {
    const nlohmann::json report = nlohmann::json::parse(run.out);
    for (const auto& finding : report["findings"])
      if (finding["code"] == "S002")
        return finding["suggestion"].is_string() ? finding["suggestion"].get<std::string>() : "";
    return std::string("no S002");
  };
  CHECK(hintOf(word).find("không có chữ 'đ'") != std::string::npos);
  CHECK(hintOf(plain).empty());
}
