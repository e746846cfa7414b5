#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/localized_text.h"
#include "input/format.h"

namespace rasoat::input {

// A document turned into the text the analyser reads: one line per paragraph,
// numbers as the office program shows them, and for each line the paragraph
// it came from (its 1-based position among the document's paragraphs, the
// one `annotate` anchors a comment on; 0 when a line has none).
struct RenderedLine {
  std::string text;
  int paragraph = 0;
};

struct Rendering {
  Format format = Format::text;
  std::string text;
  std::vector<int> paragraphOfLine;
  std::vector<LocalizedText> notes;

  void addLine(std::string_view line, int paragraph);
  // Text added at the end of the last line (a paragraph that continues the
  // one before it); false when there is no line yet.
  bool appendToLastLine(std::string_view text);
  void addNote(std::string vi, std::string en) { notes.push_back({std::move(vi), std::move(en)}); }
  // The two cells of a header row side by side, line by line, the way a .qc
  // file typed from it lays them out; each line keeps its left cell's paragraph.
  void addSideBySide(const std::vector<RenderedLine>& left, const std::vector<RenderedLine>& right);
  // Says which text of a document with tracked changes is read.
  void addTrackedChangesNote(bool original);
};

}  // namespace rasoat::input
