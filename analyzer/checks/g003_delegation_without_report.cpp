// G003: a delegated power with no duty to report back to the delegator.
#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/decision_scope.h"

namespace rasoat::checks {

namespace {

// "Phân công ủy viên Ban Chấp hành phụ trách chi bộ": sharing out the
// collective's work among its members (cue `assignment` in words.yaml) is no
// power used in the delegator's place; each member answers to the collective
// under the Charter, so no report back is owed for it here.
// "Ban Thường vụ giao cho Ủy ban Mặt trận Tổ quốc chủ trì …": a task given to
// a body outside the committee (an agency of the state or a mass
// organisation, kind `agency` in actors.yaml) is no delegation of the
// committee's power; the check covers bodies and officers of one committee.
bool isDelegation(const model::Lexicon& lexicon, const model::Provision& provision) {
  const auto& assignment = lexicon.cue("assignment");
  const bool sharesOut = std::find(assignment.begin(), assignment.end(), provision.power) != assignment.end();
  const model::ActorEntry* delegate =
      provision.recipient && provision.recipient->id ? lexicon.actor(*provision.recipient->id) : nullptr;
  const bool outside = delegate && delegate->kind == "agency";
  return provision.modality == model::Modality::DELEGATE && !sharesOut && !outside &&
         provision.deontic != model::Deontic::prohibition && provision.reading.sure && provision.actor.id.has_value() &&
         provision.actor.organisation == model::Organisation::own && provision.recipient &&
         provision.recipient->id.has_value() && provision.recipient->organisation == model::Organisation::own &&
         provision.matter.has_value();
}

// The clauses that delegate something.
std::set<Position> delegatingClauses(const model::DocumentModel& model) {
  std::set<Position> clauses;
  for (const model::Provision& p : model.provisions) {
    if (p.modality == model::Modality::DELEGATE) clauses.insert(p.source.position);
  }
  return clauses;
}

// A provision addressed to the delegator by the delegate (or, in the
// delegating clause itself, by anyone: "được Bí thư ủy quyền ... và báo cáo Bí thư").
bool addressedToDelegator(const model::Provision& p, const model::Provision& delegation) {
  const bool answers = p.modality == model::Modality::REPORT || p.modality == model::Modality::ACCOUNTABLE;
  return answers && p.deontic != model::Deontic::prohibition && p.recipient && p.recipient->id == delegation.actor.id &&
         p.recipient->organisation == model::Organisation::own;
}

// The delegate reports to the delegator on the delegated matter (or on its
// work in general) somewhere in the regulation; a report to the delegator in
// the delegating clause itself counts whoever its subject. A general "chịu
// trách nhiệm trước" is not a duty to report back on what was done under the
// delegation, but one on the delegated matter is.
bool reportsBack(const model::Lexicon& lexicon, const model::DocumentModel& model, const std::set<Position>& delegating,
                 const model::Provision& delegation) {
  return std::any_of(model.provisions.begin(), model.provisions.end(), [&](const model::Provision& p) {
    if (!addressedToDelegator(p, delegation)) return false;
    const bool related = relatedMatters(lexicon, p.matter, delegation.matter);
    if (p.modality == model::Modality::ACCOUNTABLE) return p.actor.id == delegation.recipient->id && related;
    if (p.source.position == delegation.source.position) return true;
    // A report with no matter of its own is general unless it closes another
    // delegation's clause ("...; Thường trực báo cáo Ban Thường vụ"): then it is about that one.
    const bool general = p.matter == "chung" || (!p.matter && !delegating.count(p.source.position));
    return p.actor.id == delegation.recipient->id && (general || related);
  });
}

// "Chịu trách nhiệm trước Ban Thường vụ về lĩnh vực được phân công": the
// delegate answers to the delegator for something the model did not read. It
// may be the report back, so the finding is not sure (model-and-checks.md §6).
const model::Provision* answersOnUnread(const model::DocumentModel& model, const model::Provision& delegation) {
  for (const model::Provision& p : model.provisions) {
    if (addressedToDelegator(p, delegation) && p.actor.id == delegation.recipient->id && !p.matter) return &p;
  }
  return nullptr;
}

class DelegationWithoutReport : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"G003",
                                "delegation-without-report",
                                Severity::warning,
                                {"ủy quyền mà không quy định người được ủy quyền báo cáo lại",
                                 "a delegated power with no duty to report back"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    std::set<std::pair<int, std::string>> reported;  // clause line, delegate
    const std::set<Position> delegating = delegatingClauses(document.model);
    for (const auto& delegation : document.model.provisions) {
      if (!isDelegation(context.lexicon, delegation)) continue;
      const std::string& delegate = *delegation.recipient->id;
      if (reportsBack(context.lexicon, document.model, delegating, delegation)) continue;
      if (!reported.insert({delegation.source.position.line, delegate}).second) continue;
      const std::string from = actorName(context.lexicon, delegation.actor.id);
      const std::string to = actorName(context.lexicon, delegate);
      Diagnostic diagnostic = finding(
          document, clauseRange(delegation.source),
          {fmt::format("{} giao/ủy quyền cho {} nhưng quy chế không quy định {} báo cáo lại {}", from, to, to, from),
           fmt::format("{} delegates to {} but nothing says {} reports back to {}", from, to, to, from)});
      if (const model::Provision* unread = answersOnUnread(document.model, delegation)) {
        diagnostic.severity = Severity::info;
        diagnostic.message =
            LocalizedText{fmt::format("cần xem lại: {} giao/ủy quyền cho {}; {} chịu trách nhiệm hoặc báo cáo trước {} "
                                      "về một việc rasoat không đọc được, có thể là việc được ủy quyền",
                                      from, to, to, from),
                          fmt::format("to review: {} delegates to {}; {} answers to {} for something rasoat did "
                                      "not read, which may be the delegated work",
                                      from, to, to, from)};
        diagnostic.related.push_back(
            RelatedLocation{document.tree.path,
                            clauseRange(unread->source),
                            {fmt::format("{} chịu trách nhiệm trước {} ({})", to, from, unread->source.unit),
                             fmt::format("{} answers to {} ({})", to, from, unread->source.unit)}});
      }
      diagnostic.suggestion =
          LocalizedText{fmt::format("bổ sung: \"{} báo cáo {} kết quả thực hiện việc được ủy quyền\"", to, from),
                        fmt::format("add that {} reports to {} on what it did under the delegation", to, from)};
      context.sink.report(std::move(diagnostic));
    }
  }
};

}  // namespace

std::unique_ptr<Check> makeDelegationWithoutReport() {
  return std::make_unique<DelegationWithoutReport>();
}

}  // namespace rasoat::checks
