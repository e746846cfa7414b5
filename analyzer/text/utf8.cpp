#include "text/utf8.h"

#include <utf8proc.h>

namespace rasoat::text {

namespace {

// One step of decoding; returns the number of bytes read, or a negative value
// for an invalid sequence.
utf8proc_ssize_t decodeOne(std::string_view bytes, std::size_t at, char32_t& out) {
  utf8proc_int32_t codePoint = 0;
  const auto* start = reinterpret_cast<const utf8proc_uint8_t*>(bytes.data() + at);
  utf8proc_ssize_t length = utf8proc_iterate(start, static_cast<utf8proc_ssize_t>(bytes.size() - at), &codePoint);
  out = static_cast<char32_t>(codePoint);
  return length;
}

}  // namespace

std::optional<std::size_t> firstInvalidUtf8(std::string_view bytes) {
  std::size_t at = 0;
  while (at < bytes.size()) {
    char32_t codePoint = 0;
    utf8proc_ssize_t length = decodeOne(bytes, at, codePoint);
    if (length <= 0) return at;
    at += static_cast<std::size_t>(length);
  }
  return std::nullopt;
}

std::u32string decodeUtf8(std::string_view bytes) {
  std::u32string result;
  result.reserve(bytes.size());
  std::size_t at = 0;
  while (at < bytes.size()) {
    // ASCII is its own code point (what utf8proc_iterate would say, without the call).
    if (static_cast<unsigned char>(bytes[at]) < 0x80) {
      result.push_back(static_cast<char32_t>(static_cast<unsigned char>(bytes[at])));
      ++at;
      continue;
    }
    char32_t codePoint = 0;
    utf8proc_ssize_t length = decodeOne(bytes, at, codePoint);
    if (length <= 0) {
      result.push_back(U'\uFFFD');
      at += 1;
    } else {
      result.push_back(codePoint);
      at += static_cast<std::size_t>(length);
    }
  }
  return result;
}

void appendUtf8(std::string& out, char32_t codePoint) {
  utf8proc_uint8_t buffer[4];
  utf8proc_ssize_t length = utf8proc_encode_char(static_cast<utf8proc_int32_t>(codePoint), buffer);
  out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

std::string encodeUtf8(std::u32string_view codePoints) {
  std::string out;
  // Vietnamese text is about a third letters of two or three bytes: one
  // allocation for nearly every text.
  out.reserve(codePoints.size() + codePoints.size() / 2 + 8);
  for (char32_t c : codePoints) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));  // what utf8proc_encode_char writes for ASCII
    } else {
      appendUtf8(out, c);
    }
  }
  return out;
}

int displayWidth(char32_t codePoint) {
  if (codePoint == U'\t') return 1;
  int width = utf8proc_charwidth(static_cast<utf8proc_int32_t>(codePoint));
  return width < 0 ? 0 : width;
}

int displayWidth(std::u32string_view codePoints) {
  int width = 0;
  for (char32_t c : codePoints) width += displayWidth(c);
  return width;
}

bool isLetter(char32_t codePoint) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(codePoint))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: return true;
    default: return false;
  }
}

bool isCombiningMark(char32_t codePoint) {
  // Asked for every character read: Latin up to U+02FF and the Vietnamese
  // letters (U+1E00-U+1EFF) hold no mark (Unicode 14), and need no table.
  if (codePoint < 0x300 || (codePoint >= 0x1E00 && codePoint < 0x1F00)) return false;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(codePoint))) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return true;
    default: return false;
  }
}

}  // namespace rasoat::text
