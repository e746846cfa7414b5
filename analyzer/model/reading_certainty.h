#pragma once

#include <string>
#include <vector>

#include "model/clause_reader.h"
#include "model/lexicon.h"
#include "model/model.h"

namespace rasoat::model {

// What a clause's reading left unexplained, as the text wrote it: a number
// that is no bound, deadline, share or frequency ("5 ha"), a negation word the
// interpreter did not attach to its verb ("… không ủy quyền …").
std::vector<std::string> unreadParts(const std::vector<Element>& elements, const Lexicon& lexicon);

// Exceptions ("trừ", "ngoại trừ") the grammar types no condition in: they limit
// a power in a way the model cannot state. Not a meeting rule's: "trừ số đảng
// viên được miễn sinh hoạt" only narrows the members a quorum counts.
std::vector<std::string> unreadExceptions(const std::vector<Element>& elements);
// A trigger opening the clause ("Khi …,") with no condition typed in it.
std::vector<std::string> unreadTriggers(const std::vector<Element>& elements, const Lexicon& lexicon);

// How sure a provision's reading is (docs/model.md, "Reading certainty"):
// sure only when its actor is known and not vague, its matter is an entry of
// the lexicon, every bound of its condition is an attribute of that matter,
// the clause parsed, and nothing around it was left unread (`clauseParts`).
Reading readingOf(const Provision& provision, const std::vector<std::string>& clauseParts, bool readable,
                  const Lexicon& lexicon);
// A parameter's: its body known, the clause parsed, nothing left unread.
Reading readingOf(const Parameter& parameter, const std::vector<std::string>& clauseParts, bool readable);

}  // namespace rasoat::model
