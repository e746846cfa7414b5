#include "report/json_findings.h"

namespace rasoat::report {

namespace {

using Json = nlohmann::ordered_json;

Json locationJson(const std::string& path, const Range& range) {
  return Json{{"path", path},
              {"line", range.begin.line},
              {"column", range.begin.column},
              {"end_line", range.end.line},
              {"end_column", range.end.column}};
}

}  // namespace

Json findingJson(const Diagnostic& diagnostic, Language language) {
  Json json{{"code", diagnostic.code.empty() ? Json(nullptr) : Json(diagnostic.code)},
            {"severity", std::string(severityName(diagnostic.severity))},
            {"message", diagnostic.message.in(language)}};
  json.update(locationJson(diagnostic.path, diagnostic.range));
  json["unit"] = diagnostic.unitPath.empty() ? Json(nullptr) : Json(diagnostic.unitPath);
  json["paragraph"] = diagnostic.paragraph > 0 ? Json(diagnostic.paragraph) : Json(nullptr);
  json["related"] = Json::array();
  for (const auto& related : diagnostic.related) {
    Json entry = locationJson(related.path, related.range);
    entry["message"] = related.message.in(language);
    json["related"].push_back(std::move(entry));
  }
  json["witness"] = diagnostic.witness ? Json(diagnostic.witness->in(language)) : Json(nullptr);
  json["suggestion"] = diagnostic.suggestion ? Json(diagnostic.suggestion->in(language)) : Json(nullptr);
  return json;
}

nlohmann::ordered_json readingNotesJson(const std::vector<LocalizedText>& notes, Language language) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const LocalizedText& note : notes) array.push_back(note.in(language));
  return array;
}

}  // namespace rasoat::report
