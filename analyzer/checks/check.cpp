#include "checks/check.h"

namespace rasoat::checks {

Diagnostic Check::finding(const CheckedDocument& document, Range range, LocalizedText message) const {
  Diagnostic diagnostic;
  diagnostic.code = info().code;
  diagnostic.severity = info().severity;
  diagnostic.message = std::move(message);
  diagnostic.path = document.tree.path;
  diagnostic.range = range;
  return diagnostic;
}

LocalizedText witnessText(solver::Outcome outcome, const solver::Witness& witness, const model::Lexicon& lexicon) {
  if (outcome == solver::Outcome::unknown) {
    return {"bộ giải không kết luận được trong giới hạn thời gian", "the solver gave no answer within its budget"};
  }
  if (witness.values.empty()) return {"mọi trường hợp", "every case"};
  return witness.describe(lexicon);
}

LocalizedText notFormalisedReason(const std::string& reason) {
  if (reason == "no actor") return {"không xác định được chủ thể", "no actor found"};
  if (reason == "vague actor") return {"chủ thể không cụ thể", "the actor is vague"};
  if (reason == "no power verb") return {"không có động từ thẩm quyền", "no power verb found"};
  if (reason == "no matter") return {"không xác định được nội dung, lĩnh vực", "no matter found"};
  if (reason == "definition") return {"điều khoản giải thích từ ngữ", "a definition"};
  if (reason == "too long") return {"câu quá dài để phân tích", "the clause is too long to read"};
  return {"không đọc được câu", "the sentence could not be read"};
}

Range clauseRange(const model::SourceRef& source) {
  Range range{source.position, source.range.end};
  if (range.end.line != range.begin.line || range.end < range.begin) range.end = range.begin;
  return range;
}

}  // namespace rasoat::checks
