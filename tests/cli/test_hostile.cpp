// Every command and format over hostile inputs: the committed ones of
// tests/fixtures/hostile/ (generate.py) and big ones made here. Each run must
// end with exit 0, 1 or 2, say something when it fails, finish within
// seconds, print output that parses back (JSON, SARIF) or cannot spoof a
// terminal (text), and leave every input as it was.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "support/cli_helpers.h"

namespace fs = std::filesystem;
using rasoat::testing::CliRun;
using rasoat::testing::fileDigest;
using rasoat::testing::runRasoat;
using rasoat::testing::shellQuote;

namespace {

// Generous: the machine has two cores shared with builds; the sanitizers slow
// every run several times.
#if defined(__SANITIZE_ADDRESS__)
constexpr double kSecondsPerRun = 90;
#else
constexpr double kSecondsPerRun = 20;
#endif

const std::string kHeader =
    "ĐẢNG ỦY PHƯỜNG AN HÒA\nSố: 77-QC/ĐU\nQUY CHẾ LÀM VIỆC\nĐiều 1. Trách nhiệm của Ban Thường vụ\n";

// The big inputs, each alone in its directory (a check reads its directory as the corpus).
void writeBigInputs(const fs::path& root) {
  auto write = [&](const std::string& name, const std::string& bytes) {
    fs::create_directories(root / name);
    std::ofstream(root / name / (name + ".qc"), std::ios::binary) << bytes;
  };
  write("one-line-3mb", kHeader + "1. Ban Thường vụ quyết định " + std::string(3u << 20, 'x') + "\n");
  std::string longLine = kHeader + "1. Ban Thường vụ quyết định";
  while (longLine.size() < (1u << 20)) longLine += " dự án đầu tư công";
  write("one-line-1mb", longLine + ".\n");
  std::string many = kHeader;
  for (int i = 1; many.size() < (1u << 20); ++i)
    many += std::to_string(i) + ". Thường trực quyết định dự án có tổng mức đầu tư dưới " + std::to_string(i) +
            " tỷ đồng.\n";
  write("many-clauses-1mb", many);
  std::string dots = kHeader;
  for (int i = 0; i < 5000; ++i) dots += "1.";
  write("deep-dots", dots + " Thường trực quyết định.\n");
  write("huge-number", kHeader + "1. Ban Thường vụ quyết định dự án có tổng mức đầu tư trên 9" +
                           std::string(15000, '9') + " tỷ đồng.\n");
  std::mt19937 random(6);
  std::string noise;
  const char32_t alphabet[] = U"aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệ 0123456789.,;:()-+/\n";
  for (std::size_t i = 0; noise.size() < (1u << 20); ++i) {
    const char32_t c = alphabet[random() % (std::size(alphabet) - 1)];
    if (c < 0x80) {
      noise += static_cast<char>(c);
    } else if (c < 0x800) {
      noise += static_cast<char>(0xC0 | (c >> 6));
      noise += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      noise += static_cast<char>(0xE0 | (c >> 12));
      noise += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      noise += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  write("noise-1mb", noise);
}

// The hostile inputs in a fresh directory: the fixtures copied (so that a run
// can never touch the repository), and the big ones.
fs::path hostileInputs(const std::string& name) {
  fs::path root = rasoat::testing::freshTestDirectory(name);
  fs::copy(fs::path(RASOAT_SOURCE_DIR) / "tests" / "fixtures" / "hostile", root / "fixtures");
  writeBigInputs(root / "big");
  return root;
}

std::vector<fs::path> inputsUnder(const fs::path& root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.path().extension() == ".qc") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::map<std::string, std::string> digests(const fs::path& root) {
  std::map<std::string, std::string> all;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) all[entry.path().string()] = fileDigest(entry.path());
  }
  return all;
}

bool spoofsTerminal(const std::string& text) {
  return text.find('\x1B') != std::string::npos || text.find("\u202E") != std::string::npos ||
         text.find("\u2066") != std::string::npos || text.find("\u009B") != std::string::npos ||
         text.find('\r') != std::string::npos;
}

// Runs one command line over every input and checks what every run must do.
void runOverAll(const std::string& name, const std::string& command, const std::string& format) {
  const fs::path root = hostileInputs(name);
  const auto before = digests(root);
  for (const fs::path& input : inputsUnder(root)) {
    INFO(command << " " << input.string());
    CliRun run = runRasoat("--color never " + command + " " + shellQuote(input.string()));
    CHECK((run.status == 0 || run.status == 1 || run.status == 2));
    CHECK(run.seconds < kSecondsPerRun);
    if (run.status == 2) CHECK(run.err.find(input.filename().string()) != std::string::npos);
    CHECK(run.err.find("internal error") == std::string::npos);
    CHECK_FALSE(spoofsTerminal(run.err));
    if (format == "json" || format == "sarif") {
      if (!run.out.empty()) {
        CHECK(nlohmann::json::accept(run.out));
        if (format == "sarif") CHECK(nlohmann::json::parse(run.out)["version"] == "2.1.0");
      }
    } else {
      CHECK_FALSE(spoofsTerminal(run.out));
    }
  }
  CHECK(digests(root) == before);  // no input changed, nothing written beside them
}

}  // namespace

TEST_CASE("hostile inputs: parse as JSON", "[cli][hostile]") {
  runOverAll("rasoat-test-hostile-parse", "parse", "json");
}

TEST_CASE("hostile inputs: parse summary", "[cli][hostile]") {
  runOverAll("rasoat-test-hostile-parse-summary", "parse --format summary", "text");
}

TEST_CASE("hostile inputs: model as JSON", "[cli][hostile]") {
  runOverAll("rasoat-test-hostile-model", "model", "json");
}

TEST_CASE("hostile inputs: model summary", "[cli][hostile]") {
  runOverAll("rasoat-test-hostile-model-summary", "--lang en model --format summary", "text");
}

TEST_CASE("hostile inputs: check as text", "[cli][hostile]") {
  runOverAll("rasoat-test-hostile-check", "check --fail-on info", "text");
}

TEST_CASE("hostile inputs: check as JSON", "[cli][hostile]") {
  runOverAll("rasoat-test-hostile-check-json", "--lang en check --format json", "json");
}

TEST_CASE("hostile inputs: check as SARIF", "[cli][hostile]") {
  runOverAll("rasoat-test-hostile-check-sarif", "check --format sarif", "sarif");
}

TEST_CASE("hostile inputs: a file name that is not UTF-8 still gives valid JSON", "[cli][hostile]") {
  const fs::path root = rasoat::testing::freshTestDirectory("rasoat-test-hostile-name");
  const fs::path file = root / std::string("b\xFF\x1B[2J\xE2\x80\xAE.qc");
  std::ofstream(file) << kHeader
                      << "1. Ban Thường vụ quyết định công tác dân vận.\n2. Thường trực quyết định công tác "
                         "dân vận.\n";
  for (const std::string format : {"json", "sarif"}) {
    CliRun run = runRasoat("check --format " + format + " " + shellQuote(file.string()));
    CHECK(run.status == 1);
    REQUIRE(nlohmann::json::accept(run.out));
  }
  CliRun text = runRasoat("--color never check " + shellQuote(file.string()));
  CHECK(text.status == 1);
  CHECK(text.out.find("b<0xFF><U+001B>[2J<U+202E>.qc:") != std::string::npos);
  CHECK_FALSE(spoofsTerminal(text.out));
  CliRun parse = runRasoat("parse " + shellQuote(file.string()));
  CHECK(parse.status == 0);
  CHECK(nlohmann::json::accept(parse.out));
}
