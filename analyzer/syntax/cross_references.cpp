// Cross-references: "khoản 2 Điều 5", "điểm a khoản 1 Điều 3", "các Điều 5, 6
// và 7", "Điều 7 Quy chế này", "Điều 23 Quy định số 24-QĐ/TW", "khoản 3 Điều 24
// Điều lệ Đảng". Each becomes a node listing the units it points to.
#include "LayoutLexer.h"
#include "syntax/tree_builder.h"

namespace rasoat::syntax {

namespace {

using Lexer = rasoat::grammar::LayoutLexer;

// The level a reference token names, and the number written after its keyword.
struct Step {
  UnitKind kind = UnitKind::article;
  std::vector<std::string> numbers;
};

std::string numberAfterKeyword(const std::string& originalToken) {
  const auto space = originalToken.find(' ');
  return space == std::string::npos ? std::string() : trimmed(originalToken.substr(space + 1));
}

UnitKind kindOfReference(size_t type) {
  switch (type) {
    case Lexer::REF_POINT: return UnitKind::point;
    case Lexer::REF_CLAUSE: return UnitKind::clause;
    case Lexer::REF_CHAPTER: return UnitKind::chapter;
    case Lexer::REF_SECTION: return UnitKind::section;
    default: return UnitKind::article;
  }
}

std::string& levelOf(ReferenceTarget& target, UnitKind kind) {
  switch (kind) {
    case UnitKind::point: return target.point;
    case UnitKind::clause: return target.clause;
    case UnitKind::chapter: return target.chapter;
    case UnitKind::section: return target.section;
    default: return target.article;
  }
}

// "Điều này" -> "article"; "Quy chế này" -> "document".
std::string relativeLevel(const std::string& matching) {
  if (matching.rfind("điều", 0) == 0) return "article";
  if (matching.rfind("khoản", 0) == 0) return "clause";
  if (matching.rfind("điểm", 0) == 0) return "point";
  if (matching.rfind("chương", 0) == 0) return "chapter";
  if (matching.rfind("mục", 0) == 0) return "section";
  return "document";
}

// Every combination of the listed numbers: "khoản 1, 2 Điều 5" is two targets.
void expand(const std::vector<Step>& steps, std::size_t at, const ReferenceTarget& current,
            std::vector<ReferenceTarget>& out) {
  if (at == steps.size()) {
    out.push_back(current);
    return;
  }
  for (const std::string& number : steps[at].numbers) {
    ReferenceTarget next = current;
    levelOf(next, steps[at].kind) = number;
    expand(steps, at + 1, next, out);
  }
}

}  // namespace

std::vector<CrossReference> TreeBuilder::transformReferences(const Items& items) {
  std::vector<CrossReference> references;
  // "Điều 25 Quy chế làm việc mẫu ban hành kèm theo Quyết định số 1256-QĐ/TW":
  // a document named by its kind, then by the number of the decision that
  // issued it; the number says which document the units are in.
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t namedByKind = kNone;
  for (auto* item : items) {
    auto* reference = item->crossReference();
    if (!reference) continue;
    const bool bareNumber = reference->refUnit().empty() && reference->documentRef();
    if (bareNumber && namedByKind != kNone) {
      auto* number = reference->documentRef()->DOC_NUMBER() ? reference->documentRef()->DOC_NUMBER()
                                                            : reference->documentRef()->DOC_CODE();
      if (auto parsed = documentNumberOf(number->getSymbol()))
        for (ReferenceTarget& target : references[namedByKind].targets) target.document = parsed->text;
      namedByKind = kNone;
    }
    references.push_back(transformCrossReference(*reference));
    if (reference->refScope() && reference->refScope()->DOC_KIND()) namedByKind = references.size() - 1;
  }
  return references;
}

CrossReference TreeBuilder::transformCrossReference(LayoutParser::CrossReferenceContext& context) {
  CrossReference reference;
  reference.range = originalRange(source_, &context);
  reference.text = trimmed(originalText(source_, reference.range));
  std::vector<Step> steps;
  for (auto* unit : context.refUnit()) {
    antlr4::Token* token = unit->getStart();
    Step step;
    step.kind = kindOfReference(token->getType());
    const Range range = originalRange(source_, token->getStartIndex(), token->getStopIndex());
    step.numbers.push_back(numberAfterKeyword(trimmed(originalText(source_, range))));
    for (auto* more : unit->refMore()) {
      const auto* token = more->getStop();
      step.numbers.push_back(
          trimmed(originalText(source_, originalRange(source_, token->getStartIndex(), token->getStopIndex()))));
    }
    steps.push_back(std::move(step));
  }
  ReferenceTarget base;
  LayoutParser::DocumentRefContext* documentRef = context.documentRef();
  if (auto* scope = context.refScope()) {
    if (scope->THIS_UNIT()) base.relative = relativeLevel(scope->THIS_UNIT()->getText());
    if (scope->CHARTER()) base.document = "Điều lệ Đảng";
    if (scope->documentRef()) documentRef = scope->documentRef();
    // Another document, named by its kind only: not this one, and not one to look up.
    if (scope->DOC_KIND()) base.document = trimmed(scope->DOC_KIND()->getText());
  }
  if (documentRef) {
    auto* number = documentRef->DOC_NUMBER() ? documentRef->DOC_NUMBER() : documentRef->DOC_CODE();
    if (auto parsed = documentNumberOf(number->getSymbol())) base.document = parsed->text;
  }
  // With no article and no document, the enclosing article is meant ("khoản 2").
  const bool namesArticleOrAbove = std::any_of(steps.begin(), steps.end(), [](const Step& s) {
    return s.kind == UnitKind::article || s.kind == UnitKind::chapter || s.kind == UnitKind::section;
  });
  if (base.relative.empty() && base.document.empty() && !steps.empty() && !namesArticleOrAbove)
    base.relative = "article";
  if (base.relative == "document") base.relative.clear();
  // Written inner-first ("điểm a khoản 1 Điều 3"); expand outer-first.
  std::reverse(steps.begin(), steps.end());
  expand(steps, 0, base, reference.targets);
  return reference;
}

}  // namespace rasoat::syntax
