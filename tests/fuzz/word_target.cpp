#include <string>
#include <string_view>

#include "base/input_error.h"
#include "input/docx_reader.h"
#include "input/office_files.h"
#include "input/office_reader.h"
#include "input/review_marks.h"
#include "targets.h"

namespace rasoat::fuzz {

namespace {

constexpr std::string_view kPartSeparator = "\n--part--\n";

// The parts of a Word file given as text: document.xml body, numbering.xml,
// styles.xml, separated by kPartSeparator (seeds: scripts/fuzz.sh).
std::string docxFromParts(std::string_view data) {
  std::string parts[3];
  for (std::string& part : parts) {
    const std::size_t end = data.find(kPartSeparator);
    part = std::string(data.substr(0, end));
    if (end == std::string_view::npos) break;
    data.remove_prefix(end + kPartSeparator.size());
  }
  return testing::zipOf(
      {{"word/document.xml", parts[0]}, {"word/numbering.xml", parts[1]}, {"word/styles.xml", parts[2]}}, false);
}

void requireRendering(const input::Rendering& rendering) {
  std::size_t lines = 1;
  for (char c : rendering.text) lines += c == '\n' ? 1 : 0;
  requireThat(
      lines == rendering.paragraphOfLine.size() || (rendering.text.empty() && rendering.paragraphOfLine.empty()),
      "one paragraph index per line of the rendering");
  for (int paragraph : rendering.paragraphOfLine) requireThat(paragraph >= 0, "paragraph indexes are not negative");
}

}  // namespace

// The Word reader either refuses the file with an InputError or gives a text
// rendering with one paragraph index per line. An input that starts as a zip
// is read as the whole file (archive checks, format detection); any other is
// taken as the XML parts of a Word file, zipped here, so that the fuzzer works
// on the XML, the numbering and the tracked changes rather than on CRCs.
void wordBody(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    if (bytes.substr(0, 2) == "PK") {
      if (const auto rendering = input::readOffice("fuzz.docx", bytes, Limits{}, input::ReadOptions{})) {
        requireRendering(*rendering);
      }
      return;
    }
    const std::string docx = docxFromParts(bytes);
    requireRendering(input::readDocx("fuzz.docx", docx, Limits{}, input::ReadOptions{false}));
    requireRendering(input::readDocx("fuzz.docx", docx, Limits{}, input::ReadOptions{true}));
    // `rasoat comments`: the comments and each author's changes read alone.
    const input::ReviewMarks marks = input::readReviewMarks("fuzz.docx", docx, Limits{});
    for (const auto& comment : marks.comments) {
      requireThat(comment.firstParagraph <= comment.lastParagraph, "a comment's range does not end before it starts");
    }
    if (!marks.changeAuthors.empty()) {
      requireRendering(
          input::readDocx("fuzz.docx", docx, Limits{}, input::ReadOptions{false, marks.changeAuthors.front()}));
    }
  } catch (const InputError&) {
    // A clear refusal is a correct answer.
  }
}

}  // namespace rasoat::fuzz
