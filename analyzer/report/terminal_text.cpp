#include "report/terminal_text.h"

#include <fmt/format.h>

#include "text/utf8.h"

namespace rasoat::report {

namespace {

// Length of the valid UTF-8 sequence at the start of `bytes`, or 0.
std::size_t validSequenceLength(std::string_view bytes) {
  const auto lead = static_cast<unsigned char>(bytes[0]);
  const std::size_t length = lead < 0x80           ? 1
                             : (lead >> 5) == 0x6  ? 2
                             : (lead >> 4) == 0xE  ? 3
                             : (lead >> 3) == 0x1E ? 4
                                                   : 0;
  if (length == 0 || length > bytes.size()) return 0;
  return text::firstInvalidUtf8(bytes.substr(0, length)) ? 0 : length;
}

void appendVisible(std::u32string& out, char32_t c) {
  if (c == U'\t') {
    out.push_back(U' ');
    return;
  }
  if (!isTerminalUnsafe(c)) {
    out.push_back(c);
    return;
  }
  for (char ch : fmt::format("<U+{:04X}>", static_cast<unsigned>(c))) out.push_back(static_cast<char32_t>(ch));
}

}  // namespace

bool isTerminalUnsafe(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0x200E || c == 0x200F || c == 0x061C || c == 0x2028 || c == 0x2029;
}

std::u32string terminalSafe(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (char32_t c : text) appendVisible(out, c);
  return out;
}

std::string terminalSafe(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  std::size_t i = 0;
  while (i < bytes.size()) {
    const std::size_t length = validSequenceLength(bytes.substr(i));
    if (length == 0) {
      out += fmt::format("<0x{:02X}>", static_cast<unsigned char>(bytes[i]));
      ++i;
      continue;
    }
    const std::u32string decoded = text::decodeUtf8(bytes.substr(i, length));
    std::u32string visible;
    for (char32_t c : decoded) appendVisible(visible, c);
    out += text::encodeUtf8(visible);
    i += length;
  }
  return out;
}

std::string validUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  std::size_t i = 0;
  while (i < bytes.size()) {
    const std::size_t length = validSequenceLength(bytes.substr(i));
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    out.append(bytes.substr(i, length));
    i += length;
  }
  return out;
}

}  // namespace rasoat::report
