// A003: an amending instruction whose target does not exist in the regulation
// it amends ("Sửa đổi khoản 6 Điều 5" when Điều 5 has five clauses, "Bổ sung
// điểm d vào khoản 1 Điều 40", a phrase to replace that the unit does not
// contain), or a unit to add that is already there. Reported at the instruction.
//
// It runs on the consolidated text of an amending document (whose making
// recorded the instructions that failed), or on an amending document itself
// when it is checked with its base as `previous`.
#include "amend/consolidate.h"
#include "amend/reader.h"
#include "checks/catalogue.h"

namespace rasoat::checks {

namespace {

const CheckInfo& missingTargetInfo() {
  static const CheckInfo info{"A003",
                              "missing-amendment-target",
                              Severity::error,
                              {"câu lệnh sửa đổi, bổ sung, bãi bỏ nhắm vào nội dung không có trong quy chế được sửa",
                               "an amending instruction targets a unit or phrase that does not exist"}};
  return info;
}

class MissingTarget : public Check {
 public:
  const CheckInfo& info() const override { return missingTargetInfo(); }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    std::vector<Diagnostic> findings;
    if (document.consolidation) {
      findings = missingTargetFindings(document.consolidation->failures);
    } else if (document.previous && document.previous->source && document.source &&
               amend::isAmendingDocument(document.tree)) {
      DiagnosticSink syntaxErrors;  // the layout parse of the document already reported them
      const amend::Amendment amendment = amend::readAmendment(*document.source, document.tree, syntaxErrors);
      findings = missingTargetFindings(amend::consolidate(*document.previous->source, amendment).failures);
    }
    for (auto& finding : findings) context.sink.report(std::move(finding));
  }
};

}  // namespace

std::vector<Diagnostic> missingTargetFindings(const std::vector<amend::Failure>& failures) {
  std::vector<Diagnostic> findings;
  for (const auto& failure : failures) {
    Diagnostic diagnostic;
    diagnostic.code = missingTargetInfo().code;
    diagnostic.severity = missingTargetInfo().severity;
    diagnostic.message = failure.message;
    diagnostic.path = failure.path;  // the amending document, at the instruction
    diagnostic.range = failure.range;
    diagnostic.suggestion =
        LocalizedText{"đối chiếu số điều, khoản, điểm (hoặc cụm từ) với quy chế đang có hiệu lực và sửa câu lệnh",
                      "check the article, clause, point (or phrase) against the regulation in force and correct the "
                      "instruction"};
    findings.push_back(std::move(diagnostic));
  }
  return findings;
}

std::unique_ptr<Check> makeMissingTarget() {
  return std::make_unique<MissingTarget>();
}

}  // namespace rasoat::checks
