// The development set (tests/devset/README.md): whole regulations written by
// others, each with a clause-by-clause key and a key of planted defects
// written before rasoat was run on it. Read through the command line, as a
// user reads them, so that the measure does not depend on the model's types.
//
// Three measures, each with a ratchet (raise it when the analyser improves,
// never lower it to make a change pass):
//  - strict clause accuracy: the share of keyed clauses and points whose
//    provisions, parameters and formalised flag are exactly the key's;
//  - precision: errors and warnings on the clean regulations;
//  - recall: planted defects found with their code at their line.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <yaml-cpp/yaml.h>
#include <nlohmann/json.hpp>

#include "support/cli_helpers.h"

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

// Ratchets, measured on the set as committed (docs/precision.md has the
// history): the first run, 2026-12-04, before any fix against the set, raised
// 2026-12-05 by a fix made on the corpus (nominal heads after the verb), and
// 2026-12-06 by fixes made on the third held-out set (parents of unknown level,
// gaps against the parent's ranges). The goals are 95%, 0 and 95%.
constexpr double kMinimumClauseAccuracy = 78.3;  // 467/596 (2026-12-07, fifth session)
constexpr int kMaximumFalseAlarms = 0;
// On the texts with defects: the warning that chi-bo-thon-dong-tien's parent and
// a corpus file share the number 02-QC/ĐU (the O001 at its line 60 went with
// the split of finance into the State budget and the party's funds).
constexpr int kMaximumUnexplainedAlarms = 1;
constexpr double kMinimumRecall = 93.7;  // 45/48 (2026-12-07, fourth session)

std::string text(const YAML::Node& node, const char* key) {
  return node[key] ? node[key].as<std::string>() : "";
}

std::string text(const Json& node, const char* key) {
  if (!node.contains(key) || node[key].is_null()) return "";
  const Json& value = node[key];
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object() && value.contains("id")) return value["id"].is_string() ? value["id"].get<std::string>() : "";
  return value.dump();
}

std::string organisationOf(const Json& node, const char* key) {
  if (!node.contains(key) || !node[key].is_object()) return "";
  return text(node[key], "organisation");
}

struct Regulation {
  fs::path directory;
  std::string arguments;  // the regulation, its parent and the corpus, quoted
};

Regulation regulationIn(const fs::path& directory) {
  using rasoat::testing::shellQuote;
  Regulation regulation{directory, shellQuote((directory / "regulation.qc").string())};
  if (fs::exists(directory / "parent.qc"))
    regulation.arguments += " --against " + shellQuote((directory / "parent.qc").string());
  regulation.arguments += " --corpus " + shellQuote(std::string(RASOAT_SOURCE_DIR) + "/corpus");
  return regulation;
}

// RASOAT_DEVSET_DIR measures another set of the same form (a held-out set kept
// outside the repository) with the same code; the sizes and ratchets below are
// the committed set's.
bool committedSet() {
  return std::getenv("RASOAT_DEVSET_DIR") == nullptr;
}

std::vector<fs::path> regulationsIn(const fs::path& root) {
  std::vector<fs::path> found;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (entry.is_directory() && fs::exists(entry.path() / "key.yaml")) found.push_back(entry.path());
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::vector<fs::path> regulations() {
  const char* other = std::getenv("RASOAT_DEVSET_DIR");
  return regulationsIn(other != nullptr ? fs::path(other) : fs::path(RASOAT_SOURCE_DIR) / "tests" / "devset");
}

Json jsonOf(const std::string& arguments) {
  const auto run = rasoat::testing::runRasoat(arguments);
  INFO("rasoat " << arguments << "\n" << run.err);
  REQUIRE((run.status == 0 || run.status == 1));
  return Json::parse(run.out);
}

// What the model read, by the line of its clause or point.
struct ReadUnit {
  std::vector<Json> provisions;
  std::vector<Json> parameters;
  bool formalised = true;
};

std::map<int, ReadUnit> readUnits(const Json& model) {
  std::map<int, ReadUnit> units;
  for (const auto& p : model["provisions"]) units[p["line"].get<int>()].provisions.push_back(p);
  for (const auto& p : model["parameters"]) units[p["line"].get<int>()].parameters.push_back(p);
  for (const auto& c : model["not_formalised"]) units[c["line"].get<int>()].formalised = false;
  return units;
}

std::string keyOf(const std::string& actor, const std::string& modality, const std::string& matter) {
  return actor + " " + modality + " " + matter;
}

// An actor, matter or recipient the model left unresolved (null) is what the
// keys write "?" (tests/fixtures/clauses/table.yaml), as the clause table reads it.
std::string idOf(const Json& provision, const char* key) {
  const std::string id = text(provision, key);
  return id.empty() ? "?" : id;
}

// The keys write a negated atom "not dien_quan_ly = BTV", the model
// "dien_quan_ly != BTV": one condition in two notations.
std::string canonicalCondition(const std::string& condition) {
  static const std::regex negated(R"(([a-z_]+) != ([^ ]+))");
  return std::regex_replace(condition, negated, "not $1 = $2");
}

// The keys write a weekly meeting "period_months = 0.25" (a week taken as a
// quarter of a month, tests/fixtures/clauses/table.yaml); the model keeps the
// unit the text wrote, "period_weeks = 1". One period in two notations.
std::string canonicalPeriod(const std::string& condition) {
  static const std::regex weeks(R"(period_weeks ([<>=!]+) ([0-9.]+))");
  std::smatch match;
  if (!std::regex_match(condition, match, weeks)) return condition;
  std::ostringstream months;
  months << "period_months " << match[1] << " " << std::stod(match[2]) / 4;
  return months.str();
}

// A number as a key or the model may write it: "1/2" and "0.5", "3/5" and
// "0.6", "3e7" and "30000000" are one value.
std::string canonicalNumbers(const std::string& condition) {
  static const std::regex number(R"((\d+(?:\.\d+)?(?:e\d+)?)(?:/(\d+))?)");
  std::string out;
  auto last = condition.cbegin();
  for (std::sregex_iterator it(condition.begin(), condition.end(), number), end; it != end; ++it) {
    const std::smatch& match = *it;
    out.append(last, match[0].first);
    double value = std::stod(match[1]);
    if (match[2].matched) value /= std::stod(match[2]);
    std::ostringstream written;
    written << std::setprecision(6) << value;
    out += written.str();
    last = match[0].second;
  }
  out.append(last, condition.cend());
  return out;
}

bool sameCondition(const std::string& read, const std::string& keyed) {
  return canonicalNumbers(canonicalCondition(read)) == canonicalNumbers(canonicalCondition(keyed));
}

// Most keys were written before matters had leaves (rules/lexicon/matters.yaml):
// "Quyết định bổ nhiệm, điều động cán bộ" is keyed as the family can_bo.bo_nhiem
// where the model reads the leaves it names. A key speaking of a family judges
// at that granularity: a leaf read is its family when the key names the family
// for that actor and modality and names neither the leaf nor any other member
// of the family.
std::string keyOfAtKeyGranularity(const Json& provision, const YAML::Node& entry) {
  const std::string actor = idOf(provision, "actor");
  const std::string modality = text(provision, "modality");
  const std::string matter = idOf(provision, "matter");
  std::string family;
  for (const auto& e : entry["provisions"]) {
    if (text(e, "actor") != actor || text(e, "modality") != modality) continue;
    const std::string keyed = text(e, "matter");
    if (keyed == matter) return keyOf(actor, modality, matter);
    if (matter.rfind(keyed + ".", 0) == 0) family = keyed;
  }
  for (const auto& e : entry["provisions"])
    if (!family.empty() && text(e, "actor") == actor && text(e, "modality") == modality &&
        text(e, "matter").rfind(family + ".", 0) == 0)
      family.clear();
  return keyOf(actor, modality, family.empty() ? matter : family);
}

// "" when the unit is read exactly as the key says; else what differs.
std::string differences(const YAML::Node& entry, const ReadUnit& read) {
  std::ostringstream out;
  std::set<std::string> expected;
  std::set<std::string> actual;
  const auto readKey = [&entry](const Json& provision) { return keyOfAtKeyGranularity(provision, entry); };
  for (const auto& p : read.provisions) actual.insert(readKey(p));
  for (const auto& e : entry["provisions"]) {
    const std::string key = keyOf(text(e, "actor"), text(e, "modality"), text(e, "matter"));
    expected.insert(key);
    bool condition = !e["condition"], recipient = !e["recipient"], organisation = !e["organisation"];
    bool deontic = !e["deontic"], recipientOrganisation = !e["recipient_organisation"];
    for (const auto& p : read.provisions) {
      if (readKey(p) != key) continue;
      condition = condition || sameCondition(text(p, "condition"), text(e, "condition"));
      recipient = recipient || idOf(p, "recipient") == text(e, "recipient");
      organisation = organisation || text(p, "organisation") == text(e, "organisation");
      deontic = deontic || text(p, "deontic") == text(e, "deontic");
      recipientOrganisation =
          recipientOrganisation || organisationOf(p, "recipient") == text(e, "recipient_organisation");
    }
    if (!condition) out << "condition of " << key << " should be " << text(e, "condition") << "; ";
    if (!recipient) out << "recipient of " << key << " should be " << text(e, "recipient") << "; ";
    if (!organisation) out << "organisation of " << key << " should be " << text(e, "organisation") << "; ";
    if (!deontic) out << "deontic of " << key << " should be " << text(e, "deontic") << "; ";
    if (!recipientOrganisation) out << "recipient of " << key << " should be upper; ";
  }
  for (const auto& key : expected)
    if (!actual.count(key)) out << "missing " << key << "; ";
  for (const auto& key : actual)
    if (!expected.count(key)) out << "extra " << key << "; ";
  std::multiset<std::string> expectedParameters;
  std::multiset<std::string> actualParameters;
  for (const auto& e : entry["parameters"])
    expectedParameters.insert(text(e, "actor") + " " + text(e, "kind") + " " + canonicalNumbers(text(e, "condition")));
  for (const auto& p : read.parameters)
    actualParameters.insert(text(p, "actor") + " " + text(p, "kind") + " " +
                            canonicalNumbers(canonicalPeriod(text(p, "condition"))));
  if (std::set<std::string>(expectedParameters.begin(), expectedParameters.end()) !=
      std::set<std::string>(actualParameters.begin(), actualParameters.end())) {
    out << "parameters:";
    for (const auto& p : actualParameters) out << " [" << p << "]";
    out << " expected:";
    for (const auto& p : expectedParameters) out << " [" << p << "]";
    out << "; ";
  }
  if (entry["formalised"] && entry["formalised"].as<bool>() != read.formalised)
    out << "formalised should be " << (read.formalised ? "false" : "true") << "; ";
  return out.str();
}

bool isAlarm(const Json& finding) {
  const std::string severity = text(finding, "severity");
  return severity == "error" || severity == "warning";
}

// A planted defect is found when a finding of its code points at its line,
// in the clause itself or in a related location (the other clause of a pair).
// A rule missing from the text (G004, G005) has no clause of its own: where
// the finding sits is the tool's choice (the body's own meeting rules,
// rules/checks/G005.md), and keys written from an older wording of that page
// name the first meeting rule; any finding of the code counts.
bool found(const YAML::Node& defect, const Json& findings) {
  const std::string code = text(defect, "code");
  const int line = defect["line"].as<int>();
  const bool absence = code == "G004" || code == "G005";
  for (const auto& finding : findings) {
    if (text(finding, "code") != code) continue;
    if (finding["line"].get<int>() == line) return true;
    if (absence) return true;
    for (const auto& related : finding["related"]) {
      if (related.contains("line") && related["line"].get<int>() == line) return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("the development set is read clause by clause as its key says", "[devset]") {
  int right = 0;
  int total = 0;
  for (const fs::path& directory : regulations()) {
    const Regulation regulation = regulationIn(directory);
    const Json model = jsonOf("model " + rasoat::testing::shellQuote((directory / "regulation.qc").string()));
    const auto units = readUnits(model);
    const YAML::Node key = YAML::LoadFile((directory / "key.yaml").string());
    int rightHere = 0;
    for (const auto& entry : key) {
      const auto read = units.find(entry["line"].as<int>());
      const std::string difference = differences(entry, read == units.end() ? ReadUnit{} : read->second);
      if (difference.empty())
        ++rightHere;
      else
        UNSCOPED_INFO(directory.filename().string()
                      << " " << text(entry, "unit") << " (line " << text(entry, "line") << "): " << difference);
    }
    WARN(directory.filename().string() << ": " << rightHere << "/" << key.size() << " clauses read exactly right");
    right += rightHere;
    total += static_cast<int>(key.size());
  }
  const double accuracy = 100.0 * right / total;
  WARN("development set: " << right << "/" << total << " clauses read exactly right (" << accuracy << "%)");
  if (!committedSet()) return;
  REQUIRE(total >= 580);
  CHECK(accuracy >= kMinimumClauseAccuracy);
}

// Errors and warnings on the clean texts of `directories`, each printed.
int alarmsOnCleanTexts(const std::vector<fs::path>& directories, int& clean) {
  int alarms = 0;
  for (const fs::path& directory : directories) {
    const YAML::Node defects = YAML::LoadFile((directory / "defects.yaml").string());
    if (defects["defects"].size() > 0) continue;
    ++clean;
    const Json report = jsonOf("check --format json " + regulationIn(directory).arguments);
    for (const auto& finding : report["findings"]) {
      if (!isAlarm(finding)) continue;
      ++alarms;
      UNSCOPED_INFO(directory.filename().string() << ":" << finding["line"] << ": " << text(finding, "severity") << "["
                                                  << text(finding, "code") << "] " << text(finding, "message"));
    }
  }
  return alarms;
}

TEST_CASE("the clean regulations of the development set get no error and no warning", "[devset]") {
  int clean = 0;
  const int alarms = alarmsOnCleanTexts(regulations(), clean);
  WARN("development set: " << alarms << " errors and warnings on " << clean << " clean regulations");
  if (!committedSet()) return;
  REQUIRE(clean >= 2);
  CHECK(alarms <= kMaximumFalseAlarms);
}

// Whether an error or warning on a text with planted defects is one of them:
// at a planted defect's line (or with it as a related clause), or, for a rule
// missing from the text, of a planted defect's code.
bool explained(const Json& finding, const YAML::Node& defects) {
  const std::string code = text(finding, "code");
  for (const auto& defect : defects) {
    const int line = defect["line"].as<int>();
    if (finding["line"].get<int>() == line) return true;
    if ((code == "G004" || code == "G005") && text(defect, "code") == code) return true;
    for (const auto& related : finding["related"]) {
      if (related.contains("line") && related["line"].get<int>() == line) return true;
    }
  }
  return false;
}

// Precision on the texts with defects too: an error or warning that no planted
// defect explains is a false alarm. Each is printed.
int unexplainedAlarms(const fs::path& directory, const YAML::Node& defects, const Json& report) {
  int unexplained = 0;
  for (const auto& finding : report["findings"]) {
    if (!isAlarm(finding) || explained(finding, defects)) continue;
    ++unexplained;
    UNSCOPED_INFO(directory.filename().string()
                  << ":" << finding["line"] << ": unexplained " << text(finding, "severity") << "["
                  << text(finding, "code") << "] " << text(finding, "message"));
  }
  return unexplained;
}

TEST_CASE("the planted defects of the development set are found at their clause", "[devset]") {
  int planted = 0;
  int hits = 0;
  int unexplained = 0;
  for (const fs::path& directory : regulations()) {
    const YAML::Node defects = YAML::LoadFile((directory / "defects.yaml").string())["defects"];
    if (defects.size() == 0) continue;
    const Json report = jsonOf("check --format json " + regulationIn(directory).arguments);
    unexplained += unexplainedAlarms(directory, defects, report);
    for (const auto& defect : defects) {
      ++planted;
      if (found(defect, report["findings"]))
        ++hits;
      else
        UNSCOPED_INFO(directory.filename().string() << ":" << text(defect, "line") << ": missed "
                                                    << text(defect, "code") << " — " << text(defect, "why"));
    }
  }
  const double recall = 100.0 * hits / planted;
  WARN("development set: " << hits << "/" << planted << " planted defects found (" << recall << "%)");
  WARN("development set: " << unexplained << " errors and warnings on the texts with defects that no planted defect "
                           << "explains");
  if (!committedSet()) return;
  REQUIRE(planted >= 30);
  CHECK(recall >= kMinimumRecall);
  CHECK(unexplained <= kMaximumUnexplainedAlarms);
}

// The sets once held out and since fixed against (tests/heldout-fixed-against/):
// what was fixed must stay fixed; a new error or warning on their clean texts
// is a regression of precision.
TEST_CASE("the clean regulations of the sets fixed against get no error and no warning", "[devset]") {
  if (!committedSet()) return;
  int clean = 0;
  const int alarms =
      alarmsOnCleanTexts(regulationsIn(fs::path(RASOAT_SOURCE_DIR) / "tests" / "heldout-fixed-against"), clean);
  WARN("sets fixed against: " << alarms << " errors and warnings on " << clean << " clean regulations");
  REQUIRE(clean >= 17);
  CHECK(alarms == 0);
}

// And on their texts with defects, no more errors and warnings that no planted
// defect explains than when they were last fixed against: the S005 at
// dang-uy-thuy-dien-da-krong:148, a misspelt "Ban Thuờng vụ" that is a true
// finding the key did not plant (the H001 at dang-uy-xa-dam-doi:48 went with
// the split of finance; the C001 at dang-uy-thue-tinh-thanh-hoa:121, "Lãnh đạo
// Thuế tỉnh báo cáo …", with the fourth session of 2026-12-07).
TEST_CASE("the texts with defects of the sets fixed against get no new unexplained error or warning", "[devset]") {
  if (!committedSet()) return;
  int unexplained = 0;
  for (const fs::path& directory : regulationsIn(fs::path(RASOAT_SOURCE_DIR) / "tests" / "heldout-fixed-against")) {
    const YAML::Node defects = YAML::LoadFile((directory / "defects.yaml").string())["defects"];
    if (defects.size() == 0) continue;
    unexplained +=
        unexplainedAlarms(directory, defects, jsonOf("check --format json " + regulationIn(directory).arguments));
  }
  WARN("sets fixed against: " << unexplained << " errors and warnings on the texts with defects that no planted "
                              << "defect explains");
  CHECK(unexplained <= 1);
}
