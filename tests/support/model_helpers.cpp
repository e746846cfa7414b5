#include "support/model_helpers.h"

#include <algorithm>

#include "support/parse_helpers.h"

namespace rasoat::testing {

const model::Lexicon& shippedLexicon() {
  static const model::Lexicon lexicon =
      model::Lexicon::loadDirectory(std::string(RASOAT_SOURCE_DIR) + "/rules/lexicon");
  return lexicon;
}

model::DocumentModel modelOf(const std::string& text) {
  const auto workspace = testWorkspace();
  return workspace->openText("test.qc", text, driver::Depth::model, driver::Role::checked)->model;
}

model::DocumentModel clauseModel(const std::string& clause, const std::string& articleTitle) {
  return modelOf("QUY CHẾ LÀM VIỆC\ncủa Ban Chấp hành Đảng bộ phường Giang Biên, nhiệm kỳ 2020 - 2025\n\nĐiều 4. " +
                 articleTitle + "\n1. " + clause + "\n");
}

std::vector<std::string> summaries(const model::DocumentModel& model) {
  std::vector<std::string> out;
  for (const auto& p : model.provisions) {
    std::string line = model::actorId(p.actor) + " " + std::string(model::modalityName(p.modality)) + " " +
                       p.matter.value_or("?") + " [" + p.condition.formula() + "]";
    if (p.recipient) line += " -> " + model::actorId(*p.recipient);
    if (std::find(out.begin(), out.end(), line) == out.end()) out.push_back(line);
  }
  return out;
}

}  // namespace rasoat::testing
