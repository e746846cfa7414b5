// Citations between documents and the corpus they are looked up in: every
// odd case ends with a message naming the file, never a loop or a crash.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "support/cli_helpers.h"

namespace fs = std::filesystem;
using rasoat::testing::CliRun;
using rasoat::testing::freshTestDirectory;
using rasoat::testing::runRasoat;
using rasoat::testing::shellQuote;
using rasoat::testing::writeFile;

namespace {

// A small regulation numbered `number` that cites `cites` (none when empty).
std::string regulation(const std::string& number, const std::string& cites) {
  std::string text = "Số " + number + "\n";
  if (!cites.empty()) text += "- Căn cứ Quy chế số " + cites + ",\n";
  return text + "Điều 1. A\n1. Ban Thường vụ quyết định công tác dân vận.\n";
}

CliRun check(const fs::path& file, const std::string& options = "") {
  return runRasoat("--lang en check " + options + " " + shellQuote(file.string()));
}

}  // namespace

TEST_CASE("a document that cites itself is told so and checked without it", "[cli][citations]") {
  const fs::path directory = freshTestDirectory("rasoat-test-self-citation");
  writeFile(directory / "a.qc", regulation("01-QC/ĐU", "01-QC/ĐU"));
  CliRun run = check(directory / "a.qc", "--fail-on warning");
  CHECK(run.status == 1);
  CHECK(run.out.find("a.qc:2:") != std::string::npos);
  CHECK(run.out.find("warning: the document cites itself (01-QC/ĐU); this citation is ignored") != std::string::npos);
  CHECK(run.out.find("citation cycle") == std::string::npos);
}

TEST_CASE("two documents with one number: the first is meant and both are named", "[cli][citations]") {
  const fs::path directory = freshTestDirectory("rasoat-test-same-number");
  fs::create_directories(directory / "corpus");
  writeFile(directory / "ward.qc", regulation("05-QC/ĐU", "02-QC/QU"));
  writeFile(directory / "corpus" / "a.qc", regulation("02-QC/QU", ""));
  writeFile(directory / "corpus" / "b.qc", regulation("02-QC/QU", ""));
  CliRun run = check(directory / "ward.qc", "--corpus " + shellQuote((directory / "corpus").string()));
  CHECK(run.status == 0);
  CHECK(run.out.find("warning: two documents numbered 02-QC/QU: " + (directory / "corpus" / "a.qc").string() + " and " +
                     (directory / "corpus" / "b.qc").string() + "; citations of this number mean " +
                     (directory / "corpus" / "a.qc").string()) != std::string::npos);
}

TEST_CASE("a cited document missing from the corpus is named, and the check goes on", "[cli][citations]") {
  const fs::path directory = freshTestDirectory("rasoat-test-missing-parent");
  writeFile(directory / "ward.qc", regulation("05-QC/ĐU", "99-QC/QU"));
  CliRun run = check(directory / "ward.qc");
  CHECK(run.status == 0);
  CHECK(run.err.find("ward.qc: note: cited documents not in the corpus (--corpus), checked without them: 99-QC/QU") !=
        std::string::npos);
}

TEST_CASE("a chain of citations longer than the limit is cut and reported", "[cli][citations][limits]") {
  const fs::path directory = freshTestDirectory("rasoat-test-long-chain");
  // 01 cites 02 cites 03 ... cites 06: a chain of five links.
  for (int i = 1; i <= 6; ++i) {
    const std::string cites = i < 6 ? "0" + std::to_string(i + 1) + "-QC/ĐU" : "";
    writeFile(directory / ("d" + std::to_string(i) + ".qc"), regulation("0" + std::to_string(i) + "-QC/ĐU", cites));
  }
  CliRun within = check(directory / "d1.qc");
  CHECK(within.status == 0);
  CliRun cut = runRasoat("--lang en --max-citation-depth 3 check " + shellQuote((directory / "d1.qc").string()));
  CHECK(cut.status == 1);
  CHECK(cut.out.find("d1.qc:1:1: error: chain of higher-level documents longer than 3: 01-QC/ĐU → 02-QC/ĐU → "
                     "03-QC/ĐU → 04-QC/ĐU → …; the rest is not followed (raise the limit with "
                     "--max-citation-depth)") != std::string::npos);
}

TEST_CASE("many documents citing each other in circles end quickly", "[cli][citations]") {
  // Every document cites every other: a naive search for cycles is exponential.
  const fs::path directory = freshTestDirectory("rasoat-test-dense-cycles");
  const int count = 24;
  for (int i = 0; i < count; ++i) {
    std::string text = "Số " + std::to_string(100 + i) + "-QC/ĐU\n";
    for (int j = 0; j < count; ++j) {
      if (j != i) text += "- Căn cứ Quy chế số " + std::to_string(100 + j) + "-QC/ĐU,\n";
    }
    writeFile(directory / ("d" + std::to_string(i) + ".qc"),
              text + "Điều 1. A\n1. Ban Thường vụ quyết định công tác dân vận.\n");
  }
  CliRun run = check(directory / "d0.qc");
  CHECK(run.status == 1);
  CHECK(run.out.find("citation cycle: 100-QC/ĐU → ") != std::string::npos);
  CHECK(run.seconds < 20);
}

TEST_CASE("links in the corpus: a loop of directories, a loop of links, a broken link", "[cli][citations][corpus]") {
  const fs::path directory = freshTestDirectory("rasoat-test-corpus-links");
  fs::create_directories(directory / "corpus" / "inner");
  writeFile(directory / "ward.qc", regulation("05-QC/ĐU", "02-QC/QU"));
  writeFile(directory / "corpus" / "inner" / "district.qc", regulation("02-QC/QU", ""));
  fs::create_directory_symlink("..", directory / "corpus" / "inner" / "up");  // corpus/inner/up -> corpus
  fs::create_directory_symlink("/", directory / "corpus" / "root");           // never a scan of the whole disk
  fs::create_symlink("loop-b.qc", directory / "corpus" / "loop-a.qc");
  fs::create_symlink("loop-a.qc", directory / "corpus" / "loop-b.qc");
  fs::create_symlink("nowhere.qc", directory / "corpus" / "broken.qc");
  CliRun run = check(directory / "ward.qc", "--corpus " + shellQuote((directory / "corpus").string()));
  CHECK(run.status == 0);
  CHECK(run.seconds < 10);
  CHECK(run.err.find("corpus/root: warning: corpus: link to a directory, not followed") != std::string::npos);
  CHECK(run.err.find("loop-a.qc: warning: corpus: broken or looping link, skipped: ") != std::string::npos);
  CHECK(run.err.find("broken.qc: warning: corpus: broken or looping link, skipped: ") != std::string::npos);
  CHECK(run.err.find("inner/up: warning: corpus: link to a directory, not followed") != std::string::npos);
  // The district's regulation is found once, through the real directory, and is not missing.
  CHECK(run.err.find("not in the corpus") == std::string::npos);
  CHECK(run.err.find("two documents") == std::string::npos);
  CHECK(run.out.find("two documents") == std::string::npos);
}

TEST_CASE("an unreadable corpus directory or file is a warning naming it", "[cli][citations][corpus]") {
  const fs::path directory = freshTestDirectory("rasoat-test-corpus-unreadable");
  fs::create_directories(directory / "corpus" / "locked");
  writeFile(directory / "ward.qc", regulation("05-QC/ĐU", ""));
  writeFile(directory / "corpus" / "locked" / "x.qc", regulation("07-QC/QU", ""));
  writeFile(directory / "corpus" / "binary.qc", std::string("\x01\x02\x00\xFF", 4));
  fs::create_directory(directory / "corpus" / "folder.qc");
  fs::permissions(directory / "corpus" / "locked", fs::perms::none);
  CliRun run = check(directory / "ward.qc", "--corpus " + shellQuote((directory / "corpus").string()));
  fs::permissions(directory / "corpus" / "locked", fs::perms::owner_all);
  CHECK(run.status == 0);
  CHECK(run.err.find("binary.qc: warning: skipping corpus file: binary data") != std::string::npos);
  // Permissions do not hold for root (CI): the locked directory is then simply read.
  if (::geteuid() != 0)
    CHECK(run.err.find("locked: warning: corpus: cannot read the directory: ") != std::string::npos);
  CliRun missing = check(directory / "ward.qc", "--corpus " + shellQuote((directory / "no-such-dir").string()));
  CHECK(missing.status == 0);
  CHECK(missing.err.find("no-such-dir: warning: corpus: cannot open the directory: ") != std::string::npos);
}
