#pragma once

#include "base/diagnostic_sink.h"
#include "base/limits.h"
#include "syntax/syntax_tree.h"

namespace rasoat::syntax {

// Applies the layout limits (nesting depth, numbered units per document) to a
// built tree: the first unit over each limit is reported as an error at its
// line, and what lies over the limit is cut from the tree, so that the later
// stages never see more than the limits allow.
void enforceLayoutLimits(Document& document, const Limits& limits, DiagnosticSink& sink);

}  // namespace rasoat::syntax
