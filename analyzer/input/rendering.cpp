#include "input/rendering.h"

#include <algorithm>

namespace rasoat::input {

void Rendering::addLine(std::string_view line, int paragraph) {
  if (!paragraphOfLine.empty()) text.push_back('\n');
  // A paragraph is one line: breaks inside it (soft breaks, stray controls) are spaces.
  for (char c : line) text.push_back(c == '\n' || c == '\r' || c == '\v' || c == '\f' ? ' ' : c);
  paragraphOfLine.push_back(paragraph);
}

bool Rendering::appendToLastLine(std::string_view line) {
  if (paragraphOfLine.empty()) return false;
  for (char c : line) text.push_back(c == '\n' || c == '\r' || c == '\v' || c == '\f' ? ' ' : c);
  return true;
}

void Rendering::addSideBySide(const std::vector<RenderedLine>& left, const std::vector<RenderedLine>& right) {
  constexpr std::string_view kColumnGap = "        ";
  for (std::size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
    std::string line = i < left.size() ? left[i].text : std::string();
    if (i < right.size() && !right[i].text.empty()) line += std::string(kColumnGap) + right[i].text;
    addLine(line, i < left.size() ? left[i].paragraph : right[i].paragraph);
  }
}

void Rendering::addTrackedChangesNote(bool original) {
  if (original) {
    addNote("tệp có thay đổi được theo dõi; đọc bản gốc, trước các thay đổi (--original)",
            "the file has tracked changes; read as the original, before the changes (--original)");
  } else {
    addNote("tệp có thay đổi được theo dõi; đọc với mọi thay đổi được chấp nhận (bản gốc: --original)",
            "the file has tracked changes; read with every change accepted (the original: --original)");
  }
}

}  // namespace rasoat::input
