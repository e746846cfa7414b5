#pragma once

#include "base/diagnostic_sink.h"
#include "base/limits.h"
#include "syntax/syntax_tree.h"
#include "text/source_text.h"

namespace rasoat::syntax {

// Parses a regulation's layout with the ANTLR grammar (grammar/Layout*.g4)
// and builds its typed syntax tree. Syntax errors go to `sink` as S001; the
// parser recovers, so the tree is always returned. Over the nesting and
// unit-count limits the tree is cut and the cut reported (syntax/layout_limits.h).
Document parseLayout(const text::SourceText& source, DiagnosticSink& sink, const Limits& limits = {});

}  // namespace rasoat::syntax
