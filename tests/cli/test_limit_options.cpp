#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "support/cli_helpers.h"

namespace fs = std::filesystem;
using rasoat::testing::CliRun;
using rasoat::testing::runRasoat;
using rasoat::testing::shellQuote;
using rasoat::testing::writeFile;

namespace {

const std::string kRegulation =
    "Số 01-QC/ĐU\nĐiều 1. Trách nhiệm của Ban Thường vụ\n"
    "1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư trên 20 tỷ đồng.\n";

}  // namespace

TEST_CASE("limits come from rasoat.yaml, and the command line wins", "[cli][limits][config]") {
  const fs::path project = rasoat::testing::freshTestDirectory("rasoat-test-limits-config");
  writeFile(project / "a.qc", kRegulation);
  writeFile(project / "rasoat.yaml", "lang: en\nlimits:\n  max-line-length: 40\n");
  const std::string file = shellQuote((project / "a.qc").string());
  CliRun fromFile = runRasoat("check " + file);
  CHECK(fromFile.status == 2);
  CHECK(fromFile.err.find("a.qc:3:41: error: line 3 is longer than 40 characters (raise the limit with "
                          "--max-line-length)") != std::string::npos);
  CHECK(runRasoat("check --max-line-length 200 " + file).status == 0);
  CHECK(runRasoat("--max-line-length 200 check " + file).status == 0);
}

TEST_CASE("an unknown or malformed limit in rasoat.yaml is an error at its line", "[cli][limits][config]") {
  const fs::path project = rasoat::testing::freshTestDirectory("rasoat-test-limits-config-bad");
  writeFile(project / "a.qc", kRegulation);
  const std::string file = shellQuote((project / "a.qc").string());
  writeFile(project / "rasoat.yaml", "lang: en\nlimits:\n  max-depth: 4\n  max-widgets: 3\n");
  CliRun unknown = runRasoat("--lang en check " + file);
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("rasoat.yaml:4: error: unknown limit 'max-widgets'; expected one of max-file-size, "
                         "max-line-length, max-document-size") != std::string::npos);
  CHECK(unknown.err.find("max-citation-depth") != std::string::npos);
  writeFile(project / "rasoat.yaml", "lang: en\nlimits:\n  max-depth: -3\n");
  CliRun negative = runRasoat("--lang en check " + file);
  CHECK(negative.status == 2);
  CHECK(negative.err.find("rasoat.yaml:3: error: limit 'max-depth' must be a positive whole number") !=
        std::string::npos);
}

TEST_CASE("a limit option takes a positive number", "[cli][limits]") {
  CliRun zero = runRasoat("--max-depth 0 parse x.qc");
  CHECK(zero.status == 2);
  CHECK(zero.err.find("--max-depth") != std::string::npos);
  CliRun words = runRasoat("parse --max-provisions many x.qc");
  CHECK(words.status == 2);
  CHECK(words.err.find("--max-provisions") != std::string::npos);
}

// Every command reads through the driver, which applies the limits once:
// `compare` used to parse with the default limits whatever was given.
TEST_CASE("every command applies the limits given, compare and model included", "[cli][limits][driver]") {
  const fs::path project = rasoat::testing::freshTestDirectory("rasoat-test-limits-every-command");
  const std::string twoClauses = kRegulation + "2. Quyết định các khoản chi ngân sách trên 5 tỷ đồng.\n";
  writeFile(project / "old.qc", twoClauses);
  writeFile(project / "new.qc", twoClauses);
  const std::string oldFile = shellQuote((project / "old.qc").string());
  const std::string newFile = shellQuote((project / "new.qc").string());
  for (const std::string& command :
       {"parse " + newFile, "model " + newFile, "check " + newFile, "compare " + oldFile + " " + newFile}) {
    INFO(command);
    const CliRun limited = runRasoat("--lang en --max-provisions 2 " + command);
    const std::string said = limited.out + limited.err;  // `check` reports on stdout, the others on stderr
    CHECK(said.find("new.qc:4:1: error: ") != std::string::npos);
    CHECK(said.find("--max-provisions") != std::string::npos);
    const CliRun unlimited = runRasoat("--lang en " + command);
    CHECK((unlimited.out + unlimited.err).find("--max-provisions") == std::string::npos);
  }
}
