#include "support.h"
#include "syntax/tree_json.h"
#include "targets.h"

namespace rasoat::fuzz {

// Any text the normaliser accepts gets a tree (the parser recovers), inside the
// source, with S001 diagnostics inside it, and a tree that `rasoat parse` can
// write as JSON (nlohmann throws on invalid UTF-8 in a string).
void layoutBody(const std::uint8_t* data, std::size_t size) {
  driver::Workspace workspace;
  const checks::CheckedDocument* input = inputOf(workspace, data, size, driver::Depth::tree);
  if (!input) return;
  const text::SourceText& source = *input->source;
  const syntax::Document& document = input->tree;
  requireTreeInside(source, document);
  for (const auto& diagnostic : workspace.sink().all()) {
    requireInside(source, diagnostic.range.begin, "syntax error inside the source");
    requireInside(source, diagnostic.range.end, "syntax error inside the source");
  }
  (void)syntax::toJson(document).dump();
}

}  // namespace rasoat::fuzz
