#include <catch2/catch.hpp>

#include "base/input_error.h"
#include "input/docx_reader.h"
#include "input/office_files.h"
#include "input/office_reader.h"

using rasoat::InputError;
using rasoat::Limits;
using rasoat::input::readDocx;
using rasoat::input::ReadOptions;
using namespace rasoat::testing;

namespace {

// Articles "Điều %1.", clauses "%2.", points "%3)" (lowerLetter): the usual office list.
const std::string kRegulationList =
    R"X(<w:abstractNum w:abstractNumId="0">
         <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %1."/><w:suff w:val="space"/></w:lvl>
         <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/><w:suff w:val="space"/></w:lvl>
         <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
       </w:abstractNum>
       <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)X";

std::string textOf(const std::string& docx, const ReadOptions& options = {}) {
  return readDocx("t.docx", docx, Limits{}, options).text;
}

}  // namespace

TEST_CASE("Word's automatic numbers are shown as Word shows them, deeper levels restarting", "[input]") {
  const std::string body = numbered("Phạm vi", 1, 0) + numbered("Quyết định.", 1, 1) + numbered("Một", 1, 2) +
                           numbered("Hai", 1, 2) + numbered("Thông qua.", 1, 1) + numbered("Ba", 1, 2) +
                           numbered("Nhiệm vụ", 1, 0) + numbered("Lãnh đạo.", 1, 1);
  CHECK(textOf(docxOf(body, kRegulationList)) ==
        "Điều 1. Phạm vi\n1. Quyết định.\na) Một\nb) Hai\n2. Thông qua.\na) Ba\nĐiều 2. Nhiệm vụ\n1. Lãnh đạo.");
}

TEST_CASE("Counters run across the whole document, across typed paragraphs and lists sharing an abstract numbering",
          "[input]") {
  const std::string numbering = kRegulationList + R"X(<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>)X";
  const std::string body = numbered("A", 1, 0) + wordParagraph("CHƯƠNG II") + numbered("B", 2, 0) +
                           wordParagraph("Điều 7. typed") + numbered("C", 1, 0);
  CHECK(textOf(docxOf(body, numbering)) == "Điều 1. A\nCHƯƠNG II\nĐiều 2. B\nĐiều 7. typed\nĐiều 3. C");
}

TEST_CASE("w:lvlOverride with w:startOverride restarts a list; a level override replaces the level", "[input]") {
  const std::string numbering =
      kRegulationList +
      R"X(<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>
         <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%2/"/><w:suff w:val="nothing"/></w:lvl></w:lvlOverride></w:num>)X";
  const std::string body =
      numbered("A", 1, 0) + numbered("B", 3, 0) + numbered("C", 3, 0) + numbered("x", 4, 1) + numbered("y", 4, 1);
  CHECK(textOf(docxOf(body, numbering)) == "Điều 1. A\nĐiều 10. B\nĐiều 11. C\nI/x\nII/y");
}

TEST_CASE("Numbering carried by a paragraph style, inherited through w:basedOn", "[input]") {
  const std::string styles =
      R"X(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
         <w:style w:type="paragraph" w:styleId="DieuBase"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
         <w:style w:type="paragraph" w:styleId="Dieu"><w:basedOn w:val="DieuBase"/></w:style>
         <w:style w:type="paragraph" w:styleId="Khoan"><w:basedOn w:val="DieuBase"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>)X";
  const std::string body =
      wordParagraph("Phạm vi", R"X(<w:pStyle w:val="Dieu"/>)X") +
      wordParagraph("Một.", R"X(<w:pStyle w:val="Khoan"/>)X") +
      wordParagraph("Không số.", R"X(<w:pStyle w:val="Dieu"/><w:numPr><w:numId w:val="0"/></w:numPr>)X") +
      wordParagraph("Hai.", R"X(<w:pStyle w:val="Khoan"/>)X");
  CHECK(textOf(docxOf(body, kRegulationList, styles)) == "Điều 1. Phạm vi\n1. Một.\nKhông số.\n2. Hai.");
}

TEST_CASE("w:lvlRestart 0 keeps a level counting when a higher level advances; chapters in upper Roman", "[input]") {
  const std::string numbering =
      R"X(<w:abstractNum w:abstractNumId="5">
           <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Chương %1"/><w:suff w:val="space"/></w:lvl>
           <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:lvlText w:val="Điều %2."/><w:suff w:val="space"/></w:lvl>
         </w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="5"/></w:num>)X";
  const std::string body =
      numbered("", 5, 0) + numbered("A", 5, 1) + numbered("B", 5, 1) + numbered("", 5, 0) + numbered("C", 5, 1);
  CHECK(textOf(docxOf(body, numbering)) == "Chương I\nĐiều 1. A\nĐiều 2. B\nChương II\nĐiều 3. C");
}

TEST_CASE("Tracked changes are read accepted by default, and as the original with --original; a note says which",
          "[input]") {
  const std::string body =
      R"X(<w:p><w:r><w:t>Ban Thường vụ </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>quyết định</w:delText></w:r></w:del>)X"
      R"X(<w:ins w:id="2" w:author="A"><w:r><w:t>cho ý kiến</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p>)X"
      R"X(<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr><w:del w:id="4" w:author="A"><w:r><w:delText>Khoản bỏ.</w:delText></w:r></w:del></w:p>)X"
      R"X(<w:p><w:moveFrom w:id="5"><w:r><w:t>cũ</w:t></w:r></w:moveFrom><w:moveTo w:id="6"><w:r><w:t>mới</w:t></w:r></w:moveTo></w:p>)X";
  const auto accepted = readDocx("t.docx", docxOf(body), Limits{}, ReadOptions{});
  CHECK(accepted.text == "Ban Thường vụ cho ý kiến.\nmới");
  CHECK(accepted.paragraphOfLine == std::vector<int>{1, 3});
  REQUIRE(accepted.notes.size() == 1);
  CHECK(accepted.notes[0].en.find("accepted") != std::string::npos);
  const auto original = readDocx("t.docx", docxOf(body), Limits{}, ReadOptions{true});
  CHECK(original.text == "Ban Thường vụ quyết định.\nKhoản bỏ.\ncũ");
  CHECK(original.notes[0].en.find("original") != std::string::npos);
}

TEST_CASE("Field codes, comments and footnote marks are not text; results, links, content controls and text boxes are",
          "[input]") {
  const std::string body =
      R"X(<w:p><w:r><w:t xml:space="preserve">Theo </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>)X"
      R"X(<w:r><w:instrText> REF _Ref1 \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>)X"
      R"X(<w:r><w:t>Điều 3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>)X"
      R"X(<w:commentRangeStart w:id="0"/><w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve"> và </w:t></w:r></w:hyperlink>)X"
      R"X(<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>)X"
      R"X(<w:fldSimple w:instr=" PAGE "><w:r><w:t>5</w:t></w:r></w:fldSimple><w:r><w:footnoteReference w:id="2"/></w:r>)X"
      R"X(<w:sdt><w:sdtPr><w:alias w:val="Tên"/></w:sdtPr><w:sdtContent><w:r><w:t>.</w:t><w:tab/><w:t>X</w:t><w:br/><w:t>Y</w:t></w:r></w:sdtContent></w:sdt></w:p>)X"
      R"X(<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>)X"
      R"X(<w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>)X"
      R"X(<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback>)X"
      R"X(</mc:AlternateContent></w:r><w:r><w:t>Sau hộp</w:t></w:r></w:p>)X";
  const auto rendering = readDocx("t.docx", docxOf(body), Limits{}, ReadOptions{});
  CHECK(rendering.text == "Theo Điều 3 và 5.\tX Y\nSau hộp\nTrong hộp");
  CHECK(rendering.paragraphOfLine == std::vector<int>{1, 2, 3});
}

TEST_CASE("The two-column header table is shown side by side, one line per row of paragraphs", "[input]") {
  const std::string body = "<w:tbl><w:tr><w:tc>" + wordParagraph("ĐẢNG BỘ QUẬN LONG BIÊN") +
                           wordParagraph("ĐẢNG ỦY PHƯỜNG") + "</w:tc><w:tc>" + wordParagraph("ĐẢNG CỘNG SẢN VIỆT NAM") +
                           "</w:tc></w:tr></w:tbl>" + wordParagraph("QUY CHẾ LÀM VIỆC");
  const auto rendering = readDocx("t.docx", docxOf(body), Limits{}, ReadOptions{});
  CHECK(rendering.text == "ĐẢNG BỘ QUẬN LONG BIÊN        ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY PHƯỜNG\nQUY CHẾ LÀM VIỆC");
  CHECK(rendering.paragraphOfLine == std::vector<int>{1, 2, 4});
}

TEST_CASE("Broken numbering references and absurd levels are input errors naming the file; loops end", "[input]") {
  CHECK_THROWS_AS(textOf(docxOf(numbered("A", 7, 0), kRegulationList)), InputError);
  CHECK_THROWS_AS(textOf(docxOf(numbered("A", 1, 12), kRegulationList)), InputError);
  CHECK_THROWS_AS(textOf(docxOf(numbered("A", 1, 0))), InputError);  // no numbering.xml at all
  const std::string huge = R"X(<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="2000000000"/>)X"
                           R"X(<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>)X"
                           R"X(<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)X";
  try {
    textOf(docxOf(numbered("A", 1, 0), huge));
    FAIL("no error");
  } catch (const InputError& error) {
    CHECK(error.path() == "t.docx");
    CHECK(error.message().en.find("--max-list-number") != std::string::npos);
  }
  const std::string loop =
      R"X(<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="S"/></w:abstractNum>)X"
      R"X(<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>)X";
  const std::string styles =
      R"X(<w:style w:type="numbering" w:styleId="S"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>)X";
  // A numbering style that leads back to its own list: read, with no number (Word shows none).
  CHECK(textOf(docxOf(numbered("A", 1, 0), loop, styles)) == "A");
}

TEST_CASE("Hostile archives: DOCTYPE, paths out of the archive, zip bombs, too many entries, junk", "[input]") {
  const std::string doctype =
      zipOf({{"word/document.xml",
              R"X(<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>)X"
              R"X(<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>)X"}});
  CHECK_THROWS_AS(readDocx("t.docx", doctype, Limits{}, ReadOptions{}), InputError);
  CHECK_THROWS_AS(
      readDocx("t.docx", docxOf(wordParagraph("a"), {}, {}, {{"../../evil", "x"}}), Limits{}, ReadOptions{}),
      InputError);
  CHECK_THROWS_AS(readDocx("t.docx", docxOf(wordParagraph("a"), {}, {}, {{"/abs", "x"}}), Limits{}, ReadOptions{}),
                  InputError);
  // 8 MiB of zeros compress about a thousand times.
  const std::string bomb = docxOf(wordParagraph("a"), {}, {}, {{"word/media/x.bin", std::string(8u << 20, '\0')}});
  const std::string bombBody = docxOf(wordParagraph(std::string(4u << 20, 'a')));
  CHECK_NOTHROW(readDocx("t.docx", bomb, Limits{}, ReadOptions{}));  // a part not read is only sized
  Limits small;
  small.maxZipTotalBytes = 1u << 20;
  CHECK_THROWS_AS(readDocx("t.docx", bomb, small, ReadOptions{}), InputError);
  CHECK_THROWS_AS(readDocx("t.docx", bombBody, Limits{}, ReadOptions{}), InputError);  // ratio of document.xml
  Limits few;
  few.maxZipEntries = 1;
  CHECK_THROWS_AS(readDocx("t.docx", docxOf(wordParagraph("a")), few, ReadOptions{}), InputError);
  CHECK_THROWS_AS(readDocx("t.docx", std::string("PK\x03\x04 broken", 11), Limits{}, ReadOptions{}), InputError);
  CHECK_THROWS_AS(readDocx("t.docx", zipOf({{"word/other.xml", "<x/>"}}), Limits{}, ReadOptions{}), InputError);
}

TEST_CASE("The format is known by the content, not the extension", "[input]") {
  const auto rendering = rasoat::input::readOffice("renamed.qc", docxOf(wordParagraph("Điều 1. A")), Limits{}, {});
  REQUIRE(rendering);
  CHECK(rendering->text == "Điều 1. A");
  CHECK_FALSE(rasoat::input::readOffice("a.docx", "Điều 1. A", Limits{}, {}));
  CHECK_THROWS_AS(rasoat::input::readOffice("a.zip", zipOf({{"x.txt", "x"}}), Limits{}, {}), InputError);
}
