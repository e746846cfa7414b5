// Names of the model's enumerations, as they appear in formulas and JSON.
#include <algorithm>
#include <array>
#include <utility>

#include "model/model.h"

namespace rasoat::model {

namespace {

template <typename Enum, std::size_t N>
std::string_view nameIn(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum value) {
  for (const auto& [key, name] : names) {
    if (key == value) return name;
  }
  return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueIn(const std::array<std::pair<Enum, std::string_view>, N>& names, std::string_view name) {
  for (const auto& [key, text] : names) {
    if (text == name) return key;
  }
  return std::nullopt;
}

constexpr std::array<std::pair<Unit, std::string_view>, 14> kUnits{{{Unit::none, ""},
                                                                    {Unit::count, "count"},
                                                                    {Unit::dong, "dong"},
                                                                    {Unit::day, "day"},
                                                                    {Unit::workday, "workday"},
                                                                    {Unit::week, "week"},
                                                                    {Unit::month, "month"},
                                                                    {Unit::quarter, "quarter"},
                                                                    {Unit::year, "year"},
                                                                    {Unit::person, "person"},
                                                                    {Unit::member, "member"},
                                                                    {Unit::fraction, "fraction"},
                                                                    {Unit::hectare, "ha"},
                                                                    {Unit::squareMetre, "m2"}}};

constexpr std::array<std::pair<Organisation, std::string_view>, 4> kOrganisations{{{Organisation::own, "own"},
                                                                                   {Organisation::upper, "upper"},
                                                                                   {Organisation::lower, "lower"},
                                                                                   {Organisation::central, "central"}}};

constexpr std::array<std::pair<Level, std::string_view>, 6> kLevels{{{Level::central, "central"},
                                                                     {Level::province, "province"},
                                                                     {Level::district, "district"},
                                                                     {Level::commune, "commune"},
                                                                     {Level::cell, "cell"},
                                                                     {Level::unknown, "unknown"}}};

constexpr std::array<std::pair<DocumentKind, std::string_view>, 4> kDocumentKinds{
    {{DocumentKind::regulation, "regulation"},
     {DocumentKind::modelRegulation, "model_regulation"},
     {DocumentKind::amendment, "amendment"},
     {DocumentKind::other, "other"}}};

constexpr std::array<std::pair<Comparison, std::string_view>, 6> kComparisons{{{Comparison::lt, "<"},
                                                                               {Comparison::le, "<="},
                                                                               {Comparison::eq, "="},
                                                                               {Comparison::ne, "!="},
                                                                               {Comparison::ge, ">="},
                                                                               {Comparison::gt, ">"}}};

constexpr std::array<std::pair<NotFormalised, std::string_view>, 11> kReasons{
    {{NotFormalised::noActor, "no actor"},
     {NotFormalised::actorNotPlaced, "actor not placed"},
     {NotFormalised::unknownActor, "unknown actor"},
     {NotFormalised::vagueActor, "vague actor"},
     {NotFormalised::noPowerVerb, "no power verb"},
     {NotFormalised::noMatter, "no matter"},
     {NotFormalised::definition, "definition"},
     {NotFormalised::principle, "principle"},
     {NotFormalised::tooLong, "too long"},
     {NotFormalised::unreadable, "unreadable"},
     {NotFormalised::numberOverLimits, "number over the limits"}}};

constexpr std::array<std::pair<ParameterKind, std::string_view>, 4> kParameterKinds{
    {{ParameterKind::meetingFrequency, "meeting_frequency"},
     {ParameterKind::quorum, "quorum"},
     {ParameterKind::voteThreshold, "vote_threshold"},
     {ParameterKind::deadline, "deadline"}}};
constexpr std::array<std::pair<Occasion::Kind, std::string_view>, 2> kOccasionKinds{
    {{Occasion::Kind::meeting, "meeting"}, {Occasion::Kind::nextMeeting, "next_meeting"}}};

}  // namespace

std::string_view unitName(Unit unit) {
  return nameIn(kUnits, unit);
}
std::optional<Unit> unitFromName(std::string_view name) {
  return valueIn(kUnits, name);
}
std::string_view organisationName(Organisation organisation) {
  return nameIn(kOrganisations, organisation);
}
std::string_view levelName(Level level) {
  return nameIn(kLevels, level);
}
std::optional<Level> levelFromName(std::string_view name) {
  return valueIn(kLevels, name);
}
int levelRank(Level level) {
  return level == Level::unknown ? -1 : static_cast<int>(level);
}
std::string_view documentKindName(DocumentKind kind) {
  return nameIn(kDocumentKinds, kind);
}
std::string_view comparisonSymbol(Comparison comparison) {
  return nameIn(kComparisons, comparison);
}
std::optional<Comparison> comparisonFromSymbol(std::string_view symbol) {
  return valueIn(kComparisons, symbol);
}
Comparison reversed(Comparison comparison) {
  switch (comparison) {
    case Comparison::lt: return Comparison::gt;
    case Comparison::le: return Comparison::ge;
    case Comparison::ge: return Comparison::le;
    case Comparison::gt: return Comparison::lt;
    default: return comparison;
  }
}
bool bindsFromBelow(Comparison comparison) {
  return comparison == Comparison::gt || comparison == Comparison::ge || comparison == Comparison::eq;
}
bool bindsFromAbove(Comparison comparison) {
  return comparison == Comparison::lt || comparison == Comparison::le || comparison == Comparison::eq;
}
bool inclusive(Comparison comparison) {
  return comparison == Comparison::le || comparison == Comparison::ge || comparison == Comparison::eq;
}
std::string_view notFormalisedName(NotFormalised reason) {
  return nameIn(kReasons, reason);
}
std::string_view parameterKindName(ParameterKind kind) {
  return nameIn(kParameterKinds, kind);
}
std::string_view occasionKindName(Occasion::Kind kind) {
  return nameIn(kOccasionKinds, kind);
}
std::string actorId(const ActorRef& actor) {
  return actor.id.value_or("?");
}

}  // namespace rasoat::model
