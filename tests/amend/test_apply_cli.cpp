#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "support/parse_helpers.h"

namespace fs = std::filesystem;

namespace {

struct Run {
  int status = -1;
  std::string out;
};

// Runs the rasoat binary; stderr is folded into `out` when asked.
Run runRasoat(const std::string& arguments, bool withStderr = false) {
  const std::string command = std::string(RASOAT_BINARY) + " " + arguments + (withStderr ? " 2>&1" : " 2>/dev/null");
  Run run;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buffer{};
  for (std::size_t read; (read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0;)
    run.out.append(buffer.data(), read);
  const int status = pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

const std::string kBase =
    "Số 01-QC/ĐU\n\nQUY CHẾ LÀM VIỆC\ncủa Ban Chấp hành Đảng bộ phường An Hòa\n\n"
    "Điều 1. Trách nhiệm, quyền hạn của Ban Thường vụ\n"
    "1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư từ 20 tỷ đồng trở lên.\n"
    "\n"
    "Điều 2. Trách nhiệm, quyền hạn của Thường trực Đảng ủy\n"
    "1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư dưới 20 tỷ đồng.\n";

const std::string kAmendingHead =
    "Số 02-QC/ĐU\n\nQUY CHẾ\nsửa đổi, bổ sung một số điều của Quy chế làm việc số 01-QC/ĐU\n\n"
    "Điều 1. Sửa đổi, bổ sung một số điều của Quy chế làm việc số 01-QC/ĐU như sau:\n";

// A base and an amending document in a fresh directory.
struct Case {
  fs::path directory;
  std::string base;
  std::string amending;
};

Case makeCase(const std::string& name, const std::string& instructions) {
  Case c;
  c.directory = fs::temp_directory_path() / name;
  fs::remove_all(c.directory);
  fs::create_directories(c.directory);
  c.base = (c.directory / "base.qc").string();
  c.amending = (c.directory / "sua-doi.qc").string();
  std::ofstream(c.base) << kBase;
  std::ofstream(c.amending) << kAmendingHead << instructions;
  return c;
}

}  // namespace

TEST_CASE("apply prints the consolidated text, or writes it whole with -o", "[cli][apply]") {
  const Case c = makeCase("rasoat-test-apply",
                          "1. Sửa đổi khoản 1 Điều 2 như sau:\n"
                          "\"1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư "
                          "dưới 25 tỷ đồng.\"\n");
  Run printed = runRasoat("apply " + c.base + " " + c.amending);
  CHECK(printed.status == 0);
  CHECK(printed.out.find("dưới 25 tỷ đồng.\n") != std::string::npos);
  CHECK(printed.out.find("dưới 20 tỷ đồng") == std::string::npos);
  const std::string output = (c.directory / "hop-nhat.qc").string();
  Run written = runRasoat("apply " + c.base + " " + c.amending + " -o " + output);
  CHECK(written.status == 0);
  CHECK(written.out.empty());
  CHECK(rasoat::testing::readFile(output) == printed.out);
}

TEST_CASE("apply never writes over an input", "[cli][apply]") {
  const Case c = makeCase("rasoat-test-apply-input", "1. Bãi bỏ khoản 1 Điều 2.\n");
  Run run = runRasoat("apply " + c.base + " " + c.amending + " -o " + c.base, true);
  CHECK(run.status == 2);
  CHECK(run.out.find("không ghi đè lên một tệp đầu vào") != std::string::npos);
  CHECK(rasoat::testing::readFile(c.base) == kBase);
}

TEST_CASE("apply reports A003 at the instruction and writes nothing", "[cli][apply][A003]") {
  const Case c = makeCase("rasoat-test-apply-a003",
                          "1. Bãi bỏ khoản 1 Điều 2.\n2. Sửa đổi khoản 4 Điều 1 như sau: "
                          "\"4. Quyết định.\"\n");
  const std::string output = (c.directory / "hop-nhat.qc").string();
  Run run = runRasoat("--lang en --color never apply " + c.base + " " + c.amending + " -o " + output, true);
  CHECK(run.status == 1);
  CHECK(run.out.find(c.amending + ":8:4: error[A003]: khoản 4 Điều 1 does not exist in the amended regulation "
                                  "(01-QC/ĐU)") != std::string::npos);
  CHECK_FALSE(fs::exists(output));
}

TEST_CASE("apply refuses a document that is not an amending one, or amends another number", "[cli][apply]") {
  const Case c = makeCase("rasoat-test-apply-wrong", "1. Bãi bỏ khoản 1 Điều 2.\n");
  Run swapped = runRasoat("--lang en apply " + c.amending + " " + c.base, true);
  CHECK(swapped.status == 2);
  CHECK(swapped.out.find(c.base + ": error: not an amending document") != std::string::npos);
  const std::string other = (c.directory / "other.qc").string();
  std::ofstream(other) << "Số 09-QC/ĐU\n\nĐiều 1. A\n1. Ban Thường vụ quyết định công tác dân vận.\n";
  Run wrong = runRasoat("--lang en apply " + other + " " + c.amending, true);
  CHECK(wrong.status == 2);
  CHECK(wrong.out.find("amends regulation 01-QC/ĐU, but " + other + " is number 09-QC/ĐU") != std::string::npos);
}

TEST_CASE("the consolidated text parses and checks like any regulation", "[cli][apply]") {
  const Case c = makeCase("rasoat-test-apply-check",
                          "1. Sửa đổi khoản 1 Điều 2 như sau:\n"
                          "\"1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư "
                          "dưới 15 tỷ đồng.\"\n");
  const std::string output = (c.directory / "hop-nhat.qc").string();
  REQUIRE(runRasoat("apply " + c.base + " " + c.amending + " -o " + output).status == 0);
  CHECK(runRasoat("parse " + output).status == 0);
  // The amendment opened a gap between 15 and 20 tỷ đồng: the consolidated file shows it on its own line 10.
  Run run = runRasoat("--lang en --color never check --ignore S006 " + output);
  CHECK(run.status == 1);
  CHECK(run.out.find(output + ":7:4: error[G002]") != std::string::npos);
}

TEST_CASE("check takes an amending document with its base, in any order, and reports where the user wrote",
          "[cli][check][amend]") {
  const Case c = makeCase("rasoat-test-check-amend",
                          "1. Sửa đổi khoản 1 Điều 2 như sau:\n"
                          "   \"1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu "
                          "tư dưới 15 tỷ đồng.\"\n"
                          "2. Bãi bỏ Điều 5.\n");
  for (const std::string& order : {c.amending + " " + c.base, c.base + " " + c.amending}) {
    // A fragment: the catalogue checks (G001, G004, C004) would fire on it too.
    Run run = runRasoat("--lang en --color never check --select G002,A --format json " + order);
    INFO(run.out);
    CHECK(run.status == 1);
    std::set<std::string> found;
    const auto json = nlohmann::json::parse(run.out);
    for (const auto& finding : json["findings"]) {
      found.insert(finding["path"].get<std::string>() + ":" + std::to_string(finding["line"].get<int>()) + ":" +
                   std::to_string(finding["column"].get<int>()) + ":" + finding["code"].get<std::string>());
    }
    // The gap: at the base's clause (Điều 1 is unchanged) ...; A003 at the instruction.
    CHECK(found == std::set<std::string>{c.base + ":7:4:G002", c.amending + ":9:4:A003"});
    CHECK(json["documents"].size() == 1);
  }
  // The text output shows the line of the amending document the new clause came from.
  Run text = runRasoat("--lang en --color never check --select G002,A " + c.amending + " " + c.base);
  CHECK(text.out.find(c.amending + ":8:8: note:") != std::string::npos);
}

TEST_CASE("check names the missing base of an amending document", "[cli][check][amend]") {
  const Case c = makeCase("rasoat-test-check-nobase", "1. Bãi bỏ khoản 1 Điều 2.\n");
  Run run = runRasoat("--lang en check " + c.amending, true);
  CHECK(run.status == 2);
  CHECK(run.out.find(c.amending + ": error: the document amends regulation 01-QC/ĐU, which is not among the files "
                                  "given") !=
        std::string::npos);  // Two files with the cited number: which one is in force cannot be told.
  const std::string copy = (c.directory / "ban-sao.qc").string();
  std::ofstream(copy) << kBase;
  Run twice = runRasoat("--lang en check " + c.amending + " " + c.base + " " + copy, true);
  CHECK(twice.status == 2);
  CHECK(twice.out.find("two files carry number 01-QC/ĐU (" + c.base + ", " + copy + ")") != std::string::npos);
}

TEST_CASE("an amending document that names no number amends the one regulation given with it", "[cli][check][amend]") {
  const Case c = makeCase("rasoat-test-check-nonumber", "");
  std::ofstream(c.amending) << "QUY CHẾ\nsửa đổi, bổ sung một số điều của Quy chế làm việc của Ban Chấp hành\n\n"
                               "Điều 1. Sửa đổi như sau:\n1. Bãi bỏ khoản 1 Điều 9.\n";
  Run run = runRasoat("--lang en check --format json --select A " + c.base + " " + c.amending);
  CHECK(run.status == 1);
  const auto json = nlohmann::json::parse(run.out);
  REQUIRE(json["findings"].size() == 1);
  CHECK(json["findings"][0]["code"] == "A003");
  CHECK(json["findings"][0]["line"] == 5);
}

TEST_CASE("the corpus amendment gives exactly its golden findings", "[cli][check][amend][corpus]") {
  const std::string source = RASOAT_SOURCE_DIR;
  const std::string directory = "corpus/amendments/phuong-bo-de/";
  const std::string command = "cd " + source + " && " + RASOAT_BINARY +
                              " --lang en check --format json --ignore S006 --corpus corpus " + directory +
                              "sua-doi.qc " + directory + "base.qc 2>/dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string out;
  std::array<char, 4096> buffer{};
  for (std::size_t read; (read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) out.append(buffer.data(), read);
  pclose(pipe);
  std::set<std::string> actual;
  const auto json = nlohmann::json::parse(out);
  for (const auto& finding : json["findings"]) {
    actual.insert(finding["path"].get<std::string>() + ":" + std::to_string(finding["line"].get<int>()) + ":" +
                  finding["code"].get<std::string>());
  }
  std::set<std::string> golden;
  std::istringstream lines(rasoat::testing::readFile(source + "/" + directory + "expected-findings.txt"));
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line[0] != '#') golden.insert(line);
  }
  CHECK(actual == golden);
}
