#pragma once

#include "base/limits.h"
#include "model/lexicon.h"
#include "model/model.h"
#include "syntax/syntax_tree.h"

namespace rasoat::model {

// Builds the semantic model of one regulation from its syntax tree: resolves
// actors, reads every clause and point with the clause grammar, and turns what
// it says into provisions and parameters. A clause it cannot fully read is
// kept and marked not formalised. A number over the limits (magnitude,
// decimal places) is not read: its clause is not formalised and an error
// naming the line goes to DocumentModel::diagnostics.
DocumentModel buildModel(const syntax::Document& document, const Lexicon& lexicon, const Limits& limits = {});

// Only the document-level facts (number, kind, level, date, citations), without
// reading a clause: enough to find a document's place in the hierarchy.
DocumentModel documentInfo(const syntax::Document& document);

// Clauses longer than this are not read (kept, reported as not formalised).
constexpr std::size_t kMaxClauseBytes = 20000;

// The level of a committee from its name: "Đảng bộ phường Giang Biên" -> commune.
Level levelOfOrganisation(const std::string& name);

}  // namespace rasoat::model
