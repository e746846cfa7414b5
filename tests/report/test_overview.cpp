// The report on many documents opens with an overview: one row per document
// in natural order, linked to its section; the most frequent findings; and a
// workbook with the overview and every finding.
#include <catch2/catch.hpp>

#include <zip.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "support/cli_helpers.h"

namespace fs = std::filesystem;
using rasoat::testing::CliRun;
using rasoat::testing::freshTestDirectory;
using rasoat::testing::runRasoat;
using rasoat::testing::shellQuote;
using rasoat::testing::writeFile;

namespace {

const fs::path kCorpus = fs::path(RASOAT_SOURCE_DIR) / "corpus";

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string replaceAll(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// A commune's regulation made from a ward's of the corpus: its name and number changed.
std::string commune(int number) {
  std::string text = slurp(kCorpus / "quan-long-bien" / "phuong" / "quy-che-phuong-giang-bien.qc");
  text = replaceAll(text, "phường Giang Biên", "xã Số " + std::to_string(number));
  text = replaceAll(text, "PHƯỜNG GIANG BIÊN", "XÃ SỐ " + std::to_string(number));
  return replaceAll(text, "Số 01-QC/ĐU", "Số " + std::to_string(100 + number) + "-QC/ĐU");
}

// The files of communes 1..count, named so that the shell's order is not the natural one.
std::vector<fs::path> makeCommunes(const fs::path& directory, int count) {
  std::vector<fs::path> files;
  for (int n = 1; n <= count; ++n) {
    files.push_back(directory / ("xa-" + std::to_string(n) + ".qc"));
    writeFile(files.back(), commune(n));
  }
  return files;
}

std::string quoted(const std::vector<fs::path>& files) {
  std::string text;
  for (const auto& file : files) text += " " + shellQuote(file.string());
  return text;
}

std::string zipEntry(const fs::path& archive, const std::string& name) {
  int error = 0;
  zip_t* zip = zip_open(archive.string().c_str(), ZIP_RDONLY, &error);
  REQUIRE(zip != nullptr);
  zip_stat_t stat;
  std::string bytes;
  if (zip_stat(zip, name.c_str(), 0, &stat) == 0) {
    zip_file_t* file = zip_fopen(zip, name.c_str(), 0);
    bytes.resize(stat.size);
    zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
  }
  zip_close(zip);
  return bytes;
}

}  // namespace

TEST_CASE("the report on many documents has one linked row per document in natural order", "[report][overview]") {
  const fs::path directory = freshTestDirectory("rasoat-test-overview");
  const std::vector<fs::path> files = makeCommunes(directory, 12);
  const fs::path html = directory / "tong-quan.html";
  CliRun run =
      runRasoat("report --corpus " + shellQuote(kCorpus.string()) + quoted(files) + " -o " + shellQuote(html.string()));
  INFO(run.err);
  REQUIRE(run.status == 0);
  const std::string page = slurp(html);
  const std::size_t overview = page.find("<section id=\"overview\"");
  REQUIRE(overview != std::string::npos);
  CHECK(overview < page.find("<section id=\"summary\""));
  // The rows, in order: xã Số 1, 2, ..., 10, 11, 12, each linked to a section that exists.
  static const std::regex row(R"re(<a href="#(doc-[0-9]+)">Ban Chấp hành Đảng bộ xã Số ([0-9]+)[^<]*</a>)re");
  std::vector<int> order;
  for (auto it = std::sregex_iterator(page.begin(), page.end(), row); it != std::sregex_iterator(); ++it) {
    order.push_back(std::stoi((*it)[2]));
    CHECK(page.find("<section class=\"document\" id=\"" + (*it)[1].str() + "\"") != std::string::npos);
  }
  CHECK(order == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
  CHECK(page.find("Các phát hiện gặp ở nhiều văn bản nhất") != std::string::npos);
  CHECK(page.find("<span class=\"verdict needs-changes\">cần sửa</span>") != std::string::npos);
  CHECK(page.find("section.document { break-before: page; }") != std::string::npos);
}

TEST_CASE("the graph is Graphviz's SVG inlined: unique ids, no prolog, no general matter as a label",
          "[report][graph]") {
  const fs::path directory = freshTestDirectory("rasoat-test-overview-graph");
  const std::vector<fs::path> files = makeCommunes(directory, 2);
  const fs::path html = directory / "r.html";
  CliRun run =
      runRasoat("report --corpus " + shellQuote(kCorpus.string()) + quoted(files) + " -o " + shellQuote(html.string()));
  REQUIRE(run.status == 0);
  const std::string page = slurp(html);
  CHECK(page.find("<?xml") == std::string::npos);
  CHECK(page.find("<!DOCTYPE svg") == std::string::npos);
  CHECK(page.find("<svg class=\"graph\" role=\"img\"") != std::string::npos);
  CHECK(page.find("id=\"graph_0_n1\"") != std::string::npos);
  CHECK(page.find("id=\"graph_1_n1\"") != std::string::npos);
  // Each SVG's texts: no "vấn đề chung, không xác định" on an edge.
  for (std::size_t at = page.find("<svg class=\"graph\""); at != std::string::npos;
       at = page.find("<svg class=\"graph\"", at + 1)) {
    const std::string svg = page.substr(at, page.find("</svg>", at) - at);
    CHECK(svg.find("vấn đề chung") == std::string::npos);
    CHECK(svg.find("<text") != std::string::npos);
  }
  // The powers the matrix could not place are listed, not only counted.
  CHECK(page.find("Thẩm quyền chưa đưa được vào ma trận (") != std::string::npos);
  CHECK(page.find("chưa xác định vấn đề") != std::string::npos);
  // Print: the matrix as blocks per matter; no 7-point print.
  CHECK(page.find("<div class=\"matrix-print\">") != std::string::npos);
  CHECK(page.find("7.5pt") == std::string::npos);
}

TEST_CASE("one document gives the report without an overview", "[report][overview]") {
  const fs::path directory = freshTestDirectory("rasoat-test-overview-single");
  const std::vector<fs::path> files = makeCommunes(directory, 1);
  CliRun run = runRasoat("report --corpus " + shellQuote(kCorpus.string()) + quoted(files) + " -o " +
                         shellQuote((directory / "r.html").string()));
  REQUIRE(run.status == 0);
  CHECK(slurp(directory / "r.html").find("id=\"overview\"") == std::string::npos);
}

TEST_CASE("the overview in Markdown links each document to its section", "[report][overview]") {
  const fs::path directory = freshTestDirectory("rasoat-test-overview-md");
  const std::vector<fs::path> files = makeCommunes(directory, 3);
  CliRun run = runRasoat("report --corpus " + shellQuote(kCorpus.string()) + quoted(files) + " -o " +
                         shellQuote((directory / "r.md").string()));
  REQUIRE(run.status == 0);
  const std::string text = slurp(directory / "r.md");
  for (int n = 1; n <= 3; ++n) {
    const std::string anchor = "doc-" + std::to_string(n);
    CHECK(text.find("(#" + anchor + ")") != std::string::npos);
    CHECK(text.find("<a id=\"" + anchor + "\"></a>") != std::string::npos);
  }
}

TEST_CASE("the overview workbook has the overview then every finding, both filterable", "[report][overview]") {
  const fs::path directory = freshTestDirectory("rasoat-test-overview-xlsx");
  const std::vector<fs::path> files = makeCommunes(directory, 3);
  const fs::path workbook = directory / "tong-quan.xlsx";
  CliRun run = runRasoat("report --corpus " + shellQuote(kCorpus.string()) + quoted(files) + " -o " +
                         shellQuote(workbook.string()));
  INFO(run.err);
  REQUIRE(run.status == 0);
  const std::string book = zipEntry(workbook, "xl/workbook.xml");
  CHECK(book.find("name=\"Tổng quan\"") < book.find("name=\"Phát hiện\""));
  const std::string overview = zipEntry(workbook, "xl/worksheets/sheet1.xml");
  const std::string findings = zipEntry(workbook, "xl/worksheets/sheet2.xml");
  CHECK(overview.find("<autoFilter") != std::string::npos);
  CHECK(findings.find("<autoFilter") != std::string::npos);
  // One row per commune (and the header), many more findings.
  const auto rows = [](const std::string& sheet) {
    std::size_t count = 0;
    for (std::size_t at = sheet.find("<row "); at != std::string::npos; at = sheet.find("<row ", at + 1)) ++count;
    return count;
  };
  CHECK(rows(overview) == 4);
  CHECK(rows(findings) > 4);
}
