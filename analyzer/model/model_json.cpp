#include "model/model_json.h"

namespace rasoat::model {

namespace {

using Json = nlohmann::ordered_json;

Json orNull(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

Json quantityJson(const Quantity& quantity) {
  return Json{
      {"value", quantity.formula()}, {"exact", quantity.exact()}, {"unit", quantity.unit}, {"text", quantity.text}};
}

Json actorJson(const ActorRef& actor) {
  Json json{{"id", actor.id}, {"organisation", actor.organisation}, {"text", orNull(actor.text)}};
  if (!actor.level.empty()) json["level"] = actor.level;
  if (actor.vague) json["vague"] = true;
  return json;
}

void addSource(Json& json, const SourceRef& source) {
  json["unit"] = source.unit;
  json["line"] = source.position.line;
  json["column"] = source.position.column;
}

Json frequencyJson(const Frequency& frequency) {
  if (frequency.onDemand) return Json{{"on_demand", true}};
  Json json{{"every", quantityJson(frequency.period)}, {"op", frequency.op}};
  if (frequency.times) json["times"] = quantityJson(*frequency.times);
  return json;
}

Json provisionJson(const Provision& provision) {
  Json json{{"actor", provision.actor.id},
            {"organisation", provision.actor.organisation},
            {"modality", std::string(modalityName(provision.modality))},
            {"power", provision.power},
            {"deontic", std::string(deonticName(provision.deontic))},
            {"matter", provision.matter},
            {"condition", provision.condition.formula()}};
  if (!provision.jointWith.empty()) json["joint_with"] = provision.jointWith;
  if (provision.actor.vague) json["vague_actor"] = true;
  if (provision.recipient) json["recipient"] = actorJson(*provision.recipient);
  if (provision.delegated) json["delegated"] = std::string(modalityName(*provision.delegated));
  if (provision.deadline) json["deadline"] = quantityJson(*provision.deadline);
  if (provision.frequency) json["frequency"] = frequencyJson(*provision.frequency);
  if (provision.vagueTime) json["vague_time"] = true;
  addSource(json, provision.source);
  return json;
}

Json parameterJson(const Parameter& parameter) {
  Json json{{"actor", parameter.actor.id},
            {"organisation", parameter.actor.organisation},
            {"kind", parameter.kind},
            {"matter", parameter.matter},
            {"condition", parameterFormula(parameter)},
            {"op", parameter.op},
            {"value", quantityJson(parameter.value)}};
  if (parameter.times) json["times"] = quantityJson(*parameter.times);
  addSource(json, parameter.source);
  return json;
}

}  // namespace

Json toJson(const DocumentModel& model) {
  Json json{{"kind", "document"},
            {"path", model.path},
            {"number", model.number},
            {"document_kind", model.kind},
            {"level", model.level},
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
  for (const Provision& provision : model.provisions) json["provisions"].push_back(provisionJson(provision));
  for (const Parameter& parameter : model.parameters) json["parameters"].push_back(parameterJson(parameter));
  for (const ClauseStatus& clause : model.clauses) {
    if (clause.formalised) continue;
    Json entry{{"reason", clause.reason}, {"text", clause.source.text}};
    addSource(entry, clause.source);
    json["not_formalised"].push_back(std::move(entry));
  }
  return json;
}

}  // namespace rasoat::model
