#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checks/check.h"
#include "model/lexicon.h"
#include "model/model.h"

namespace rasoat::checks {

// Which readings a check may use (docs/check.md, "What a finding rests on"): a
// finding of severity error or warning rests only on sure readings; any reading
// may serve as evidence that silences a check (a partly read clause that seems
// to give a matter to someone keeps G001 quiet).
enum class Readings { sure, any };

// The decision powers of a document's own bodies that overlap and gap checks
// compare: DECIDE, not prohibited, with a resolved actor and a definite matter.
std::vector<const model::Provision*> ownDecisions(const model::DocumentModel& model,
                                                  Readings readings = Readings::sure);

// A provision of the document's own bodies with a resolved actor and a definite
// matter (not unresolved, not "chung"): what the checks can compare.
bool isDefinite(const model::Provision& provision);
// Definite, and read surely: what an error or a warning may rest on.
bool isSureDefinite(const model::Provision& provision);

// Same matter, or one a part of the other (a project is a kind of investment).
bool relatedMatters(const model::Lexicon& lexicon, const std::string& a, const std::string& b);
// An unresolved matter is related to none.
bool relatedMatters(const model::Lexicon& lexicon, const std::optional<std::string>& a,
                    const std::optional<std::string>& b);

// A matter of the taxonomy that has sub-matters ("can_bo": appointment,
// assignment, awards ...): a clause naming only a family compares with nothing.
bool isFamily(const model::Lexicon& lexicon, const std::string& matter);

// The same leaf of the taxonomy: what overlap, conflict, reserved-power and
// shift-of-authority checks compare (docs/check.md). Unresolved: no leaf.
bool sameLeaf(const model::Lexicon& lexicon, const std::optional<std::string>& a, const std::optional<std::string>& b);

// Whether `general` includes `specific`: the same matter or an ancestor of it.
bool coversMatter(const model::Lexicon& lexicon, const std::string& general, const std::string& specific);

// The top of a matter's branch of the taxonomy ("dau_tu.du_an" -> "dau_tu").
std::string rootMatter(const model::Lexicon& lexicon, const std::string& matter);
std::string rootMatter(const model::Lexicon& lexicon, const std::optional<std::string>& matter);  // "?" unresolved

// Whether a condition bounds anything with a number.
bool hasNumericBound(const model::Condition& condition);

// A condition that only bounds one numeric attribute: an interval, decided
// without the solver (the sweep of O001). Values are exact enough for money in
// đồng up to 10^18 and for fractions.
struct Interval {
  std::string attribute;
  std::optional<long double> low;
  bool lowInclusive = true;
  std::optional<long double> high;
  bool highInclusive = true;
};
std::optional<Interval> intervalOf(const model::Condition& condition);
bool intersects(const Interval& a, const Interval& b);
// Whether an interval contains anything at all (within the attribute's domain, >= 0).
bool nonEmpty(const Interval& interval);

// The first stretch of [low, high] that no provision's interval covers, and the
// provisions on either side of it: G002's sweep (the solver confirms it).
struct Gap {
  const model::Quantity* from = nullptr;
  const model::Quantity* to = nullptr;
  std::vector<const model::Provision*> around;
};
std::optional<Gap> firstGap(const std::vector<const model::Provision*>& provisions, const model::Quantity* low,
                            const model::Quantity* high);

// Rank in the decision line (1 = Ban Chấp hành); agencies have none (a large number).
int rankOf(const model::Lexicon& lexicon, const std::string& actor);
int rankOf(const model::Lexicon& lexicon, const std::optional<std::string>& actor);

// Whether a body has a place in the committee's decision line (not an agency
// such as the office, the people's committee or the inspection committee).
bool inDecisionLine(const model::Lexicon& lexicon, const std::string& actor);
bool inDecisionLine(const model::Lexicon& lexicon, const std::optional<std::string>& actor);

// Acting for a higher body between its meetings or in an emergency.
bool actsOnBehalf(const model::Condition& condition);

// The parents whose bodies are this document's bodies by name: a model
// regulation (generic bodies of the level) or a regulation of the same level.
// A district's "Ban Thường vụ" is not a ward's.
std::vector<const CheckedDocument*> sameBodyParents(const CheckedDocument& document);

// The parents of a known level above this document's: what they say of their
// lower bodies ("Hội nghị chi bộ chỉ hợp lệ khi …" in a commune's regulation)
// they say of this document's own bodies of that name (a cell's).
std::vector<const CheckedDocument*> lowerBodyParents(const CheckedDocument& document);

// Whether a body a parent names speaks of this document's own body of that
// name: the parent's own body in a parent of the same bodies, its lower body
// (of this document's level, when it says one) in a parent of a higher level.
bool bindsOwnBody(const CheckedDocument& document, const CheckedDocument& parent, const model::ActorRef& actor);

// sameBodyParents and lowerBodyParents, each once.
std::vector<const CheckedDocument*> bindingParents(const CheckedDocument& document);

// "Ban Thường vụ", for messages.
std::string actorName(const model::Lexicon& lexicon, const std::string& actor);
std::string matterName(const model::Lexicon& lexicon, const std::string& matter);
// The same for an id the model may not have resolved ("?" then).
std::string actorName(const model::Lexicon& lexicon, const std::optional<std::string>& actor);
std::string matterName(const model::Lexicon& lexicon, const std::optional<std::string>& matter);

}  // namespace rasoat::checks
