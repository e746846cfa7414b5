// S007: a clause read only in part: what was not understood, for review.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "checks/catalogue.h"

namespace rasoat::checks {

namespace {

void addParts(const model::Reading& reading, std::vector<std::string>& parts) {
  for (const std::string& part : reading.notUnderstood) {
    if (std::find(parts.begin(), parts.end(), part) == parts.end()) parts.push_back(part);
  }
}

std::string quoted(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "'" : ", '") + part + "'";
  return out;
}

class PartlyRead : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"S007",
                                "partly-read",
                                Severity::info,
                                {"khoản, điểm chỉ đọc được một phần: cần xem lại", "clause read only in part"}};
    return info;
  }

  // One finding per clause, listing what none of its readings understood.
  // Checks of severity error or warning do not use these readings (docs/check.md).
  void run(const CheckedDocument& document, CheckContext& context) const override {
    std::map<Position, std::pair<const model::SourceRef*, std::vector<std::string>>> clauses;
    const auto collect = [&](const auto& elements) {
      for (const auto& element : elements) {
        if (element.reading.sure || element.reading.notUnderstood.empty()) continue;
        auto& entry = clauses[element.source.position];
        entry.first = &element.source;
        addParts(element.reading, entry.second);
      }
    };
    collect(document.model.provisions);
    collect(document.model.parameters);
    for (const auto& [position, entry] : clauses) {
      const auto& [source, parts] = entry;
      // One part not understood is underlined; several, the clause.
      model::SourceRef at = *source;
      at.words = parts.size() == 1 ? parts : std::vector<std::string>{};
      context.sink.report(finding(document, parts.size() == 1 ? clauseRange(at) : wholeClause(*source),
                                  {fmt::format("{}: cần xem lại: không rõ {}", source->unit, quoted(parts)),
                                   fmt::format("{}: to review: not understood {}", source->unit, quoted(parts))}));
    }
  }
};

}  // namespace

std::unique_ptr<Check> makePartlyRead() {
  return std::make_unique<PartlyRead>();
}

}  // namespace rasoat::checks
