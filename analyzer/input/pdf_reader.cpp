#include "input/pdf_reader.h"

#include <cctype>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <vector>

#include <fmt/format.h>
#include <poppler-document.h>
#include <poppler-page.h>

#include "input/failure.h"

namespace rasoat::input {

namespace {

constexpr double kMarginBand = 0.08;  // top and bottom share of a page where running headers and page numbers live
// "2. ...", "10/ ...", "3) ...": a line that opens with a number and a
// numbering mark starts a clause of its own, however full the line before it.
bool startsWithNumber(const std::string& line) {
  std::size_t at = line.find_first_not_of(' ');
  if (at == std::string::npos) return false;
  const std::size_t digits = at;
  while (at < line.size() && std::isdigit(static_cast<unsigned char>(line[at]))) ++at;
  return at > digits && at < line.size() && (line[at] == '.' || line[at] == ')' || line[at] == '/');
}

// Lines wrap at the right margin only on a page whose text spans most of its width.
constexpr double kWrappingWidth = 0.6;

struct Word {
  std::string text;
  double left, right, top, bottom;
  bool spaceAfter;
};

struct PdfLine {
  std::string text;
  double left = 0, right = 0, top = 0, bottom = 0;
  int page = 0;
  double charWidth = 1;
};

std::string utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// The words of one page gathered into lines: words whose vertical centres are
// close share a line, read left to right; a wide gap is a column gap.
std::vector<PdfLine> linesOf(std::vector<Word> words, int page) {
  std::sort(words.begin(), words.end(),
            [](const Word& a, const Word& b) { return a.top + a.bottom < b.top + b.bottom; });
  std::vector<std::vector<Word>> groups;
  for (Word& word : words) {
    const double centre = (word.top + word.bottom) / 2;
    if (!groups.empty()) {
      const Word& first = groups.back().front();
      const double height = std::max(first.bottom - first.top, 1.0);
      if (std::abs(centre - (first.top + first.bottom) / 2) < height / 2) {
        groups.back().push_back(std::move(word));
        continue;
      }
    }
    groups.push_back({std::move(word)});
  }
  std::vector<PdfLine> lines;
  for (auto& group : groups) {
    std::sort(group.begin(), group.end(), [](const Word& a, const Word& b) { return a.left < b.left; });
    PdfLine line;
    line.page = page;
    line.left = group.front().left;
    line.top = group.front().top;
    line.bottom = group.front().bottom;
    double width = 0;
    std::size_t chars = 0;
    for (const Word& word : group) {
      width += word.right - word.left;
      chars += std::max<std::size_t>(word.text.size(), 1);
    }
    line.charWidth = std::max(width / static_cast<double>(chars) * 1.5, 1.0);  // bytes undercount Vietnamese letters
    for (std::size_t i = 0; i < group.size(); ++i) {
      if (i > 0) {
        const double gap = group[i].left - group[i - 1].right;
        if (gap > 4 * line.charWidth) {
          line.text += "        ";
        } else if (group[i - 1].spaceAfter || gap > 0.2 * line.charWidth) {
          line.text += ' ';
        }
      }
      line.text += group[i].text;
      line.right = std::max(line.right, group[i].right);
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

std::string withoutDigits(const std::string& text) {
  std::string shape;
  for (char c : text) shape += (c >= '0' && c <= '9') ? '#' : c;
  return shape;
}

bool onlyPageNumber(const std::string& text) {
  bool digit = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != ' ' && c != '-' && c != '/' && c != '.') {
      return false;
    }
  }
  return digit;
}

// Lines in the top or bottom band of a page that are page numbers, or whose
// shape (digits aside) comes back on several pages, are not the regulation's.
void dropRunningLines(std::vector<std::vector<PdfLine>>& pages, const std::vector<double>& heights) {
  std::map<std::string, int> seen;
  auto inBand = [&](const PdfLine& line) {
    const double height = heights[static_cast<std::size_t>(line.page)];
    return line.bottom < height * kMarginBand || line.top > height * (1 - kMarginBand);
  };
  for (const auto& lines : pages) {
    for (const PdfLine& line : lines) {
      if (inBand(line)) ++seen[withoutDigits(trimmed(line.text))];
    }
  }
  for (auto& lines : pages) {
    std::erase_if(lines, [&](const PdfLine& line) {
      const std::string text = trimmed(line.text);
      return inBand(line) && (onlyPageNumber(text) || (pages.size() > 1 && seen[withoutDigits(text)] > 1));
    });
  }
}

bool endsWithLetterHyphen(const std::string& text) {
  return text.size() >= 2 && text.back() == '-' && text[text.size() - 2] != ' ';
}

// The usual gap between one line's bottom and the next line's top on the
// same page: the most frequent gap, in half points. A paragraph's lines follow
// each other at that pitch or closer; a wider gap is spacing before a new
// paragraph or a heading ("Điều 6." after a line that nearly reached the
// margin), which therefore never continues the line before it.
double usualLineGap(const std::vector<std::vector<PdfLine>>& pages) {
  std::map<long, int> counts;
  for (const auto& lines : pages) {
    for (std::size_t i = 1; i < lines.size(); ++i) ++counts[std::lround(2 * (lines[i].top - lines[i - 1].bottom))];
  }
  if (counts.empty()) return 0;
  const auto most =
      std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  return static_cast<double>(most->first) / 2;
}

}  // namespace

Rendering readPdf(const std::string& path, std::string_view bytes, const Limits& limits) {
  poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    fail(path, "tệp PDF quá lớn", "PDF too large");
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) fail(path, "tệp PDF hỏng, không mở được", "broken PDF, cannot open it");
  if (document->is_locked()) fail(path, "tệp PDF có mật khẩu, không đọc được", "the PDF is password-protected");
  const int count = document->pages();
  if (count < 0 || static_cast<std::size_t>(count) > limits.maxPdfPages) {
    fail(path,
         fmt::format("tệp PDF có {} trang, quá giới hạn {} (nâng bằng --max-pdf-pages)", count, limits.maxPdfPages),
         fmt::format("the PDF has {} pages, over the limit of {} (raise it with --max-pdf-pages)", count,
                     limits.maxPdfPages));
  }
  std::vector<std::vector<PdfLine>> pages;
  std::vector<double> heights;
  std::vector<double> widths;
  bool anyText = false;
  for (int index = 0; index < count; ++index) {
    std::unique_ptr<poppler::page> page(document->create_page(index));
    if (!page) continue;
    std::vector<Word> words;
    for (const poppler::text_box& box : page->text_list()) {
      const poppler::rectf area = box.bbox();
      Word word{utf8(box.text()), area.left(), area.right(), area.top(), area.bottom(), box.has_space_after()};
      anyText = anyText || !trimmed(word.text).empty();
      words.push_back(std::move(word));
    }
    heights.push_back(page->page_rect().height());
    widths.push_back(page->page_rect().width());
    pages.push_back(linesOf(std::move(words), static_cast<int>(pages.size())));
  }
  if (!anyText) {
    fail(path, "tệp PDF không có lớp chữ (có lẽ là bản quét); hãy dùng bản Word, hoặc nhận dạng chữ (OCR) trước",
         "the PDF has no text layer (a scan?); use the Word file, or run text recognition (OCR) first");
  }
  dropRunningLines(pages, heights);
  const double lineGap = usualLineGap(pages);
  Rendering rendering;
  rendering.format = Format::pdf;
  std::vector<PdfLine> paragraphs;
  const PdfLine* previous = nullptr;
  double previousRight = 0;
  for (std::size_t index = 0; index < pages.size(); ++index) {
    const auto& lines = pages[index];
    double left = 1e9, right = 0;
    for (const PdfLine& line : lines) {
      left = std::min(left, line.left);
      right = std::max(right, line.right);
    }
    const bool wraps = right - left >= kWrappingWidth * widths[index];
    for (const PdfLine& line : lines) {
      // A line that starts at the left margin after a line that reached the
      // right margin is that paragraph wrapped.
      const bool wrapped =
          wraps && previous && !startsWithNumber(line.text) &&
          previous->right >= previousRight - 3 * previous->charWidth && line.left <= left + line.charWidth &&
          (previous->page != line.page || line.top - previous->bottom <= lineGap + 0.1 * (line.bottom - line.top));
      if (wrapped && !paragraphs.empty()) {
        std::string& text = paragraphs.back().text;
        if (!endsWithLetterHyphen(text)) text += ' ';
        text += trimmed(line.text);
      } else {
        paragraphs.push_back(line);
      }
      previous = &line;
      previousRight = right;
    }
  }
  for (std::size_t i = 0; i < paragraphs.size(); ++i) rendering.addLine(paragraphs[i].text, static_cast<int>(i) + 1);
  return rendering;
}

}  // namespace rasoat::input
