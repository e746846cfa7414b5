#include "cli/project_config.h"

#include <cctype>
#include <filesystem>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "base/input_error.h"
#include "checks/registry.h"
#include "cli/limit_options.h"

namespace rasoat::cli {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& path, int line, const std::string& vi, const std::string& en) {
  throw InputError(path, {vi, en}, Position{line, 1});
}

std::string upperAscii(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
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

// `accept:` a list of {code, unit, reason[, file]}: every finding of that code
// in that unit is accepted, for that reason.
std::vector<AcceptRule> acceptOf(const std::string& path, const YAML::Node& node) {
  if (!node.IsSequence())
    fail(path, node.Mark().line + 1, "accept phải là một danh sách {code, unit, reason}",
         "accept must be a list of {code, unit, reason}");
  std::vector<AcceptRule> rules;
  const fs::path base = fs::path(path).parent_path();
  for (const auto& item : node) {
    const int line = item.Mark().line + 1;
    if (!item.IsMap())
      fail(path, line, "mỗi mục của accept là {code, unit, reason}", "each accept entry is {code, unit, reason}");
    AcceptRule rule;
    rule.source = fmt::format("{}:{}", fs::path(path).filename().string(), line);
    for (const auto& field : item) {
      const std::string key = field.first.as<std::string>();
      const int fieldLine = field.first.Mark().line + 1;
      const std::string value = field.second.IsScalar() ? field.second.as<std::string>() : "";
      if (key == "code")
        rule.code = upperAscii(value);
      else if (key == "unit")
        rule.unit = value;
      else if (key == "reason")
        rule.reason = value;
      else if (key == "file")
        rule.file = (base / value).lexically_normal().string();
      else
        fail(path, fieldLine, fmt::format("khóa '{}' không có trong accept; cần code, unit, reason (và file)", key),
             fmt::format("unknown key '{}' in accept; expected code, unit, reason (and file)", key));
    }
    if (rule.code.empty() || rule.unit.empty() || rule.reason.empty())
      fail(path, line, "mục accept cần đủ code, unit và reason (lý do giữ nguyên)",
           "an accept entry needs code, unit and reason");
    if (!checks::findCheck(rule.code))
      fail(path, line, fmt::format("mã kiểm tra '{}' không có (xem rasoat rules)", rule.code),
           fmt::format("unknown check code '{}' (see rasoat rules)", rule.code));
    rules.push_back(std::move(rule));
  }
  return rules;
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
    else if (key == "accept")
      config.accept = acceptOf(path, entry.second);
    else if (key == "limits")
      config.limits = limitsOf(path, entry.second);
    else if (key == "corpus") {
      for (const auto& directory : listOf(path, entry.second)) config.corpus.push_back((base / directory).string());
    } else {
      fail(path, line, fmt::format("khóa '{}' không được hỗ trợ", key),
           fmt::format("unknown key '{}'; expected select, ignore, fail-on, lang, corpus, lexicon, limits or accept",
                       key));
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
