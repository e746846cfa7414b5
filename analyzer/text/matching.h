#pragma once

#include <string>
#include <string_view>

namespace rasoat::text {

// The text that keywords and lexicon phrases are matched against: NFC, lower
// case, and one placement of the tone mark ("Uỷ" = "Ủy", "hoà" = "hòa",
// "quí" = "quý"). Folding changes code points one for one, never the length,
// so offsets into a folded copy are offsets into its input.
void foldForMatching(std::u32string& codePoints);

// Canonical Unicode composition (NFC) of a run of code points.
std::u32string composeNfc(std::u32string_view codePoints);

// A key for comparing phrases: NFC, folded, whitespace runs collapsed to one
// space, trimmed. "BAN  Thường Vụ" and "ban thường vụ" give the same key.
std::string matchKey(std::string_view utf8);

}  // namespace rasoat::text
