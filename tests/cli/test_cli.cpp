#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

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
      {tempFile("binary.qc", std::string("\x7F" "ELF\0\0\x01", 7)), "binary data"},
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
