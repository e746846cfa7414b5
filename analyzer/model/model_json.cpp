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

namespace rasoat::model {

namespace {

// Whether `text` is well-formed UTF-8 (Unicode's table 3-7: no overlong form,
// no surrogate, nothing above U+10FFFF) with no byte JSON escapes: then
// nlohmann writes it as it is.
bool plainJsonString(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  for (std::size_t i = 0; i < size;) {
    const unsigned char lead = bytes[i];
    if (lead < 0x80) {
      if (lead < 0x20 || lead == '"' || lead == '\\') return false;
      ++i;
      continue;
    }
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) low = 0xA0;
      if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) low = 0x90;
      if (lead == 0xF4) high = 0x8F;
    } else {
      return false;
    }
    if (i + length > size || bytes[i + 1] < low || bytes[i + 1] > high) return false;
    for (std::size_t k = 2; k < length; ++k) {
      if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF) return false;
    }
    i += length;
  }
  return true;
}

// Writes JSON as nlohmann's dump(2, ' ', false, replace) does: "{}" and "[]"
// when empty, else one member or element a line, indented by two spaces a
// level, "key": value.
class PrettyJson {
 public:
  PrettyJson(std::string& out, int depth) : out_(out), depth_(depth) {}

  void beginObject() { open('{'); }
  void endObject() { close('}'); }
  void beginArray() { open('['); }
  void endArray() { close(']'); }

  // A member's key; its value follows.
  void key(std::string_view name) {
    next();
    quoted(name);
    out_ += ": ";
    keyed_ = true;
  }

  void string(std::string_view text) {
    next();
    quoted(text);
  }
  void stringOrNull(const std::string& text) { text.empty() ? null() : string(text); }
  void optional(const std::optional<std::string>& text) { text ? string(*text) : null(); }
  void null() {
    next();
    out_ += "null";
  }
  void boolean(bool value) {
    next();
    out_ += value ? "true" : "false";
  }
  void number(long long value) {
    next();
    out_ += std::to_string(value);
  }
  // A value built by nlohmann (rare parts), indented to this depth.
  void json(const nlohmann::ordered_json& value) {
    next();
    const std::string text = value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    const std::string indent = "\n" + std::string(2 * static_cast<std::size_t>(depth_), ' ');
    for (char c : text) {
      if (c == '\n') {
        out_ += indent;
      } else {
        out_ += c;
      }
    }
  }

 private:
  // Before a value: a comma and a new line inside a container, nothing after a key.
  void next() {
    if (keyed_) {
      keyed_ = false;
      return;
    }
    if (empty_.empty()) return;
    if (!empty_.back()) out_ += ',';
    empty_.back() = false;
    out_ += '\n';
    out_.append(2 * static_cast<std::size_t>(depth_), ' ');
  }
  void open(char bracket) {
    next();
    out_ += bracket;
    empty_.push_back(true);
    ++depth_;
  }
  void close(char bracket) {
    --depth_;
    if (!empty_.back()) {
      out_ += '\n';
      out_.append(2 * static_cast<std::size_t>(depth_), ' ');
    }
    empty_.pop_back();
    out_ += bracket;
  }
  void quoted(std::string_view text) {
    if (plainJsonString(text)) {
      out_ += '"';
      out_ += text;
      out_ += '"';
      return;
    }
    // Escapes and invalid bytes: exactly as nlohmann writes them.
    out_ += nlohmann::ordered_json(std::string(text))
                .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  }

  std::string& out_;
  int depth_;
  std::vector<bool> empty_;  // per open container: nothing written in it yet
  bool keyed_ = false;       // a key was just written
};

void writeQuantity(PrettyJson& json, const Quantity& quantity) {
  json.beginObject();
  json.key("value");
  json.string(quantity.formula());
  json.key("exact");
  json.string(quantity.exact());
  json.key("unit");
  json.string(unitName(quantity.unit));
  json.key("text");
  json.string(quantity.text);
  json.endObject();
}

void writeActor(PrettyJson& json, const ActorRef& actor) {
  json.beginObject();
  json.key("id");
  json.optional(actor.id);
  json.key("organisation");
  json.string(organisationName(actor.organisation));
  json.key("text");
  json.stringOrNull(actor.text);
  if (actor.level) {
    json.key("level");
    json.string(levelName(*actor.level));
  }
  if (actor.vague) {
    json.key("vague");
    json.boolean(true);
  }
  json.endObject();
}

void writeStrings(PrettyJson& json, const std::vector<std::string>& strings) {
  json.beginArray();
  for (const std::string& text : strings) json.string(text);
  json.endArray();
}

void writeReading(PrettyJson& json, const Reading& reading) {
  json.beginObject();
  json.key("sure");
  json.boolean(reading.sure);
  if (!reading.notUnderstood.empty()) {
    json.key("not_understood");
    writeStrings(json, reading.notUnderstood);
  }
  json.endObject();
}

void writeSource(PrettyJson& json, const SourceRef& source) {
  json.key("unit");
  json.string(source.unit);
  json.key("line");
  json.number(source.position.line);
  json.key("column");
  json.number(source.position.column);
}

void writeFrequency(PrettyJson& json, const Frequency& frequency) {
  json.beginObject();
  if (frequency.onDemand) {
    json.key("on_demand");
    json.boolean(true);
    return json.endObject();
  }
  json.key("every");
  writeQuantity(json, frequency.period);
  json.key("op");
  json.string(comparisonSymbol(frequency.op));
  if (frequency.times) {
    json.key("times");
    writeQuantity(json, *frequency.times);
  }
  json.endObject();
}

// The optional members of a provision, in provisionJson's order.
void writeProvisionExtras(PrettyJson& json, const Provision& provision) {
  if (!provision.jointWith.empty()) {
    json.key("joint_with");
    writeStrings(json, provision.jointWith);
  }
  if (provision.actor.vague) {
    json.key("vague_actor");
    json.boolean(true);
  }
  if (provision.recipient) {
    json.key("recipient");
    writeActor(json, *provision.recipient);
  }
  if (provision.delegated) {
    json.key("delegated");
    json.string(modalityName(*provision.delegated));
  }
  if (provision.deadline) {
    json.key("deadline");
    writeQuantity(json, *provision.deadline);
  }
  if (provision.frequency) {
    json.key("frequency");
    writeFrequency(json, *provision.frequency);
  }
  if (provision.vagueTime) {
    json.key("vague_time");
    json.boolean(true);
  }
}

void writeProvision(PrettyJson& json, const Provision& provision) {
  json.beginObject();
  json.key("id");
  json.string(provision.id);
  json.key("actor");
  json.optional(provision.actor.id);
  json.key("organisation");
  json.string(organisationName(provision.actor.organisation));
  json.key("modality");
  json.string(modalityName(provision.modality));
  json.key("power");
  json.string(provision.power);
  json.key("deontic");
  json.string(deonticName(provision.deontic));
  json.key("matter");
  json.optional(provision.matter);
  json.key("condition");
  json.string(provision.condition.formula());
  json.key("reading");
  writeReading(json, provision.reading);
  writeProvisionExtras(json, provision);
  writeSource(json, provision.source);
  json.endObject();
}

void writeParameter(PrettyJson& json, const Parameter& parameter) {
  json.beginObject();
  json.key("id");
  json.string(parameter.id);
  json.key("actor");
  json.optional(parameter.actor.id);
  json.key("organisation");
  json.string(organisationName(parameter.actor.organisation));
  json.key("kind");
  json.string(parameterKindName(parameter.kind));
  json.key("matter");
  json.string(parameter.matter);
  json.key("condition");
  json.string(parameterFormula(parameter));
  json.key("op");
  json.string(comparisonSymbol(parameter.op));
  json.key("value");
  writeQuantity(json, parameter.value);
  json.key("reading");
  writeReading(json, parameter.reading);
  if (parameter.times) {
    json.key("times");
    writeQuantity(json, *parameter.times);
  }
  writeSource(json, parameter.source);
  json.endObject();
}

void writeHeader(PrettyJson& json, const DocumentModel& model) {
  json.key("kind");
  json.string("document");
  json.key("path");
  json.string(model.path);
  json.key("number");
  json.string(model.number);
  json.key("document_kind");
  json.string(documentKindName(model.kind));
  json.key("level");
  json.string(levelName(model.level));
  json.key("organisation");
  json.stringOrNull(model.organisation);
  json.key("date");
  json.stringOrNull(model.date);
  json.key("term");
  if (model.termFrom) {
    json.beginObject();
    json.key("from");
    json.number(*model.termFrom);
    json.key("to");
    json.number(*model.termTo);
    json.endObject();
  } else {
    json.null();
  }
  json.key("cites");
  json.beginArray();
  for (const Citation& citation : model.cites) {
    json.beginObject();
    json.key("number");
    json.string(citation.number);
    json.key("kind");
    json.string(citation.kind);
    json.key("line");
    json.number(citation.range.begin.line);
    json.endObject();
  }
  json.endArray();
  json.key("coverage");
  json.beginObject();
  json.key("clauses");
  json.number(model.clauseCount());
  json.key("formalised");
  json.number(model.formalisedCount());
  json.endObject();
}

void writeNotFormalised(PrettyJson& json, const DocumentModel& model) {
  json.beginArray();
  for (const ClauseStatus& clause : model.clauses) {
    if (clause.formalised) continue;
    json.beginObject();
    json.key("reason");
    clause.reason ? json.string(notFormalisedName(*clause.reason)) : json.null();
    json.key("text");
    json.string(clause.source.text);
    writeSource(json, clause.source);
    json.endObject();
  }
  json.endArray();
}

}  // namespace

void appendJson(std::string& out, const DocumentModel& model, int depth, const nlohmann::ordered_json& extra) {
  PrettyJson json(out, depth);
  json.beginObject();
  writeHeader(json, model);
  json.key("provisions");
  json.beginArray();
  for (const Provision& provision : model.provisions) writeProvision(json, provision);
  json.endArray();
  json.key("parameters");
  json.beginArray();
  for (const Parameter& parameter : model.parameters) writeParameter(json, parameter);
  json.endArray();
  json.key("not_formalised");
  writeNotFormalised(json, model);
  if (extra.is_object()) {
    for (const auto& [name, value] : extra.items()) {
      json.key(name);
      json.json(value);
    }
  }
  json.endObject();
}

}  // namespace rasoat::model
