#pragma once

#include <string>

#include "checks/check.h"

// What G004 and G005 share: whether a regulation states a meeting rule of a
// body, and where a missing one is reported.
namespace rasoat::checks {

// "meeting_frequency" -> "chế độ họp thường lệ" / "regular meeting frequency".
LocalizedText ruleKindName(model::ParameterKind kind);

// A meeting, quorum or vote rule in words: "số ủy viên tham dự để hội nghị
// hợp lệ ≥ 2/3", "chế độ họp thường lệ: 1 lần mỗi 3 tháng".
LocalizedText describeRule(const model::Parameter& rule);

// Whether the document says anything about the body (a power, a duty, a rule).
bool mentionsBody(const model::DocumentModel& model, const std::string& actor);

// Whether the document states a parameter of this kind for the body.
bool statesRule(const model::DocumentModel& model, const std::string& actor, model::ParameterKind kind);

// Where a missing meeting rule belongs: the body's other meeting rules, else
// the first meeting rule of any body, else the body's first clause, else the title.
Range missingRuleRange(const CheckedDocument& document, const std::string& actor);

}  // namespace rasoat::checks
