#include "text/vietnamese_syllable.h"

#include <algorithm>
#include <array>
#include <string>

#include <utf8proc.h>

#include "text/matching.h"

namespace rasoat::text {

namespace {

// The writing system, not wording: the closed sets of Vietnamese spelling
// (onsets, vowel groups, finals), by which a decoding is judged.
constexpr std::array<std::u32string_view, 27> kOnsets = {U"ngh", U"ch", U"gh", U"gi", U"kh", U"ng", U"nh", U"ph", U"qu",
                                                         U"th",  U"tr", U"b",  U"c",  U"d",  U"đ",  U"g",  U"h",  U"k",
                                                         U"l",   U"m",  U"n",  U"p",  U"r",  U"s",  U"t",  U"v",  U"x"};
constexpr std::array<std::u32string_view, 47> kVowelGroups = {
    U"a",  U"ă",  U"â",  U"e",  U"ê",  U"i",  U"o",  U"ô",  U"ơ",  U"u",  U"ư",   U"y",   U"ai",  U"ao",  U"au", U"ay",
    U"âu", U"ây", U"eo", U"êu", U"ia", U"iê", U"iu", U"oa", U"oă", U"oe", U"oi",  U"ôi",  U"ơi",  U"oo",  U"ua", U"uâ",
    U"uê", U"ui", U"uô", U"uơ", U"uy", U"ưa", U"ưi", U"ươ", U"ưu", U"yê", U"iêu", U"oai", U"oay", U"uôi", U"ươi"};
constexpr std::array<std::u32string_view, 10> kMoreVowelGroups = {U"ươu", U"uây", U"uya", U"uyê", U"uyu",
                                                                  U"yêu", U"oeo", U"ueo", U"oao", U"uoi"};
constexpr std::array<std::u32string_view, 9> kFinals = {U"", U"c", U"ch", U"m", U"n", U"ng", U"nh", U"p", U"t"};

constexpr char32_t kToneMarks[] = {0x0300, 0x0301, 0x0303, 0x0309, 0x0323};

bool isTone(char32_t c) {
  return std::find(std::begin(kToneMarks), std::end(kToneMarks), c) != std::end(kToneMarks);
}

// The word in lower case without its tone marks, or nothing when it has more than one.
std::u32string toneless(std::u32string_view word, bool& ok) {
  std::u32string decomposed;
  for (char32_t c : word) {
    utf8proc_int32_t parts[8];
    const auto count = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c), parts, 8, UTF8PROC_DECOMPOSE, nullptr);
    if (count <= 0 || count > 8) {
      ok = false;
      return {};
    }
    for (utf8proc_ssize_t i = 0; i < count; ++i)
      decomposed.push_back(static_cast<char32_t>(utf8proc_tolower(parts[i])));
  }
  const auto tones = std::count_if(decomposed.begin(), decomposed.end(), isTone);
  ok = tones <= 1;
  std::erase_if(decomposed, isTone);
  return composeNfc(decomposed);
}

template <typename List>
bool contains(const List& list, std::u32string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool isVowelGroup(std::u32string_view group) {
  return contains(kVowelGroups, group) || contains(kMoreVowelGroups, group);
}

bool splitsAfterOnset(std::u32string_view rest) {
  for (std::size_t finalLength = 0; finalLength <= std::min<std::size_t>(2, rest.size()); ++finalLength) {
    const auto final = rest.substr(rest.size() - finalLength);
    if (contains(kFinals, final) && isVowelGroup(rest.substr(0, rest.size() - finalLength))) return true;
  }
  return false;
}

}  // namespace

bool isVietnameseSyllable(std::u32string_view word) {
  if (word.empty() || word.size() > 8) return false;
  bool ok = true;
  const std::u32string plain = toneless(word, ok);
  if (!ok || plain.empty()) return false;
  if (splitsAfterOnset(plain)) return true;
  for (std::u32string_view onset : kOnsets) {
    if (plain.size() > onset.size() && std::u32string_view(plain).substr(0, onset.size()) == onset &&
        splitsAfterOnset(std::u32string_view(plain).substr(onset.size())))
      return true;
  }
  // "gì", "gìn": the i of "gi" is the vowel.
  return plain.starts_with(U"gi") && (plain.size() == 2 || contains(kFinals, plain.substr(2)));
}

bool hasVietnameseOnlyLetter(std::u32string_view word) {
  for (char32_t c : word) {
    if (c == U'ă' || c == U'Ă' || c == U'đ' || c == U'Đ' || c == U'ơ' || c == U'Ơ' || c == U'ư' || c == U'Ư' ||
        (c >= 0x1EA0 && c <= 0x1EF9) || c == U'ĩ' || c == U'Ĩ' || c == U'ũ' || c == U'Ũ')
      return true;
  }
  return false;
}

}  // namespace rasoat::text
