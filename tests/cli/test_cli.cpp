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
  CHECK(before["provisions"][0]["actor"] == "?");
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
  const std::string file = tempFile("coverage.qc", "Điều 4. Trách nhiệm của Ban Thường vụ\n1. Quyết định công tác dân vận.\n2. Việc khác.\n");
  Run run = rasoat("--lang en model --format summary " + file);
  CHECK(run.out.find("1/2 clauses and points formalised (50.0%)") != std::string::npos);
}
