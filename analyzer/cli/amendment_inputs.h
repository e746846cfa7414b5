#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "amend/amendment.h"
#include "base/diagnostic.h"
#include "cli/session.h"
#include "syntax/syntax_tree.h"
#include "text/source_text.h"

namespace rasoat::cli {

// A regulation and the amending document that amends it, read together: the
// instructions, the consolidated text (văn bản hợp nhất) and where each line
// of it came from. Shared by `apply`, `check` (and `compare`), so that each
// accepts an amending document together with its base.
struct AmendedRegulation {
  const text::SourceText* base = nullptr;
  const text::SourceText* amending = nullptr;
  syntax::Document amendingTree;
  amend::Amendment amendment;
  std::shared_ptr<const amend::Consolidation> consolidation;
  std::unique_ptr<text::SourceText> consolidated;  // path: amend::consolidatedPath(amending path)

  // Moves a diagnostic on the consolidated text (and its related locations)
  // to the base or amending file and line the user wrote.
  void remap(Diagnostic& diagnostic) const;
};

// The inputs of a command, sorted: regulations as they are, and amending
// documents each with its base.
struct AmendmentInputs {
  std::vector<std::string> regulations;
  std::vector<std::unique_ptr<AmendedRegulation>> amended;
};

// Recognises the amending documents among `files` (by their title) and finds
// each one's base among the other files by the number it cites; a base used
// by an amending document is not a regulation of its own here. An amending
// document whose base is not among the files is an input error (reported,
// exit 2), naming the number it looked for. Syntax errors of the amending
// documents go to the session's diagnostics.
std::optional<AmendmentInputs> resolveAmendmentInputs(Session& session, const std::vector<std::string>& files);

// Reads an amending document against a base given explicitly (`rasoat apply
// BASE AMENDMENT`); an input error when AMENDMENT is not an amending document
// or cites another number than BASE's.
std::unique_ptr<AmendedRegulation> amendRegulation(Session& session, const std::string& basePath,
                                                   const std::string& amendingPath);

}  // namespace rasoat::cli
