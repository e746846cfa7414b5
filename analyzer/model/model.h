#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/source_position.h"
#include "model/lexicon.h"
#include "model/quantity.h"

namespace rasoat::model {

// Whose body an actor is, relative to the document's own committee.
enum class Organisation { own, upper, lower, central };
std::string_view organisationName(Organisation organisation);  // "own", "upper", ...

// The level of a committee (docs/model.md).
enum class Level { central, province, district, commune, cell, unknown };
std::string_view levelName(Level level);  // "district"
std::optional<Level> levelFromName(std::string_view name);
int levelRank(Level level);  // central 0 … cell 4, unknown -1

enum class DocumentKind { regulation, modelRegulation, amendment, other };
std::string_view documentKindName(DocumentKind kind);  // "model_regulation"

// A comparison of a condition, a frequency or a parameter.
enum class Comparison { lt, le, eq, ne, ge, gt };
std::string_view comparisonSymbol(Comparison comparison);  // "<", "<=", "=", "!=", ">=", ">"
std::optional<Comparison> comparisonFromSymbol(std::string_view symbol);
// The same comparison seen from the other side: a >= b is b <= a.
Comparison reversed(Comparison comparison);
bool bindsFromBelow(Comparison comparison);  // >, >=, =
bool bindsFromAbove(Comparison comparison);  // <, <=, =
bool inclusive(Comparison comparison);       // not strict (<= >= =)

// Why a numbered clause or point was not formalised (docs/model.md).
enum class NotFormalised {
  noActor,
  actorNotPlaced,  // a body is named, but not where a subject stands ("nếu …, Ban Thường vụ tổng hợp")
  unknownActor,
  vagueActor,
  noPowerVerb,
  noMatter,
  definition,
  principle,
  tooLong,
  unreadable,
  numberOverLimits
};
std::string_view notFormalisedName(NotFormalised reason);  // "no actor", "number over the limits"

enum class ParameterKind { meetingFrequency, quorum, voteThreshold, deadline };
std::string_view parameterKindName(ParameterKind kind);  // "meeting_frequency", "vote_threshold"

// How sure the model is of a reading (docs/model.md, "Reading certainty").
// Checks of severity error or warning rest only on sure readings.
struct Reading {
  bool sure = false;
  std::vector<std::string> notUnderstood;  // words or parts not understood, as the text wrote them
  // Words not understood stand before the power verb, where a subject would
  // ("Tổng Biên tập báo cáo …"): an actor missing there is not known missing.
  bool subjectUnread = false;
};

// Where a model element came from: its clause or point.
struct SourceRef {
  std::string path;
  Position position;  // the clause's marker
  Range range;        // its text
  std::string unit;   // "Điều 4 khoản 1 điểm a"
  std::string text;
  // The phrases of the clause a provision or parameter rests on, folded and
  // in order ("quyết định", "chủ trương đầu tư", "các", "dự án" …), for a
  // caret under them; empty for the whole clause.
  std::vector<std::string> words;
};

// An actor resolved to (organisation, body): "Ban Thường vụ Quận ủy" in a
// ward's regulation is the district's BTV: {id: BTV, organisation: "upper"}.
struct ActorRef {
  std::optional<std::string> id;  // lexicon id; none when unresolved
  Organisation organisation = Organisation::own;
  std::optional<Level> level;  // the organisation's level when named ("district")
  std::string text;            // as written
  bool vague = false;          // "các cơ quan liên quan"
  bool resolved() const { return id.has_value(); }
};

// "BTV", "?" when unresolved: for keys and formulas.
std::string actorId(const ActorRef& actor);

// One comparison over a matter's attribute: a bound "tong_muc_dau_tu > 5e10",
// an enumeration's value "dien_quan_ly = BTV", or a categorical fact
// "khan_cap" (op eq: it holds; ne: it does not).
struct Atom {
  std::string attribute;
  Comparison op = Comparison::eq;
  std::optional<Quantity> number;     // a bound
  std::optional<std::string> member;  // an enumeration's value (an actor id for dien_quan_ly)
  bool isFact() const { return !number && !member; }
};

// A conjunction of atoms, minus the exceptions ("trừ trường hợp ...").
struct Condition {
  std::vector<Atom> atoms;
  std::vector<std::vector<Atom>> exceptions;
  bool empty() const { return atoms.empty() && exceptions.empty(); }
  std::string formula() const;
};

struct Frequency {
  Quantity period;                 // every N units ("3 tháng")
  std::optional<Quantity> times;   // how many times per period
  Comparison op = Comparison::eq;  // "mỗi năm ít nhất 2 lần": >=
  bool onDemand = false;           // "khi cần", "đột xuất"
};

// A duty timed by an event instead of a date: "báo cáo Ban Chấp hành tại kỳ
// họp gần nhất" (ClauseParser.g4 `occasion`).
struct Occasion {
  enum class Kind { meeting, nextMeeting };  // "tại hội nghị cuối năm"; "tại kỳ họp gần nhất"
  Kind kind = Kind::meeting;
  std::string text;  // as written, folded ("tại phiên họp thường kỳ gần nhất")
};
std::string_view occasionKindName(Occasion::Kind kind);  // "meeting", "next_meeting"

struct Provision {
  // Document-unique and stable across runs: the unit path and the provision's
  // index in its unit ("4.2.a#1"; see docs/model.md).
  std::string id;
  ActorRef actor;
  std::vector<std::string> jointWith;  // other actors of a joint subject
  Modality modality = Modality::DECIDE;
  std::string power;  // the verb as written ("quyết định")
  Deontic deontic = Deontic::none;
  std::optional<std::string> matter;  // taxonomy id; none when unresolved
  Condition condition;
  std::optional<ActorRef> recipient;  // REPORT, DELEGATE, ACCOUNTABLE
  // DELEGATE: the kind of power handed over ("ủy quyền cho Thường trực quyết định": DECIDE).
  std::optional<Modality> delegated;
  std::optional<Quantity> deadline;
  std::optional<Occasion> occasion;
  std::optional<Frequency> frequency;
  bool vagueTime = false;
  Reading reading;
  SourceRef source;
};

// Meeting frequencies, quorums, vote thresholds, deadlines, per body.
struct Parameter {
  std::string id;  // "14.3#p1": like a provision's
  ActorRef actor;
  ParameterKind kind = ParameterKind::meetingFrequency;
  std::string matter = "hop";
  Comparison op = Comparison::eq;  // the comparison the text states ("ít nhất 2/3": >=)
  Quantity value;
  std::optional<Quantity> times;  // meeting_frequency: times per period
  Reading reading;
  SourceRef source;
};

// "period_months = 3", "quorum >= 2/3", "vote_threshold > 1/2".
std::string parameterFormula(const Parameter& parameter);

// Whether a numbered clause or point was understood.
struct ClauseStatus {
  SourceRef source;
  bool formalised = false;
  std::optional<NotFormalised> reason;  // why not, when not
};

struct Citation {
  std::string number;  // "24-QĐ/TW", "Điều lệ Đảng"
  std::string kind;
  Range range;
};

struct DocumentModel {
  std::string path;
  std::string number;  // "01-QC/ĐU" or the file name
  DocumentKind kind = DocumentKind::other;
  Level level = Level::unknown;
  std::string organisation;  // "Ban Chấp hành Đảng bộ phường Giang Biên"
  std::string date;          // ISO
  std::optional<int> termFrom;
  std::optional<int> termTo;
  std::vector<Citation> cites;
  std::vector<Provision> provisions;
  std::vector<Parameter> parameters;
  std::vector<ClauseStatus> clauses;
  std::vector<Diagnostic> diagnostics;  // limits reached while reading (base/limits.h)
  int clauseCount() const { return static_cast<int>(clauses.size()); }
  int formalisedCount() const;
  const Provision* provision(std::string_view id) const;  // by Provision::id, null when none
};

}  // namespace rasoat::model
