#include "model/model_json.h"

namespace rasoat::model {

namespace {

using Json = nlohmann::ordered_json;

Json orNull(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

Json name(std::string_view text) {
  return Json(std::string(text));
}

Json optionalJson(const std::optional<std::string>& value) {
  return value ? Json(*value) : Json(nullptr);
}

// The objects written for every provision and parameter are filled member by
// member: nlohmann's initializer-list constructor first makes each {key,
// value} a two-element array and then takes it apart (a third of `toJson`).
// The members come in the same order, so the output is the same.
Json object() {
  return Json(Json::value_t::object);
}

Json quantityJson(const Quantity& quantity) {
  Json json = object();
  json["value"] = quantity.formula();
  json["exact"] = quantity.exact();
  json["unit"] = name(unitName(quantity.unit));
  json["text"] = quantity.text;
  return json;
}

Json actorJson(const ActorRef& actor) {
  Json json = object();
  json["id"] = optionalJson(actor.id);
  json["organisation"] = name(organisationName(actor.organisation));
  json["text"] = orNull(actor.text);
  if (actor.level) json["level"] = name(levelName(*actor.level));
  if (actor.vague) json["vague"] = true;
  return json;
}

Json readingJson(const Reading& reading) {
  Json json = object();
  json["sure"] = reading.sure;
  if (!reading.notUnderstood.empty()) json["not_understood"] = reading.notUnderstood;
  return json;
}

void addSource(Json& json, const SourceRef& source) {
  json["unit"] = source.unit;
  json["line"] = source.position.line;
  json["column"] = source.position.column;
}

Json frequencyJson(const Frequency& frequency) {
  if (frequency.onDemand) return Json{{"on_demand", true}};
  Json json{{"every", quantityJson(frequency.period)}, {"op", name(comparisonSymbol(frequency.op))}};
  if (frequency.times) json["times"] = quantityJson(*frequency.times);
  return json;
}

Json provisionJson(const Provision& provision) {
  Json json = object();
  json["id"] = provision.id;
  json["actor"] = optionalJson(provision.actor.id);
  json["organisation"] = name(organisationName(provision.actor.organisation));
  json["modality"] = name(modalityName(provision.modality));
  json["power"] = provision.power;
  json["deontic"] = name(deonticName(provision.deontic));
  json["matter"] = optionalJson(provision.matter);
  json["condition"] = provision.condition.formula();
  json["reading"] = readingJson(provision.reading);
  if (!provision.jointWith.empty()) json["joint_with"] = provision.jointWith;
  if (provision.actor.vague) json["vague_actor"] = true;
  if (provision.recipient) json["recipient"] = actorJson(*provision.recipient);
  if (provision.delegated) json["delegated"] = name(modalityName(*provision.delegated));
  if (provision.deadline) json["deadline"] = quantityJson(*provision.deadline);
  if (provision.occasion)
    json["occasion"] =
        Json{{"kind", name(occasionKindName(provision.occasion->kind))}, {"text", provision.occasion->text}};
  if (provision.frequency) json["frequency"] = frequencyJson(*provision.frequency);
  if (provision.vagueTime) json["vague_time"] = true;
  addSource(json, provision.source);
  return json;
}

Json parameterJson(const Parameter& parameter) {
  Json json = object();
  json["id"] = parameter.id;
  json["actor"] = optionalJson(parameter.actor.id);
  json["organisation"] = name(organisationName(parameter.actor.organisation));
  json["kind"] = name(parameterKindName(parameter.kind));
  json["matter"] = parameter.matter;
  json["condition"] = parameterFormula(parameter);
  json["op"] = name(comparisonSymbol(parameter.op));
  json["value"] = quantityJson(parameter.value);
  json["reading"] = readingJson(parameter.reading);
  if (parameter.times) json["times"] = quantityJson(*parameter.times);
  addSource(json, parameter.source);
  return json;
}

}  // namespace

Json toJson(const DocumentModel& model) {
  Json json{{"kind", "document"},
            {"path", model.path},
            {"number", model.number},
            {"document_kind", name(documentKindName(model.kind))},
            {"level", name(levelName(model.level))},
            {"organisation", orNull(model.organisation)},
            {"date", orNull(model.date)},
            {"term", model.termFrom ? Json{{"from", *model.termFrom}, {"to", *model.termTo}} : Json(nullptr)},
            {"cites", Json::array()},
            {"coverage", Json{{"clauses", model.clauseCount()}, {"formalised", model.formalisedCount()}}},
            {"provisions", Json::array()},
            {"parameters", Json::array()},
            {"not_formalised", Json::array()}};
  for (const Citation& citation : model.cites) {
    json["cites"].push_back(
        Json{{"number", citation.number}, {"kind", citation.kind}, {"line", citation.range.begin.line}});
  }
  Json& provisions = json["provisions"];
  for (const Provision& provision : model.provisions) provisions.push_back(provisionJson(provision));
  Json& parameters = json["parameters"];
  for (const Parameter& parameter : model.parameters) parameters.push_back(parameterJson(parameter));
  Json& notFormalised = json["not_formalised"];
  for (const ClauseStatus& clause : model.clauses) {
    if (clause.formalised) continue;
    Json entry = object();
    entry["reason"] = clause.reason ? name(notFormalisedName(*clause.reason)) : Json(nullptr);
    entry["text"] = clause.source.text;
    addSource(entry, clause.source);
    notFormalised.push_back(std::move(entry));
  }
  return json;
}

}  // namespace rasoat::model
