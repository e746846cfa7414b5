#include "cli/baseline.h"

#include "cli/help_text.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/input_error.h"
#include "cli/output_file.h"
#include "report/terminal_text.h"
#include "text/matching.h"

namespace rasoat::cli {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

constexpr int kBaselineVersion = 1;

fs::path absoluteNormal(const std::string& path) {
  std::error_code error;
  const fs::path absolute = fs::absolute(fs::path(path), error);
  return (error ? fs::path(path) : absolute).lexically_normal();
}

int lineAt(const std::string& text, std::size_t byte) {
  byte = std::min(byte, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(byte), '\n'));
}

[[noreturn]] void fail(const std::string& path, int line, const std::string& vi, const std::string& en) {
  throw InputError(path, {vi, en}, line > 0 ? std::optional<Position>(Position{line, 1}) : std::nullopt);
}

std::string stringField(const Json& entry, const char* key) {
  const auto found = entry.find(key);
  return found != entry.end() && found->is_string() ? found->get<std::string>() : "";
}

bool ruleHolds(const AcceptRule& rule, const Diagnostic& finding, const report::FindingIdentity& identity) {
  if (rule.code != finding.code) return false;
  if (text::matchKey(rule.unit) != text::matchKey(identity.unit)) return false;
  return rule.file.empty() || rule.file == absoluteNormal(finding.path).string();
}

}  // namespace

Baseline Baseline::read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in || fs::is_directory(path)) fail(path, 0, "không đọc được tệp baseline", "cannot read the baseline file");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const std::string text = bytes.str();
  Json root;
  try {
    root = Json::parse(text);
  } catch (const Json::parse_error& error) {
    fail(path, lineAt(text, error.byte), "tệp baseline không phải JSON hợp lệ", "the baseline file is not valid JSON");
  }
  if (!root.is_object() || root.value("rasoat_baseline", 0) != kBaselineVersion || !root.contains("findings") ||
      !root["findings"].is_array()) {
    fail(path, 1, "không phải tệp baseline của rasoat (cần \"rasoat_baseline\": 1 và \"findings\")",
         "not a rasoat baseline (expected \"rasoat_baseline\": 1 and \"findings\")");
  }
  Baseline baseline;
  baseline.path_ = path;
  int index = 0;
  for (const Json& item : root["findings"]) {
    ++index;
    Entry entry;
    if (item.is_object()) {
      entry = Entry{stringField(item, "path"), stringField(item, "fingerprint"), stringField(item, "clause"),
                    stringField(item, "code"), stringField(item, "unit"),        stringField(item, "message")};
    }
    if (entry.path.empty() || entry.fingerprint.empty()) {
      fail(path, index + 1, fmt::format("phát hiện thứ {} thiếu \"path\" hoặc \"fingerprint\"", index),
           fmt::format("finding {} has no \"path\" or \"fingerprint\"", index));
    }
    baseline.add(std::move(entry));
  }
  return baseline;
}

Baseline Baseline::of(const std::string& path, const std::vector<report::SarifFinding>& findings) {
  Baseline baseline;
  baseline.path_ = path;
  for (const auto& finding : findings) {
    if (finding.fingerprint.empty()) continue;
    baseline.add(Entry{baseline.relative(finding.diagnostic.path), finding.fingerprint, finding.wordsOnly,
                       finding.diagnostic.code, finding.unit, finding.diagnostic.message.vi});
  }
  return baseline;
}

void Baseline::add(Entry entry) {
  const std::size_t index = entries_.size();
  byFingerprint_[{entry.path, entry.fingerprint}].push_back(index);
  if (!entry.wordsOnly.empty()) byWords_[{entry.path, entry.wordsOnly}].push_back(index);
  entries_.push_back(std::move(entry));
}

std::string Baseline::relative(const std::string& findingPath) const {
  const fs::path directory = absoluteNormal(path_).parent_path();
  return absoluteNormal(findingPath).lexically_relative(directory).generic_string();
}

std::string Baseline::text() const {
  std::vector<std::string> lines;
  for (const Entry& entry : entries_) {
    // The code, the unit and the message are for the reader of the file; the
    // path and the fingerprints are matched.
    const nlohmann::ordered_json item{{"path", entry.path},        {"fingerprint", entry.fingerprint},
                                      {"clause", entry.wordsOnly}, {"code", entry.code},
                                      {"unit", entry.unit},        {"message", entry.message}};
    lines.push_back(item.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  }
  std::sort(lines.begin(), lines.end());
  std::string out = fmt::format("{{\"rasoat_baseline\": {}, \"findings\": [\n", kBaselineVersion);
  for (std::size_t i = 0; i < lines.size(); ++i) out += "  " + lines[i] + (i + 1 < lines.size() ? ",\n" : "\n");
  return out + "]}\n";
}

bool Baseline::take(const std::string& findingPath, const std::string& fingerprint, bool wordsOnly) {
  const auto& index = wordsOnly ? byWords_ : byFingerprint_;
  const auto found = index.find({relative(findingPath), fingerprint});
  if (found == index.end()) return false;
  for (const std::size_t i : found->second) {
    if (entries_[i].taken) continue;
    entries_[i].taken = true;
    return true;
  }
  return false;
}

TriagedFindings triage(const std::vector<Diagnostic>& findings, const report::FindingIdentities& identities,
                       Baseline* baseline, const std::vector<AcceptRule>& rules, Language language) {
  TriagedFindings triaged;
  for (const Diagnostic& finding : findings) {
    const report::FindingIdentity identity = identities.of(finding);
    report::SarifFinding entry{finding, identity.fingerprint, identity.wordsOnly, identity.unit, std::nullopt};
    if (!identity.fingerprint.empty()) {
      const auto rule = std::find_if(rules.begin(), rules.end(),
                                     [&](const AcceptRule& r) { return ruleHolds(r, finding, identity); });
      if (rule != rules.end()) {
        entry.acceptedBecause = fmt::format("{} ({})", rule->reason, rule->source);
        ++triaged.acceptedByConfig;
      }
    }
    triaged.all.push_back(std::move(entry));
  }
  if (baseline) {
    // Every exact match first, so that a finding matched only by its words
    // never takes the entry of one that is still where it was.
    const std::string because =
        fmt::format("{} {}", language == Language::vi ? "đã chấp nhận trong" : "accepted in", baseline->path());
    for (const bool wordsOnly : {false, true}) {
      for (auto& entry : triaged.all) {
        if (entry.fingerprint.empty() || entry.acceptedBecause) continue;
        if (!baseline->take(entry.diagnostic.path, wordsOnly ? entry.wordsOnly : entry.fingerprint, wordsOnly))
          continue;
        entry.acceptedBecause = because;
        ++triaged.acceptedByBaseline;
      }
    }
  }
  for (const auto& entry : triaged.all) {
    if (!entry.acceptedBecause) triaged.reported.push_back(entry.diagnostic);
  }
  return triaged;
}

void addAcceptOptions(CLI::App& command, AcceptOptions& options, const CommonOptions& common) {
  command.add_option("--baseline", options.baseline,
                     say(common, "Chỉ báo các phát hiện chưa ghi trong tệp mốc này",
                         "Report only findings not recorded in this baseline file"));
  command.add_option("--update-baseline", options.updateBaseline,
                     say(common, "Ghi các phát hiện của lần chạy này vào tệp mốc (coi như đã chấp nhận)",
                         "Record the findings of this run in this file (then accepted)"));
}

std::optional<TriagedFindings> acceptFindings(const AcceptOptions& options, const std::vector<Diagnostic>& findings,
                                              const report::FindingIdentities& identities,
                                              const std::vector<std::string>& inputs, Language language) {
  const bool vi = language == Language::vi;
  std::optional<Baseline> baseline;
  try {
    if (!options.updateBaseline.empty()) {
      const TriagedFindings current = triage(findings, identities, nullptr, {}, language);
      baseline = Baseline::of(options.updateBaseline, current.all);
      OutputFile file(options.updateBaseline, inputs);
      if (file.ok()) file.stream() << baseline->text();
      if (!file.ok() || !file.commit()) {
        std::cerr << "rasoat: error: " << report::terminalSafe(file.message().in(language)) << "\n";
        return std::nullopt;
      }
      const std::string note =
          vi ? fmt::format("{}: đã ghi {} phát hiện (được chấp nhận từ nay)", options.updateBaseline, baseline->size())
             : fmt::format("{}: recorded {} findings (accepted from now on)", options.updateBaseline, baseline->size());
      std::cerr << report::terminalSafe(note) << "\n";
    } else if (!options.baseline.empty()) {
      baseline = Baseline::read(options.baseline);
    }
  } catch (const InputError& error) {
    const std::string line = error.position() ? ":" + std::to_string(error.position()->line) : "";
    std::cerr << report::terminalSafe(error.path()) << line << ": error: " << error.message().in(language) << "\n";
    return std::nullopt;
  }
  return triage(findings, identities, baseline ? &*baseline : nullptr, options.rules, language);
}

std::string acceptedSuffix(const TriagedFindings& triaged, Language language) {
  if (triaged.accepted() == 0) return "";
  return language == Language::vi ? fmt::format(", {} đã chấp nhận", triaged.accepted())
                                  : fmt::format(", {} accepted", triaged.accepted());
}

}  // namespace rasoat::cli
