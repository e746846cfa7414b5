#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "text/legacy_encodings.h"

namespace rasoat::text {

// A file's bytes as code points, and the encoding they were read in.
struct DecodedText {
  std::u32string text;
  Encoding encoding = Encoding::utf8;
};

// Reads UTF-8 (with or without a BOM), UTF-16 (by its BOM, or by the zero
// bytes of its ASCII characters) and, when the bytes are not valid UTF-8,
// TCVN3, VNI or Windows-1258 recognised by what they decode to: Vietnamese
// syllables. Throws InputError naming the file when no encoding reads it with
// confidence (naming those tried), or for binary data.
DecodedText decodeText(const std::string& path, std::string_view bytes);

// A UTF-8 text holding words once converted wrongly ("§iÒu" for "Điều": TCVN3
// bytes taken for Windows-1252): a warning at the first such line, quoting
// what the line says in the encoding it came from; nothing for a clean text.
std::optional<Diagnostic> mojibakeWarning(const std::string& path, const std::vector<std::u32string>& lines);

}  // namespace rasoat::text
