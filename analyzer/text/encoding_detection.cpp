#include "text/encoding_detection.h"

#include <algorithm>
#include <functional>

#include <fmt/format.h>
#include <utf8proc.h>

#include "base/input_error.h"
#include "text/utf8.h"
#include "text/vietnamese_syllable.h"

namespace rasoat::text {

namespace {

// A decoding is trusted when this share of its words with a non-ASCII letter
// are Vietnamese syllables, over at least kMinimumWords such words, and at
// least kMinimumWords and a quarter of them have a letter only Vietnamese has.
constexpr double kTrustedShare = 0.8;
constexpr int kMinimumWords = 3;
// Mojibake is reported from this many words that read as Vietnamese once re-encoded.
constexpr int kMojibakeWords = 3;

bool separates(char32_t c) {
  if (c < 0x80) return !(isLetter(c));
  return c == 0xA0 || (c >= 0x2000 && c <= 0x206F) || c == 0xFEFF || c == 0x3000;
}

// Words: runs of letters and of any non-ASCII character that is not a space
// or punctuation, so that "§iÒu" is one word.
void forEachWord(std::u32string_view text, const std::function<void(std::size_t, std::size_t)>& visit) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (separates(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && !separates(text[end])) ++end;
    visit(i, end);
    i = end;
  }
}

bool hasNonAscii(std::u32string_view word) {
  return std::any_of(word.begin(), word.end(), [](char32_t c) { return c >= 0x80; });
}

struct Score {
  int marked = 0;          // words with a non-ASCII character
  int syllables = 0;       // of them, Vietnamese syllables
  int vietnameseOnly = 0;  // of them, with a letter only Vietnamese has
  double share() const { return marked == 0 ? 0.0 : static_cast<double>(syllables) / marked; }
  // Also enough words with a letter only Vietnamese has: "Ông", "Á", "viên"
  // read the same in Latin-1 and prove nothing.
  bool trusted() const {
    return marked >= kMinimumWords && share() >= kTrustedShare && vietnameseOnly >= kMinimumWords &&
           vietnameseOnly * 4 >= marked;
  }
};

Score score(std::u32string_view text) {
  Score result;
  forEachWord(text, [&](std::size_t begin, std::size_t end) {
    const auto word = text.substr(begin, end - begin);
    if (!hasNonAscii(word)) return;
    ++result.marked;
    if (!isVietnameseSyllable(word)) return;
    ++result.syllables;
    if (hasVietnameseOnlyLetter(word)) ++result.vietnameseOnly;
  });
  return result;
}

bool isUpper(char32_t c) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LU;
}
bool isLower(char32_t c) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LL;
}
char32_t upper(char32_t c) {
  return static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(c)));
}

// The plain (ASCII) letters of a word: how many capitals, whether any is lower case.
struct AsciiCase {
  int upper = 0;
  bool lower = false;
};

AsciiCase asciiCase(std::u32string_view word) {
  AsciiCase result;
  for (char32_t c : word) {
    if (c >= 0x80) continue;
    result.upper += isUpper(c) ? 1 : 0;
    result.lower = result.lower || isLower(c);
  }
  return result;
}

// TCVN3 has no capitals with a tone mark: offices typed them in the ".VnTimeH"
// font, which shows the lower-case bytes as capitals. A word with two plain
// capitals and no plain lower-case letter ("§IÒU", "CHÕ"), or any word without
// a plain lower-case letter on a line of such words ("ñY" in "§¶NG ñY
// PH¦êNG"), was such a word. "Sè" (Số) and "Bý" (Bí) keep their case.
void restoreCapitals(std::u32string& text) {
  std::size_t lineStart = 0;
  while (lineStart <= text.size()) {
    std::size_t lineEnd = text.find(U'\n', lineStart);
    if (lineEnd == std::u32string::npos) lineEnd = text.size();
    const std::u32string_view line = std::u32string_view(text).substr(lineStart, lineEnd - lineStart);
    std::vector<std::pair<std::size_t, std::size_t>> words;
    int capitalWords = 0;
    bool lowerWords = false;
    forEachWord(line, [&](std::size_t begin, std::size_t end) {
      words.emplace_back(lineStart + begin, lineStart + end);
      const AsciiCase letters = asciiCase(line.substr(begin, end - begin));
      capitalWords += letters.upper >= 2 && !letters.lower;
      lowerWords = lowerWords || letters.lower;
    });
    const bool capitalLine = capitalWords >= 2 && !lowerWords;
    for (const auto& [begin, end] : words) {
      const AsciiCase letters = asciiCase(std::u32string_view(text).substr(begin, end - begin));
      if (letters.lower || (letters.upper < 2 && !capitalLine)) continue;
      for (std::size_t i = begin; i < end; ++i) text[i] = upper(text[i]);
    }
    lineStart = lineEnd + 1;
  }
}

// UTF-16 without a byte order mark: most characters of a regulation are ASCII,
// whose high byte is zero.
std::optional<bool> utf16ByZeros(std::string_view bytes) {
  // Too short to tell from binary data ("\x01\x02\x00\xFF").
  constexpr std::size_t kMinimumBytes = 32;
  if (bytes.size() < kMinimumBytes || bytes.size() % 2 != 0) return std::nullopt;
  std::size_t zeroEven = 0, zeroOdd = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] != '\0') continue;
    if (i % 2 == 0)
      ++zeroEven;
    else
      ++zeroOdd;
  }
  const std::size_t units = bytes.size() / 2;
  if (zeroOdd * 10 >= units * 3 && zeroEven * 20 <= units) return false;
  if (zeroEven * 10 >= units * 3 && zeroOdd * 20 <= units) return true;
  return std::nullopt;
}

[[noreturn]] void fail(const std::string& path, std::string vi, std::string en) {
  throw InputError(path, LocalizedText{std::move(vi), std::move(en)});
}

DecodedText utf16(const std::string& path, std::string_view bytes, bool bigEndian) {
  auto text = decodeUtf16(bytes, bigEndian);
  if (!text)
    fail(path, "tệp UTF-16 không hợp lệ (độ dài lẻ hoặc cặp thay thế lẻ loi)",
         "invalid UTF-16 (an odd length or a lone surrogate)");
  return {std::move(*text), bigEndian ? Encoding::utf16be : Encoding::utf16le};
}

struct Candidate {
  Encoding encoding;
  std::u32string (*decode)(std::string_view);
};
constexpr Candidate kLegacy[] = {
    {Encoding::tcvn3, decodeTcvn3}, {Encoding::vni, decodeVni}, {Encoding::windows1258, decodeWindows1258}};

DecodedText legacy(const std::string& path, std::string_view bytes, std::size_t invalidAt) {
  std::optional<DecodedText> best;
  double bestShare = 0;
  for (const Candidate& candidate : kLegacy) {
    std::u32string text = candidate.decode(bytes);
    const Score result = score(text);
    if (result.trusted() && result.share() > bestShare) {
      bestShare = result.share();
      best = DecodedText{std::move(text), candidate.encoding};
    }
  }
  if (!best) {
    fail(path,
         fmt::format("không phải UTF-8 hợp lệ tại vị trí byte {}, và không đọc được như văn bản tiếng Việt mã "
                     "UTF-16, TCVN3 (ABC), VNI hay Windows-1258; hãy lưu lại dưới dạng UTF-8",
                     invalidAt),
         fmt::format("invalid UTF-8 at byte offset {}, and not readable as Vietnamese text in UTF-16, TCVN3 (ABC), "
                     "VNI or Windows-1258; save it as UTF-8",
                     invalidAt));
  }
  if (best->encoding == Encoding::tcvn3) restoreCapitals(best->text);
  return std::move(*best);
}

// The bytes a word had before a program took them for Windows-1252.
std::optional<std::string> windows1252Bytes(std::u32string_view word) {
  std::string bytes;
  for (char32_t c : word) {
    const auto byte = windows1252Byte(c);
    if (!byte) return std::nullopt;
    bytes.push_back(static_cast<char>(*byte));
  }
  return bytes;
}

// What the word says in an old encoding, when it is Vietnamese there and not as it is.
std::optional<std::pair<Encoding, std::u32string>> mojibakeReading(std::u32string_view word) {
  // Most Vietnamese words have a letter Windows-1252 lacks (ư, ơ, ạ ...): they
  // are let through first, cheaply.
  if (!hasNonAscii(word)) return std::nullopt;
  const auto bytes = windows1252Bytes(word);
  if (!bytes || isVietnameseSyllable(word)) return std::nullopt;
  for (const Candidate& candidate : kLegacy) {
    if (candidate.encoding == Encoding::windows1258) continue;
    std::u32string reading = candidate.decode(*bytes);
    if (isVietnameseSyllable(reading) && hasVietnameseOnlyLetter(reading))
      return std::make_pair(candidate.encoding, std::move(reading));
  }
  return std::nullopt;
}

std::u32string readLine(std::u32string_view line, Encoding encoding) {
  std::u32string out;
  std::size_t i = 0;
  while (i < line.size()) {
    if (separates(line[i])) {
      out.push_back(line[i++]);
      continue;
    }
    std::size_t end = i;
    while (end < line.size() && !separates(line[end])) ++end;
    const auto word = line.substr(i, end - i);
    const auto bytes = windows1252Bytes(word);
    out += bytes && hasNonAscii(word) ? (encoding == Encoding::vni ? decodeVni(*bytes) : decodeTcvn3(*bytes))
                                      : std::u32string(word);
    i = end;
  }
  return out;
}

// A Latin-1 character that is neither a space nor a Vietnamese letter.
bool isForeignLatin1(char32_t c) {
  static constexpr std::u32string_view kVietnamese = U"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";
  return c > 0xA0 && c <= 0xFF && kVietnamese.find(c) == std::u32string_view::npos;
}

std::u32string shortened(std::u32string text) {
  constexpr std::size_t kQuoted = 60;
  if (text.size() > kQuoted) text = text.substr(0, kQuoted) + U"…";
  return text;
}

}  // namespace

DecodedText decodeText(const std::string& path, std::string_view bytes) {
  if (bytes.starts_with("\xFF\xFE")) return utf16(path, bytes.substr(2), false);
  if (bytes.starts_with("\xFE\xFF")) return utf16(path, bytes.substr(2), true);
  const bool bom = bytes.starts_with("\xEF\xBB\xBF");
  if (!bom) {
    if (const auto bigEndian = utf16ByZeros(bytes)) return utf16(path, bytes, *bigEndian);
  }
  if (auto nul = bytes.find('\0'); nul != std::string_view::npos) {
    fail(path, fmt::format("dữ liệu nhị phân (byte 0 tại vị trí byte {}), không phải văn bản", nul),
         fmt::format("binary data (a NUL byte at byte offset {}), not text", nul));
  }
  const std::string_view body = bom ? bytes.substr(3) : bytes;
  const auto invalid = firstInvalidUtf8(body);
  if (!invalid) return {decodeUtf8(body), Encoding::utf8};
  if (bom) {
    fail(path, fmt::format("không phải UTF-8 hợp lệ tại vị trí byte {}", *invalid + 3),
         fmt::format("invalid UTF-8 at byte offset {}", *invalid + 3));
  }
  return legacy(path, bytes, *invalid);
}

std::optional<Diagnostic> mojibakeWarning(const std::string& path, const std::vector<std::u32string>& lines) {
  // Cheap first: old-encoding text taken for Windows-1252 always shows a
  // Latin-1 character Vietnamese does not write (§ ® µ ñ ö ...).
  if (!std::any_of(lines.begin(), lines.end(),
                   [](const std::u32string& line) { return std::any_of(line.begin(), line.end(), isForeignLatin1); }))
    return std::nullopt;
  int words = 0, firstLine = 0;
  Encoding encoding = Encoding::tcvn3;
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const std::u32string& line = lines[index];
    forEachWord(line, [&](std::size_t begin, std::size_t end) {
      const auto reading = mojibakeReading(std::u32string_view(line).substr(begin, end - begin));
      if (!reading) return;
      if (++words == 1) {
        firstLine = static_cast<int>(index) + 1;
        encoding = reading->first;
      }
    });
  }
  if (words < kMojibakeWords) return std::nullopt;
  const std::u32string& line = lines[static_cast<std::size_t>(firstLine - 1)];
  const std::string quoted = encodeUtf8(shortened(line));
  const std::string reading = encodeUtf8(shortened(readLine(line, encoding)));
  const LocalizedText name = encodingName(encoding);
  Diagnostic warning;
  warning.severity = Severity::warning;
  warning.path = path;
  warning.range = Range{Position{firstLine, 1}, Position{firstLine, static_cast<int>(line.size()) + 1}};
  warning.message = {
      fmt::format("{} từ có vẻ là chữ mã {} đã bị chuyển sai sang Unicode (dòng {}: «{}» đọc theo {} là «{}»); "
                  "các từ đó không được đọc như chữ tiếng Việt: hãy chuyển mã lại tệp gốc",
                  words, name.vi, firstLine, quoted, name.vi, reading),
      fmt::format("{} words look like {} text once converted wrongly to Unicode (line {}: \"{}\" reads \"{}\" in "
                  "{}); they are not read as Vietnamese words: convert the original file again",
                  words, name.en, firstLine, quoted, reading, name.en)};
  return warning;
}

}  // namespace rasoat::text
