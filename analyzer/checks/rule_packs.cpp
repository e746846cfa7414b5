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
    if (name != "replacements") {
      fail(path, section.first.Mark().line + 1, fmt::format("phần '{}' không được hỗ trợ", name),
           fmt::format("unknown section '{}'; expected replacements", name));
    }
    for (const auto& entry : section.second) {
      packs.replacements.push_back(Replacement{field(path, entry, "replaced"), field(path, entry, "by"),
                                               field(path, entry, "date"), field(path, entry, "citation")});
    }
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
