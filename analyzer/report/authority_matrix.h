#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "report/finding_marks.h"
#include "report/report_data.h"

namespace rasoat::report {

// Matters (rows, in the lexicon's order) × bodies (columns, by rank, the
// higher level's last): each cell the powers the document gives, with the
// overlaps and conflicts the findings name; rows with a gap marked.
AuthorityMatrix buildMatrix(const model::DocumentModel& model, const FindingMarks& marks,
                            const model::Lexicon& lexicon);

// The column key of an actor: "BTV" for the document's own body, "upper:BTV".
std::string actorKey(const model::ActorRef& actor);
// "Ban Thường vụ": the lexicon name (writers mark the higher level's bodies).
std::string actorLabel(const model::ActorRef& actor, const model::Lexicon& lexicon);
// Whether an actor is definite enough for the matrix and the graph.
bool placeable(const model::ActorRef& actor);

// "tổng mức đầu tư trên 20 tỷ đồng", in words.
LocalizedText conditionWords(const model::Condition& condition, const model::Lexicon& lexicon);

}  // namespace rasoat::report
