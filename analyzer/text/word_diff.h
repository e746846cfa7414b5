#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

// Word-by-word comparison of two texts, for the comparison table. A Vietnamese
// word is written as syllables separated by spaces, so the unit compared is
// the syllable; punctuation marks are tokens of their own. Tokens are compared
// on their matching form (NFC, lower case, one tone placement), so "Uỷ ban" in
// NFD and "Ủy ban" in NFC are the same words; the spans returned are the
// original text.
namespace rasoat::text {

struct WordToken {
  std::string key;        // the matching form
  std::size_t begin = 0;  // byte offsets into the original text
  std::size_t end = 0;
};

// Syllables (runs of letters, digits and combining marks) and single
// punctuation marks; whitespace separates tokens and is not one.
std::vector<WordToken> tokenizeWords(std::string_view text);

enum class DiffOp { same, added, removed };

// A run of the original text: kept, added (only in the new text) or removed
// (only in the old one). Whitespace between two changed tokens belongs to the
// change; other whitespace is `same`.
struct DiffSpan {
  DiffOp op = DiffOp::same;
  std::string text;
};

struct WordDiff {
  std::vector<DiffSpan> before;  // the old text: same and removed spans
  std::vector<DiffSpan> after;   // the new text: same and added spans
  bool changed() const;
};

// The shortest edit script between the token sequences (Myers' algorithm).
WordDiff diffWords(std::string_view before, std::string_view after);

// The multiset of a text's words (punctuation left out), by matching form.
using WordBag = std::map<std::string, int>;
WordBag wordBag(std::string_view text);

// Dice similarity of two multisets of words, 0 to 1: 1 for the same words in
// any order (and for two empty texts).
double bagSimilarity(const WordBag& a, const WordBag& b);
double wordSimilarity(std::string_view a, std::string_view b);

// The tokens' keys joined by one space: equal for texts that differ only by
// case, spacing, normal form or tone placement.
std::string wordKey(std::string_view text);

}  // namespace rasoat::text
