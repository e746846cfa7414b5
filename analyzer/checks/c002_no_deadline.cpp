// C002: a reporting duty with no deadline or frequency ("rõ tiến độ").
#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/cue_words.h"
#include "checks/decision_scope.h"

namespace rasoat::checks {

namespace {

class NoDeadline : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"C002",
                                "task-without-deadline",
                                Severity::info,
                                {"nhiệm vụ báo cáo không có thời hạn hoặc định kỳ (rõ tiến độ)",
                                 "a task with no deadline or frequency where one is expected"}};
    return info;
  }

  // A report is the duty that needs a time: a deadline, a period, an occasion
  // ("tại kỳ họp gần nhất", "sau khi ...") or a triggering case.
  void run(const CheckedDocument& document, CheckContext& context) const override {
    std::set<int> reported;
    for (const auto& provision : document.model.provisions) {
      if (provision.modality != model::Modality::REPORT || provision.deontic == model::Deontic::prohibition) continue;
      if (provision.deontic == model::Deontic::permission) continue;  // "có thể báo cáo": no duty
      // "X báo cáo Y": a reporting duty names whom it reports to.
      if (!provision.actor.id || provision.actor.vague || !provision.recipient) continue;
      // "báo cáo kịp thời" gives no time either: it is reported here.
      // A case that makes the report due ("trong trường hợp khẩn cấp", "giữa
      // hai kỳ họp") times it; which cadres or how much it concerns ("cán bộ
      // thuộc diện Ban Thường vụ quản lý", "dưới 50 triệu đồng") does not.
      const auto& atoms = provision.condition.atoms;
      const bool triggered =
          std::any_of(atoms.begin(), atoms.end(), [](const model::Atom& atom) { return atom.isFact(); });
      if (provision.deadline || provision.occasion || provision.frequency || triggered ||
          !provision.condition.exceptions.empty())
        continue;
      if (mentionsCue(context.lexicon, provision.source.text, "timing")) continue;
      if (!reported.insert(provision.source.position.line).second) continue;
      const std::string actor = actorName(context.lexicon, provision.actor.id);
      Diagnostic diagnostic = finding(
          document, clauseRange(provision.source),
          {fmt::format("{} phải báo cáo nhưng không rõ khi nào (thời hạn, định kỳ hoặc dịp báo cáo)", actor),
           fmt::format("{} must report but the clause does not say when (deadline, period or occasion)", actor)});
      diagnostic.suggestion =
          LocalizedText{"nêu thời hạn (\"chậm nhất 5 ngày làm việc\") hoặc định kỳ (\"hằng quý\")",
                        "state a deadline (\"within 5 working days\") or a period (\"every quarter\")"};
      context.sink.report(std::move(diagnostic));
    }
  }
};

}  // namespace

std::unique_ptr<Check> makeNoDeadline() {
  return std::make_unique<NoDeadline>();
}

}  // namespace rasoat::checks
