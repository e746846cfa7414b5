#include "cli/statistics.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "checks/registry.h"

namespace rasoat::cli {

std::vector<CodeCount> countByCode(const std::vector<Diagnostic>& findings) {
  std::map<std::string, CodeCount> byCode;
  for (const Diagnostic& finding : findings) {
    if (finding.code.empty()) continue;
    CodeCount& entry = byCode[finding.code];
    if (entry.count == 0) {
      entry.code = finding.code;
      entry.severity = finding.severity;
      if (const checks::Check* check = checks::findCheck(finding.code)) entry.name = check->info().name;
    }
    ++entry.count;
  }
  std::vector<CodeCount> counts;
  counts.reserve(byCode.size());
  for (auto& [code, entry] : byCode) counts.push_back(std::move(entry));
  std::stable_sort(counts.begin(), counts.end(),
                   [](const CodeCount& a, const CodeCount& b) { return a.count > b.count; });
  return counts;
}

void printStatistics(std::ostream& out, const std::vector<CodeCount>& counts, Language language) {
  if (counts.empty()) {
    out << (language == Language::vi ? "Không có phát hiện nào.\n" : "No findings.\n");
    return;
  }
  std::size_t width = 1;
  for (const CodeCount& entry : counts) width = std::max(width, std::to_string(entry.count).size());
  for (const CodeCount& entry : counts) {
    out << fmt::format("{:>{}}  {}  {:<7}  {}\n", entry.count, width, entry.code, severityName(entry.severity),
                       entry.name);
  }
}

nlohmann::ordered_json statisticsJson(const std::vector<CodeCount>& counts) {
  nlohmann::ordered_json json = nlohmann::ordered_json::array();
  for (const CodeCount& entry : counts) {
    json.push_back({{"code", entry.code},
                    {"name", entry.name},
                    {"severity", std::string(severityName(entry.severity))},
                    {"count", entry.count}});
  }
  return json;
}

}  // namespace rasoat::cli
