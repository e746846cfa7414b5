#include "text/legacy_encodings.h"

#include <unicode/ucnv.h>

#include <array>
#include <map>
#include <memory>

#include <utf8proc.h>

#include "text/matching.h"

namespace rasoat::text {

namespace {

using ByteTable = std::array<char32_t, 256>;

// A single-byte code page as ICU maps it; U+FFFD for a byte it leaves unassigned.
ByteTable icuTable(const char* name) {
  ByteTable table{};
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(name, &status), &ucnv_close);
  for (int byte = 0; byte < 256; ++byte) {
    table[byte] = byte < 0x80 ? static_cast<char32_t>(byte) : U'\uFFFD';
    if (U_FAILURE(status) || byte < 0x80) continue;
    UErrorCode one = U_ZERO_ERROR;
    ucnv_reset(converter.get());
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &one);
    const char in = static_cast<char>(byte);
    UChar out[2] = {};
    const int32_t length = ucnv_toUChars(converter.get(), out, 2, &in, 1, &one);
    if (U_SUCCESS(one) && length == 1) table[byte] = out[0];
  }
  return table;
}

const ByteTable& windows1252() {
  static const ByteTable table = icuTable("windows-1252");
  return table;
}

struct ByteLetter {
  unsigned char byte;
  char32_t letter;
};

// TCVN 5712:1993, the VN3 set of the ABC fonts (".VnTime"): the lower-case
// letters with tone marks and the seven letters with a quality mark in both
// cases. Checked against glibc's TCVN5712-1 (tests/text/test_legacy_encodings.cpp).
constexpr ByteLetter kTcvn3[] = {
    {0xA1, U'Ă'},
    {0xA2, U'Â'},
    {0xA3, U'Ê'},
    {0xA4, U'Ô'},
    {0xA5, U'Ơ'},
    {0xA6, U'Ư'},
    {0xA7, U'Đ'},
    {0xA8, U'ă'},
    {0xA9, U'â'},
    {0xAA, U'ê'},
    {0xAB, U'ô'},
    {0xAC, U'ơ'},
    {0xAD, U'ư'},
    {0xAE, U'đ'},
    {0xB5, U'à'},
    {0xB6, U'ả'},
    {0xB7, U'ã'},
    {0xB8, U'á'},
    {0xB9, U'ạ'},
    {0xBB, U'ằ'},
    {0xBC, U'ẳ'},
    {0xBD, U'ẵ'},
    {0xBE, U'ắ'},
    {0xC6, U'ặ'},
    {0xC7, U'ầ'},
    {0xC8, U'ẩ'},
    {0xC9, U'ẫ'},
    {0xCA, U'ấ'},
    {0xCB, U'ậ'},
    {0xCC, U'è'},
    {0xCE, U'ẻ'},
    {0xCF, U'ẽ'},
    {0xD0, U'é'},
    {0xD1, U'ẹ'},
    {0xD2, U'ề'},
    {0xD3, U'ể'},
    {0xD4, U'ễ'},
    {0xD5, U'ế'},
    {0xD6, U'ệ'},
    {0xD7, U'ì'},
    {0xD8, U'ỉ'},
    {0xDC, U'ĩ'},
    {0xDD, U'í'},
    {0xDE, U'ị'},
    {0xDF, U'ò'},
    {0xE1, U'ỏ'},
    {0xE2, U'õ'},
    {0xE3, U'ó'},
    {0xE4, U'ọ'},
    {0xE5, U'ồ'},
    {0xE6, U'ổ'},
    {0xE7, U'ỗ'},
    {0xE8, U'ố'},
    {0xE9, U'ộ'},
    {0xEA, U'ờ'},
    {0xEB, U'ở'},
    {0xEC, U'ỡ'},
    {0xED, U'ớ'},
    {0xEE, U'ợ'},
    {0xEF, U'ù'},
    {0xF1, U'ủ'},
    {0xF2, U'ũ'},
    {0xF3, U'ú'},
    {0xF4, U'ụ'},
    {0xF5, U'ừ'},
    {0xF6, U'ử'},
    {0xF7, U'ữ'},
    {0xF8, U'ứ'},
    {0xF9, U'ự'},
    {0xFA, U'ỳ'},
    {0xFB, U'ỷ'},
    {0xFC, U'ỹ'},
    {0xFD, U'ý'},
    {0xFE, U'ỵ'},
    // The capitals VN1 puts in the bytes VN3 leaves free: a file that has them means them.
    {0xAF, U'Ằ'},
    {0xBA, U'Ẳ'},
    {0xBF, U'Ẵ'},
    {0xC0, U'Ắ'},
    {0xC1, U'Ầ'},
    {0xC2, U'Ẩ'},
    {0xC3, U'Ẫ'},
    {0xC4, U'Ấ'},
    {0xC5, U'Ề'},
    {0xCD, U'Ể'},
    {0xD9, U'Ễ'},
    {0xDA, U'Ế'},
    {0xDB, U'Ồ'},
    {0xE0, U'Ổ'},
    {0xF0, U'Ỗ'},
    {0xFF, U'Ố'},
};

const ByteTable& tcvn3() {
  static const ByteTable table = [] {
    ByteTable built = windows1252();
    for (const ByteLetter& entry : kTcvn3) built[entry.byte] = entry.letter;
    return built;
  }();
  return table;
}

// VNI (the "VNI-Times" fonts): a letter with marks is the plain letter followed
// by one byte carrying the marks; ơ ư đ and i with a tone mark are single bytes.
// Each pair is the lower-case byte and the capital one.
constexpr char32_t kAcute = 0x0301, kGrave = 0x0300, kHook = 0x0309, kTilde = 0x0303, kDot = 0x0323;
constexpr char32_t kCircumflex = 0x0302, kBreve = 0x0306, kHorn = 0x031B;

struct VniLetter {
  unsigned char lower, upper;
  char32_t letterLower, letterUpper;
};
constexpr VniLetter kVniLetters[] = {
    {0xF4, 0xD4, U'ơ', U'Ơ'}, {0xF6, 0xD6, U'ư', U'Ư'}, {0xF1, 0xD1, U'đ', U'Đ'}, {0xEC, 0xCC, U'ì', U'Ì'},
    {0xED, 0xCD, U'í', U'Í'}, {0xE6, 0xC6, U'ỉ', U'Ỉ'}, {0xF3, 0xD3, U'ĩ', U'Ĩ'}, {0xF2, 0xD2, U'ị', U'Ị'},
};

struct VniMark {
  unsigned char lower, upper;
  char32_t quality;  // 0, circumflex or breve
  char32_t tone;     // 0 or a tone mark
};
constexpr VniMark kVniMarks[] = {
    {0xF9, 0xD9, 0, kAcute},
    {0xF8, 0xD8, 0, kGrave},
    {0xFB, 0xDB, 0, kHook},
    {0xF5, 0xD5, 0, kTilde},
    {0xEF, 0xCF, 0, kDot},
    {0xEE, 0xCE, 0, kDot},  // ỵ
    {0xE2, 0xC2, kCircumflex, 0},
    {0xE1, 0xC1, kCircumflex, kAcute},
    {0xE0, 0xC0, kCircumflex, kGrave},
    {0xE5, 0xC5, kCircumflex, kHook},
    {0xE3, 0xC3, kCircumflex, kTilde},
    {0xE4, 0xC4, kCircumflex, kDot},
    {0xEA, 0xCA, kBreve, 0},
    {0xE9, 0xC9, kBreve, kAcute},
    {0xE8, 0xC8, kBreve, kGrave},
    {0xFA, 0xDA, kBreve, kHook},
    {0xFC, 0xDC, kBreve, kTilde},
    {0xEB, 0xCB, kBreve, kDot},
};

const VniMark* vniMark(unsigned char byte) {
  for (const VniMark& mark : kVniMarks) {
    if (mark.lower == byte || mark.upper == byte) return &mark;
  }
  return nullptr;
}

const VniLetter* vniLetter(unsigned char byte) {
  for (const VniLetter& letter : kVniLetters) {
    if (letter.lower == byte || letter.upper == byte) return &letter;
  }
  return nullptr;
}

char32_t lower(char32_t c) {
  return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
}

// Whether a VNI mark byte can follow this letter ("ỵ" only on y, a breve only on a ...).
bool takesMark(char32_t base, const VniMark& mark) {
  const char32_t c = lower(base);
  if (mark.lower == 0xEE) return c == U'y';
  if (mark.lower == 0xEF && c == U'y') return false;
  if (mark.quality == kBreve) return c == U'a';
  if (mark.quality == kCircumflex) return c == U'a' || c == U'e' || c == U'o';
  return c == U'a' || c == U'e' || c == U'i' || c == U'o' || c == U'u' || c == U'y' || c == U'ơ' || c == U'ư';
}

// Tone marks and quality marks of one letter, from its canonical decomposition.
struct Letter {
  char32_t base = 0;
  char32_t quality = 0;
  char32_t tone = 0;
};

Letter decompose(char32_t c) {
  utf8proc_int32_t parts[8];
  int options = UTF8PROC_DECOMPOSE;
  const auto count = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c), parts, 8,
                                             static_cast<utf8proc_option_t>(options), nullptr);
  Letter letter{c, 0, 0};
  if (count <= 1) return letter;
  letter.base = static_cast<char32_t>(parts[0]);
  for (utf8proc_ssize_t i = 1; i < count; ++i) {
    const auto mark = static_cast<char32_t>(parts[i]);
    if (mark == kCircumflex || mark == kBreve || mark == kHorn)
      letter.quality = mark;
    else
      letter.tone = mark;
  }
  return letter;
}

bool isUpper(char32_t c) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LU;
}

// A byte that decodes back to `c` under `table` (the Windows-1252 characters
// an encoding leaves alone: quotes, dashes ...).
std::optional<unsigned char> byteFor(const ByteTable& table, char32_t c) {
  for (int byte = 0; byte < 256; ++byte) {
    if (table[byte] == c) return static_cast<unsigned char>(byte);
  }
  return std::nullopt;
}

std::optional<std::string> vniSingle(char32_t c) {
  for (const VniLetter& entry : kVniLetters) {
    if (entry.letterLower == c) return std::string(1, static_cast<char>(entry.lower));
    if (entry.letterUpper == c) return std::string(1, static_cast<char>(entry.upper));
  }
  return std::nullopt;
}

// The bytes of one Vietnamese letter in VNI: a plain letter (or ơ, ư) and the
// byte of its marks.
std::optional<std::string> vniBytes(char32_t c) {
  if (auto single = vniSingle(c)) return single;
  const Letter letter = decompose(c);
  std::string out;
  char32_t base = letter.base;
  char32_t quality = letter.quality;
  if (quality == kHorn) {
    base = composeNfc(std::u32string{letter.base, kHorn}).front();
    auto single = vniSingle(base);
    if (!single) return std::nullopt;
    out = *single;
    quality = 0;
  } else if (base < 0x80 && base != c) {
    out.push_back(static_cast<char>(base));
  } else {
    return std::nullopt;
  }
  if (quality == 0 && letter.tone == 0) return out;
  for (const VniMark& mark : kVniMarks) {
    if (mark.quality == quality && mark.tone == letter.tone && takesMark(base, mark)) {
      out.push_back(static_cast<char>(isUpper(c) ? mark.upper : mark.lower));
      return out;
    }
  }
  return std::nullopt;
}

}  // namespace

LocalizedText encodingName(Encoding encoding) {
  switch (encoding) {
    case Encoding::utf8: return {"UTF-8", "UTF-8"};
    case Encoding::utf16le: return {"UTF-16 LE", "UTF-16 LE"};
    case Encoding::utf16be: return {"UTF-16 BE", "UTF-16 BE"};
    case Encoding::tcvn3: return {"TCVN3 (ABC, phông .VnTime)", "TCVN3 (ABC, .VnTime fonts)"};
    case Encoding::vni: return {"VNI (phông VNI-Times)", "VNI (VNI-Times fonts)"};
    case Encoding::windows1258: return {"Windows-1258", "Windows-1258"};
  }
  return {};
}

std::u32string decodeTcvn3(std::string_view bytes) {
  const ByteTable& table = tcvn3();
  std::u32string out;
  out.reserve(bytes.size());
  for (char byte : bytes) out.push_back(table[static_cast<unsigned char>(byte)]);
  return out;
}

std::u32string decodeWindows1258(std::string_view bytes) {
  static const ByteTable table = icuTable("windows-1258");
  std::u32string out;
  out.reserve(bytes.size());
  for (char byte : bytes) out.push_back(table[static_cast<unsigned char>(byte)]);
  // The tone marks are combining characters after the letter: composed here.
  return composeNfc(out);
}

std::u32string decodeVni(std::string_view bytes) {
  std::u32string out;
  out.reserve(bytes.size());
  bool lastTakesMark = false;  // the last letter is plain and may carry the next mark byte
  for (char raw : bytes) {
    const auto byte = static_cast<unsigned char>(raw);
    if (byte < 0x80) {
      out.push_back(byte);
      lastTakesMark = true;
      continue;
    }
    if (const VniMark* mark = vniMark(byte); mark && lastTakesMark && !out.empty() && takesMark(out.back(), *mark)) {
      std::u32string letter{out.back()};
      if (mark->quality != 0) letter.push_back(mark->quality);
      if (mark->tone != 0) letter.push_back(mark->tone);
      out.back() = composeNfc(letter).front();
      lastTakesMark = false;
      continue;
    }
    if (const VniLetter* letter = vniLetter(byte)) {
      out.push_back(byte == letter->lower ? letter->letterLower : letter->letterUpper);
      lastTakesMark = true;  // ơ and ư take their tone mark from the next byte
      continue;
    }
    out.push_back(windows1252()[byte]);
    lastTakesMark = false;
  }
  return out;
}

std::optional<std::u32string> decodeUtf16(std::string_view bytes, bool bigEndian) {
  if (bytes.size() % 2 != 0) return std::nullopt;
  auto unit = [&](std::size_t i) -> char32_t {
    const auto first = static_cast<unsigned char>(bytes[i]);
    const auto second = static_cast<unsigned char>(bytes[i + 1]);
    return bigEndian ? (first << 8 | second) : (second << 8 | first);
  };
  std::u32string out;
  out.reserve(bytes.size() / 2);
  for (std::size_t i = 0; i < bytes.size(); i += 2) {
    const char32_t high = unit(i);
    if (high >= 0xDC00 && high <= 0xDFFF) return std::nullopt;
    if (high < 0xD800 || high > 0xDBFF) {
      out.push_back(high);
      continue;
    }
    if (i + 3 >= bytes.size()) return std::nullopt;
    const char32_t low = unit(i + 2);
    if (low < 0xDC00 || low > 0xDFFF) return std::nullopt;
    out.push_back(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00));
    i += 2;
  }
  return out;
}

std::optional<std::string> encodeTcvn3(std::u32string_view text) {
  static const std::map<char32_t, unsigned char> codes = [] {
    std::map<char32_t, unsigned char> built;
    for (const ByteLetter& entry : kTcvn3) {
      if (entry.byte <= 0xFE && !(isUpper(entry.letter) && decompose(entry.letter).tone != 0))
        built.emplace(entry.letter, entry.byte);
    }
    return built;
  }();
  std::string out;
  for (char32_t c : composeNfc(text)) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    auto found = codes.find(c);
    if (found == codes.end()) found = codes.find(lower(c));  // a capital with a tone mark: .VnTimeH
    if (found != codes.end()) {
      out.push_back(static_cast<char>(found->second));
      continue;
    }
    const auto byte = byteFor(tcvn3(), c);
    if (!byte) return std::nullopt;
    out.push_back(static_cast<char>(*byte));
  }
  return out;
}

std::optional<std::string> encodeVni(std::u32string_view text) {
  std::string out;
  for (char32_t c : composeNfc(text)) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (auto bytes = vniBytes(c)) {
      out += *bytes;
    } else if (auto byte = windows1252Byte(c); byte && !vniMark(*byte) && !vniLetter(*byte)) {
      out.push_back(static_cast<char>(*byte));
    } else {
      return std::nullopt;
    }
  }
  return out;
}

std::optional<unsigned char> windows1252Byte(char32_t c) {
  if (c < 0x80) return static_cast<unsigned char>(c);
  static const std::map<char32_t, unsigned char> bytes = [] {
    std::map<char32_t, unsigned char> built;
    for (int byte = 0x80; byte < 256; ++byte) {
      if (windows1252()[byte] != U'\uFFFD') built.emplace(windows1252()[byte], static_cast<unsigned char>(byte));
    }
    return built;
  }();
  const auto found = bytes.find(c);
  if (found == bytes.end()) return std::nullopt;
  return found->second;
}

}  // namespace rasoat::text
