#include "text/source_text.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include <fmt/format.h>

#include "base/input_error.h"
#include "input/office_reader.h"
#include "text/encoding_detection.h"
#include "text/matching.h"
#include "text/utf8.h"

namespace rasoat::text {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& path, std::string vi, std::string en) {
  throw InputError(path, LocalizedText{std::move(vi), std::move(en)});
}

bool isLineBreak(char32_t c) {
  return c == U'\n' || c == U'\r' || c == U'\v' || c == U'\f';
}

bool isBlank(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\u00A0' || (c >= U'\u2000' && c <= U'\u200A') || c == U'\u202F' ||
         c == U'\u205F' || c == U'\u3000';
}

bool isInvisible(char32_t c) {
  return c == U'\u200B' || c == U'\u200C' || c == U'\u200D' || c == U'\u2060' || c == U'\uFEFF' || c == U'\u00AD';
}

bool isForbiddenControl(char32_t c) {
  return (c < 0x20 && !isLineBreak(c) && c != U'\t') || c == 0x7F;
}

// The note that tells the user a file was not UTF-8, and how it was read.
LocalizedText encodingNote(Encoding encoding) {
  const LocalizedText name = encodingName(encoding);
  return {fmt::format("đọc theo bảng mã {} và chuyển sang Unicode (nên lưu lại tệp dưới dạng UTF-8)", name.vi),
          fmt::format("read as {} and converted to Unicode (better saved as UTF-8)", name.en)};
}

[[noreturn]] void lineTooLong(const std::string& path, int line, std::size_t limit) {
  throw InputError(
      path,
      {fmt::format("dòng {} dài quá {} ký tự (nâng giới hạn bằng --max-line-length)", line, limit),
       fmt::format("line {} is longer than {} characters (raise the limit with --max-line-length)", line, limit)},
      Position{line, static_cast<int>(limit) + 1});
}

}  // namespace

// The text limit is applied to plain text and to the text rendering, not here.
std::string readWholeFile(const std::string& path, const ReadLimits& limits) {
  std::error_code error;
  fs::file_status status = fs::status(path, error);
  if (error || !fs::exists(status)) fail(path, "không tìm thấy tệp", "no such file");
  if (fs::is_directory(status)) fail(path, "đây là thư mục, không phải tệp văn bản", "is a directory, not a text file");
  if (!fs::is_regular_file(status)) fail(path, "không phải tệp thông thường", "is not a regular file");
  const auto size = fs::file_size(path, error);
  if (!error && size > std::max(limits.maxFileBytes, limits.maxDocumentBytes)) {
    const auto limit = std::max(limits.maxFileBytes, limits.maxDocumentBytes);
    fail(path,
         fmt::format("tệp quá lớn ({} byte, giới hạn {} byte; nâng giới hạn bằng --max-document-size)", size, limit),
         fmt::format("file too large ({} bytes, limit {} bytes; raise it with --max-document-size)", size, limit));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(path, "không đọc được tệp (không có quyền đọc?)", "cannot read the file (permission denied?)");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) fail(path, "lỗi khi đọc tệp", "read error");
  return std::move(buffer).str();
}

SourceText SourceText::load(const std::string& path, const ReadLimits& limits, const input::ReadOptions& options) {
  std::string bytes = readWholeFile(path, limits);
  std::optional<input::Rendering> rendering = input::readOffice(path, bytes, limits, options);
  if (!rendering) return fromBytes(path, bytes, limits);
  SourceText source = fromBytes(path, rendering->text, limits);
  source.documentFormat_ = std::string(input::formatName(rendering->format));
  source.paragraphOfLine_ = std::move(rendering->paragraphOfLine);
  for (LocalizedText& note : rendering->notes) source.addReadingNote(std::move(note));
  return source;
}

int SourceText::paragraphOfLine(int line) const {
  if (documentFormat_.empty()) return line;
  if (line < 1 || static_cast<std::size_t>(line) > paragraphOfLine_.size()) return 0;
  return paragraphOfLine_[static_cast<std::size_t>(line - 1)];
}

SourceText SourceText::fromBytes(std::string path, std::string_view bytes, const ReadLimits& limits) {
  if (bytes.size() > limits.maxFileBytes) {
    fail(path,
         fmt::format("tệp quá lớn ({} byte, giới hạn {} byte; nâng giới hạn bằng --max-file-size)", bytes.size(),
                     limits.maxFileBytes),
         fmt::format("file too large ({} bytes, limit {} bytes; raise it with --max-file-size)", bytes.size(),
                     limits.maxFileBytes));
  }
  const DecodedText decoded = decodeText(path, bytes);
  SourceText source;
  source.path_ = std::move(path);
  if (decoded.encoding != Encoding::utf8) source.readingNotes_.push_back(encodingNote(decoded.encoding));
  source.buildLines(decoded.text, limits.maxLineLength);
  if (auto warning = mojibakeWarning(source.path_, source.lines_))
    source.readingWarnings_.push_back(std::move(*warning));
  source.buildMatchingCopy();
  bool hasText = false;
  for (char32_t c : source.matching_) hasText = hasText || !(c == U'\n' || c == U' ');
  if (!hasText) fail(source.path_, "tệp rỗng, không có nội dung văn bản", "file is empty (no text)");
  return source;
}

void SourceText::buildLines(std::u32string_view decoded, std::size_t maxLineLength) {
  lines_.emplace_back();
  for (std::size_t i = 0; i < decoded.size(); ++i) {
    char32_t c = decoded[i];
    if (!isLineBreak(c)) {
      if (lines_.back().size() >= maxLineLength) lineTooLong(path_, static_cast<int>(lines_.size()), maxLineLength);
      if (isForbiddenControl(c)) {
        const int line = static_cast<int>(lines_.size());
        const int column = static_cast<int>(lines_.back().size()) + 1;
        throw InputError(path_,
                         {fmt::format("ký tự điều khiển U+{:04X} ở dòng {}, cột {}: tệp có vẻ là dữ liệu nhị phân",
                                      static_cast<unsigned>(c), line, column),
                          fmt::format("control character U+{:04X} at line {}, column {}: this looks like binary data",
                                      static_cast<unsigned>(c), line, column)},
                         Position{line, column});
      }
      lines_.back().push_back(c);
      continue;
    }
    if (c == U'\r' && i + 1 < decoded.size() && decoded[i + 1] == U'\n') ++i;
    lines_.emplace_back();
  }
}

void SourceText::buildMatchingCopy() {
  std::size_t size = 1;
  for (const std::u32string& text : lines_) size += text.size() + 1;
  matching_.reserve(size);
  origins_.reserve(size);
  matching_.push_back(U'\n');
  origins_.push_back(Position{1, 1});
  for (std::size_t index = 0; index < lines_.size(); ++index) {
    const int lineNumber = static_cast<int>(index) + 1;
    const std::u32string& text = lines_[index];
    if (index > 0) {
      matching_.push_back(U'\n');
      origins_.push_back(Position{lineNumber - 1, static_cast<int>(lines_[index - 1].size()) + 1});
    }
    std::size_t i = 0;
    while (i < text.size()) {
      // A starter and the combining marks after it compose together (NFC).
      std::size_t end = i + 1;
      while (end < text.size() && isCombiningMark(text[end])) ++end;
      const Position origin{lineNumber, static_cast<int>(i) + 1};
      if (isInvisible(text[i]) && end == i + 1) {
        i = end;
        continue;
      }
      if (end == i + 1 && text[i] < 0x80) {  // ASCII: as it is (most characters)
        matching_.push_back(text[i] == U'\t' ? U' ' : text[i]);
        origins_.push_back(origin);
        i = end;
        continue;
      }
      // A Latin or Vietnamese letter alone: NFC leaves it as it is (composeNfc's
      // inert ranges), so no string is made for it.
      const char32_t c = text[i];
      if (end == i + 1 && !isBlank(c) && (c < 0x300 || (c >= 0x1E00 && c < 0x1F00))) {
        matching_.push_back(c);
        origins_.push_back(origin);
        i = end;
        continue;
      }
      std::u32string segment = isBlank(text[i]) && end == i + 1
                                   ? std::u32string(1, U' ')
                                   : composeNfc(std::u32string_view(text).substr(i, end - i));
      for (char32_t c : segment) {
        matching_.push_back(c);
        origins_.push_back(origin);
      }
      i = end;
    }
  }
  foldForMatching(matching_);
}

const std::u32string& SourceText::line(int number) const {
  static const std::u32string empty;
  if (number < 1 || number > lineCount()) return empty;
  return lines_[static_cast<std::size_t>(number - 1)];
}

std::string SourceText::lineUtf8(int number) const {
  return encodeUtf8(line(number));
}

std::string SourceText::slice(int lineNumber, int begin, int end) const {
  const std::u32string& text = line(lineNumber);
  const auto from = static_cast<std::size_t>(std::max(begin, 1) - 1);
  if (from >= text.size() || end <= begin) return {};
  return encodeUtf8(std::u32string_view(text).substr(from, static_cast<std::size_t>(end - begin)));
}

std::string SourceText::matchingUtf8() const {
  return encodeUtf8(matching_);
}

Position SourceText::originOf(std::size_t matchingIndex) const {
  if (matchingIndex < origins_.size()) return origins_[matchingIndex];
  const int last = lineCount();
  return Position{last, static_cast<int>(line(last).size()) + 1};
}

}  // namespace rasoat::text
