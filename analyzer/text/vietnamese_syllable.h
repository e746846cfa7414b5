#pragma once

#include <string_view>

namespace rasoat::text {

// Whether a word is one written Vietnamese syllable: an initial consonant
// ("ngh", "tr" ...), a vowel group ("ươ", "uyê" ...), a final ("ng", "ch"
// ...) and at most one tone mark, in either case. "Điều" and "nghĩa" are;
// "été", "lµm", "§iÒu" and "très" are not. It tells a Vietnamese text read in
// the right encoding from the same bytes read in a wrong one.
bool isVietnameseSyllable(std::u32string_view word);

// Whether the word has a letter only Vietnamese uses (ă, đ, ơ, ư, or a vowel
// with a hook or a dot below ...).
bool hasVietnameseOnlyLetter(std::u32string_view word);

}  // namespace rasoat::text
