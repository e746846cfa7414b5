#include "support.h"

#include <string>
#include <string_view>

#include "base/input_error.h"
#include "targets.h"

namespace rasoat::fuzz {

const model::Lexicon& shippedLexicon() {
  static const model::Lexicon lexicon =
      model::Lexicon::loadDirectory(std::string(RASOAT_SOURCE_DIR) + "/rules/lexicon");
  return lexicon;
}

void loadLexicon() {
  (void)shippedLexicon();
}

std::optional<text::SourceText> sourceOf(const std::uint8_t* data, std::size_t size) {
  try {
    return text::SourceText::fromBytes("fuzz.qc", std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const InputError&) {
    return std::nullopt;
  }
}

const checks::CheckedDocument* inputOf(driver::Workspace& workspace, const std::uint8_t* data, std::size_t size,
                                       driver::Depth depth) {
  return workspace.openText("fuzz.qc", std::string_view(reinterpret_cast<const char*>(data), size), depth,
                            driver::Role::checked);
}

void requireInside(const text::SourceText& source, const Position& position, const char* what) {
  // Line 0 is "no position" (a document-level finding); anything else must exist.
  if (position.line == 0) return;
  requireThat(position.line >= 1 && position.line <= source.lineCount(), what);
  const auto length = static_cast<int>(source.line(position.line).size());
  requireThat(position.column >= 1 && position.column <= length + 1, what);
}

namespace {

void requireUnitInside(const text::SourceText& source, const syntax::Unit& unit) {
  requireInside(source, unit.position, "unit position inside the source");
  requireInside(source, unit.range.begin, "unit range inside the source");
  requireInside(source, unit.range.end, "unit range inside the source");
  requireThat(unit.range.begin <= unit.range.end, "unit range begins before it ends");
  for (int line : unit.lines) requireThat(line >= 1 && line <= source.lineCount(), "unit lines exist");
  for (const auto& reference : unit.references) {
    requireInside(source, reference.range.begin, "cross-reference inside the source");
    requireInside(source, reference.range.end, "cross-reference inside the source");
  }
  for (const auto& child : unit.children) requireUnitInside(source, child);
}

}  // namespace

void requireTreeInside(const text::SourceText& source, const syntax::Document& document) {
  requireUnitInside(source, document.root);
  for (const auto& basis : document.bases) requireInside(source, basis.range.begin, "legal basis inside the source");
  if (document.title) requireInside(source, document.title->range.begin, "title inside the source");
}

}  // namespace rasoat::fuzz
