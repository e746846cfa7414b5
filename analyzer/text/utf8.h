#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace rasoat::text {

// Decodes UTF-8. Returns the byte offset of the first invalid sequence, if any
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::optional<std::size_t> firstInvalidUtf8(std::string_view bytes);

// Decodes valid UTF-8 into code points; invalid sequences become U+FFFD.
std::u32string decodeUtf8(std::string_view bytes);
std::string encodeUtf8(std::u32string_view codePoints);
void appendUtf8(std::string& out, char32_t codePoint);

// Columns a code point takes on a terminal (0 for combining marks, 2 for wide).
int displayWidth(char32_t codePoint);
int displayWidth(std::u32string_view codePoints);

bool isLetter(char32_t codePoint);
bool isCombiningMark(char32_t codePoint);

}  // namespace rasoat::text
