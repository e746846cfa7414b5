#pragma once

#include <memory>

#include "amend/amendment.h"
#include "base/diagnostic.h"
#include "syntax/syntax_tree.h"
#include "text/source_text.h"

namespace rasoat::driver {

// A regulation and the amending document that amends it, read together: the
// instructions, the consolidated text (văn bản hợp nhất) and where each line
// of it came from. The sources belong to the workspace that made it; the
// consolidated text is a source of its own there (its path:
// amend::consolidatedPath(amending path)), so that it parses and checks like
// any regulation.
struct AmendedRegulation {
  const text::SourceText* base = nullptr;
  const text::SourceText* amending = nullptr;
  syntax::Document amendingTree;
  amend::Amendment amendment;
  std::shared_ptr<const amend::Consolidation> consolidation;
  const text::SourceText* consolidated = nullptr;

  // Moves a diagnostic on the consolidated text (and its related locations)
  // to the base or amending file and line the user wrote.
  void remap(Diagnostic& diagnostic) const;
};

}  // namespace rasoat::driver
