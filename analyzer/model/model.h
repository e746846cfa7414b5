#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/source_position.h"
#include "model/lexicon.h"
#include "model/quantity.h"

namespace rasoat::model {

// Where a model element came from: its clause or point.
struct SourceRef {
  std::string path;
  Position position;  // the clause's marker
  Range range;        // its text
  std::string unit;   // "Điều 4 khoản 1 điểm a"
  std::string text;
};

// An actor resolved to (organisation, body): "Ban Thường vụ Quận ủy" in a
// ward's regulation is the district's BTV: {id: BTV, organisation: "upper"}.
struct ActorRef {
  std::string id = "?";              // lexicon id, "?" when unresolved
  std::string organisation = "own";  // own | upper | central
  std::string level;                 // the organisation's level when named ("district")
  std::string text;                  // as written
  bool vague = false;                // "các cơ quan liên quan"
};

// One comparison over a matter's attribute: "tong_muc_dau_tu > 5e10", or a
// categorical fact: "khan_cap = true", "dien_quan_ly = BTV".
struct Atom {
  std::string attribute;
  std::string op;  // > >= < <= =
  std::optional<Quantity> number;
  std::string symbol;  // categorical value when not a number
};

// A conjunction of atoms, minus the exceptions ("trừ trường hợp ...").
struct Condition {
  std::vector<Atom> atoms;
  std::vector<std::vector<Atom>> exceptions;
  bool empty() const { return atoms.empty() && exceptions.empty(); }
  std::string formula() const;
};

struct Frequency {
  Quantity period;                // every N units ("3 tháng")
  std::optional<Quantity> times;  // how many times per period
  std::string op = "=";           // "mỗi năm ít nhất 2 lần": >=
  bool onDemand = false;          // "khi cần", "đột xuất"
};

struct Provision {
  ActorRef actor;
  std::vector<std::string> jointWith;  // other actors of a joint subject
  Modality modality = Modality::DECIDE;
  std::string power;  // the verb as written ("quyết định")
  Deontic deontic = Deontic::none;
  std::string matter;  // taxonomy id, "?" when unresolved
  Condition condition;
  std::optional<ActorRef> recipient;  // REPORT, DELEGATE, ACCOUNTABLE
  // DELEGATE: the kind of power handed over ("ủy quyền cho Thường trực quyết định": DECIDE).
  std::optional<Modality> delegated;
  std::optional<Quantity> deadline;
  std::optional<Frequency> frequency;
  bool vagueTime = false;
  SourceRef source;
};

// Meeting frequencies, quorums, vote thresholds, deadlines, per body.
struct Parameter {
  ActorRef actor;
  std::string kind;  // meeting_frequency | quorum | vote_threshold | deadline
  std::string matter = "hop";
  std::string op;  // the comparison the text states ("ít nhất 2/3": >=)
  Quantity value;
  std::optional<Quantity> times;  // meeting_frequency: times per period
  SourceRef source;
};

// "period_months = 3", "quorum >= 2/3", "vote_threshold > 1/2".
std::string parameterFormula(const Parameter& parameter);

// Whether a numbered clause or point was understood.
struct ClauseStatus {
  SourceRef source;
  bool formalised = false;
  std::string reason;  // why not, when not
};

struct Citation {
  std::string number;  // "24-QĐ/TW", "Điều lệ Đảng"
  std::string kind;
  Range range;
};

struct DocumentModel {
  std::string path;
  std::string number;        // "01-QC/ĐU" or the file name
  std::string kind;          // regulation | model_regulation | amendment | other
  std::string level;         // central | province | district | commune | cell | unknown
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
};

}  // namespace rasoat::model
