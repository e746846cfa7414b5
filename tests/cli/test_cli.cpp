#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace {

struct Run {
  int status = -1;
  std::string out;
};

// Runs the rasoat binary; stderr is folded into `out` when asked.
Run rasoat(const std::string& arguments, bool withStderr = false) {
  const std::string command = std::string(RASOAT_BINARY) + " " + arguments + (withStderr ? " 2>&1" : " 2>/dev/null");
  Run run;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buffer{};
  std::size_t read = 0;
  while ((read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) run.out.append(buffer.data(), read);
  const int status = pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::string readGolden(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string tempFile(const std::string& name, const std::string& bytes) {
  const fs::path path = fs::temp_directory_path() / ("rasoat-test-" + name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

}  // namespace

TEST_CASE("parse prints the tree as JSON with the fixed fields", "[cli]") {
  const std::string file = tempFile("ok.qc", "Chương I\nCHUNG\nĐiều 4. A\n1. B.\na) C.\nĐoạn không số.\n");
  Run run = rasoat("parse " + file);
  CHECK(run.status == 0);
  auto json = nlohmann::json::parse(run.out);
  CHECK(json["kind"] == "document");
  const auto& chapter = json["children"][0];
  CHECK(chapter["kind"] == "chapter");
  CHECK(chapter["number"] == "I");
  const auto& article = chapter["children"][0];
  CHECK(article["kind"] == "article");
  CHECK(article["number"] == "4");
  CHECK(article["line"] == 3);
  CHECK(article["column"] == 1);
  const auto& clause = article["children"][0];
  CHECK(clause["kind"] == "clause");
  CHECK(clause["number"] == "1");
  CHECK(clause["children"][0]["kind"] == "point");
  CHECK(clause["children"][0]["number"] == "a");
}

TEST_CASE("parse summary counts the units of each document", "[cli]") {
  const std::string file = tempFile("summary.qc", "Chương I\nX\nĐiều 1. A\n1. B.\n2. C.\n");
  Run run = rasoat("--lang en parse --format summary " + file);
  CHECK(run.status == 0);
  CHECK(run.out.find("1 chapters, 0 sections, 1 articles, 2 clauses, 0 points") != std::string::npos);
}

TEST_CASE("a syntax error is reported compiler-style and exits 1", "[cli]") {
  const std::string file = tempFile("stray.qc", "1. Lạc.\nĐiều 1. A\n");
  Run run = rasoat("--lang en --color never parse " + file, true);
  CHECK(run.status == 1);
  CHECK(run.out.find(file + ":1:1: error[S001]: '1.' numbers a clause") != std::string::npos);
  CHECK(run.out.find("    1 | 1. Lạc.\n      | ^~") != std::string::npos);
}

TEST_CASE("bad input names the file and exits 2", "[cli]") {
  struct Case {
    std::string path;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"/nonexistent/x.qc", "no such file"},
      {fs::temp_directory_path().string(), "is a directory"},
      {tempFile("empty.qc", ""), "file is empty"},
      {tempFile("latin1.qc", "Ban Th\xF0\xF0ng v\xE1"), "invalid UTF-8 at byte offset 6"},
      {tempFile("binary.qc", std::string("\x7F"
                                         "ELF\0\0\x01",
                                         7)),
       "binary data"},
  };
  for (const auto& c : cases) {
    INFO(c.path);
    Run run = rasoat("--lang en parse " + c.path, true);
    CHECK(run.status == 2);
    CHECK(run.out.find(c.path + ": error: ") != std::string::npos);
    CHECK(run.out.find(c.message) != std::string::npos);
  }
}

TEST_CASE("usage errors exit 2", "[cli]") {
  CHECK(rasoat("").status == 2);
  CHECK(rasoat("parse").status == 2);
  CHECK(rasoat("frobnicate x.qc").status == 2);
  CHECK(rasoat("--help").status == 0);
}

TEST_CASE("one bad file among good ones still exits 2 but the good ones are parsed", "[cli]") {
  const std::string good = tempFile("good.qc", "Điều 1. A\n");
  Run run = rasoat("parse --format summary " + good + " /nonexistent/y.qc");
  CHECK(run.status == 2);
  CHECK(run.out.find("1 điều") != std::string::npos);
}

TEST_CASE("model prints provisions and parameters with the fixed fields", "[cli][model]") {
  const std::string file = tempFile("model.qc",
                                    "QUY CHẾ\ncủa Ban Chấp hành Đảng bộ phường Giang Biên, nhiệm kỳ 2020 - 2025\n\n"
                                    "Điều 4. Trách nhiệm, quyền hạn của Ban Thường vụ\n"
                                    "1. Quyết định các dự án có tổng mức đầu tư từ 20 tỷ đồng đến dưới 100 tỷ đồng.\n"
                                    "2. Họp thường lệ mỗi tháng một lần.\n"
                                    "3. Phải báo cáo kịp thời.\n");
  Run run = rasoat("model " + file);
  CHECK(run.status == 0);
  auto json = nlohmann::json::parse(run.out);
  CHECK(json["coverage"]["clauses"] == 3);
  CHECK(json["coverage"]["formalised"] == 2);  // "Phải báo cáo kịp thời": to whom, about what?
  CHECK(json["not_formalised"][0]["line"] == 7);
  const auto& provision = json["provisions"][0];
  CHECK(provision["actor"] == "BTV");
  CHECK(provision["modality"] == "DECIDE");
  CHECK(provision["matter"] == "dau_tu.du_an");
  CHECK(provision["condition"] == "tong_muc_dau_tu >= 2e10 and tong_muc_dau_tu < 1e11");
  CHECK(provision["line"] == 5);
  const auto& parameter = json["parameters"][0];
  CHECK(parameter["actor"] == "BTV");
  CHECK(parameter["kind"] == "meeting_frequency");
  CHECK(parameter["value"]["value"] == "1");
  CHECK(parameter["value"]["unit"] == "month");
  CHECK(parameter["line"] == 6);
}

TEST_CASE("a synonym added to the lexicon needs no rebuild", "[cli][model]") {
  const fs::path lexicon = fs::temp_directory_path() / "rasoat-test-lexicon";
  fs::remove_all(lexicon);
  fs::copy(fs::path(RASOAT_SOURCE_DIR) / "rules" / "lexicon", lexicon);
  const std::string file = tempFile("synonym.qc", "Điều 4. Nhiệm vụ\n1. Tổ điều phối quyết định công tác dân vận.\n");
  auto before = nlohmann::json::parse(rasoat("model --lexicon " + lexicon.string() + " " + file).out);
  CHECK(before["provisions"][0]["actor"].is_null());
  std::ofstream(lexicon / "extra.yaml") << "actors:\n  - {id: TDP, name: Tổ điều phối, kind: collective}\n";
  auto after = nlohmann::json::parse(rasoat("model --lexicon " + lexicon.string() + " " + file).out);
  CHECK(after["provisions"][0]["actor"] == "TDP");
  CHECK(after["coverage"]["formalised"] == 1);
}

TEST_CASE("a broken lexicon is an input error naming its file and line", "[cli][model]") {
  const fs::path lexicon = fs::temp_directory_path() / "rasoat-test-bad-lexicon";
  fs::remove_all(lexicon);
  fs::create_directories(lexicon);
  std::ofstream(lexicon / "verbs.yaml") << "verbs:\n  - {phrase: quyết định, modality: DECIDES}\n";
  const std::string file = tempFile("any.qc", "Điều 1. A\n");
  Run run = rasoat("--lang en model --lexicon " + lexicon.string() + " " + file, true);
  CHECK(run.status == 2);
  CHECK(run.out.find("verbs.yaml:2: error: unknown modality 'DECIDES'") != std::string::npos);
}

TEST_CASE("model summary prints coverage per document", "[cli][model]") {
  const std::string file = tempFile(
      "coverage.qc", "Điều 4. Trách nhiệm của Ban Thường vụ\n1. Quyết định công tác dân vận.\n2. Việc khác.\n");
  Run run = rasoat("--lang en model --format summary " + file);
  CHECK(run.out.find("1/2 clauses and points formalised (50.0%)") != std::string::npos);
}

namespace {
const std::string kGap =
    "QUY CHẾ LÀM VIỆC\ncủa Ban Chấp hành Đảng bộ phường An Hòa, nhiệm kỳ 2020 - 2025\n\n"
    "Điều 1. Trách nhiệm, quyền hạn của Ban Thường vụ\n"
    "1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư trên 20 tỷ đồng.\n"
    "Điều 2. Trách nhiệm, quyền hạn của Thường trực Đảng ủy\n"
    "1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư dưới 20 tỷ đồng.\n";

// A fresh directory under the temporary directory.
fs::path freshDirectory(const std::string& name) {
  fs::path directory = fs::temp_directory_path() / name;
  fs::remove_all(directory);
  fs::create_directories(directory);
  return directory;
}

// The gap regulation alone in a fresh directory; returns its path.
std::string gapFile(const std::string& directoryName) {
  std::string file = (freshDirectory(directoryName) / "gap.qc").string();
  std::ofstream(file) << kGap;
  return file;
}
}  // namespace

TEST_CASE("check reports a gap compiler-style with its witness and exits 1", "[cli][check]") {
  const std::string file = gapFile("rasoat-test-check");
  Run run = rasoat("--color never check --select G002 " + file);
  CHECK(run.status == 1);
  CHECK(run.out.find(file + ":5:4: error[G002]: không chủ thể nào có thẩm quyền quyết định") != std::string::npos);
  CHECK(run.out.find("= ví dụ: tổng mức đầu tư đúng 20 tỷ đồng") != std::string::npos);
  CHECK(run.out.find("note: Thường trực quyết định khi tổng mức đầu tư dưới 20 tỷ đồng") != std::string::npos);
  CHECK(run.out.find("1 văn bản, 2 khoản/điểm") != std::string::npos);
}

TEST_CASE("check --format json gives sorted findings with witness and related locations", "[cli][check]") {
  const std::string file = gapFile("rasoat-test-check-json");
  Run run = rasoat("--lang en check --format json --select G002 " + file);
  CHECK(run.status == 1);
  auto json = nlohmann::json::parse(run.out);
  REQUIRE(json["findings"].size() == 1);
  const auto& finding = json["findings"][0];
  CHECK(finding["code"] == "G002");
  CHECK(finding["severity"] == "error");
  CHECK(finding["line"] == 5);
  CHECK(finding["witness"] == "tổng mức đầu tư is exactly 20 tỷ đồng");
  CHECK(finding["related"].size() == 2);
  CHECK(json["documents"][0]["clauses"] == 2);
}

TEST_CASE("select, ignore and fail-on decide what is reported and the exit status", "[cli][check]") {
  const std::string file = gapFile("rasoat-test-check-select");
  const fs::path directory = fs::path(file).parent_path();
  // The file is a fragment: the catalogue checks (G001, G004) would fire on it too.
  CHECK(rasoat("check --select G002,O --ignore G002 " + file).status == 0);
  CHECK(rasoat("check --select S,C " + file).status == 0);
  CHECK(rasoat("check --select G " + file).status == 1);
  const std::string clean = (directory / "clean.qc").string();
  std::ofstream(clean) << "Điều 1. Phạm vi\n1. Ban Thường vụ quyết định công tác dân vận.\n2. Việc khác.\n";
  CHECK(rasoat("check " + clean).status == 0);                 // S006 is info
  CHECK(rasoat("check --fail-on info " + clean).status == 1);  // ... unless infos fail
}

TEST_CASE("explain prints a check's explanation; rules lists the catalogue", "[cli][check]") {
  Run explain = rasoat("explain O001");
  CHECK(explain.status == 0);
  CHECK(explain.out.find("# O001") == 0);
  CHECK(rasoat("explain X999").status == 2);
  Run rules = rasoat("--lang en rules");
  CHECK(rules.status == 0);
  CHECK(rules.out.find("G002  error    scope-gap") != std::string::npos);
}

TEST_CASE("a citation cycle is reported, not followed", "[cli][check]") {
  const fs::path directory = freshDirectory("rasoat-test-cycle");
  std::ofstream(directory / "a.qc")
      << "Số 01-QC/ĐU\n- Căn cứ Quy chế số 02-QC/ĐU,\nĐiều 1. A\n1. Ban Thường vụ quyết định công tác dân vận.\n";
  std::ofstream(directory / "b.qc")
      << "Số 02-QC/ĐU\n- Căn cứ Quy chế số 01-QC/ĐU,\nĐiều 1. A\n1. Ban Thường vụ quyết định công tác dân vận.\n";
  Run run = rasoat("--lang en check " + (directory / "a.qc").string(), true);
  CHECK(run.status == 1);
  CHECK(run.out.find("citation cycle: 01-QC/ĐU → 02-QC/ĐU → 01-QC/ĐU") != std::string::npos);
}

TEST_CASE("check --format sarif reports a citation cycle as a notification of the run, not a result without a rule",
          "[cli][check]") {
  const fs::path directory = freshDirectory("rasoat-test-cycle-sarif");
  std::ofstream(directory / "a.qc")
      << "Số 01-QC/ĐU\n- Căn cứ Quy chế số 02-QC/ĐU,\nĐiều 1. A\n1. Ban Thường vụ quyết định công tác dân vận.\n";
  std::ofstream(directory / "b.qc")
      << "Số 02-QC/ĐU\n- Căn cứ Quy chế số 01-QC/ĐU,\nĐiều 1. A\n1. Ban Thường vụ quyết định công tác dân vận.\n";
  Run run = rasoat("--lang en check --format sarif " + (directory / "a.qc").string());
  CHECK(run.status == 1);
  const auto log = nlohmann::json::parse(run.out)["runs"][0];
  for (const auto& result : log["results"]) CHECK(result.contains("ruleId"));
  const auto& notifications = log["invocations"][0]["toolExecutionNotifications"];
  REQUIRE(notifications.size() == 1);
  CHECK(notifications[0]["level"] == "error");
  CHECK(notifications[0]["message"]["text"] == "citation cycle: 01-QC/ĐU → 02-QC/ĐU → 01-QC/ĐU");
  CHECK(notifications[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 1);
}

// The corpus of regulations in force against its reviewed goldens: nothing missing, nothing extra.
TEST_CASE("the corpus gives exactly its golden findings", "[cli][check][corpus]") {
  const std::string source = RASOAT_SOURCE_DIR;
  std::string files;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(source) / "corpus")) {
    // Amendment cases have their own goldens (a draft next to its current text).
    if (entry.path().string().find("/corpus/amendments/") != std::string::npos) continue;
    if (entry.path().extension() == ".qc") files += " " + fs::relative(entry.path(), source).string();
  }
  const std::string command =
      "cd " + source + " && " + RASOAT_BINARY + " --lang en check --format json --ignore S006 --corpus corpus" + files;
  FILE* pipe = popen((command + " 2>/dev/null").c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string out;
  std::array<char, 4096> buffer{};
  for (std::size_t read; (read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) out.append(buffer.data(), read);
  pclose(pipe);
  std::set<std::string> actual;
  const auto json = nlohmann::json::parse(out);  // kept alive: the loop below reads into it
  for (const auto& finding : json["findings"]) {
    actual.insert(finding["path"].get<std::string>() + ":" + std::to_string(finding["line"].get<int>()) + ":" +
                  finding["code"].get<std::string>());
  }
  std::set<std::string> golden;
  std::istringstream lines(readGolden(source + "/corpus/expected/findings.txt"));
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line[0] != '#') golden.insert(line);
  }
  CHECK(actual == golden);
}

TEST_CASE("check --format sarif writes a SARIF 2.1.0 log with rules, levels, regions and the witness", "[cli][check]") {
  const std::string file = gapFile("rasoat-test-sarif");
  Run run = rasoat("--lang en check --format sarif --select G002 " + file);
  CHECK(run.status == 1);
  auto sarif = nlohmann::json::parse(run.out);
  CHECK(sarif["version"] == "2.1.0");
  const auto& log = sarif["runs"][0];
  CHECK(log["columnKind"] == "unicodeCodePoints");
  CHECK(log["tool"]["driver"]["name"] == "rasoat");
  CHECK(log["tool"]["driver"]["rules"].size() >= 13);
  const auto& result = log["results"][0];
  CHECK(result["ruleId"] == "G002");
  CHECK(result["level"] == "error");
  const auto& rule = log["tool"]["driver"]["rules"][result["ruleIndex"].get<int>()];
  CHECK(rule["id"] == "G002");
  CHECK(rule["help"]["markdown"].get<std::string>().find("## How to fix") != std::string::npos);
  CHECK(result["locations"][0]["physicalLocation"]["region"]["startLine"] == 5);
  // An absolute path is a file: URI (a relative reference may not begin with '/').
  CHECK(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "file://" + file);
  CHECK(log["invocations"][0]["executionSuccessful"] == true);
  CHECK(result["relatedLocations"].size() == 2);
  CHECK(result["properties"]["witness"] == "tổng mức đầu tư is exactly 20 tỷ đồng");
  CHECK(result["message"]["text"].get<std::string>().find("witness: tổng mức đầu tư is exactly 20 tỷ đồng") !=
        std::string::npos);
}

TEST_CASE("gigantic numbers and gigantic clauses end cleanly", "[cli][check][limits]") {
  const fs::path directory = freshDirectory("rasoat-test-limits");
  const std::string huge = (directory / "huge-number.qc").string();
  std::ofstream(huge) << "Điều 1. A\n1. Ban Thường vụ quyết định các dự án có tổng mức đầu tư trên "
                      << std::string(600, '9')
                      << " tỷ đồng.\n2. Thường trực quyết định các dự án có tổng mức đầu tư dưới 0,0000001 tỷ đồng.\n";
  // Over the default limits on magnitude and decimals: not read, and said at the line.
  Run limited = rasoat("--lang en check --select G002 " + huge, true);
  CHECK(limited.status == 1);
  CHECK(limited.out.find("huge-number.qc:2:1: error: number \"9999") != std::string::npos);
  CHECK(limited.out.find("(609 digits, limit 24); it is not read (raise the limit with --max-number-digits)") !=
        std::string::npos);
  CHECK(limited.out.find("huge-number.qc:3") == std::string::npos);  // 0,0000001 tỷ đồng is 100 đồng: fine
  const std::string tiny = (directory / "tiny-number.qc").string();
  std::ofstream(tiny)
      << "Điều 1. A\n1. Thường trực quyết định các dự án có tổng mức đầu tư dưới 0,000000000001 đồng.\n";
  Run precise = rasoat("--lang en check " + tiny, true);
  CHECK(precise.status == 1);
  CHECK(precise.out.find("tiny-number.qc:2:1: error: number \"0,000000000001 đồng\" has 12 decimal places, over the "
                         "limit of 9; it is not read (raise the limit with --max-decimal-places)") !=
        std::string::npos);
  // Limits raised: read exactly, and a real gap between the two from 100 đồng up to the huge bound.
  Run gap = rasoat("--lang en --max-number-digits 1000 --max-decimal-places 20 check " + huge);
  CHECK(gap.status == 1);
  CHECK(gap.out.find("witness: tổng mức đầu tư is exactly 100 đồng") != std::string::npos);
  const std::string longClause = (directory / "long-clause.qc").string();
  std::ofstream out(longClause);
  out << "Điều 1. A\n1. ";
  for (int i = 0; i < 2000; ++i) out << "Ban Thường vụ quyết định công tác dân vận trên 50 tỷ đồng, ";
  out << "\n";
  out.close();
  Run tooLong = rasoat("--lang en check " + longClause, true);
  CHECK(tooLong.status == 2);
  CHECK(tooLong.out.find("long-clause.qc:2:20001: error: line 2 is longer than 20000 characters (raise the limit "
                         "with --max-line-length)") != std::string::npos);
  Run run = rasoat("--lang en --max-line-length 200000 check --fail-on info " + longClause);
  CHECK(run.status == 1);
  CHECK(run.out.find("the clause is too long to read") != std::string::npos);
}

TEST_CASE("rasoat.yaml in the file's directory or above sets what the command line does not", "[cli][check][config]") {
  const fs::path project = freshDirectory("rasoat-test-project");
  fs::create_directories(project / "drafts");
  const std::string file = (project / "drafts" / "gap.qc").string();
  std::ofstream(file) << kGap;
  std::ofstream(project / "rasoat.yaml") << "ignore: [G]\nlang: en\n";
  Run quiet = rasoat("check " + file);
  CHECK(quiet.status == 0);
  CHECK(quiet.out.find("1 documents") != std::string::npos);  // English from the file
  CHECK(rasoat("check --select G002 " + file).status == 1);   // the command line wins
  std::ofstream(project / "rasoat.yaml") << "ignore: [G002]\nfail_on: info\n";
  Run broken = rasoat("check " + file, true);
  CHECK(broken.status == 2);
  CHECK(broken.out.find("rasoat.yaml:2: error:") != std::string::npos);
}

TEST_CASE("the SMT-LIB of the solver's queries is written by --dump-smt", "[cli][check]") {
  const std::string file = gapFile("rasoat-test-smt");
  const fs::path directory = fs::path(file).parent_path();
  const std::string smt = (directory / "queries.smt2").string();
  CHECK(rasoat("check --dump-smt " + smt + " " + file).status == 1);
  const std::string dump = readGolden(smt);
  CHECK(dump.find("(declare-fun tong_muc_dau_tu () Real)") != std::string::npos);
  CHECK(dump.find("(check-sat)") != std::string::npos);
}

TEST_CASE("an output path equal to an input is refused and the input is left untouched", "[cli][check][files]") {
  const std::string file = gapFile("rasoat-test-output");
  const fs::path directory = fs::path(file).parent_path();
  Run run = rasoat("--lang en check --dump-smt " + file + " " + file, true);
  CHECK(run.status == 2);
  CHECK(run.out.find("refusing to write over an input file") != std::string::npos);
  CHECK(readGolden(file) == kGap);
  // No temporary file is left behind.
  int entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(directory)) ++entries;
  CHECK(entries == 1);
}
