#pragma once

#include <string>
#include <vector>

#include "base/localized_text.h"
#include "model/lexicon.h"
#include "model/model.h"
#include "solver/solver_session.h"

// The one place that writes conditions, quantities and witnesses as the text
// would say them: "giá trị mua sắm từ 100 triệu đồng đến dưới 1 tỷ đồng",
// "cán bộ không thuộc diện Ban Thường vụ quản lý", "tổng mức đầu tư đúng 20 tỷ
// đồng". The solver only encodes and decodes; checks and reports print these.
namespace rasoat::wording {

// "20 tỷ đồng", "2/3", "3 tháng": a quantity in the user's units.
std::string describeQuantity(const model::Quantity& quantity, Language language);

// "tổng mức đầu tư", "khẩn cấp": an attribute's name for readers (Vietnamese).
std::string attributeName(const model::Lexicon& lexicon, const std::string& attribute);

// The comparisons of a condition joined with "và": bounds on one number as one
// range, a management list as the text says it.
LocalizedText describeAtoms(const std::vector<model::Atom>& atoms, const model::Lexicon& lexicon);

// A whole condition with its exceptions; "mọi trường hợp" when it has none.
LocalizedText describeCondition(const model::Condition& condition, const model::Lexicon& lexicon);

// A case the solver found: "tổng mức đầu tư đúng 20 tỷ đồng, không khẩn cấp".
LocalizedText describeWitness(const solver::Witness& witness, const model::Lexicon& lexicon);

}  // namespace rasoat::wording
