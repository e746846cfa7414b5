#include "model/model_json.h"
#include "support.h"
#include "targets.h"

namespace rasoat::fuzz {

// Any parsed tree gets a model that `rasoat model` can write as JSON.
void modelBody(const std::uint8_t* data, std::size_t size) {
  driver::Workspace workspace;
  workspace.borrowLexicon(shippedLexicon());
  const checks::CheckedDocument* input = inputOf(workspace, data, size, driver::Depth::model);
  if (!input) return;
  const model::DocumentModel& model = input->model;
  requireThat(model.formalisedCount() <= model.clauseCount(), "no more clauses formalised than there are");
  (void)model::toJson(model).dump();
}

}  // namespace rasoat::fuzz
