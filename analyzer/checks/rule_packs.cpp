#include "checks/rule_packs.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "base/input_error.h"

namespace rasoat::checks {

namespace {

[[noreturn]] void fail(const std::string& path, int line, const std::string& vi, const std::string& en) {
  throw InputError(path, {vi, en}, Position{line, 1});
}

std::string field(const std::string& path, const YAML::Node& node, const char* key) {
  if (!node[key] || !node[key].IsScalar()) {
    fail(path, node.Mark().line + 1, fmt::format("thiếu trường '{}'", key), fmt::format("missing field '{}'", key));
  }
  return node[key].as<std::string>();
}

std::vector<std::string> list(const std::string& path, const YAML::Node& node, const char* key) {
  if (!node[key] || !node[key].IsSequence() || node[key].size() == 0) {
    fail(path, node.Mark().line + 1, fmt::format("thiếu danh sách '{}'", key), fmt::format("missing list '{}'", key));
  }
  std::vector<std::string> values;
  for (const auto& value : node[key]) values.push_back(value.as<std::string>());
  return values;
}

// "meeting_frequency", "quorum", "vote_threshold": the kinds of rule a body must state.
std::vector<model::ParameterKind> ruleKinds(const std::string& path, const YAML::Node& entry) {
  std::vector<model::ParameterKind> kinds;
  for (const std::string& name : list(path, entry, "rules")) {
    using model::ParameterKind;
    const ParameterKind kind = name == "meeting_frequency" ? ParameterKind::meetingFrequency
                               : name == "quorum"          ? ParameterKind::quorum
                               : name == "vote_threshold"  ? ParameterKind::voteThreshold
                                                           : ParameterKind::deadline;
    if (kind == ParameterKind::deadline) {
      fail(path, entry.Mark().line + 1,
           fmt::format("quy tắc '{}' không có; dùng meeting_frequency, quorum, vote_threshold", name),
           fmt::format("unknown rule '{}'; expected meeting_frequency, quorum or vote_threshold", name));
    }
    kinds.push_back(kind);
  }
  return kinds;
}

// "levels: [province, district, commune]": the levels a rule binds; absent: all.
std::vector<model::Level> levels(const std::string& path, const YAML::Node& entry) {
  std::vector<model::Level> values;
  if (!entry["levels"]) return values;
  for (const std::string& name : list(path, entry, "levels")) {
    const std::optional<model::Level> level = model::levelFromName(name);
    if (!level || *level == model::Level::unknown) {
      fail(path, entry.Mark().line + 1,
           fmt::format("cấp '{}' không có; dùng central, province, district, commune, cell", name),
           fmt::format("unknown level '{}'; expected central, province, district, commune or cell", name));
    }
    values.push_back(*level);
  }
  return values;
}

// One entry of a section, checked and added to the packs.
void loadEntry(const std::string& path, const std::string& section, const YAML::Node& entry, RulePacks& packs) {
  if (!entry.IsMap()) fail(path, entry.Mark().line + 1, "mỗi quy tắc phải là một bảng", "each rule must be a mapping");
  if (section == "replacements") {
    packs.replacements.push_back(Replacement{field(path, entry, "replaced"), field(path, entry, "by"),
                                             field(path, entry, "date"), field(path, entry, "citation")});
  } else if (section == "required_matters") {
    packs.requiredMatters.push_back(
        RequiredMatter{field(path, entry, "matter"), field(path, entry, "citation"), levels(path, entry)});
  } else {
    packs.requiredMeetingRules.push_back(
        RequiredMeetingRules{field(path, entry, "actor"), ruleKinds(path, entry), field(path, entry, "citation")});
  }
}

void loadPack(const std::string& path, RulePacks& packs) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::ParserException& error) {
    fail(path, error.mark.line + 1, "YAML không hợp lệ: " + error.msg, "malformed YAML: " + error.msg);
  }
  if (!root.IsMap()) fail(path, 1, "gói quy tắc phải là một bảng (mapping)", "a rule pack must be a mapping");
  for (const auto& section : root) {
    const std::string name = section.first.as<std::string>();
    if (name != "replacements" && name != "required_matters" && name != "required_meeting_rules") {
      fail(
          path, section.first.Mark().line + 1, fmt::format("phần '{}' không được hỗ trợ", name),
          fmt::format("unknown section '{}'; expected replacements, required_matters or required_meeting_rules", name));
    }
    if (!section.second.IsSequence()) {
      fail(path, section.second.Mark().line + 1, fmt::format("phần '{}' phải là một danh sách", name),
           fmt::format("section '{}' must be a list", name));
    }
    for (const auto& entry : section.second) loadEntry(path, name, entry, packs);
  }
}

}  // namespace

RulePacks loadRulePacks(const std::string& directory) {
  namespace fs = std::filesystem;
  RulePacks packs;
  std::error_code error;
  if (!fs::is_directory(directory, error)) return packs;
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(directory)) {
    if (entry.path().extension() == ".yaml") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) loadPack(file, packs);
  return packs;
}

}  // namespace rasoat::checks
