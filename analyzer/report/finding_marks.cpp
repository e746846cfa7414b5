#include "report/finding_marks.h"

#include "checks/decision_scope.h"

namespace rasoat::report {

namespace {

using Provisions = std::vector<const model::Provision*>;

Provisions provisionsAt(const model::DocumentModel& model, int line, bool decisionsOnly) {
  Provisions found;
  for (const auto& provision : model.provisions) {
    if (provision.source.position.line != line) continue;
    if (!decisionsOnly || provision.modality == model::Modality::DECIDE) found.push_back(&provision);
  }
  return found;
}

const model::DocumentModel* modelAt(const std::vector<std::unique_ptr<checks::CheckedDocument>>& documents,
                                    const std::string& path) {
  for (const auto& document : documents) {
    if (document->tree.path == path) return &document->model;
  }
  return nullptr;
}

std::string key(const model::ActorRef& actor) {
  return std::string(model::organisationName(actor.organisation)) + ":" + model::actorId(actor);
}

void markOverlap(FindingMarks& marks, const Diagnostic& finding, const model::DocumentModel& model,
                 const model::Lexicon& lexicon) {
  const Provisions primary = provisionsAt(model, finding.range.begin.line, true);
  bool paired = false;
  for (const auto& related : finding.related) {
    if (related.path != finding.path) continue;
    for (const auto* other : provisionsAt(model, related.range.begin.line, true)) {
      for (const auto* provision : primary) {
        if (key(provision->actor) == key(other->actor) ||
            !checks::relatedMatters(lexicon, provision->matter, other->matter))
          continue;
        marks.overlap[provision].insert(finding.code);
        marks.overlap[other].insert(finding.code);
        paired = true;
      }
    }
  }
  if (!paired) {
    for (const auto* provision : primary) marks.overlap[provision].insert(finding.code);
  }
}

void markGap(FindingMarks& marks, const Diagnostic& finding, const model::DocumentModel& model,
             const model::Lexicon& lexicon) {
  const Provisions primary = provisionsAt(model, finding.range.begin.line, true);
  bool paired = false;
  for (const auto& related : finding.related) {
    if (related.path != finding.path || related.range.begin.line == finding.range.begin.line) continue;
    for (const auto* other : provisionsAt(model, related.range.begin.line, true)) {
      for (const auto* provision : primary) {
        if (!checks::relatedMatters(lexicon, provision->matter, other->matter)) continue;
        marks.gaps[*provision->matter].insert(finding.code);
        marks.gaps[*other->matter].insert(finding.code);
        paired = true;
      }
    }
  }
  if (!paired) {
    for (const auto* provision : primary) {
      if (provision->matter) marks.gaps[*provision->matter].insert(finding.code);
    }
  }
}

void markConflict(FindingMarks& marks, const Diagnostic& finding, const model::DocumentModel& model,
                  const std::vector<std::unique_ptr<checks::CheckedDocument>>& documents,
                  const model::Lexicon& lexicon) {
  const Provisions primary = provisionsAt(model, finding.range.begin.line, false);
  Provisions higher;
  for (const auto& related : finding.related) {
    if (const auto* parent = modelAt(documents, related.path)) {
      for (const auto* provision : provisionsAt(*parent, related.range.begin.line, false)) higher.push_back(provision);
    }
  }
  Provisions named;
  for (const auto* provision : primary) {
    for (const auto* reference : higher) {
      if (checks::relatedMatters(lexicon, provision->matter, reference->matter)) {
        named.push_back(provision);
        break;
      }
    }
  }
  for (const auto* provision : named.empty() ? primary : named) marks.conflict[provision].insert(finding.code);
}

void markDelegation(FindingMarks& marks, const Diagnostic& finding, const model::DocumentModel& model) {
  std::vector<int> lines{finding.range.begin.line};
  for (const auto& related : finding.related) {
    if (related.path == finding.path) lines.push_back(related.range.begin.line);
  }
  for (const int line : lines) {
    for (const auto* provision : provisionsAt(model, line, false)) {
      if (provision->modality == model::Modality::DELEGATE) marks.delegation[provision].insert(finding.code);
    }
  }
}

}  // namespace

FindingMarks markFindings(const checks::CheckedDocument& document,
                          const std::vector<std::unique_ptr<checks::CheckedDocument>>& documents,
                          const std::vector<Diagnostic>& findings, const model::Lexicon& lexicon) {
  FindingMarks marks;
  for (const auto& finding : findings) {
    if (finding.code.empty() || finding.path != document.tree.path) continue;
    // Only findings about who decides a matter mark the matrix: a redundant
    // clause (O002), a joint decision (O004), a missing meeting rule (G004,
    // G005) or a catalogue gap with no clause (G001) are in the findings list.
    const std::string& code = finding.code;
    if (code == "O001" || code == "O003") {
      markOverlap(marks, finding, document.model, lexicon);
    } else if (code == "G002" || code == "G003") {
      markGap(marks, finding, document.model, lexicon);
    } else if (code[0] == 'H') {
      markConflict(marks, finding, document.model, documents, lexicon);
    } else if (code[0] == 'D') {
      markDelegation(marks, finding, document.model);
    }
  }
  return marks;
}

}  // namespace rasoat::report
