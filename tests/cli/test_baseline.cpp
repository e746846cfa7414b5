// Accepting findings: a baseline records them by fingerprints that survive
// lines moving; rasoat.yaml `accept:` names single findings with a reason.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/cli_helpers.h"

namespace fs = std::filesystem;
using rasoat::testing::CliRun;
using rasoat::testing::freshTestDirectory;
using rasoat::testing::runRasoat;
using rasoat::testing::shellQuote;
using rasoat::testing::writeFile;

namespace {

const fs::path kCorpus = fs::path(RASOAT_SOURCE_DIR) / "corpus";
const fs::path kWard = kCorpus / "quan-long-bien" / "phuong" / "quy-che-phuong-giang-bien.qc";

std::vector<std::string> readLines(const fs::path& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

void writeLines(const fs::path& path, const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += line + "\n";
  writeFile(path, text);
}

struct Finding {
  std::string code;
  int line = 0;
  std::string unit;
};

// `rasoat check --format json` of one file against the corpus, with OPTIONS.
nlohmann::json checkJson(const fs::path& file, const std::string& options) {
  CliRun run = runRasoat("--lang en check --format json --corpus " + shellQuote(kCorpus.string()) + " " + options +
                         " " + shellQuote(file.string()));
  INFO(run.err);
  REQUIRE(run.status <= 1);
  return nlohmann::json::parse(run.out);
}

std::vector<Finding> findingsOf(const nlohmann::json& json) {
  std::vector<Finding> findings;
  for (const auto& finding : json["findings"]) {
    if (finding["code"].is_null()) continue;
    findings.push_back({finding["code"], finding["line"], finding["unit"]});
  }
  return findings;
}

// The line (1-based) where the clause of the first finding with a unit starts:
// the line itself, when it begins with a clause marker.
int firstClauseLine(const std::vector<Finding>& findings, const std::vector<std::string>& lines) {
  static const std::regex marker(R"(^\s*[0-9]+[./)]\s)");
  for (const auto& finding : findings) {
    if (!finding.unit.empty() && finding.line > 20 &&
        std::regex_search(lines[static_cast<std::size_t>(finding.line - 1)], marker))
      return finding.line;
  }
  return 0;
}

}  // namespace

TEST_CASE("a baseline taken before two lines are inserted above a finding's clause still hides every finding",
          "[cli][baseline]") {
  const fs::path directory = freshTestDirectory("rasoat-test-baseline-moved");
  const fs::path ward = directory / "phuong.qc";
  fs::copy_file(kWard, ward);
  const std::vector<Finding> before = findingsOf(checkJson(ward, ""));
  REQUIRE(before.size() >= 5);

  const nlohmann::json recorded = checkJson(ward, "--update-baseline " + shellQuote((directory / "b.json").string()));
  CHECK(recorded["findings"].empty());
  CHECK(recorded["accepted"] == before.size());

  std::vector<std::string> lines = readLines(ward);
  const int at = firstClauseLine(before, lines);
  REQUIRE(at > 0);
  // Two lines of a clause that stands before the finding's clause: a wrapped
  // sentence inserted between two clauses would join the one above, so the
  // two lines are blank.
  lines.insert(lines.begin() + (at - 1), {"", ""});
  writeLines(ward, lines);

  const nlohmann::json after = checkJson(ward, "--baseline " + shellQuote((directory / "b.json").string()));
  CHECK(findingsOf(after).empty());
  CHECK(after["accepted"] == before.size());
  // The findings are all still there, those below the insertion two lines down.
  const std::vector<Finding> moved = findingsOf(checkJson(ward, ""));
  REQUIRE(moved.size() == before.size());
  std::multiset<int> expected, actual;
  for (const auto& finding : before) expected.insert(finding.line >= at ? finding.line + 2 : finding.line);
  for (const auto& finding : moved) actual.insert(finding.line);
  CHECK(actual == expected);
}

TEST_CASE("a clause inserted before a finding's clause renumbers it, and the finding stays accepted",
          "[cli][baseline]") {
  const fs::path directory = freshTestDirectory("rasoat-test-baseline-renumbered");
  const fs::path regulation = directory / "a.qc";
  const std::string head =
      "Số 01-QC/ĐU\nĐiều 1. Trách nhiệm của Ban Thường vụ\n1. Ban Thường vụ quyết định công tác cán bộ.\n";
  const std::string vague = "Quyết định kịp thời các vấn đề phát sinh khi cần thiết.\n";  // C003 on its own clause
  writeFile(regulation, head + "2. " + vague);
  const std::vector<Finding> before = findingsOf(checkJson(regulation, ""));
  REQUIRE(std::any_of(before.begin(), before.end(),
                      [](const Finding& f) { return f.line == 4 && f.unit == "Điều 1 khoản 2"; }));
  checkJson(regulation, "--update-baseline " + shellQuote((directory / "b.json").string()));
  // Two lines of a new clause 2 above it: the clause becomes khoản 3, two lines down.
  writeFile(regulation, head + "2. Ban Thường vụ quyết định công tác dân vận\ntrên địa bàn.\n3. " + vague);
  const nlohmann::json after = checkJson(regulation, "--baseline " + shellQuote((directory / "b.json").string()));
  CHECK(after["accepted"] == before.size());
  for (const auto& finding : findingsOf(after)) CHECK((finding.line == 4 || finding.line == 5));  // the new clause's
}

TEST_CASE("an edited clause is reported again; the other accepted findings stay hidden", "[cli][baseline]") {
  const fs::path directory = freshTestDirectory("rasoat-test-baseline-edited");
  const fs::path ward = directory / "phuong.qc";
  fs::copy_file(kWard, ward);
  const std::vector<Finding> before = findingsOf(checkJson(ward, ""));
  checkJson(ward, "--update-baseline " + shellQuote((directory / "b.json").string()));
  std::vector<std::string> lines = readLines(ward);
  const int at = firstClauseLine(before, lines);
  REQUIRE(at > 0);
  std::string& clause = lines[static_cast<std::size_t>(at - 1)];
  const std::size_t stop = clause.find_last_of('.');
  clause.insert(stop == std::string::npos ? clause.size() : stop, " trong nhiệm kỳ");  // words added to the clause
  writeLines(ward, lines);
  const nlohmann::json after = checkJson(ward, "--baseline " + shellQuote((directory / "b.json").string()));
  const std::vector<Finding> reported = findingsOf(after);
  REQUIRE(!reported.empty());
  // Only the edited clause's findings are new, and all of them are.
  std::multiset<std::string> newAt, allAt;
  for (const auto& finding : reported) {
    CHECK(finding.line == at);
    newAt.insert(finding.code);
  }
  for (const auto& finding : findingsOf(checkJson(ward, ""))) {
    if (finding.line == at) allAt.insert(finding.code);
  }
  CHECK(newAt == allAt);
}

TEST_CASE("the summary line says how many findings were accepted and they do not fail the run", "[cli][baseline]") {
  const fs::path directory = freshTestDirectory("rasoat-test-baseline-summary");
  const fs::path ward = directory / "phuong.qc";
  fs::copy_file(kWard, ward);
  const std::string corpus = " --corpus " + shellQuote(kCorpus.string()) + " ";
  CliRun first = runRasoat("--color never check" + corpus + shellQuote(ward.string()) + " --update-baseline " +
                           shellQuote((directory / "b.json").string()));
  CHECK(first.status == 0);
  CHECK(first.err.find("b.json") != std::string::npos);
  CliRun second = runRasoat("--color never check" + corpus + shellQuote(ward.string()) + " --baseline " +
                            shellQuote((directory / "b.json").string()));
  CHECK(second.status == 0);
  CHECK(second.out.find(": 0 lỗi, 0 cảnh báo, 0 thông tin, ") != std::string::npos);
  CHECK(second.out.find(" đã chấp nhận (") != std::string::npos);
}

TEST_CASE("a missing or malformed baseline is an input error naming the file", "[cli][baseline]") {
  const fs::path directory = freshTestDirectory("rasoat-test-baseline-bad");
  writeFile(directory / "a.qc", "Số 01-QC/ĐU\nĐiều 1. A\n1. Ban Thường vụ quyết định công tác dân vận.\n");
  CliRun missing = runRasoat("--lang en check " + shellQuote((directory / "a.qc").string()) + " --baseline " +
                             shellQuote((directory / "none.json").string()));
  CHECK(missing.status == 2);
  CHECK(missing.err.find("none.json: error: cannot read the baseline file") != std::string::npos);
  writeFile(directory / "bad.json", "{\"rasoat_baseline\": 1,\n \"findings\": [\n  {\"path\": \n");
  CliRun bad = runRasoat("--lang en check " + shellQuote((directory / "a.qc").string()) + " --baseline " +
                         shellQuote((directory / "bad.json").string()));
  CHECK(bad.status == 2);
  CHECK(bad.err.find("bad.json:4: error: the baseline file is not valid JSON") != std::string::npos);
  writeFile(directory / "other.json", "{\"version\": 1}\n");
  CliRun other = runRasoat("--lang en check " + shellQuote((directory / "a.qc").string()) + " --baseline " +
                           shellQuote((directory / "other.json").string()));
  CHECK(other.status == 2);
  CHECK(other.err.find("other.json:1: error: not a rasoat baseline") != std::string::npos);
}

TEST_CASE("rasoat.yaml accept: hides one finding with its reason; SARIF shows it suppressed", "[cli][baseline]") {
  const fs::path directory = freshTestDirectory("rasoat-test-accept");
  const fs::path regulation = directory / "a.qc";
  writeFile(regulation,
            "Số 01-QC/ĐU\nĐiều 1. Trách nhiệm\n1. Ban Thường vụ quyết định công tác cán bộ.\n"
            "2. Kịp thời giải quyết các công việc phát sinh và các vấn đề quan trọng khác.\n");
  const std::vector<Finding> before = findingsOf(checkJson(regulation, ""));
  const auto target = std::find_if(before.begin(), before.end(), [](const Finding& f) { return f.line == 4; });
  REQUIRE(target != before.end());
  writeFile(directory / "rasoat.yaml", "accept:\n  - code: " + target->code + "\n    unit: " + target->unit +
                                           "\n    reason: Tổ biên tập giữ nguyên khoản này\n");
  const nlohmann::json after = checkJson(regulation, "");
  CHECK(after["accepted"].get<int>() >= 1);
  for (const auto& finding : findingsOf(after)) CHECK_FALSE((finding.code == target->code && finding.line == 4));

  CliRun sarif = runRasoat("check --format sarif " + shellQuote(regulation.string()));
  const nlohmann::json log = nlohmann::json::parse(sarif.out);
  int suppressed = 0;
  for (const auto& result : log["runs"][0]["results"]) {
    CHECK(result["partialFingerprints"]["rasoatFinding/v1"].get<std::string>().size() == 16);
    if (!result.contains("suppressions")) continue;
    ++suppressed;
    CHECK(result["suppressions"][0]["kind"] == "external");
    CHECK(result["suppressions"][0]["justification"].get<std::string>().find("Tổ biên tập giữ nguyên khoản này") !=
          std::string::npos);
  }
  CHECK(suppressed >= 1);
}

TEST_CASE("a bad accept entry is refused with rasoat.yaml and its line", "[cli][baseline]") {
  const fs::path directory = freshTestDirectory("rasoat-test-accept-bad");
  writeFile(directory / "a.qc", "Số 01-QC/ĐU\nĐiều 1. A\n1. Ban Thường vụ quyết định công tác dân vận.\n");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"accept:\n  - code: Z999\n    unit: Điều 1 khoản 1\n    reason: x\n",
       "rasoat.yaml:2: error: unknown check code 'Z999'"},
      {"accept:\n  - code: c003\n    unit: Điều 1 khoản 1\n",
       "rasoat.yaml:2: error: an accept entry needs code, unit and reason"},
      {"accept:\n  - code: C003\n    unit: Điều 1\n    reason: x\n    lý do: y\n",
       "rasoat.yaml:5: error: unknown key 'lý do' in accept"},
      {"accept: C003\n", "rasoat.yaml:1: error: accept must be a list"}};
  for (const auto& [yaml, message] : cases) {
    writeFile(directory / "rasoat.yaml", yaml);
    CliRun run = runRasoat("--lang en check " + shellQuote((directory / "a.qc").string()));
    INFO(yaml);
    CHECK(run.status == 2);
    CHECK(run.err.find(message) != std::string::npos);
  }
}
