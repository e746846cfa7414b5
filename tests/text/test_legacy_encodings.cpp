// Old encodings: the tables against published converters and known samples,
// every corpus regulation through each encoding and back, and detection that
// takes neither Latin-1, random bytes nor UTF-8 for TCVN3 or VNI.
#include <iconv.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>

#include "base/input_error.h"
#include "text/encoding_detection.h"
#include "text/legacy_encodings.h"
#include "text/source_text.h"
#include "text/utf8.h"
#include "text/vietnamese_syllable.h"

namespace fs = std::filesystem;
using namespace rasoat::text;
using rasoat::InputError;

namespace {

// glibc's iconv, an independent converter: nothing when it cannot convert.
std::optional<std::string> iconvert(const std::string& bytes, const char* to, const char* from) {
  std::unique_ptr<void, int (*)(iconv_t)> converter(iconv_open(to, from), &iconv_close);
  // NOLINTNEXTLINE(performance-no-int-to-ptr): (iconv_t)-1 is how iconv_open reports a failure
  if (converter.get() == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string in = bytes;
  std::string out(bytes.size() * 4 + 16, '\0');
  char* inPointer = in.data();
  char* outPointer = out.data();
  std::size_t inLeft = in.size(), outLeft = out.size();
  if (iconv(converter.get(), &inPointer, &inLeft, &outPointer, &outLeft) == static_cast<std::size_t>(-1))
    return std::nullopt;
  // The TCVN decoder holds a letter back, waiting for a combining mark: flushed here.
  iconv(converter.get(), nullptr, nullptr, &outPointer, &outLeft);
  out.resize(out.size() - outLeft);
  return out;
}

std::vector<fs::path> corpusRegulations() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(RASOAT_SOURCE_DIR) / "corpus"))
    if (entry.path().extension() == ".qc") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string lowerCase(const SourceText& source) {
  // The matching copy is lower case, NFC, with one tone placement.
  return source.matchingUtf8();
}

std::string allLines(const SourceText& source) {
  std::string text;
  for (int line = 1; line <= source.lineCount(); ++line) text += source.lineUtf8(line) + "\n";
  return text;
}

std::string errorOf(const std::string& bytes) {
  try {
    SourceText::fromBytes("x.qc", bytes);
  } catch (const InputError& error) {
    return error.message().en;
  }
  return "";
}

const std::string kFrench =
    "Article 1. Le conseil municipal délibère sur les affaires de la commune. Il élit le maire et ses adjoints; "
    "à défaut, le préfet désigne un délégué spécial. Les décisions sont prises à la majorité absolue des "
    "suffrages exprimés. Où qu'il siège, le conseil est présidé par le maire, qui vérifie les pièces reçues.\n";

}  // namespace

TEST_CASE("the TCVN3 table agrees with glibc's TCVN 5712 for every letter it assigns", "[text][encoding]") {
  for (int byte = 0xA1; byte <= 0xFF; ++byte) {
    const std::string one(1, static_cast<char>(byte));
    const auto glibc = iconvert(one, "UTF-8", "TCVN5712-1");
    REQUIRE(glibc);
    const std::u32string ours = decodeTcvn3(one);
    // VN3 leaves the combining tone marks of VN1 (B0–B4) to Windows-1252.
    if (byte >= 0xB0 && byte <= 0xB4) continue;
    INFO("byte " << byte);
    CHECK(encodeUtf8(ours) == *glibc);
  }
}

// The bytes of a text typed in a VNI font, as Windows-1252 shows them.
static std::string vniBytes(const std::string& shown) {
  std::string bytes;
  for (char32_t c : decodeUtf8(shown)) bytes.push_back(static_cast<char>(*windows1252Byte(c)));
  return bytes;
}

TEST_CASE("VNI samples decode as the offices wrote them", "[text][encoding]") {
  CHECK(encodeUtf8(decodeVni(vniBytes("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"))) ==
        "Cộng hòa xã hội chủ nghĩa Việt Nam");
  CHECK(encodeUtf8(decodeVni("\xD1\x6F\xE4\x63 la\xE4p - T\xF6\xEF do - Ha\xEFnh phu\xF9\x63")) ==
        "Độc lập - Tự do - Hạnh phúc");
  CHECK(encodeUtf8(decodeVni(vniBytes("ngöôøi, naêm, ñaëc, chuaån, Chæ thò, kyø"))) ==
        "người, năm, đặc, chuẩn, Chỉ thị, kỳ");
  CHECK(encodeUtf8(decodeVni("\xD1IE\xC0U 5")) == "ĐIỀU 5");
}

TEST_CASE("TCVN3 samples decode, capitals typed in .VnTimeH restored", "[text][encoding]") {
  CHECK(encodeUtf8(decodeTcvn3("Quy ch\xD5 l\xB5m vi\xD6\x63")) == "Quy chế làm việc");
  const SourceText source = SourceText::fromBytes("x.qc",
                                                  "\xA7\xB6NG C\xE9NG S\xB6N VI\xD6T NAM\n\xA7i\xD2u 1. "
                                                  "\xA7\xB6ng \xF1y ph\xAD\xEAng\n");
  CHECK(source.lineUtf8(1) == "ĐẢNG CỘNG SẢN VIỆT NAM");
  CHECK(source.lineUtf8(2) == "Điều 1. Đảng ủy phường");
}

TEST_CASE("every corpus regulation reads back the same through each encoding", "[text][encoding]") {
  for (const fs::path& path : corpusRegulations()) {
    INFO(path.string());
    const std::string utf8 = readFile(path);
    const SourceText original = SourceText::fromBytes(path.string(), utf8);
    const std::u32string text = decodeUtf8(utf8);

    const auto cp1258 = iconvert(utf8, "WINDOWS-1258", "UTF-8");
    REQUIRE(cp1258);
    const SourceText fromCp1258 = SourceText::fromBytes(path.string(), *cp1258);
    CHECK(allLines(fromCp1258) == allLines(original));
    REQUIRE(fromCp1258.readingNotes().size() == 1);
    CHECK(fromCp1258.readingNotes()[0].en.find("Windows-1258") != std::string::npos);

    const auto vni = encodeVni(text);
    REQUIRE(vni);
    const SourceText fromVni = SourceText::fromBytes(path.string(), *vni);
    CHECK(allLines(fromVni) == allLines(original));
    REQUIRE(fromVni.readingNotes().size() == 1);
    CHECK(fromVni.readingNotes()[0].en.find("VNI") != std::string::npos);

    // TCVN3 loses the capital of a lone toned capital ("Ủy ban" is stored "ủy ban"):
    // compared in the matching copy, which is what the parser reads.
    const auto tcvn3 = encodeTcvn3(text);
    REQUIRE(tcvn3);
    const SourceText fromTcvn3 = SourceText::fromBytes(path.string(), *tcvn3);
    CHECK(lowerCase(fromTcvn3) == lowerCase(original));
    REQUIRE(fromTcvn3.readingNotes().size() == 1);
    CHECK(fromTcvn3.readingNotes()[0].en.find("TCVN3") != std::string::npos);

    for (const char* utf16 : {"UTF-16LE", "UTF-16BE", "UTF-16"}) {
      const auto bytes = iconvert(utf8, utf16, "UTF-8");
      REQUIRE(bytes);
      const SourceText fromUtf16 = SourceText::fromBytes(path.string(), *bytes);
      CHECK(allLines(fromUtf16) == allLines(original));
      CHECK(fromUtf16.readingNotes().size() == 1);
    }
    CHECK(original.readingNotes().empty());
    CHECK(original.readingWarnings().empty());  // no clean regulation looks like mojibake
  }
}

TEST_CASE("Latin-1 French, random bytes and Windows-1252 are not taken for a Vietnamese encoding", "[text][encoding]") {
  const auto latin1 = iconvert(kFrench, "ISO-8859-1", "UTF-8");
  REQUIRE(latin1);
  CHECK(errorOf(*latin1).find("not readable as Vietnamese text in UTF-16, TCVN3 (ABC), VNI or Windows-1258") !=
        std::string::npos);
  std::mt19937 random(11);
  for (int sample = 0; sample < 50; ++sample) {
    std::string noise;
    for (int i = 0; i < 400; ++i) noise.push_back(static_cast<char>(1 + random() % 255));
    INFO("sample " << sample);
    CHECK_FALSE(errorOf(noise).empty());
  }
  // Vietnamese stripped to Latin-1 ("?i?u" for "Điều", "Ông" kept): no encoding reads it with confidence,
  // though "Ông" read as VNI is "Ơng".
  CHECK_FALSE(errorOf("?i?u 1. Quy?t ??nh\n1. \xD4ng Nguy?n V?n \xC1, ?y vi\xEAn\n").empty());
  // Vietnamese stripped to Windows-1252 ("?i?u" for "Điều"): no encoding reads it with confidence.
  CHECK(errorOf("Ban Th\xF0\xF0ng v\xE1").find("invalid UTF-8 at byte offset 6") == 0);
}

TEST_CASE("a few bytes with a zero among them are binary data, not UTF-16", "[text][encoding]") {
  CHECK(errorOf(std::string("\x01\x02\x00\xFF", 4)).find("binary data") == 0);
}

TEST_CASE("a UTF-8 file is read as UTF-8 with no note", "[text][encoding]") {
  const SourceText source = SourceText::fromBytes("x.qc", "Điều 1. Ban Thường vụ quyết định. Où est-il? été");
  CHECK(source.readingNotes().empty());
  CHECK(source.readingWarnings().empty());
}

TEST_CASE("UTF-8 holding TCVN3 or VNI text converted wrongly gets a warning, not words", "[text][encoding]") {
  // What Word writes when a .VnTime document is saved as Unicode text.
  const SourceText tcvn = SourceText::fromBytes(
      "x.qc", "QUY CHẾ LÀM VIỆC\n§iÒu 1. Ban Th\u00AD\u00EAng vô quyÕt ®Þnh\n2. Th\u00AD\u00EAng trùc\n");
  REQUIRE(tcvn.readingWarnings().size() == 1);
  const auto& warning = tcvn.readingWarnings()[0];
  CHECK(warning.severity == rasoat::Severity::warning);
  CHECK(warning.range.begin.line == 2);
  CHECK(warning.message.en.find("TCVN3") != std::string::npos);
  CHECK(warning.message.en.find("Điều 1. Ban Thường vụ quyết định") != std::string::npos);

  const SourceText vni = SourceText::fromBytes("x.qc", "Ñieàu 1. Ban Thöôøng vuï quyeát ñònh\n");
  REQUIRE(vni.readingWarnings().size() == 1);
  CHECK(vni.readingWarnings()[0].message.en.find("VNI") != std::string::npos);
}

TEST_CASE("Vietnamese syllables are told from other words", "[text][encoding]") {
  for (const char32_t* word : {U"Điều", U"nghĩa", U"người", U"QUYẾT", U"khuya", U"gì", U"quyền", U"ĐƯỢC"})
    CHECK(isVietnameseSyllable(word));
  for (const char32_t* word : {U"été", U"très", U"§iÒu", U"lµm", U"où", U"français", U"Thđđng", U"ộtộ"})
    CHECK_FALSE(isVietnameseSyllable(word));
}
