// The corpus regulations converted to each old encoding at test time give
// exactly the findings of their UTF-8 text, and every output says how the
// file was read.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "support/cli_helpers.h"
#include "text/legacy_encodings.h"
#include "text/utf8.h"

namespace fs = std::filesystem;
using rasoat::testing::CliRun;
using rasoat::testing::runRasoat;
using rasoat::testing::shellQuote;

namespace {

std::string readBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Windows-1258 as glibc's iconv writes it (decomposed tone marks).
std::string windows1258(const fs::path& path) {
  const fs::path out = fs::temp_directory_path() / "rasoat-test-cp1258.tmp";
  REQUIRE(std::system(("iconv -f UTF-8 -t WINDOWS-1258 " + shellQuote(path.string()) + " > " + shellQuote(out.string()))
                          .c_str()) == 0);
  return readBytes(out);
}

struct Finding {
  std::string code, severity;
  int line, column;
  std::string message;
  bool operator==(const Finding&) const = default;
};

// The findings of `check --format json`, the file's directory taken out of the
// messages; the reading note apart.
std::vector<Finding> findings(const fs::path& file, std::vector<std::string>& notes, bool caseless) {
  const CliRun run = runRasoat("--lang en check --format json --corpus corpus " + shellQuote(file.string()));
  INFO(run.err);
  REQUIRE((run.status == 0 || run.status == 1));
  std::vector<Finding> all;
  const nlohmann::json json = nlohmann::json::parse(run.out);
  for (const auto& finding : json["findings"]) {
    const std::string text = finding["message"];
    if (finding["severity"] == "note" && finding["code"].is_null() && text.rfind("read as ", 0) == 0) {
      notes.push_back(text);
      continue;
    }
    std::string message = finding["message"];
    if (caseless) message.clear();  // TCVN3 keeps no capital on "Ủy": compared by place and code
    all.push_back(Finding{finding["code"].is_null() ? "" : finding["code"].get<std::string>(), finding["severity"],
                          finding["line"], finding["column"], message});
  }
  return all;
}

}  // namespace

TEST_CASE("a corpus regulation in Windows-1258, VNI, TCVN3 and UTF-16 gives the findings of its UTF-8 text",
          "[cli][encoding]") {
  const fs::path root = rasoat::testing::freshTestDirectory("rasoat-test-encodings");
  for (const char* name : {"quy-che-phuong-giang-bien.qc", "quy-che-phuong-ngoc-thuy.qc"}) {
    const fs::path original = fs::path(RASOAT_SOURCE_DIR) / "corpus/quan-long-bien/phuong" / name;
    const std::string utf8 = readBytes(original);
    const std::u32string text = rasoat::text::decodeUtf8(utf8);
    std::vector<std::string> none;
    const auto write = [&](const std::string& encoding, const std::string& bytes) {
      fs::create_directories(root / encoding);
      std::ofstream(root / encoding / name, std::ios::binary) << bytes;
      return root / encoding / name;
    };
    const auto expected = findings(write("utf-8", utf8), none, false);
    const auto expectedCaseless = findings(root / "utf-8" / name, none, true);
    CHECK(none.empty());
    REQUIRE_FALSE(expected.empty());
    struct Case {
      std::string encoding, bytes, named;
    };
    const std::vector<Case> cases = {
        {"windows-1258", windows1258(original), "Windows-1258"},
        {"vni", *rasoat::text::encodeVni(text), "VNI"},
        {"tcvn3", *rasoat::text::encodeTcvn3(text), "TCVN3"},
        {"utf-16",
         "\xFF\xFE" +
             [&] {
               std::string bytes;
               for (char32_t c : text) {
                 REQUIRE(c < 0x10000);
                 bytes.push_back(static_cast<char>(c & 0xFF));
                 bytes.push_back(static_cast<char>(c >> 8));
               }
               return bytes;
             }(),
         "UTF-16 LE"},
    };
    for (const Case& c : cases) {
      INFO(name << " in " << c.encoding);
      std::vector<std::string> notes;
      const bool caseless = c.encoding == "tcvn3";
      const auto found = findings(write(c.encoding, c.bytes), notes, caseless);
      CHECK(found == (caseless ? expectedCaseless : expected));
      REQUIRE(notes.size() == 1);
      CHECK(notes[0].find(c.named) != std::string::npos);
    }
  }
}

TEST_CASE("the reading note reaches text, JSON and SARIF output", "[cli][encoding]") {
  const fs::path root = rasoat::testing::freshTestDirectory("rasoat-test-encoding-outputs");
  const fs::path file = root / "cp1258.qc";
  std::ofstream(file, std::ios::binary) << windows1258(fs::path(RASOAT_SOURCE_DIR) /
                                                       "corpus/quan-long-bien/phuong/quy-che-phuong-bo-de.qc");
  const std::string quoted = shellQuote(file.string());
  const CliRun text = runRasoat("--color never check --corpus corpus " + quoted);
  CHECK(text.out.find(file.string() + ": note: đọc theo bảng mã Windows-1258") != std::string::npos);
  const CliRun parse = runRasoat("--lang en parse " + quoted);
  CHECK(nlohmann::json::parse(parse.out)["readingNotes"][0] ==
        "read as Windows-1258 and converted to Unicode (better saved as UTF-8)");
  CHECK(parse.err.find("note: read as Windows-1258") != std::string::npos);
  const CliRun sarif = runRasoat("check --format sarif --corpus corpus " + quoted);
  bool notified = false;
  const nlohmann::json log = nlohmann::json::parse(sarif.out);
  for (const auto& note : log["runs"][0]["invocations"][0]["toolExecutionNotifications"])
    notified = notified || note["message"]["text"].get<std::string>().find("Windows-1258") != std::string::npos;
  CHECK(notified);
}

TEST_CASE("bytes in no encoding read with confidence are an input error naming those tried", "[cli][encoding]") {
  const fs::path file = rasoat::testing::freshTestDirectory("rasoat-test-encoding-unknown") / "latin1.qc";
  std::ofstream(file, std::ios::binary) << "Article 1. Le conseil d\xE9lib\xE8re; \xE0 d\xE9"
                                           "faut, le pr\xE9"
                                           "fet.\n";
  const CliRun run = runRasoat("--lang en parse " + shellQuote(file.string()));
  CHECK(run.status == 2);
  CHECK(run.err.find("latin1.qc: error: invalid UTF-8 at byte offset") != std::string::npos);
  CHECK(run.err.find("TCVN3 (ABC), VNI or Windows-1258") != std::string::npos);
}

// Acceptance trial of issue 11: "check a.qc" said how a neighbouring draft in
// Windows-1258 was read — a file nothing cites, read only as a possible parent.
TEST_CASE("a corpus file's reading notes are said only when a checked document cites it", "[cli][encoding]") {
  const fs::path root = rasoat::testing::freshTestDirectory("rasoat-test-corpus-notes");
  std::ofstream(root / "a.qc", std::ios::binary)
      << "QUY CHẾ LÀM VIỆC\n\nĐiều 1. A\n1. Ban Thường vụ quyết định công tác dân vận.\n";
  std::ofstream(root / "b.qc", std::ios::binary)
      << windows1258(fs::path(RASOAT_SOURCE_DIR) / "corpus/quan-long-bien/phuong/quy-che-phuong-bo-de.qc");
  const CliRun neighbour = runRasoat("--color never check " + shellQuote((root / "a.qc").string()));
  CHECK(neighbour.out.find("b.qc") == std::string::npos);
  CHECK(neighbour.err.find("b.qc") == std::string::npos);
  const CliRun itself = runRasoat("--color never check " + shellQuote((root / "b.qc").string()));
  CHECK((itself.out + itself.err).find("b.qc: note: đọc theo bảng mã Windows-1258") != std::string::npos);
}
