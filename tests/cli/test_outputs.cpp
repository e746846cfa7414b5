// Every output file is written whole or not at all, never over an input,
// never outside the path given.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "support/cli_helpers.h"

namespace fs = std::filesystem;
using rasoat::testing::CliRun;
using rasoat::testing::fileDigest;
using rasoat::testing::freshTestDirectory;
using rasoat::testing::runRasoat;
using rasoat::testing::shellQuote;
using rasoat::testing::writeFile;

namespace {

const std::string kRegulation =
    "Số 01-QC/ĐU\nĐiều 1. Trách nhiệm của Ban Thường vụ\n"
    "1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư trên 20 tỷ đồng.\n"
    "Điều 2. Trách nhiệm của Thường trực Đảng ủy\n"
    "1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư dưới 20 tỷ đồng.\n";

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The names in a directory, sorted: nothing left behind (no temporary files).
std::string listing(const fs::path& directory) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(directory)) names.insert(entry.path().filename().string());
  std::string text;
  for (const auto& name : names) text += name + "\n";
  return text;
}

std::string q(const fs::path& path) {
  return shellQuote(path.string());
}

}  // namespace

TEST_CASE("the output option (-o) writes each command's output to the file, the same as stdout", "[cli][outputs]") {
  const fs::path directory = freshTestDirectory("rasoat-test-output-option");
  writeFile(directory / "a.qc", kRegulation);
  const std::vector<std::string> commands = {"parse",
                                             "parse --format summary",
                                             "model",
                                             "model --format summary",
                                             "check --format json",
                                             "check --format sarif",
                                             "check"};
  for (const auto& command : commands) {
    INFO(command);
    CliRun toStdout = runRasoat("--color never " + command + " " + q(directory / "a.qc"));
    CliRun toFile =
        runRasoat("--color never " + command + " -o " + q(directory / "out.txt") + " " + q(directory / "a.qc"));
    CHECK(toFile.status == toStdout.status);
    CHECK(toFile.out.empty());
    std::string expected = toStdout.out;
    std::string written = slurp(directory / "out.txt");
    if (command == "check") {  // the summary line ends with the time taken
      expected = expected.substr(0, expected.rfind('('));
      written = written.substr(0, written.rfind('('));
    }
    CHECK(written == expected);
    CHECK(listing(directory) == "a.qc\nout.txt\n");
  }
}

TEST_CASE("an output path that is an input is refused, under any spelling", "[cli][outputs]") {
  const fs::path directory = freshTestDirectory("rasoat-test-output-input");
  fs::create_directories(directory / "sub");
  writeFile(directory / "a.qc", kRegulation);
  fs::create_symlink(directory / "a.qc", directory / "link.qc");
  fs::create_hard_link(directory / "a.qc", directory / "hard.qc");
  const std::string before = fileDigest(directory / "a.qc");
  const std::vector<fs::path> spellings = {directory / "a.qc", directory / "sub" / ".." / "a.qc", directory / "link.qc",
                                           directory / "hard.qc"};
  for (const auto& output : spellings) {
    for (const std::string command : {"parse -o ", "model -o ", "check -o ", "check --dump-smt "}) {
      INFO(command << output);
      CliRun run = runRasoat(command + q(output) + " " + q(directory / "a.qc"));
      CHECK(run.status == 2);
      CHECK(run.err.find("không ghi đè lên một tệp đầu vào") != std::string::npos);
      CHECK(fileDigest(directory / "a.qc") == before);
    }
  }
  CHECK(listing(directory) == "a.qc\nhard.qc\nlink.qc\nsub\n");
}

TEST_CASE("a corpus file is an input too: -o over it is refused", "[cli][outputs]") {
  const fs::path directory = freshTestDirectory("rasoat-test-output-corpus");
  writeFile(directory / "a.qc", kRegulation);
  writeFile(directory / "parent.qc", "Số 09-QC/QU\nĐiều 1. A\n1. Ban Thường vụ quyết định công tác dân vận.\n");
  const std::string before = fileDigest(directory / "parent.qc");
  CliRun run = runRasoat("check -o " + q(directory / "parent.qc") + " " + q(directory / "a.qc"));
  CHECK(run.status == 2);
  CHECK(run.err.find("parent.qc: không ghi đè lên một tệp đầu vào") != std::string::npos);
  CHECK(fileDigest(directory / "parent.qc") == before);
}

TEST_CASE("a run that fails half-way leaves the previous output as it was", "[cli][outputs]") {
  const fs::path directory = freshTestDirectory("rasoat-test-output-failure");
  writeFile(directory / "a.qc", kRegulation);
  writeFile(directory / "out.json", "previous output\n");
  writeFile(directory / "out.smt2", "previous dump\n");
  // The second file is missing: an input error (exit 2) after the first was read.
  for (const std::string command : {"parse", "model", "check --format json"}) {
    INFO(command);
    CliRun run = runRasoat(command + " -o " + q(directory / "out.json") + " " + q(directory / "a.qc") + " " +
                           q(directory / "missing.qc"));
    CHECK(run.status == 2);
    CHECK(run.err.find("missing.qc") != std::string::npos);
    CHECK(slurp(directory / "out.json") == "previous output\n");
  }
  CHECK(listing(directory) == "a.qc\nout.json\nout.smt2\n");
  // A successful run replaces it whole.
  CliRun run = runRasoat("check --format json -o " + q(directory / "out.json") + " --dump-smt " +
                         q(directory / "out.smt2") + " " + q(directory / "a.qc"));
  CHECK(run.status == 1);
  CHECK(nlohmann::json::parse(slurp(directory / "out.json"))["findings"].size() > 0);
  CHECK(slurp(directory / "out.smt2").find("(check-sat)") != std::string::npos);
  CHECK(listing(directory) == "a.qc\nout.json\nout.smt2\n");
}

TEST_CASE("an output that cannot be written is an error naming it", "[cli][outputs]") {
  const fs::path directory = freshTestDirectory("rasoat-test-output-unwritable");
  writeFile(directory / "a.qc", kRegulation);
  CliRun intoDirectory = runRasoat("parse -o " + q(directory) + " " + q(directory / "a.qc"));
  CHECK(intoDirectory.status == 2);
  CHECK(intoDirectory.err.find("là một thư mục; cần tên một tệp cho kết quả") != std::string::npos);
  CliRun nowhere = runRasoat("model -o " + q(directory / "no" / "such" / "dir.json") + " " + q(directory / "a.qc"));
  CHECK(nowhere.status == 2);
  CHECK(nowhere.err.find("dir.json: không ghi được tệp kết quả (No such file or directory)") != std::string::npos);
  CHECK(listing(directory) == "a.qc\n");
}

TEST_CASE("writing through a symbolic link replaces the link, not the file it points to", "[cli][outputs]") {
  const fs::path directory = freshTestDirectory("rasoat-test-output-link");
  fs::create_directories(directory / "elsewhere");
  writeFile(directory / "a.qc", kRegulation);
  writeFile(directory / "elsewhere" / "precious.txt", "keep me\n");
  fs::create_symlink(directory / "elsewhere" / "precious.txt", directory / "out.json");
  CliRun run = runRasoat("parse -o " + q(directory / "out.json") + " " + q(directory / "a.qc"));
  CHECK(run.status == 0);
  CHECK(slurp(directory / "elsewhere" / "precious.txt") == "keep me\n");
  CHECK(!fs::is_symlink(directory / "out.json"));
  CHECK(nlohmann::json::parse(slurp(directory / "out.json"))["kind"] == "document");
}

// Issue 11 trial: a finding on an article heading (S002, a number skipped)
// had an empty "unit" in JSON.
TEST_CASE("a finding on an article heading names the article as its unit in JSON", "[cli][outputs]") {
  const fs::path directory = freshTestDirectory("rasoat-test-heading-unit");
  writeFile(directory / "a.qc",
            "QUY CHẾ LÀM VIỆC\n\nĐiều 1. A\n1. Ban Thường vụ quyết định công tác dân vận.\nĐiều 3. B\n"
            "1. Thường trực quyết định công tác tuyên giáo.\n");
  CliRun run = runRasoat("check --format json " + q(directory / "a.qc"));
  const nlohmann::json report = nlohmann::json::parse(run.out);
  bool found = false;
  for (const auto& finding : report["findings"]) {
    if (finding["code"] != "S002") continue;
    found = true;
    CHECK(finding["unit"] == "Điều 3");
  }
  CHECK(found);
}
