#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct Run {
  int status = -1;
  std::string out;
};

// Runs the rasoat binary (in `directory` when given); stderr is dropped
// unless the arguments redirect it.
Run rasoat(const std::string& arguments, const std::string& directory = "") {
  const bool redirected = arguments.find(" 2>") != std::string::npos;
  const std::string command = (directory.empty() ? "" : "cd " + directory + " && ") + std::string(RASOAT_BINARY) + " " +
                              arguments + (redirected ? "" : " 2>/dev/null");
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

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const std::string kFixtures = std::string(RASOAT_SOURCE_DIR) + "/tests/fixtures/compare/";
const std::string kPair = kFixtures + "current.qc " + kFixtures + "draft.qc";

fs::path freshDirectory(const std::string& name) {
  fs::path directory = fs::temp_directory_path() / ("rasoat-compare-" + name);
  fs::remove_all(directory);
  fs::create_directories(directory);
  return directory;
}

}  // namespace

TEST_CASE("compare prints the Markdown table on standard output without -o", "[cli][compare]") {
  const Run run = rasoat("compare " + kPair);
  CHECK(run.status == 0);  // A001 is a warning, A002 information
  CHECK(run.out.find("| Quy chế hiện hành | Dự thảo sửa đổi, bổ sung | Nội dung thay đổi |") != std::string::npos);
  CHECK(rasoat("compare " + kPair + " --format csv").out.rfind("Quy chế hiện hành,", 0) == 0);
  CHECK(rasoat("compare " + kPair + " --fail-on warning").status == 1);  // A001
}

TEST_CASE("compare picks the format from the output's extension, --format overrides it", "[cli][compare]") {
  const fs::path directory = freshDirectory("formats");
  for (const char* name : {"t.html", "t.md", "t.csv", "t.docx", "t.xlsx"}) {
    INFO(name);
    CHECK(rasoat("compare " + kPair + " -o " + (directory / name).string()).status == 0);
    CHECK(fs::file_size(directory / name) > 0);
  }
  CHECK(slurp(directory / "t.html").rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(slurp(directory / "t.docx").rfind("PK", 0) == 0);
  CHECK(slurp(directory / "t.xlsx").rfind("PK", 0) == 0);
  CHECK(rasoat("compare " + kPair + " --format html -o " + (directory / "table.txt").string()).status == 0);
  CHECK(slurp(directory / "table.txt").rfind("<!DOCTYPE html>", 0) == 0);
  // Nothing but the outputs is left behind (no temporary files).
  CHECK(std::distance(fs::directory_iterator(directory), fs::directory_iterator()) == 6);
}

TEST_CASE("compare refuses unknown extensions, binary formats on stdout and writing over an input",
          "[cli][compare][files]") {
  const fs::path directory = freshDirectory("refusals");
  CHECK(rasoat("compare " + kPair + " -o " + (directory / "table.pdf").string()).status == 2);
  CHECK(rasoat("compare " + kPair + " --format docx").status == 2);
  const fs::path input = directory / "draft.qc";
  fs::copy_file(kFixtures + "draft.qc", input);
  const std::string before = slurp(input);
  CHECK(rasoat("compare " + kFixtures + "current.qc " + input.string() + " -o " + input.string()).status == 2);
  CHECK(slurp(input) == before);
  CHECK(std::distance(fs::directory_iterator(directory), fs::directory_iterator()) == 1);
}

TEST_CASE("compare with a missing input exits 2 and writes nothing", "[cli][compare][files]") {
  const fs::path directory = freshDirectory("missing");
  const Run run = rasoat("compare " + kFixtures + "current.qc " + (directory / "absent.qc").string() + " -o " +
                         (directory / "t.docx").string());
  CHECK(run.status == 2);
  CHECK_FALSE(fs::exists(directory / "t.docx"));
}

TEST_CASE("compare --lang en writes the English headings", "[cli][compare]") {
  const Run run = rasoat("--lang en compare " + kPair);
  CHECK(run.out.find("| Regulation in force | Draft amendment | What changed |") != std::string::npos);
}

// Each amendment case given as a new full text (hien-hanh.qc and du-thao.qc)
// against its reviewed table and A-findings.
TEST_CASE("every amendment case of the corpus gives its expected table and findings", "[cli][compare][corpus]") {
  const fs::path source = RASOAT_SOURCE_DIR;
  int cases = 0;
  for (const auto& entry : fs::directory_iterator(source / "corpus" / "amendments")) {
    if (!fs::exists(entry.path() / "du-thao.qc") || !fs::exists(entry.path() / "hien-hanh.qc")) continue;
    ++cases;
    const std::string directory = fs::relative(entry.path(), source).string();
    INFO(directory);
    const fs::path errors = fs::temp_directory_path() / "rasoat-compare-corpus.err";
    const Run run = rasoat("compare " + directory + "/hien-hanh.qc " + directory + "/du-thao.qc 2>" + errors.string(),
                           source.string());
    CHECK(run.status == 0);
    CHECK(run.out == slurp(entry.path() / "expected-table.md"));
    // "path:line:col: warning[A001]: ..." -> "path:line:A001"
    std::set<std::string> actual, expected;
    std::istringstream lines(slurp(errors));
    for (std::string line; std::getline(lines, line);) {
      const auto open = line.find("[A");
      const auto colon = line.find(':');
      if (open == std::string::npos || colon == std::string::npos || line.find(": note:") != std::string::npos)
        continue;
      const auto lineEnd = line.find(':', colon + 1);
      actual.insert(line.substr(0, lineEnd) + ":" + line.substr(open + 1, 4));
    }
    std::istringstream golden(slurp(entry.path() / "expected-findings.txt"));
    for (std::string line; std::getline(golden, line);) {
      if (!line.empty() && line[0] != '#') expected.insert(line);
    }
    CHECK(actual == expected);
  }
  CHECK(cases >= 1);
}

TEST_CASE("a regulation compared with itself is unchanged throughout", "[cli][compare]") {
  const Run run = rasoat("compare " + kFixtures + "current.qc " + kFixtures + "current.qc --format csv");
  CHECK(run.status == 0);
  CHECK(run.out.find("Sửa đổi") == std::string::npos);
  CHECK(run.out.find("Bổ sung\r\n") == std::string::npos);
  CHECK(run.out.find("Điều 3. Trách nhiệm, quyền hạn của Ban Thường vụ") != std::string::npos);
}
