#include "cli/project_config.h"

#include <filesystem>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "base/input_error.h"
#include "cli/limit_options.h"

namespace rasoat::cli {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& path, int line, const std::string& vi, const std::string& en) {
  throw InputError(path, {vi, en}, Position{line, 1});
}

std::vector<std::string> listOf(const std::string& path, const YAML::Node& node) {
  std::vector<std::string> values;
  if (node.IsScalar()) return {node.as<std::string>()};
  if (!node.IsSequence()) fail(path, node.Mark().line + 1, "cần một danh sách", "expected a list");
  for (const auto& item : node) values.push_back(item.as<std::string>());
  return values;
}

// `limits:` a mapping from the --max-* option names to positive whole numbers.
std::map<std::string, std::size_t> limitsOf(const std::string& path, const YAML::Node& node) {
  if (!node.IsMap()) fail(path, node.Mark().line + 1, "limits phải là một bảng (mapping)", "limits must be a mapping");
  std::map<std::string, std::size_t> limits;
  for (const auto& entry : node) {
    const std::string key = entry.first.as<std::string>();
    const int line = entry.first.Mark().line + 1;
    if (!limitField(key)) {
      std::string known;
      for (const auto& option : limitOptions()) known += (known.empty() ? "" : ", ") + std::string(option.key);
      fail(path, line, fmt::format("giới hạn '{}' không có; các giới hạn: {}", key, known),
           fmt::format("unknown limit '{}'; expected one of {}", key, known));
    }
    const std::string value = entry.second.IsScalar() ? entry.second.as<std::string>() : "";
    if (value.empty() || value.size() > 18 || value.find_first_not_of("0123456789") != std::string::npos ||
        std::stoull(value) == 0) {
      fail(path, line, fmt::format("giới hạn '{}' phải là số nguyên dương", key),
           fmt::format("limit '{}' must be a positive whole number", key));
    }
    limits[key] = static_cast<std::size_t>(std::stoull(value));
  }
  return limits;
}

ProjectConfig load(const fs::path& file) {
  const std::string path = file.string();
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::ParserException& error) {
    fail(path, error.mark.line + 1, "YAML không hợp lệ: " + error.msg, "malformed YAML: " + error.msg);
  }
  ProjectConfig config;
  config.path = path;
  if (root.IsNull()) return config;
  if (!root.IsMap()) fail(path, 1, "rasoat.yaml phải là một bảng (mapping)", "rasoat.yaml must be a mapping");
  const fs::path base = file.parent_path();
  for (const auto& entry : root) {
    const std::string key = entry.first.as<std::string>();
    const int line = entry.first.Mark().line + 1;
    if (key == "select")
      config.select = listOf(path, entry.second);
    else if (key == "ignore")
      config.ignore = listOf(path, entry.second);
    else if (key == "fail-on")
      config.failOn = entry.second.as<std::string>();
    else if (key == "lang")
      config.language = entry.second.as<std::string>();
    else if (key == "lexicon")
      config.lexicon = (base / entry.second.as<std::string>()).string();
    else if (key == "limits")
      config.limits = limitsOf(path, entry.second);
    else if (key == "corpus") {
      for (const auto& directory : listOf(path, entry.second)) config.corpus.push_back((base / directory).string());
    } else {
      fail(path, line, fmt::format("khóa '{}' không được hỗ trợ", key),
           fmt::format("unknown key '{}'; expected select, ignore, fail-on, lang, corpus, lexicon or limits", key));
    }
  }
  if (!config.failOn.empty() && config.failOn != "error" && config.failOn != "warning" && config.failOn != "info") {
    fail(path, 1, "fail-on phải là error, warning hoặc info", "fail-on must be error, warning or info");
  }
  if (!config.language.empty() && config.language != "vi" && config.language != "en") {
    fail(path, 1, "lang phải là vi hoặc en", "lang must be vi or en");
  }
  return config;
}

}  // namespace

std::optional<ProjectConfig> findProjectConfig(const std::string& firstFile) {
  std::error_code error;
  fs::path directory = fs::absolute(fs::path(firstFile), error).parent_path();
  for (int depth = 0; depth < 64 && !directory.empty(); ++depth) {
    const fs::path candidate = directory / "rasoat.yaml";
    if (fs::is_regular_file(candidate, error)) return load(candidate);
    if (directory == directory.root_path()) break;
    directory = directory.parent_path();
  }
  return std::nullopt;
}

}  // namespace rasoat::cli
