#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/parse_helpers.h"

namespace fs = std::filesystem;

namespace {

struct Run {
  int status = -1;
  std::string out;  // stdout and stderr
};

// Runs rasoat from the source directory, so that the paths in reports are relative and stable.
Run runRasoat(const std::string& arguments) {
  const std::string command =
      "cd '" + std::string(RASOAT_SOURCE_DIR) + "' && '" + std::string(RASOAT_BINARY) + "' " + arguments + " 2>&1";
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

fs::path freshDirectory(const std::string& name) {
  fs::path directory = fs::temp_directory_path() / ("rasoat-report-test-" + name);
  fs::remove_all(directory);
  fs::create_directories(directory);
  return directory;
}

const std::string kSmall = "tests/fixtures/report/small.qc --against tests/fixtures/report/parent.qc";

}  // namespace

TEST_CASE("report writes the Markdown golden of the small regulation", "[report][cli][golden]") {
  const fs::path out = freshDirectory("golden") / "small.md";
  const Run run = runRasoat("report " + kSmall + " -o " + out.string());
  INFO(run.out);
  REQUIRE(run.status == 0);
  CHECK(rasoat::testing::readFile(out.string()) ==
        rasoat::testing::readFile(std::string(RASOAT_SOURCE_DIR) + "/tests/fixtures/report/small.md"));
}

TEST_CASE("report writes the English Markdown golden of the hostile regulation", "[report][cli][golden]") {
  const fs::path out = freshDirectory("golden-en") / "report.txt";
  const Run run = runRasoat("--lang en report tests/fixtures/report/hostile.qc --format md -o " + out.string());
  INFO(run.out);
  REQUIRE(run.status == 0);
  CHECK(rasoat::testing::readFile(out.string()) ==
        rasoat::testing::readFile(std::string(RASOAT_SOURCE_DIR) + "/tests/fixtures/report/hostile.en.md"));
}

TEST_CASE("report chooses HTML unless the output ends in .md or --format md says so", "[report][cli]") {
  const fs::path directory = freshDirectory("format");
  REQUIRE(runRasoat("report " + kSmall + " -o " + (directory / "r.html").string()).status == 0);
  CHECK(rasoat::testing::readFile((directory / "r.html").string()).rfind("<!DOCTYPE html>", 0) == 0);
  REQUIRE(runRasoat("report " + kSmall + " -o " + (directory / "r.md").string()).status == 0);
  CHECK(rasoat::testing::readFile((directory / "r.md").string()).rfind("# Báo cáo", 0) == 0);
  REQUIRE(runRasoat("report " + kSmall + " --format html -o " + (directory / "r2.md").string()).status == 0);
  CHECK(rasoat::testing::readFile((directory / "r2.md").string()).rfind("<!DOCTYPE html>", 0) == 0);
}

TEST_CASE("report refuses to write over an input and leaves it as it was", "[report][cli]") {
  const fs::path directory = freshDirectory("input");
  const fs::path input = directory / "quy-che.qc";
  fs::copy_file(std::string(RASOAT_SOURCE_DIR) + "/tests/fixtures/report/small.qc", input);
  const std::string before = rasoat::testing::readFile(input.string());
  const Run run = runRasoat("report " + input.string() + " -o " + input.string());
  CHECK(run.status == 2);
  CHECK(run.out.find("không ghi đè lên một tệp đầu vào") != std::string::npos);
  CHECK(rasoat::testing::readFile(input.string()) == before);
  // Nor over a higher-level document it was checked against.
  const Run against = runRasoat("report " + input.string() + " --against tests/fixtures/report/parent.qc -o " +
                                "tests/fixtures/report/parent.qc");
  CHECK(against.status == 2);
}

TEST_CASE("report writes nothing when an input cannot be read", "[report][cli]") {
  const fs::path directory = freshDirectory("missing");
  const fs::path out = directory / "report.html";
  std::ofstream(out) << "previous report";
  const Run run = runRasoat("report " + (directory / "missing.qc").string() + " -o " + out.string());
  CHECK(run.status == 2);
  CHECK(run.out.find("missing.qc") != std::string::npos);
  CHECK(rasoat::testing::readFile(out.string()) == "previous report");
  for (const auto& entry : fs::directory_iterator(directory)) CHECK(entry.path() == out);  // no temporary left
}

TEST_CASE("report names an output it cannot write", "[report][cli]") {
  const Run run = runRasoat("report " + kSmall + " -o /nonexistent-directory/report.html");
  CHECK(run.status == 2);
  CHECK(run.out.find("/nonexistent-directory/report.html") != std::string::npos);
}

TEST_CASE("report takes --lang before or after the subcommand", "[report][cli]") {
  const fs::path directory = freshDirectory("lang");
  REQUIRE(runRasoat("report " + kSmall + " --lang en -o " + (directory / "after.md").string()).status == 0);
  REQUIRE(runRasoat("--lang en report " + kSmall + " -o " + (directory / "before.md").string()).status == 0);
  const std::string after = rasoat::testing::readFile((directory / "after.md").string());
  CHECK(after.rfind("# Review of the working regulations", 0) == 0);
  CHECK(after == rasoat::testing::readFile((directory / "before.md").string()));
}

TEST_CASE("the report names the cited documents it could not compare against", "[report][cli]") {
  const fs::path directory = freshDirectory("missing-higher");
  std::ofstream(directory / "ward.qc") << "Số 31-QC/ĐU\n\nQUY CHẾ LÀM VIỆC\n\n"
                                          "- Căn cứ Quy chế làm việc mẫu số 777-QĐ/TW,\n\n"
                                          "Điều 1. Trách nhiệm của Ban Thường vụ\n"
                                          "1. Ban Thường vụ quyết định công tác dân vận.\n";
  const fs::path out = directory / "report.md";
  const Run run = runRasoat("--lang en report " + (directory / "ward.qc").string() + " --corpus " + directory.string() +
                            " -o " + out.string());
  REQUIRE(run.status == 0);
  const std::string report = rasoat::testing::readFile(out.string());
  CHECK(report.find("**Higher-level documents compared against:** none") != std::string::npos);
  CHECK(report.find("**Cited but not found in the corpus (--corpus), not compared against:** 777-QĐ/TW") !=
        std::string::npos);
}

TEST_CASE("report -o x.docx writes a Word report: title block, summary, matrix, findings side by side",
          "[report][cli][docx]") {
  const fs::path directory = freshDirectory("docx");
  const fs::path out = directory / "bao-cao.docx";
  const Run run = runRasoat("report " + kSmall + " -o " + out.string());
  INFO(run.out);
  REQUIRE(run.status == 0);
  const fs::path unpacked = directory / "unpacked";
  REQUIRE(std::system(("unzip -q -o '" + out.string() + "' -d '" + unpacked.string() + "'").c_str()) == 0);
  for (const char* part : {"word/document.xml", "word/styles.xml", "word/fontTable.xml", "word/header1.xml"})
    CHECK(fs::exists(unpacked / part));
  const std::string document = rasoat::testing::readFile((unpacked / "word/document.xml").string());
  CHECK(document.find("ĐẢNG CỘNG SẢN VIỆT NAM") != std::string::npos);
  CHECK(document.find("BÁO CÁO RÀ SOÁT QUY CHẾ LÀM VIỆC") != std::string::npos);
  CHECK(document.find("1. Tóm tắt") != std::string::npos);
  CHECK(document.find("2. Ma trận thẩm quyền") != std::string::npos);
  CHECK(document.find("Khoản được nêu: ") != std::string::npos);  // a finding's clauses side by side
  CHECK(document.find("Khoản liên quan: ") != std::string::npos);
  CHECK(document.find("<w:tblHeader/>") != std::string::npos);
  CHECK(document.find("<w:cantSplit/>") != std::string::npos);
  CHECK(document.find("w:orient=\"landscape\"") != std::string::npos);
}

TEST_CASE("report refuses an extension it cannot write, naming those it can, and writes nothing", "[report][cli]") {
  const fs::path directory = freshDirectory("extension");
  for (const char* name : {"bao-cao.pdf", "bao-cao.txt", "bao-cao"}) {
    const Run run = runRasoat("report " + kSmall + " -o " + (directory / name).string());
    CHECK(run.status == 2);
    CHECK(run.out.find(".html, .md, .docx") != std::string::npos);
    CHECK_FALSE(fs::exists(directory / name));
  }
}
