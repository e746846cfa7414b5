// H005: a cited higher-level document that a newer one has replaced.
#include <fmt/format.h>

#include "checks/catalogue.h"
#include "text/matching.h"

namespace rasoat::checks {

namespace {

// 29-QĐ/TW was replaced by 24-QĐ/TW, itself replaced by 294-QĐ/TW: cite the last one.
const Replacement& latestReplacement(const RulePacks& packs, const Replacement& first) {
  const Replacement* current = &first;
  for (std::size_t steps = 0; steps < packs.replacements.size(); ++steps) {
    const Replacement* next = nullptr;
    for (const Replacement& candidate : packs.replacements) {
      if (text::matchKey(candidate.replaced) == text::matchKey(current->by)) next = &candidate;
    }
    if (!next) break;
    current = next;
  }
  return *current;
}

class ReplacedCitation : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{
        "H005",
        "replaced-citation",
        Severity::warning,
        {"căn cứ văn bản cấp trên đã được thay thế", "a cited higher-level document has been replaced"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    for (const auto& citation : document.model.cites) {
      for (const Replacement& replacement : context.packs.replacements) {
        if (text::matchKey(citation.number) != text::matchKey(replacement.replaced)) continue;
        // A document issued before the replacement cited what was in force.
        if (!document.model.date.empty() && document.model.date < replacement.date) continue;
        const Replacement& latest = latestReplacement(context.packs, replacement);
        Diagnostic diagnostic = finding(
            document, Range{citation.range.begin, citation.range.begin},
            {fmt::format("căn cứ {} đã được thay thế bởi {} (từ {})", citation.number, latest.by, replacement.date),
             fmt::format("{} is cited but was replaced by {} (from {})", citation.number, latest.by,
                         replacement.date)});
        diagnostic.range.end =
            citation.range.end.line == citation.range.begin.line ? citation.range.end : citation.range.begin;
        diagnostic.suggestion = LocalizedText{fmt::format("căn cứ {} ({})", latest.by, latest.citation),
                                              fmt::format("cite {} ({})", latest.by, latest.citation)};
        context.sink.report(std::move(diagnostic));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> makeReplacedCitation() {
  return std::make_unique<ReplacedCitation>();
}

}  // namespace rasoat::checks
