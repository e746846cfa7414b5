#pragma once

#include "report/authority_matrix.h"
#include "report/report_data.h"

namespace rasoat::report {

// Who delegates to whom and who reports to whom: one edge per (from, to,
// kind) with the matters and clauses that say so. An edge is flagged when a
// delegation (D) or higher-level (H) finding names one of its provisions.
// Nodes are laid out in layers: a delegator above its delegate, a reporter
// below the body it reports to (longest path, cycles cut), then ordered within
// each layer by the mean position of their neighbours above.
AuthorityGraph buildGraph(const model::DocumentModel& model, const FindingMarks& marks, const model::Lexicon& lexicon);

}  // namespace rasoat::report
