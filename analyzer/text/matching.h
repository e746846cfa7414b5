#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rasoat::text {

// The text that keywords and lexicon phrases are matched against: NFC, lower
// case, one placement of the tone mark ("Uỷ" = "Ủy", "hoà" = "hòa",
// "quí" = "quý"), and "Ð" (the eth, U+00D0) read as "Đ". Folding changes code points one for one, never the length,
// so offsets into a folded copy are offsets into its input.
void foldForMatching(std::u32string& codePoints);

// Canonical Unicode composition (NFC) of a run of code points.
std::u32string composeNfc(std::u32string_view codePoints);

// A key for comparing phrases: NFC, folded, whitespace runs collapsed to one
// space, trimmed. "BAN  Thường Vụ" and "ban thường vụ" give the same key.
std::string matchKey(std::string_view utf8);

// Where a run of phrases stands in `text` when both are folded and spacing is
// ignored: each phrase is looked for after the one before (words may stand
// between them, as "Đảng ủy" after "Thường trực"), one not found is passed
// over. The code-point offsets [begin, end) in `text` from the first phrase
// found to the last, or nothing. `text` must be NFC (as source text is after
// reading), so that offsets are the columns a user sees.
std::optional<std::pair<std::size_t, std::size_t>> locatePhrases(std::string_view text,
                                                                 const std::vector<std::string>& phrases);

}  // namespace rasoat::text
