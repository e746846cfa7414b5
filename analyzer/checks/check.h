#pragma once

#include <memory>
#include <string>
#include <vector>

#include "amend/amendment.h"
#include "base/diagnostic.h"
#include "base/diagnostic_sink.h"
#include "model/lexicon.h"
#include "model/model.h"
#include "solver/solver_session.h"
#include "syntax/syntax_tree.h"
#include "text/source_text.h"
#include "wording/wording.h"

namespace rasoat::checks {

// A regulation as the checks see it: its text, tree and model.
struct CheckedDocument {
  const text::SourceText* source = nullptr;
  syntax::Document tree;
  model::DocumentModel model;
  std::vector<const CheckedDocument*> parents;  // the higher-level documents it must conform to
  bool checked = true;                          // false for corpus documents loaded only as parents
  // The version this one replaces (the current text, when this is the draft
  // or the consolidated amendment): what the A-checks compare against.
  const CheckedDocument* previous = nullptr;
  // When this is the consolidated text of an amending document: how it was
  // made, with the instructions that could not be applied (A003).
  std::shared_ptr<const amend::Consolidation> consolidation;
};

// Facts of the higher level that are not regulation text (rules/packs/*.yaml).
struct Replacement {
  std::string replaced;  // "24-QĐ/TW"
  std::string by;        // "294-QĐ/TW"
  std::string date;      // ISO date from which the replacement applies
  std::string citation;
};

// A matter every working regulation must give to a decision holder (G001).
struct RequiredMatter {
  std::string matter;  // taxonomy id; a more specific matter satisfies it
  std::string citation;
  std::vector<model::Level> levels;  // the levels that must allocate it; empty: every level
};

// A body whose meetings every working regulation must regulate (G004).
struct RequiredMeetingRules {
  std::string actor;                        // "BTV"
  std::vector<model::ParameterKind> rules;  // meeting_frequency, quorum, vote_threshold
  std::string citation;
};

struct RulePacks {
  std::vector<Replacement> replacements;
  std::vector<RequiredMatter> requiredMatters;
  std::vector<RequiredMeetingRules> requiredMeetingRules;
};

struct CheckContext {
  const std::vector<std::unique_ptr<CheckedDocument>>& documents;
  const model::Lexicon& lexicon;
  const RulePacks& packs;
  solver::Session& solver;
  DiagnosticSink& sink;
};

struct CheckInfo {
  std::string code;  // "O001"
  std::string name;  // "overlapping-decision"
  Severity severity;
  LocalizedText summary;
};

// One check: its metadata and what it finds in one document. Its explanation
// is rules/checks/<CODE>.md; its fixtures are tests/checks/<CODE>/.
class Check {
 public:
  virtual ~Check() = default;
  virtual const CheckInfo& info() const = 0;
  virtual void run(const CheckedDocument& document, CheckContext& context) const = 0;

 protected:
  // A finding of this check at a place in the document.
  Diagnostic finding(const CheckedDocument& document, Range range, LocalizedText message) const;
};

// The witness line of a solver-backed finding: the case found, "every case"
// when there is no condition, or that the solver ran out of budget.
LocalizedText witnessText(solver::Outcome outcome, const solver::Witness& witness, const model::Lexicon& lexicon);

// Why a clause was not formalised (ClauseStatus::reason), for readers.
LocalizedText notFormalisedReason(model::NotFormalised reason);

// Where a provision or parameter is written, for diagnostics: the words it
// rests on when they stand on the clause's first line, else as wholeClause.
Range clauseRange(const model::SourceRef& source);

// Where a clause or point is: its marker to the end of its first line (for a
// finding about the clause as a whole, such as where a missing rule belongs).
Range wholeClause(const model::SourceRef& source);

}  // namespace rasoat::checks
