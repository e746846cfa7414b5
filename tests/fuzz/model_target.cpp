#include "model/model_builder.h"
#include "model/model_json.h"
#include "support.h"
#include "syntax/layout_parser.h"
#include "targets.h"

namespace rasoat::fuzz {

// Any parsed tree gets a model that `rasoat model` can write as JSON.
void modelBody(const std::uint8_t* data, std::size_t size) {
  const auto source = sourceOf(data, size);
  if (!source) return;
  DiagnosticSink sink;
  const syntax::Document document = syntax::parseLayout(*source, sink);
  const model::DocumentModel model = model::buildModel(document, shippedLexicon());
  requireThat(model.formalisedCount() <= model.clauseCount(), "no more clauses formalised than there are");
  (void)model::toJson(model).dump();
}

}  // namespace rasoat::fuzz
