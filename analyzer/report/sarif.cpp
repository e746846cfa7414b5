#include "report/sarif.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

namespace rasoat::report {

namespace {

using Json = nlohmann::ordered_json;

const char* levelOf(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    default: return "note";
  }
}

// A file path as a URI: bytes outside the unreserved set (and '/') are
// percent-encoded. A relative path stays a relative reference; an absolute one
// becomes a file: URI, since a relative reference that begins with '/' cannot be
// resolved against a base (the SARIF Multitool's SARIF1004).
std::string uriOf(const std::string& path) {
  std::string uri = !path.empty() && path.front() == '/' ? "file://" : "";
  for (unsigned char c : path) {
    const bool plain = std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    uri += plain ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return uri;
}

Json regionOf(const Range& range) {
  Json region{{"startLine", std::max(range.begin.line, 1)}, {"startColumn", std::max(range.begin.column, 1)}};
  const bool later = range.end.line > range.begin.line ||
                     (range.end.line == range.begin.line && range.end.column > range.begin.column);
  if (later) {
    region["endLine"] = range.end.line;
    region["endColumn"] = range.end.column;
  }
  return region;
}

// A note about the whole file (how it was read) has no line: no region.
Json locationOf(const std::string& path, const Range& range) {
  Json physical{{"artifactLocation", Json{{"uri", uriOf(path)}}}};
  if (range.begin.line > 0) physical["region"] = regionOf(range);
  return Json{{"physicalLocation", std::move(physical)}};
}

}  // namespace

Json toSarif(const std::vector<Diagnostic>& findings, const std::vector<SarifRule>& rules, Language language) {
  std::vector<SarifFinding> plain;
  plain.reserve(findings.size());
  for (const Diagnostic& finding : findings) plain.push_back(SarifFinding{finding, "", "", "", std::nullopt});
  return toSarif(plain, rules, language);
}

Json toSarif(const std::vector<SarifFinding>& entries, const std::vector<SarifRule>& rules, Language language) {
  Json driverRules = Json::array();
  for (const SarifRule& rule : rules) {
    driverRules.push_back(Json{{"id", rule.id},
                               {"name", rule.name},
                               {"shortDescription", Json{{"text", rule.summary.in(language)}}},
                               {"fullDescription", Json{{"text", rule.summary.in(language)}}},
                               {"help", Json{{"text", rule.help}, {"markdown", rule.help}}},
                               {"defaultConfiguration", Json{{"level", levelOf(rule.severity)}}}});
  }
  Json results = Json::array();
  Json notifications = Json::array();
  for (const SarifFinding& entry : entries) {
    const Diagnostic& finding = entry.diagnostic;
    // A problem of the input that no check of the catalogue reports (a citation
    // cycle) has no rule, and a SARIF result must name one (SARIF1010): it is a
    // notification of the run instead.
    if (finding.code.empty()) {
      notifications.push_back(Json{{"level", levelOf(finding.severity)},
                                   {"message", Json{{"text", finding.message.in(language)}}},
                                   {"locations", Json::array({locationOf(finding.path, finding.range)})}});
      continue;
    }
    std::string text = finding.message.in(language);
    const bool vi = language == Language::vi;
    if (finding.witness) text += fmt::format(" ({}: {})", vi ? "ví dụ" : "witness", finding.witness->in(language));
    Json result{{"level", levelOf(finding.severity)}, {"message", Json{{"text", text}}}};
    result["ruleId"] = finding.code;
    for (std::size_t i = 0; i < rules.size(); ++i) {
      if (rules[i].id == finding.code) result["ruleIndex"] = i;
    }
    Json location = locationOf(finding.path, finding.range);
    // The unit path is where a Word user looks: a logical location.
    if (!finding.unitPath.empty()) {
      location["logicalLocations"] = Json::array({Json{{"fullyQualifiedName", finding.unitPath}}});
    }
    result["locations"] = Json::array({std::move(location)});
    if (!finding.related.empty()) {
      result["relatedLocations"] = Json::array();
      int id = 1;
      for (const auto& related : finding.related) {
        Json location = locationOf(related.path, related.range);
        location["id"] = id++;
        location["message"] = Json{{"text", related.message.in(language)}};
        result["relatedLocations"].push_back(std::move(location));
      }
    }
    if (!entry.fingerprint.empty()) {
      result["partialFingerprints"] =
          Json{{"rasoatFinding/v1", entry.fingerprint}, {"rasoatClauseWords/v1", entry.wordsOnly}};
    }
    if (entry.acceptedBecause) {
      // Accepted outside the regulation (a baseline file, rasoat.yaml): "external".
      result["suppressions"] =
          Json::array({Json{{"kind", "external"}, {"status", "accepted"}, {"justification", *entry.acceptedBecause}}});
    }
    Json properties = Json::object();
    if (!entry.unit.empty()) properties["unit"] = entry.unit;
    if (finding.witness) properties["witness"] = finding.witness->in(language);
    if (finding.suggestion) properties["suggestion"] = finding.suggestion->in(language);
    if (finding.paragraph > 0) properties["paragraph"] = finding.paragraph;
    if (!properties.empty()) result["properties"] = std::move(properties);
    results.push_back(std::move(result));
  }
  Json invocation{{"executionSuccessful", true}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  Json run{{"tool", Json{{"driver", Json{{"name", "rasoat"},
                                         {"version", "0.1.0"},
                                         {"informationUri", "https://example.invalid/rasoat"},
                                         {"rules", std::move(driverRules)}}}}},
           {"invocations", Json::array({invocation})},
           {"columnKind", "unicodeCodePoints"},
           {"results", std::move(results)}};
  return Json{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", Json::array({std::move(run)})}};
}

}  // namespace rasoat::report
