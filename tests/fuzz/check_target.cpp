#include <memory>
#include <string>
#include <vector>

#include "checks/check.h"
#include "checks/rule_packs.h"
#include "checks/runner.h"
#include "report/json_findings.h"
#include "report/text_diagnostics.h"
#include "solver/solver_session.h"
#include "support.h"
#include "targets.h"
#include "text/utf8.h"

namespace rasoat::fuzz {

namespace {

const std::string kSourceDir = RASOAT_SOURCE_DIR;

// The model regulation of corpus/trung-uong, read once: an input that cites its
// number ("Quyết định số ...") is checked against it, as `rasoat check` does
// with the corpus; an input that does not is checked alone.
// Its workspace, which keeps its source; the document is lent to each run.
struct Parent {
  driver::Workspace workspace;
  const text::SourceText* source = nullptr;
  const checks::CheckedDocument* document = nullptr;
};

Parent& modelRegulation() {
  static Parent parent;
  if (!parent.document) {
    parent.workspace.borrowLexicon(shippedLexicon());
    const std::string path = kSourceDir + "/corpus/trung-uong/quy-che-mau-dang-uy-phuong.qc";
    parent.document = parent.workspace.open(path, driver::Depth::model, driver::Role::context);
    requireThat(parent.document != nullptr, "the model regulation is read");
    parent.source = parent.document->source;
  }
  return parent;
}

// Lends the parent to one run's workspace and takes it back, whatever happens.
class BorrowedParent {
 public:
  explicit BorrowedParent(driver::Workspace& run) : run_(run) {
    Parent& parent = modelRegulation();
    std::unique_ptr<checks::CheckedDocument> lent = parent.workspace.release(*parent.document);
    lent->parents.clear();
    run_.adopt(std::move(lent));
  }
  ~BorrowedParent() {
    Parent& parent = modelRegulation();
    parent.document = &parent.workspace.adopt(run_.release(*parent.document));
  }
  BorrowedParent(const BorrowedParent&) = delete;
  BorrowedParent& operator=(const BorrowedParent&) = delete;

 private:
  driver::Workspace& run_;
};

// Every finding can be written as text and as JSON (nlohmann throws on invalid
// UTF-8), and points inside the file it names.
void requireWritable(const std::vector<Diagnostic>& findings, const text::SourceText& input) {
  const Parent& parent = modelRegulation();
  const report::SourceLookup lookup = [&](const std::string& path) -> const text::SourceText* {
    if (path == input.path()) return &input;
    if (path == parent.source->path()) return parent.source;
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
  driver::Workspace workspace;
  workspace.borrowLexicon(shippedLexicon());
  const checks::CheckedDocument* input = inputOf(workspace, data, size, driver::Depth::model);
  if (!input) return;
  BorrowedParent parent(workspace);
  workspace.linkParents();
  DiagnosticSink& sink = workspace.sink();
  solver::Session solver(shippedLexicon());
  checks::CheckContext context{workspace.documents(), shippedLexicon(), packs, solver, sink};
  checks::runChecks(context, checks::Selection({}, {}));
  requireWritable(sink.sorted(), *input->source);
}

}  // namespace rasoat::fuzz
