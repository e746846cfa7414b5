#include "support/parse_helpers.h"

#include <fstream>
#include <sstream>

#include "support/model_helpers.h"

namespace rasoat::testing {

namespace {

// Tests expect the normaliser's refusal as an exception.
class ThrowingReporter : public driver::Reporter {
 public:
  void inputError(const InputError& error) override { throw error; }
};

}  // namespace

std::unique_ptr<driver::Workspace> testWorkspace(const Limits& limits) {
  static ThrowingReporter reporter;
  auto workspace = std::make_unique<driver::Workspace>(limits, &reporter);
  workspace->borrowLexicon(shippedLexicon());
  return workspace;
}

Parsed parseString(const std::string& text, const std::string& path) {
  auto workspace = testWorkspace();
  const checks::CheckedDocument* document = workspace->openText(path, text, driver::Depth::tree, driver::Role::checked);
  const DiagnosticSink& diagnostics = workspace->sink();
  return Parsed{std::move(workspace), *document->source, document->tree, diagnostics};
}

namespace {
void collect(const syntax::Unit& unit, std::vector<const syntax::Unit*>& out) {
  for (const auto& child : unit.children) {
    out.push_back(&child);
    collect(child, out);
  }
}

const syntax::Unit* findIn(const syntax::Unit& unit, const std::vector<std::string>& numbers, std::size_t at) {
  if (at == numbers.size()) return &unit;
  for (const auto& child : unit.children) {
    // Chapters and sections are transparent unless asked for by number.
    if ((child.kind == syntax::UnitKind::chapter || child.kind == syntax::UnitKind::section) &&
        child.number != numbers[at]) {
      if (const auto* found = findIn(child, numbers, at)) return found;
      continue;
    }
    if (child.number && *child.number == numbers[at]) {
      if (const auto* found = findIn(child, numbers, at + 1)) return found;
    }
  }
  return nullptr;
}
}  // namespace

std::vector<const syntax::Unit*> flatten(const syntax::Unit& root) {
  std::vector<const syntax::Unit*> out;
  collect(root, out);
  return out;
}

const syntax::Unit* findUnit(const syntax::Unit& root, const std::vector<std::string>& numbers) {
  return findIn(root, numbers, 0);
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace rasoat::testing
