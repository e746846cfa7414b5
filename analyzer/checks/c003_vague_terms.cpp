// C003: a decision power given to a vague actor, or bound to a vague time.
#include <set>

#include <fmt/format.h>

#include "checks/catalogue.h"

namespace rasoat::checks {

namespace {

class VagueTerms : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"C003",
                                "vague-terms",
                                Severity::info,
                                {"chủ thể hoặc thời hạn không cụ thể khi giao quyền quyết định",
                                 "vague actor or time where a decision power is assigned"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    std::set<std::pair<int, int>> reported;
    for (const auto& provision : document.model.provisions) {
      const bool decides = provision.modality == model::Modality::DECIDE;
      if (!decides || !(provision.actor.vague || provision.vagueTime)) continue;
      if (!reported.insert({provision.source.position.line, provision.source.position.column}).second) continue;
      const std::string what = provision.actor.vague ? "\"" + provision.actor.text + "\"" : "";
      model::SourceRef vague = provision.source;  // the caret under the vague actor
      if (provision.actor.vague) vague.words = {provision.actor.text};
      Diagnostic diagnostic = finding(
          document, clauseRange(vague),
          provision.actor.vague
              ? LocalizedText{fmt::format("{} giao quyền quyết định cho chủ thể không cụ thể {}", provision.source.unit,
                                          what),
                              fmt::format("{} gives a decision power to a vague actor {}", provision.source.unit, what)}
              : LocalizedText{fmt::format("{} giao quyền quyết định với thời hạn không cụ thể", provision.source.unit),
                              fmt::format("{} gives a decision power with a vague time", provision.source.unit)});
      diagnostic.suggestion = LocalizedText{"nêu đích danh cơ quan, cá nhân và thời hạn cụ thể (rõ người, rõ tiến độ)",
                                            "name the body and a definite time"};
      context.sink.report(std::move(diagnostic));
    }
  }
};

}  // namespace

std::unique_ptr<Check> makeVagueTerms() {
  return std::make_unique<VagueTerms>();
}

}  // namespace rasoat::checks
