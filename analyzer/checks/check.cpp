#include "checks/check.h"

#include "text/matching.h"

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
  return wording::describeWitness(witness, lexicon);
}

LocalizedText notFormalisedReason(model::NotFormalised reason) {
  using model::NotFormalised;
  switch (reason) {
    case NotFormalised::noActor: return {"không xác định được chủ thể", "no actor found"};
    case NotFormalised::actorNotPlaced:
      return {"có nêu chủ thể nhưng không xác định được chủ thể của việc", "a body is named but not read as the actor"};
    case NotFormalised::vagueActor: return {"chủ thể không cụ thể", "the actor is vague"};
    case NotFormalised::noPowerVerb: return {"không có động từ thẩm quyền", "no power verb found"};
    case NotFormalised::noMatter: return {"không xác định được nội dung, lĩnh vực", "no matter found"};
    case NotFormalised::definition: return {"điều khoản giải thích từ ngữ", "a definition"};
    case NotFormalised::tooLong: return {"câu quá dài để phân tích", "the clause is too long to read"};
    default: return {"không đọc được câu", "the sentence could not be read"};
  }
}

Range wholeClause(const model::SourceRef& source) {
  Range range{source.position, source.range.end};
  if (range.end.line != range.begin.line || range.end < range.begin) range.end = range.begin;
  return range;
}

// The words a provision rests on, where they stand on the clause's first
// line; the whole clause when they are not found there (a clause running
// over several lines, a text not as written).
Range clauseRange(const model::SourceRef& source) {
  const Range range = wholeClause(source);
  if (source.words.empty() || source.range.begin.line != source.range.end.line) return range;
  const auto found = text::locatePhrases(source.text, source.words);
  const int firstLine = source.range.end.column - source.range.begin.column;
  if (!found || static_cast<int>(found->second) > firstLine) return range;
  const int line = source.range.begin.line;
  return Range{Position{line, source.range.begin.column + static_cast<int>(found->first)},
               Position{line, source.range.begin.column + static_cast<int>(found->second)}};
}

}  // namespace rasoat::checks
