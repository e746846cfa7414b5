#include "syntax/tree_json.h"

namespace rasoat::syntax {

namespace {

using Json = nlohmann::ordered_json;

Json orNull(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

Json rangeJson(const Range& range) {
  return Json{{"line", range.begin.line},
              {"column", range.begin.column},
              {"end_line", range.end.line},
              {"end_column", range.end.column}};
}

Json targetJson(const ReferenceTarget& target) {
  Json json = Json::object();
  json["document"] = orNull(target.document);
  if (!target.chapter.empty()) json["chapter"] = target.chapter;
  if (!target.section.empty()) json["section"] = target.section;
  if (!target.article.empty()) json["article"] = target.article;
  if (!target.clause.empty()) json["clause"] = target.clause;
  if (!target.point.empty()) json["point"] = target.point;
  if (!target.relative.empty()) json["relative_to"] = target.relative;
  return json;
}

Json referenceJson(const CrossReference& reference) {
  Json json{{"kind", "reference"}, {"text", reference.text}};
  json.update(rangeJson(reference.range));
  json["targets"] = Json::array();
  for (const auto& target : reference.targets) json["targets"].push_back(targetJson(target));
  return json;
}

Json numberJson(const std::optional<DocumentNumber>& number) {
  if (!number) return nullptr;
  Json json{{"text", number->text}, {"serial", number->serial}, {"type", number->type}, {"issuer", number->issuer}};
  json.update(rangeJson(number->range));
  return json;
}

Json dateJson(const std::optional<Date>& date) {
  if (!date) return nullptr;
  char iso[32];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", date->year, date->month, date->day);
  return Json{{"iso", iso}, {"line", date->range.begin.line}, {"column", date->range.begin.column}};
}

Json headerJson(const Header& header) {
  Json json{{"organisations", header.organisations},
            {"motto", header.motto},
            {"number", numberJson(header.number)},
            {"place", orNull(header.place)},
            {"date", dateJson(header.date)}};
  if (header.range) json.update(rangeJson(*header.range));
  return json;
}

Json titleJson(const std::optional<Title>& title) {
  if (!title) return nullptr;
  Json json{{"kind", title->kind},
            {"text", title->text},
            {"committee", orNull(title->committee)},
            {"term", title->termFrom ? Json{{"from", *title->termFrom}, {"to", *title->termTo}} : Json(nullptr)},
            {"annex", orNull(title->annex)}};
  json.update(rangeJson(title->range));
  return json;
}

Json basisJson(const LegalBasis& basis) {
  Json json{{"kind", orNull(basis.kind)},     {"number", numberJson(basis.number)}, {"date", dateJson(basis.date)},
            {"issuer", orNull(basis.issuer)}, {"subject", orNull(basis.subject)},   {"text", basis.text}};
  json.update(rangeJson(basis.range));
  return json;
}

Json closingJson(const std::optional<Closing>& closing) {
  if (!closing) return nullptr;
  Json json{{"authority", closing->authority}, {"signer", closing->signer}, {"recipients", closing->recipients}};
  json.update(rangeJson(closing->range));
  return json;
}

}  // namespace

Json toJson(const Unit& unit) {
  Json json{{"kind", unitKindName(unit.kind)}, {"number", unit.number ? Json(*unit.number) : Json(nullptr)},
            {"line", unit.position.line},      {"column", unit.position.column},
            {"end_line", unit.range.end.line}, {"end_column", unit.range.end.column}};
  if (!unit.marker.empty()) json["marker"] = unit.marker;
  if (unit.kind == UnitKind::chapter || unit.kind == UnitKind::section || unit.kind == UnitKind::article) {
    json["title"] = unit.title;
    if (!unit.note.empty()) json["note"] = unit.note;
  } else {
    json["text"] = unit.text;
  }
  if (!unit.references.empty()) {
    json["references"] = Json::array();
    for (const auto& reference : unit.references) json["references"].push_back(referenceJson(reference));
  }
  json["children"] = Json::array();
  for (const Unit& child : unit.children) json["children"].push_back(toJson(child));
  return json;
}

Json toJson(const Document& document) {
  Json json{{"kind", "document"},
            {"number", document.header.number ? Json(document.header.number->text) : Json(nullptr)},
            {"line", 1},
            {"column", 1},
            {"path", document.path},
            {"header", headerJson(document.header)},
            {"title", titleJson(document.title)},
            {"bases", Json::array()},
            {"enacting", orNull(document.enacting)}};
  for (const auto& basis : document.bases) json["bases"].push_back(basisJson(basis));
  json["closing"] = closingJson(document.closing);
  json["children"] = Json::array();
  for (const Unit& child : document.root.children) json["children"].push_back(toJson(child));
  return json;
}

}  // namespace rasoat::syntax
