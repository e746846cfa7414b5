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

Json quantityJson(const Quantity& quantity) {
  return Json{{"value", quantity.formula()},
              {"exact", quantity.exact()},
              {"unit", name(unitName(quantity.unit))},
              {"text", quantity.text}};
}

Json actorJson(const ActorRef& actor) {
  Json json{{"id", optionalJson(actor.id)},
            {"organisation", name(organisationName(actor.organisation))},
            {"text", orNull(actor.text)}};
  if (actor.level) json["level"] = name(levelName(*actor.level));
  if (actor.vague) json["vague"] = true;
  return json;
}

Json readingJson(const Reading& reading) {
  Json json{{"sure", reading.sure}};
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
  Json json{{"id", provision.id},
            {"actor", optionalJson(provision.actor.id)},
            {"organisation", name(organisationName(provision.actor.organisation))},
            {"modality", name(modalityName(provision.modality))},
            {"power", provision.power},
            {"deontic", name(deonticName(provision.deontic))},
            {"matter", optionalJson(provision.matter)},
            {"condition", provision.condition.formula()},
            {"reading", readingJson(provision.reading)}};
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
  Json json{{"id", parameter.id},
            {"actor", optionalJson(parameter.actor.id)},
            {"organisation", name(organisationName(parameter.actor.organisation))},
            {"kind", name(parameterKindName(parameter.kind))},
            {"matter", parameter.matter},
            {"condition", parameterFormula(parameter)},
            {"op", name(comparisonSymbol(parameter.op))},
            {"value", quantityJson(parameter.value)},
            {"reading", readingJson(parameter.reading)}};
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
  for (const Provision& provision : model.provisions) json["provisions"].push_back(provisionJson(provision));
  for (const Parameter& parameter : model.parameters) json["parameters"].push_back(parameterJson(parameter));
  for (const ClauseStatus& clause : model.clauses) {
    if (clause.formalised) continue;
    Json entry{{"reason", clause.reason ? name(notFormalisedName(*clause.reason)) : Json(nullptr)},
               {"text", clause.source.text}};
    addSource(entry, clause.source);
    json["not_formalised"].push_back(std::move(entry));
  }
  return json;
}

}  // namespace rasoat::model
