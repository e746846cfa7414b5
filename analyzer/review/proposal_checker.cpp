#include "review/proposal_checker.h"

#include <algorithm>

#include "base/input_error.h"
#include "driver/workspace.h"
#include "review/unit_index.h"

namespace rasoat::review {

std::string Finding::fingerprint() const {
  return code + "\x1f" + unit + "\x1f" + message.vi;
}

bool FindingChange::addsError() const {
  return std::any_of(added.begin(), added.end(), [](const Finding& f) { return f.severity == Severity::error; });
}

ProposalChecker::ProposalChecker(const checks::CheckedDocument& draft, const model::Lexicon& lexicon,
                                 const checks::RulePacks& packs, const checks::Selection& selection,
                                 const Limits& limits)
    : draft_(draft), lexicon_(lexicon), packs_(packs), selection_(selection), limits_(limits) {}

// Each version is read by a workspace of its own (the driver, as every
// document is), with the draft's lexicon, and checked against the draft's
// parents and previous version.
std::vector<Finding> ProposalChecker::check(const std::string& path, const std::string& text) const {
  std::vector<Finding> findings;
  struct Silent : driver::Reporter {
    std::optional<InputError> error;
    void inputError(const InputError& failure) override { error = failure; }
  } reporter;
  driver::Workspace workspace(limits_, &reporter);
  workspace.borrowLexicon(lexicon_);
  checks::CheckedDocument* document = workspace.openText(path, text, driver::Depth::model, driver::Role::checked);
  if (!document) {
    // A proposal that empties the text: one finding saying so.
    const LocalizedText message = reporter.error ? reporter.error->message() : LocalizedText{"", ""};
    findings.push_back(Finding{"", Severity::error, message, std::nullopt, ""});
    return findings;
  }
  document->parents = draft_.parents;
  document->previous = draft_.previous;
  document->consolidation = draft_.consolidation;
  solver::Session solver(lexicon_);
  checks::CheckContext context{workspace.documents(), lexicon_, packs_, solver, workspace.sink()};
  checks::runChecks(context, selection_);
  const UnitIndex index(document->tree);
  for (const auto& diagnostic : workspace.sink().sorted()) {
    if (!diagnostic.code.empty() && !selection_.enabled(diagnostic.code)) continue;
    if (diagnostic.path != path) continue;  // on a parent: not this version's
    const int line = diagnostic.range.begin.line;
    findings.push_back(Finding{diagnostic.code, diagnostic.severity, diagnostic.message, diagnostic.witness,
                               index.holding(line, line).label});
  }
  return findings;
}

const std::vector<Finding>& ProposalChecker::draftFindings() const {
  if (!draftFindings_) {
    std::string text;
    for (int line = 1; line <= draft_.source->lineCount(); ++line) text += draft_.source->lineUtf8(line) + "\n";
    draftFindings_ = check(draft_.source->path(), text);
  }
  return *draftFindings_;
}

FindingChange ProposalChecker::compare(const std::string& path, const std::string& text) const {
  const auto after = check(path, text);
  const auto& before = draftFindings();
  const auto witnessOf = [](const Finding& finding) { return finding.witness ? finding.witness->vi : std::string(); };
  // Pairs of the same finding: first those whose witness is the same too,
  // then those whose witness differs (changed).
  std::vector<std::string> was, is;
  for (const auto& finding : before) was.push_back(finding.fingerprint());
  for (const auto& finding : after) is.push_back(finding.fingerprint());
  std::vector<bool> matchedBefore(before.size(), false), matchedAfter(after.size(), false);
  FindingChange change;
  for (const bool sameWitness : {true, false}) {
    for (std::size_t a = 0; a < after.size(); ++a) {
      if (matchedAfter[a]) continue;
      for (std::size_t b = 0; b < before.size(); ++b) {
        if (matchedBefore[b] || was[b] != is[a]) continue;
        if (sameWitness && witnessOf(before[b]) != witnessOf(after[a])) continue;
        matchedBefore[b] = matchedAfter[a] = true;
        if (!sameWitness) change.changed.push_back(ChangedFinding{before[b], after[a]});
        break;
      }
    }
  }
  for (std::size_t a = 0; a < after.size(); ++a) {
    if (!matchedAfter[a]) change.added.push_back(after[a]);
  }
  for (std::size_t b = 0; b < before.size(); ++b) {
    if (!matchedBefore[b]) change.removed.push_back(before[b]);
  }
  return change;
}

}  // namespace rasoat::review
