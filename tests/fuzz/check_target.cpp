#include <memory>
#include <string>
#include <vector>

#include "checks/check.h"
#include "checks/rule_packs.h"
#include "checks/runner.h"
#include "model/model_builder.h"
#include "report/json_findings.h"
#include "report/text_diagnostics.h"
#include "solver/solver_session.h"
#include "support.h"
#include "syntax/layout_parser.h"
#include "targets.h"
#include "text/utf8.h"

namespace rasoat::fuzz {

namespace {

const std::string kSourceDir = RASOAT_SOURCE_DIR;

// The model regulation of corpus/trung-uong, read once: an input that cites its
// number ("Quyết định số ...") is checked against it, as `rasoat check` does
// with the corpus; an input that does not is checked alone.
struct Parent {
  text::SourceText source;
  std::unique_ptr<checks::CheckedDocument> document;
};

Parent& modelRegulation() {
  static Parent parent = [] {
    const std::string path = kSourceDir + "/corpus/trung-uong/quy-che-mau-dang-uy-phuong.qc";
    Parent loaded{text::SourceText::load(path), std::make_unique<checks::CheckedDocument>()};
    DiagnosticSink ignored;
    loaded.document->source = &loaded.source;
    loaded.document->tree = syntax::parseLayout(loaded.source, ignored);
    loaded.document->model = model::buildModel(loaded.document->tree, shippedLexicon());
    loaded.document->checked = false;
    return loaded;
  }();
  return parent;
}

// Lends the parent to one run's document list and takes it back, whatever happens.
class BorrowedParent {
 public:
  explicit BorrowedParent(std::vector<std::unique_ptr<checks::CheckedDocument>>& documents) : documents_(documents) {
    modelRegulation().document->parents.clear();
    documents_.push_back(std::move(modelRegulation().document));
  }
  ~BorrowedParent() { modelRegulation().document = std::move(documents_.back()); }
  BorrowedParent(const BorrowedParent&) = delete;
  BorrowedParent& operator=(const BorrowedParent&) = delete;

 private:
  std::vector<std::unique_ptr<checks::CheckedDocument>>& documents_;
};

// Every finding can be written as text and as JSON (nlohmann throws on invalid
// UTF-8), and points inside the file it names.
void requireWritable(const std::vector<Diagnostic>& findings, const text::SourceText& input) {
  const Parent& parent = modelRegulation();
  const report::SourceLookup lookup = [&](const std::string& path) -> const text::SourceText* {
    if (path == input.path()) return &input;
    if (path == parent.source.path()) return &parent.source;
    return nullptr;
  };
  for (const auto& finding : findings) {
    const text::SourceText* source = lookup(finding.path);
    if (source) {
      requireInside(*source, finding.range.begin, "finding inside its file");
      requireInside(*source, finding.range.end, "finding inside its file");
    }
    for (const Language language : {Language::vi, Language::en}) {
      const std::string rendered = report::renderDiagnostic(finding, lookup, {language, false});
      requireThat(!text::firstInvalidUtf8(rendered), "a rendered finding is valid UTF-8");
      (void)report::findingJson(finding, language).dump();
    }
  }
}

const checks::RulePacks& rulePacks() {
  static const checks::RulePacks packs = checks::loadRulePacks(kSourceDir + "/rules/packs");
  return packs;
}

}  // namespace

void loadCheckInputs() {
  (void)rulePacks();
  (void)modelRegulation();
}

void checkBody(const std::uint8_t* data, std::size_t size) {
  const checks::RulePacks& packs = rulePacks();
  const auto source = sourceOf(data, size);
  if (!source) return;
  DiagnosticSink sink;
  std::vector<std::unique_ptr<checks::CheckedDocument>> documents;
  {
    auto document = std::make_unique<checks::CheckedDocument>();
    document->source = &*source;
    document->tree = syntax::parseLayout(*source, sink);
    document->model = model::buildModel(document->tree, shippedLexicon());
    documents.push_back(std::move(document));
  }
  BorrowedParent parent(documents);
  checks::linkParents(documents, {}, sink);
  solver::Session solver(shippedLexicon());
  checks::CheckContext context{documents, shippedLexicon(), packs, solver, sink};
  checks::runChecks(context, checks::Selection({}, {}));
  requireWritable(sink.sorted(), *source);
}

}  // namespace rasoat::fuzz
