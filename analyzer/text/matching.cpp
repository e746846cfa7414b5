#include "text/matching.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <vector>

#include <utf8proc.h>

#include "text/utf8.h"

namespace rasoat::text {

namespace {

// The six tone forms (none, huyền, sắc, hỏi, ngã, nặng) of the vowels whose
// tone may sit on either letter of "oa", "oe", "uy".
constexpr std::array<std::u32string_view, 5> kToneRows = {U"aàáảãạ", U"eèéẻẽẹ", U"oòóỏõọ", U"uùúủũụ", U"yỳýỷỹỵ"};
constexpr std::u32string_view kToneRowI = U"iìíỉĩị";

struct ToneForm {
  char32_t base = 0;
  int tone = -1;  // 0 = no tone
};

ToneForm toneFormIn(std::u32string_view row, char32_t c) {
  for (std::size_t tone = 0; tone < row.size(); ++tone) {
    if (row[tone] == c) return {row[0], static_cast<int>(tone)};
  }
  return {};
}

ToneForm toneForm(char32_t c) {
  for (auto row : kToneRows) {
    ToneForm form = toneFormIn(row, c);
    if (form.tone >= 0) return form;
  }
  return toneFormIn(kToneRowI, c);
}

char32_t withTone(char32_t base, int tone) {
  for (auto row : kToneRows) {
    if (row[0] == base) return row[static_cast<std::size_t>(tone)];
  }
  if (base == U'i') return kToneRowI[static_cast<std::size_t>(tone)];
  if (base == U'y') return kToneRows[4][static_cast<std::size_t>(tone)];
  return base;
}

bool endsSyllable(const std::u32string& s, std::size_t next) {
  return next >= s.size() || !isLetter(s[next]);
}

// "oà" -> "òa", "uỷ" -> "ủy" (but not after q, where u is part of "qu"),
// "quí" -> "quý", "qui" -> "quy": old and new spelling made one for matching.
void canonicaliseTonePlacement(std::u32string& s) {
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] != U'o' && s[i] != U'u') continue;  // both rules begin with a toneless o or u
    const bool afterQ = i > 0 && s[i - 1] == U'q';
    ToneForm first = toneForm(s[i]);
    ToneForm second = toneForm(s[i + 1]);
    if (!endsSyllable(s, i + 2) || first.tone != 0) continue;
    const bool openPair = (first.base == U'o' && (second.base == U'a' || second.base == U'e')) ||
                          (first.base == U'u' && second.base == U'y');
    if (openPair && !afterQ && second.tone > 0) {
      s[i] = withTone(first.base, second.tone);
      s[i + 1] = second.base;
    } else if (afterQ && first.base == U'u' && second.base == U'i') {
      s[i + 1] = withTone(U'y', second.tone);
    }
  }
}

// Code points that NFC leaves as they are and that compose with none of each
// other: Latin up to U+02FF (no combining mark), Latin Extended Additional
// (Vietnamese letters, U+1E00-U+1EFF) and general punctuation from U+2002
// (U+2000 and U+2001 have singleton decompositions). Checked against Python's
// unicodedata (Unicode 14) for every code point and every pair of them.
bool isNfcInert(char32_t c) {
  return c < 0x300 || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x2002 && c < 0x2070);
}

}  // namespace

void foldForMatching(std::u32string& codePoints) {
  for (char32_t& c : codePoints) {
    if (c < 0x80) {
      if (c >= U'A' && c <= U'Z') c += U'a' - U'A';
    } else if (c == U'\u00D0' || c == U'\u00F0') {
      // "Ðiều": the Icelandic eth that old fonts and converted files put for
      // "Đ", which it looks like; Vietnamese has no other use for it.
      c = U'\u0111';
    } else {
      c = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
    }
  }
  canonicaliseTonePlacement(codePoints);
}

std::u32string composeNfc(std::u32string_view codePoints) {
  if (std::all_of(codePoints.begin(), codePoints.end(), isNfcInert)) return std::u32string(codePoints);
  std::string utf8 = encodeUtf8(codePoints);
  utf8proc_uint8_t* composed = nullptr;
  utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()), static_cast<utf8proc_ssize_t>(utf8.size()),
                   &composed, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (length < 0) return std::u32string(codePoints);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(composed, &std::free);
  return decodeUtf8(std::string_view(reinterpret_cast<const char*>(composed), static_cast<std::size_t>(length)));
}

std::string matchKey(std::string_view utf8) {
  // Called for every clause and every element of it: the text is decoded once
  // and composed, folded and collapsed in place (NFC only when some code point
  // may change, as composeNfc decides).
  std::u32string composed = decodeUtf8(utf8);
  if (!std::all_of(composed.begin(), composed.end(), isNfcInert)) composed = composeNfc(composed);
  foldForMatching(composed);
  // Runs of spaces become one, none at either end. Writing never overtakes
  // reading: a space is written only where at least one was skipped.
  std::size_t kept = 0;
  bool pendingSpace = false;
  for (const char32_t c : composed) {
    const bool space = c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u00A0';
    if (space) {
      pendingSpace = kept != 0;
      continue;
    }
    if (pendingSpace) composed[kept++] = U' ';
    pendingSpace = false;
    composed[kept++] = c;
  }
  composed.resize(kept);
  return encodeUtf8(composed);
}

namespace {
bool isSpace(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u00A0';
}
}  // namespace

std::optional<std::pair<std::size_t, std::size_t>> locatePhrases(std::string_view text,
                                                                 const std::vector<std::string>& phrases) {
  std::u32string folded = decodeUtf8(text);
  foldForMatching(folded);
  std::u32string stream;  // `text` without spacing, and where each code point came from
  std::vector<std::size_t> origin;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (isSpace(folded[i])) continue;
    stream.push_back(folded[i]);
    origin.push_back(i);
  }
  std::optional<std::pair<std::size_t, std::size_t>> found;
  std::size_t from = 0;
  for (const std::string& phrase : phrases) {
    std::u32string wanted;
    for (char32_t c : decodeUtf8(matchKey(phrase)))
      if (!isSpace(c)) wanted.push_back(c);
    if (wanted.empty()) continue;
    const std::size_t at = stream.find(wanted, from);
    if (at == std::u32string::npos) continue;
    from = at + wanted.size();
    const std::size_t end = origin[from - 1] + 1;
    if (!found)
      found = std::make_pair(origin[at], end);
    else
      found->second = end;
  }
  return found;
}

}  // namespace rasoat::text
