#pragma once

#include <optional>
#include <string>
#include <vector>

#include "amend/amendment.h"
#include "base/localized_text.h"

namespace rasoat::amend {

// The sentence of one instruction, in two aligned copies: `matching` (NFC,
// lower case, one tone placement, what the grammar reads) and `original` (the
// same code points as the user wrote them, for the quoted phrases).
struct InstructionText {
  std::u32string matching;
  std::u32string original;
};

struct ParsedInstruction {
  std::optional<Instruction> instruction;  // none when the grammar did not accept it
  LocalizedText error;                     // why not, in words
  std::size_t errorAt = 0;                 // offset in the text
};

// Whether the sentence is meant as an instruction: it names a unit ("Điều 5",
// "khoản 2", ...) or a quoted phrase, and starts with a verb of amendment or,
// in the passive, with the unit ("Khoản 2 Điều 5 được sửa đổi ...").
bool looksLikeInstruction(const std::u32string& matching);

// Reads one instruction with the instruction grammar (grammar/Instruction*.g4).
ParsedInstruction parseInstruction(const InstructionText& text);

// A unit named on its own ("Điều 5 khoản 2", "khoản 2, Điều 5", "điểm a khoản
// 2 Điều 5"), in the matching form: its path, the levels written in any order
// merged into one; nothing when the text names no unit or several.
std::optional<UnitPath> parseUnitAddress(const std::u32string& matching);

}  // namespace rasoat::amend
