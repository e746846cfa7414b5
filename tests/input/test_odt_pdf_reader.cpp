#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "base/input_error.h"
#include "input/odt_reader.h"
#include "input/office_files.h"
#include "input/pdf_reader.h"

using rasoat::InputError;
using rasoat::Limits;
using rasoat::input::ReadOptions;
using namespace rasoat::testing;

namespace {

const std::string kListStyle =
    R"X(<text:list-style style:name="QC">
         <text:list-level-style-number text:level="1" style:num-prefix="Điều " style:num-suffix="." style:num-format="1"/>
         <text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1"/>
         <text:list-level-style-number text:level="3" style:num-suffix=")" style:num-format="a"/>
       </text:list-style>)X";

std::string item(const std::string& text, const std::string& nested = {}) {
  return "<text:list-item><text:p>" + text + "</text:p>" + nested + "</text:list-item>";
}

std::string sublist(const std::string& items) {
  return "<text:list>" + items + "</text:list>";
}

// A one-page PDF whose text is drawn in Helvetica, each line at its height
// from the bottom of the page.
std::string pdfAt(const std::vector<std::pair<std::string, int>>& lines) {
  std::string stream;
  for (const auto& [line, y] : lines) stream += fmt::format("BT /F1 12 Tf 72 {} Td ({}) Tj ET\n", y, line);
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      fmt::format("<< /Length {} >>\nstream\n{}endstream", stream.size(), stream),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += fmt::format("{} 0 obj\n{}\nendobj\n", i + 1, objects[i]);
  }
  const std::size_t xref = pdf.size();
  pdf += fmt::format("xref\n0 {}\n0000000000 65535 f \n", objects.size() + 1);
  for (std::size_t offset : offsets) pdf += fmt::format("{:010} 00000 n \n", offset);
  pdf += fmt::format("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{}\n%%EOF\n", objects.size() + 1, xref);
  return pdf;
}

// Line after line, 18 points apart; none for a "scan".
std::string pdfOf(const std::vector<std::string>& lines) {
  std::vector<std::pair<std::string, int>> placed;
  int y = 760;
  for (const std::string& line : lines) {
    placed.emplace_back(line, y);
    y -= 18;
  }
  return pdfAt(placed);
}

}  // namespace

TEST_CASE("OpenDocument lists are labelled from their list style, deeper levels restarting", "[input]") {
  const std::string text = "<text:p>QUY CHẾ</text:p><text:list text:style-name=\"QC\">" +
                           item("Phạm vi", sublist(item("Một.", sublist(item("x") + item("y"))) + item("Hai."))) +
                           item("Nguyên tắc", sublist(item("Ba."))) + "</text:list>";
  const auto rendering = rasoat::input::readOdt("t.odt", odtOf(text, kListStyle), Limits{}, ReadOptions{});
  CHECK(rendering.text == "QUY CHẾ\nĐiều 1. Phạm vi\n1. Một.\na) x\nb) y\n2. Hai.\nĐiều 2. Nguyên tắc\n1. Ba.");
  CHECK(rendering.paragraphOfLine.size() == 8);
}

TEST_CASE("OpenDocument lists continue across paragraphs with continue-numbering or continue-list", "[input]") {
  const std::string text =
      "<text:list xml:id=\"L1\" text:style-name=\"QC\">" + item("A") + "</text:list>" +
      "<text:p>Văn bản</text:p><text:list text:continue-numbering=\"true\" text:style-name=\"QC\">" + item("B") +
      "</text:list><text:list text:continue-list=\"L1\" text:style-name=\"QC\">" + item("C") +
      "</text:list><text:list text:style-name=\"QC\">" +
      "<text:list-item text:start-value=\"9\"><text:p>D</text:p></text:list-item></text:list>";
  CHECK(rasoat::input::readOdt("t.odt", odtOf(text, kListStyle), Limits{}, ReadOptions{}).text ==
        "Điều 1. A\nVăn bản\nĐiều 2. B\nĐiều 3. C\nĐiều 9. D");
}

TEST_CASE("OpenDocument annotations and notes are not text; tracked changes accepted unless --original", "[input]") {
  const std::string text =
      R"X(<text:tracked-changes><text:changed-region text:id="c1"><text:insertion><office:change-info><dc:creator>A</dc:creator></office:change-info></text:insertion></text:changed-region>)X"
      R"X(<text:changed-region text:id="c2"><text:deletion><office:change-info><dc:creator>A</dc:creator></office:change-info><text:p>quyết định</text:p></text:deletion></text:changed-region></text:tracked-changes>)X"
      R"X(<text:p>Ban <office:annotation><dc:creator>B</dc:creator><text:p>ghi chú</text:p></office:annotation>Thường vụ <text:change text:change-id="c2"/><text:change-start text:change-id="c1"/>cho ý kiến<text:change-end text:change-id="c1"/>.<text:note><text:note-body><text:p>chú thích</text:p></text:note-body></text:note></text:p>)X";
  const auto accepted = rasoat::input::readOdt("t.odt", odtOf(text), Limits{}, ReadOptions{});
  CHECK(accepted.text == "Ban Thường vụ cho ý kiến.");
  CHECK(accepted.notes.size() == 1);
  CHECK(rasoat::input::readOdt("t.odt", odtOf(text), Limits{}, ReadOptions{true}).text == "Ban Thường vụ quyết định.");
}

TEST_CASE("an inserted clause running into the next paragraph leaves no empty numbered paragraph in the original",
          "[input]") {
  // LibreOffice records an inserted paragraph as running from its start into
  // the start of the next one (the paragraph mark is part of the insertion).
  const std::string text =
      R"X(<text:tracked-changes><text:changed-region text:id="c1"><text:insertion><office:change-info><dc:creator>A</dc:creator></office:change-info></text:insertion></text:changed-region></text:tracked-changes>)X"
      "<text:list text:style-name=\"QC\">" +
      item("Chế độ họp",
           sublist(item("Họp thường lệ.") + item(R"X(<text:change-start text:change-id="c1"/>Họp chuyên đề.)X") +
                   item(R"X(<text:change-end text:change-id="c1"/>Ban Thường vụ họp.)X") + item("Hội nghị hợp lệ."))) +
      "</text:list>";
  const auto original = rasoat::input::readOdt("t.odt", odtOf(text, kListStyle), Limits{}, ReadOptions{true});
  CHECK(original.text == "Điều 1. Chế độ họp\n1. Họp thường lệ.\n2. Ban Thường vụ họp.\n3. Hội nghị hợp lệ.");
  CHECK(original.paragraphOfLine.size() == 4);
  const auto accepted = rasoat::input::readOdt("t.odt", odtOf(text, kListStyle), Limits{}, ReadOptions{});
  CHECK(accepted.text ==
        "Điều 1. Chế độ họp\n1. Họp thường lệ.\n2. Họp chuyên đề.\n3. Ban Thường vụ họp.\n4. Hội nghị hợp lệ.");
}

TEST_CASE("A PDF's text layer is read line by line; a PDF without one (a scan) is an input error", "[input]") {
  const auto rendering = rasoat::input::readPdf("t.pdf", pdfOf({"Dieu 1. Pham vi", "1. Quyet dinh."}), Limits{});
  CHECK(rendering.text == "Dieu 1. Pham vi\n1. Quyet dinh.");
  try {
    rasoat::input::readPdf("scan.pdf", pdfOf({}), Limits{});
    FAIL("no error");
  } catch (const InputError& error) {
    CHECK(error.path() == "scan.pdf");
    CHECK(error.message().en.find("no text layer") != std::string::npos);
  }
  CHECK_THROWS_AS(rasoat::input::readPdf("bad.pdf", "%PDF-1.4 junk", Limits{}), InputError);
}

// Issue 11, a tester's LibreOffice PDF: a one-line clause that nearly reached the
// right margin swallowed the next article's heading ("… của Đảng bộ. Điều 6.").
TEST_CASE("A PDF line after more space than the usual line gap starts a paragraph", "[input]") {
  const std::string full = "1. Ban Thuong vu quyet dinh chu truong dau tu cac du an dau tu cong xa";
  const std::string other = "2. Thuong truc Dang uy giai quyet cong viec hang ngay cua Dang bo xa Ca";
  const auto rendering = rasoat::input::readPdf("t.pdf",
                                                pdfAt({{full, 760},
                                                       {"co tong muc dau tu tu 10 ty dong tro len.", 746},
                                                       {other, 732},
                                                       {"Dieu 6. Trach nhiem", 708},
                                                       {"1. Dang uy vien.", 694}}),
                                                Limits{});
  CHECK(rendering.text ==
        full + " co tong muc dau tu tu 10 ty dong tro len.\n" + other + "\nDieu 6. Trach nhiem\n1. Dang uy vien.");
}
