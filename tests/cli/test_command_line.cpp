#include <catch2/catch.hpp>

#include <cstdio>
#include <map>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "support/cli_helpers.h"

using rasoat::testing::CliRun;
using rasoat::testing::freshTestDirectory;
using rasoat::testing::runRasoat;
using rasoat::testing::shellQuote;
using rasoat::testing::writeFile;

namespace {

// A fragment with a threshold gap: G002 fires on it.
std::string gapFile(const std::string& name) {
  const auto path = freshTestDirectory(name) / "gap.qc";
  writeFile(path,
            "Điều 4. Trách nhiệm, quyền hạn của Ban Thường vụ\n"
            "1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư trên 20 tỷ đồng.\n"
            "Điều 5. Trách nhiệm, quyền hạn của Thường trực Đảng ủy\n"
            "1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư dưới 20 tỷ đồng.\n");
  return shellQuote(path.string());
}

// The standard output of a shell command line.
std::string runShell(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  std::size_t read = 0;
  while ((read = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, read);
  pclose(pipe);
  return out;
}

}  // namespace

TEST_CASE("a mistyped check code in --select or --ignore is refused, naming it", "[cli][options]") {
  const std::string file = gapFile("rasoat-cl-select");
  const CliRun run = runRasoat("check --select Z999,G002 " + file);
  CHECK(run.status == 2);
  CHECK(run.err.find("Z999") != std::string::npos);
  CHECK(run.out.empty());
  CHECK(runRasoat("check --ignore X1 " + file).status == 2);
  CHECK(runRasoat("report --select Q " + file + " -o /tmp/rasoat-cl-select.html").status == 2);
}

TEST_CASE("check codes are matched without regard to case", "[cli][options]") {
  const std::string file = gapFile("rasoat-cl-case");
  const CliRun lower = runRasoat("check --select g002 " + file);
  CHECK(lower.status == 1);
  CHECK(lower.out.find("G002") != std::string::npos);
  CHECK(runRasoat("check --select g --ignore g002,g001,g004 " + file).status == 0);
}

TEST_CASE("a mistyped code in rasoat.yaml is refused, naming the file", "[cli][options][config]") {
  const auto directory = freshTestDirectory("rasoat-cl-yaml");
  writeFile(directory / "rasoat.yaml", "select: [G002, O0O1]\n");
  writeFile(directory / "a.qc", "Điều 1. Phạm vi\n1. Ban Thường vụ quyết định công tác dân vận.\n");
  const CliRun run = runRasoat("check " + shellQuote((directory / "a.qc").string()));
  CHECK(run.status == 2);
  CHECK(run.err.find("O0O1") != std::string::npos);
  CHECK(run.err.find("rasoat.yaml") != std::string::npos);
}

TEST_CASE("colour follows --color, NO_COLOR and whether the output is a terminal", "[cli][options]") {
  const std::string file = gapFile("rasoat-cl-colour");
  const std::string escape = "\x1b[";
  CHECK(runRasoat("check " + file).out.find(escape) == std::string::npos);  // a pipe: no colour
  CHECK(runRasoat("--color always check " + file).out.find(escape) != std::string::npos);
  CHECK(runRasoat("--color never check " + file).out.find(escape) == std::string::npos);
  // On a terminal (`script` gives the run one), auto colours unless NO_COLOR is set.
  const std::string command = std::string(RASOAT_BINARY) + " check " + file;
  const std::string onTerminal = "script -qec " + shellQuote(command) + " /dev/null";
  CHECK(runShell(onTerminal).find(escape) != std::string::npos);
  CHECK(runShell("NO_COLOR=1 " + onTerminal).find(escape) == std::string::npos);
  CHECK(runShell("TERM=dumb " + onTerminal).find(escape) == std::string::npos);
}

TEST_CASE("help and usage errors are Vietnamese by default and English with --lang en", "[cli][options]") {
  const CliRun help = runRasoat("--help");
  CHECK(help.status == 0);
  CHECK(help.out.find("Cách dùng") != std::string::npos);
  CHECK(help.out.find("Kiểm tra quy chế") != std::string::npos);
  CHECK(help.out.find("Usage") == std::string::npos);
  const CliRun english = runRasoat("--lang en --help");
  CHECK(english.out.find("Usage") != std::string::npos);
  CHECK(english.out.find("Check regulations") != std::string::npos);
  const CliRun checkHelp = runRasoat("check --help");
  CHECK(checkHelp.out.find("Các tệp quy chế") != std::string::npos);
  const CliRun badValue = runRasoat("check --format xml a.qc");
  CHECK(badValue.status == 2);
  CHECK(badValue.err.find("không hợp lệ") != std::string::npos);
  CHECK(badValue.err.find("rasoat check --help") != std::string::npos);
  CHECK(runRasoat("--lang en check --format xml a.qc").err.find("not in") != std::string::npos);
}

// --baseline and --update-baseline were described in English in the
// Vietnamese help: no option's description may read the same in both.
TEST_CASE("every option of every command is described in Vietnamese, and differently in English", "[cli][options]") {
  for (const char* command :
       {"parse", "model", "check", "report", "compare", "apply", "annotate", "comments", "import", "explain"}) {
    const std::string vi = runRasoat(std::string(command) + " --help").out;
    const std::string en = runRasoat(std::string("--lang en ") + command + " --help").out;
    std::istringstream lines(en);
    for (std::string line; std::getline(lines, line);) {
      // "  --option TEXT   Description": the description is after the run of spaces that follows the option.
      if (line.rfind("  -", 0) != 0) continue;
      const auto gap = line.find("  ", 3);
      if (gap == std::string::npos) continue;
      const auto start = line.find_first_not_of(' ', gap);
      if (start == std::string::npos) continue;
      const std::string description = line.substr(start);
      INFO(command << ": " << description);
      if (description.find("Print this help") != std::string::npos) continue;  // CLI11's, localised separately
      CHECK(vi.find(description) == std::string::npos);
    }
  }
}

TEST_CASE("check --statistics counts the findings of each code, as the findings list has them", "[cli][options]") {
  const std::string file = gapFile("rasoat-test-statistics");
  const CliRun text = runRasoat("--lang en check --statistics --select G002,O001 " + file);
  CHECK(text.status == 1);
  CHECK(text.out.find("1  G002  error    scope-gap") != std::string::npos);
  CHECK(text.out.find("^~") == std::string::npos);  // no finding printed one by one
  CHECK(text.out.find("1 document") != std::string::npos);
  const auto json = nlohmann::json::parse(runRasoat("check --statistics --format json " + file).out);
  std::map<std::string, int> counted;
  for (const auto& finding : json["findings"]) ++counted[finding["code"].get<std::string>()];
  REQUIRE(json["statistics"].size() == counted.size());
  for (const auto& entry : json["statistics"]) CHECK(entry["count"] == counted[entry["code"].get<std::string>()]);
  CHECK(runRasoat("--lang en check --statistics --select S004 " + file).out.find("No findings.") != std::string::npos);
}

TEST_CASE("an unknown command is named and the commands are listed", "[cli][options]") {
  const CliRun run = runRasoat("chek a.qc");
  CHECK(run.status == 2);
  CHECK(run.err.find("'chek'") != std::string::npos);
  CHECK(run.err.find("check") != std::string::npos);
  CHECK(run.err.find("report") != std::string::npos);
  const CliRun none = runRasoat("");
  CHECK(none.status == 2);
  CHECK(none.err.find("thiếu lệnh") != std::string::npos);
  const CliRun english = runRasoat("--lang en chek a.qc");
  CHECK(english.err.find("unknown command 'chek'") != std::string::npos);
}
