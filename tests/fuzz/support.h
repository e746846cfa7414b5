#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "driver/workspace.h"
#include "model/lexicon.h"
#include "syntax/syntax_tree.h"
#include "text/source_text.h"

namespace rasoat::fuzz {

// The shipped lexicon (rules/lexicon), loaded once per process.
const model::Lexicon& shippedLexicon();

// The input as a regulation file, or nothing when the normaliser rejects it
// with an InputError (binary, not UTF-8, empty, ...): a clear refusal is a
// correct answer, not a finding. The normaliser's own target; the others read
// the input through the driver (inputOf).
std::optional<text::SourceText> sourceOf(const std::uint8_t* data, std::size_t size);

// The input read by `workspace` as a checked document, as far as `depth`; null
// when the normaliser refuses it (see sourceOf).
const checks::CheckedDocument* inputOf(driver::Workspace& workspace, const std::uint8_t* data, std::size_t size,
                                       driver::Depth depth);

// Every position the tree reports lies inside the source (lines that exist,
// columns at most one past the end of the line).
void requireInside(const text::SourceText& source, const Position& position, const char* what);
void requireTreeInside(const text::SourceText& source, const syntax::Document& document);

}  // namespace rasoat::fuzz
