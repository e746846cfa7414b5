#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/limits.h"
#include "base/localized_text.h"
#include "base/source_position.h"
#include "input/read_options.h"

namespace rasoat::text {

// The limits that apply to reading (file size, line length): see base/limits.h.
using ReadLimits = Limits;

// One regulation file, read and checked, in two forms:
//  - the original lines, as the user wrote them (shown back in diagnostics);
//  - the matching copy that the lexer reads: NFC, lower case, one tone-mark
//    placement, spaces for tabs and non-breaking spaces, LF line ends, a
//    virtual newline in front of the first line, zero-width characters
//    dropped. Every code point of it knows the original position it came from.
class SourceText {
 public:
  // Reads UTF-8, UTF-16, and TCVN3, VNI or Windows-1258 recognised by their
  // bytes (text/encoding_detection.h; a reading note names the encoding).
  // Throws InputError naming the file: missing, a directory, unreadable, too
  // large, a line too long, empty, binary, or in no encoding read with confidence.
  // A .docx, .odt, .pdf or .doc (known by its content) is first turned into its
  // text rendering by the input stage (analyzer/input): one line per paragraph.
  static SourceText load(const std::string& path, const ReadLimits& limits = {},
                         const input::ReadOptions& options = {});
  static SourceText fromBytes(std::string path, std::string_view bytes, const ReadLimits& limits = {});

  const std::string& path() const { return path_; }

  // Original text, by 1-based line number.
  int lineCount() const { return static_cast<int>(lines_.size()); }
  const std::u32string& line(int number) const;
  std::string lineUtf8(int number) const;
  // The original text from column `begin` up to (not including) `end`.
  std::string slice(int line, int begin, int end) const;

  const std::u32string& matching() const { return matching_; }
  std::string matchingUtf8() const;
  // Where a code point of the matching copy came from; one past the end maps
  // to the end of the last line.
  Position originOf(std::size_t matchingIndex) const;

  // What the user should know about how the file was read, shown by every
  // command (stderr for text, a field in JSON, SARIF notifications): the
  // encoding converted ("đọc theo bảng mã TCVN3"), tracked changes accepted ...
  const std::vector<LocalizedText>& readingNotes() const { return readingNotes_; }
  void addReadingNote(LocalizedText note) { readingNotes_.push_back(std::move(note)); }

  // For a document read from an office format: "docx", "odt", "pdf" or "doc"
  // (empty for text), and the paragraph of the document a line renders (its
  // 1-based position among the document's paragraphs; 0 when unknown).
  const std::string& documentFormat() const { return documentFormat_; }
  int paragraphOfLine(int line) const;
  // Warnings about the text read (words that look like an old encoding
  // converted wrongly): reported as findings without a check code.
  const std::vector<Diagnostic>& readingWarnings() const { return readingWarnings_; }

 private:
  SourceText() = default;
  void buildLines(std::u32string_view decoded, std::size_t maxLineLength);
  void buildMatchingCopy();

  std::string path_;
  std::vector<std::u32string> lines_;
  std::u32string matching_;
  std::vector<Position> origins_;
  std::vector<LocalizedText> readingNotes_;
  std::string documentFormat_;
  std::vector<int> paragraphOfLine_;
  std::vector<Diagnostic> readingWarnings_;
};

// A file's bytes, read up to the larger of the two size limits: an office
// document (pictures included) may be larger than its text. Throws InputError
// naming the file: missing, a directory, too large, unreadable.
std::string readWholeFile(const std::string& path, const ReadLimits& limits);

}  // namespace rasoat::text
