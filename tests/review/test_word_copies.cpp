#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "review/word_review_files.h"
#include "support/cli_helpers.h"

namespace fs = std::filesystem;
using namespace rasoat::testing;

namespace {

const fs::path kDraft = fs::path(RASOAT_SOURCE_DIR) / "tests/fixtures/comments/draft.qc";

std::vector<std::string> draftLines() {
  std::ifstream in(kDraft);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The draft as a Word body, one paragraph a line, with some lines replaced
// (by their text in the draft) by paragraphs written by the test.
std::string copyBody(const std::map<std::string, std::string>& replaced) {
  std::string body;
  for (const std::string& line : draftLines()) {
    const auto it = replaced.find(line);
    if (it != replaced.end()) {
      body += it->second;
      continue;
    }
    body += paragraphOf(line.empty() ? std::string() : R"(<w:r><w:t xml:space="preserve">)" + line + "</w:t></w:r>");
  }
  return body;
}

std::string plain(const std::string& text) {
  return R"(<w:r><w:t xml:space="preserve">)" + text + "</w:t></w:r>";
}

struct Copies {
  fs::path directory, draft;
  std::vector<fs::path> copies;
  std::string args() const {
    std::string args = shellQuote(draft.string());
    for (const auto& copy : copies) args += " " + shellQuote(copy.string());
    return args;
  }
};

// Reviewer An's copy: comments on an article's title, on a point, across
// two clauses, a thread of replies; a change inside a number that opens a
// gap (Điều 4 khoản 1: dưới 20 → dưới 10 tỷ, while Điều 3 starts at 20).
// In the same file, Bình's change of a number that opens none.
std::string copyOfAn() {
  const std::string body = copyBody({
      {"Điều 1. Phạm vi điều chỉnh",
       paragraphOf(rangeStart("0") + plain("Điều 1. Phạm vi điều chỉnh") + rangeEnd("0"))},
      {"a) Thảo luận và quyết định những vấn đề quan trọng;",
       paragraphOf(plain("a) Thảo luận và ") + rangeStart("1") + plain("quyết định những vấn đề quan trọng;") +
                   rangeEnd("1"))},
      {"1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư từ 20 tỷ đồng trở lên.",
       paragraphOf(rangeStart("2") + plain("1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư từ 20 tỷ "
                                           "đồng trở lên."))},
      {"2. Chỉ đạo công tác kiểm tra, giám sát.",
       paragraphOf(plain("2. Chỉ đạo công tác kiểm tra") + rangeEnd("2") + plain(", giám sát."))},
      {"1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư dưới 20 tỷ đồng.",
       paragraphOf(trackedRuns("1. Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư dưới -2-+1+0 tỷ đồng.",
                               "Nguyễn Văn An"))},
      {"2. Ban Chấp hành họp thường lệ 3 tháng một lần:",
       paragraphOf(trackedRuns("2. Ban Chấp hành họp thường lệ -3-+2+ tháng một lần:", "Trần Thị Bình"))},
  });
  return reviewedDocx(body, {{"0", "Nguyễn Văn An", "Tên điều nên rõ hơn"},
                             {"1", "Nguyễn Văn An", "Bổ sung dân chủ"},
                             {"2", "Nguyễn Văn An", "Hai khoản nên gộp"},
                             {"3", "Tổ biên tập", "Đã sửa", "1"},
                             {"4", "Nguyễn Văn An", "Cảm ơn", "3"}});
}

// A second file of An (written differently), with a comment that names no
// author, a paragraph inserted and a clause deleted by Cường.
std::string copyOfCuong() {
  const std::string insertedMark =
      R"(<w:rPr><w:ins w:id="7" w:author="Lê Văn Cường" w:date="2026-11-20T09:00:00Z"/></w:rPr>)";
  const std::string deletedMark =
      R"(<w:rPr><w:del w:id="8" w:author="Lê Văn Cường" w:date="2026-11-20T09:00:00Z"/></w:rPr>)";
  const std::string body = copyBody({
      {"b) Xem xét báo cáo của Ban Thường vụ.",
       paragraphOf(plain("b) Xem xét báo cáo của Ban Thường vụ.")) +
           paragraphOf(trackedRuns("+c) Cho ý kiến về nhân sự.+", "Lê Văn Cường"), insertedMark)},
      {"2. Chuẩn bị nội dung các kỳ họp của Ban Thường vụ.",
       paragraphOf(trackedRuns("-2. Chuẩn bị nội dung các kỳ họp của Ban Thường vụ.-", "Lê Văn Cường"), deletedMark)},
      {"1. Quyết định các chủ trương lớn của Đảng bộ.",
       paragraphOf(rangeStart("5") + plain("1. Quyết định các chủ trương lớn của Đảng bộ.") + rangeEnd("5"))},
      {"2. Chỉ đạo công tác kiểm tra, giám sát.",
       paragraphOf(plain("2. Chỉ đạo công tác kiểm tra, giám sát, kỷ luật."))},
      {"Quy chế này quy định trách nhiệm, quyền hạn của Ban Chấp hành, Ban Thường vụ và Thường trực Đảng ủy.",
       paragraphOf(rangeStart("6") +
                   plain("Quy chế này quy định trách nhiệm, quyền hạn của Ban Chấp hành, Ban Thường vụ và Thường trực "
                         "Đảng ủy.") +
                   rangeEnd("6"))},
  });
  return reviewedDocx(body, {{"5", "", "Không ghi tên"}, {"6", "nguyễn văn an", "Phạm vi hẹp"}});
}

Copies makeCopies(const std::string& name) {
  Copies copies;
  copies.directory = freshTestDirectory("word-copies-" + name);
  copies.draft = copies.directory / "du-thao.qc";
  fs::copy_file(kDraft, copies.draft);
  copies.copies = {copies.directory / "an.docx", copies.directory / "chi-bo-3.docx"};
  writeFile(copies.copies[0], copyOfAn());
  writeFile(copies.copies[1], copyOfCuong());
  return copies;
}

nlohmann::json runJson(const Copies& copies) {
  const auto run = runRasoat("comments " + copies.args() + " --format json");
  INFO(run.err);
  REQUIRE(run.status == 0);
  return nlohmann::json::parse(run.out);
}

const nlohmann::json* entryWith(const nlohmann::json& json, const std::string& comment) {
  for (const auto& entry : json["entries"]) {
    if (entry.value("comment", "") == comment) return &entry;
  }
  return nullptr;
}

}  // namespace

TEST_CASE(
    "a Word comment on an article's title belongs to the article, on a point to the point, across two "
    "clauses to the article that holds both",
    "[wordcopy]") {
  const auto json = runJson(makeCopies("place"));
  INFO(json.dump(1));
  const auto unitOf = [&](const std::string& comment) {
    const nlohmann::json* entry = entryWith(json, comment);
    return entry ? (*entry)["unit"].get<std::string>() : std::string("(missing)");
  };
  CHECK(unitOf("Tên điều nên rõ hơn") == "Điều 1");
  CHECK(unitOf("Bổ sung dân chủ") == "Điều 2 khoản 2 điểm a");
  CHECK(unitOf("Hai khoản nên gộp") == "Điều 3");
  CHECK(unitOf("Phạm vi hẹp") == "Điều 1 đoạn");  // its unnumbered paragraph
  CHECK(unitOf("Không ghi tên") == "Điều 2 khoản 1");
}

TEST_CASE("replies, nested ones too, are listed under the comment they answer, not as comments", "[wordcopy]") {
  const auto json = runJson(makeCopies("replies"));
  const nlohmann::json* thread = entryWith(json, "Bổ sung dân chủ");
  REQUIRE(thread);
  REQUIRE((*thread)["replies"].size() == 2);
  CHECK((*thread)["replies"][0]["author"] == "Tổ biên tập");
  CHECK((*thread)["replies"][0]["text"] == "Đã sửa");
  CHECK((*thread)["replies"][1]["text"] == "Cảm ơn");
  CHECK_FALSE(entryWith(json, "Đã sửa"));
  CHECK_FALSE(entryWith(json, "Cảm ơn"));
}

TEST_CASE("who: the comment's or change's author, the file's name when none, one reviewer over two files",
          "[wordcopy]") {
  const auto json = runJson(makeCopies("who"));
  CHECK((*entryWith(json, "Tên điều nên rõ hơn"))["reviewer"] == "Nguyễn Văn An");
  CHECK((*entryWith(json, "Tên điều nên rõ hơn"))["date"] == "2026-11-20T10:00:00Z");
  CHECK((*entryWith(json, "Không ghi tên"))["reviewer"] == "chi-bo-3");
  std::set<std::string> reviewers;
  for (const auto& reviewer : json["reviewers"]) reviewers.insert(reviewer.get<std::string>());
  // An in two files (two spellings) is one reviewer.
  CHECK(reviewers == std::set<std::string>{"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "chi-bo-3"});
}

TEST_CASE("a tracked change inside a number that opens a gap is flagged with its code; one that opens none is not",
          "[wordcopy]") {
  const auto json = runJson(makeCopies("flags"));
  int proposals = 0;
  for (const auto& entry : json["entries"]) {
    if (!entry.contains("proposal")) continue;
    ++proposals;
    INFO(entry.dump(1));
    if (entry["unit"] == "Điều 4 khoản 1") {
      CHECK(entry["reviewer"] == "Nguyễn Văn An");
      REQUIRE_FALSE(entry["findings"]["adds"].empty());
      CHECK(entry["findings"]["adds"][0]["code"] == "G002");
      CHECK(entry["answer"].get<std::string>().find("(G002)") != std::string::npos);
    } else if (entry["reviewer"] != "chi-bo-3") {  // not the edit without tracking
      CHECK(entry["unit"] == "Điều 2 khoản 2");
      CHECK(entry["reviewer"] == "Trần Thị Bình");
      CHECK(entry["findings"]["adds"].empty());
      CHECK_FALSE(entry.contains("answer"));
    }
  }
  CHECK(proposals == 3);
}

TEST_CASE("a paragraph inserted or deleted with tracking is a comment on the unit around it", "[wordcopy]") {
  const auto json = runJson(makeCopies("paragraphs"));
  INFO(json.dump(1));
  bool added = false, dropped = false;
  for (const auto& entry : json["entries"]) {
    const std::string comment = entry.value("comment", "");
    if (comment.find("Cho ý kiến về nhân sự") != std::string::npos) {
      added = true;
      CHECK(entry["unit"] == "Điều 2 khoản 2");
      CHECK(entry["reviewer"] == "Lê Văn Cường");
    }
    if (comment.rfind("Đề nghị bỏ", 0) == 0) {
      dropped = true;
      CHECK(entry["unit"] == "Điều 4 khoản 2");
      CHECK(entry["reviewer"] == "Lê Văn Cường");
    }
  }
  CHECK(added);
  CHECK(dropped);
}

TEST_CASE("an edit made without tracking is a proposal signed with the file's name, on its unit", "[wordcopy]") {
  const auto json = runJson(makeCopies("untracked"));
  INFO(json.dump(1));
  const nlohmann::json* found = nullptr;
  for (const auto& entry : json["entries"]) {
    if (entry.contains("proposal") &&
        entry["proposal"]["after"].get<std::string>().find("kỷ luật") != std::string::npos)
      found = &entry;
  }
  REQUIRE(found);
  CHECK((*found)["unit"] == "Điều 3 khoản 2");
  CHECK((*found)["reviewer"] == "chi-bo-3");
}

TEST_CASE("every comment and change of the Word copies is listed exactly once", "[wordcopy]") {
  const auto json = runJson(makeCopies("once"));
  // 5 comments (2 of them replies, not entries) + 2 in the second file, 2 tracked changes of
  // wording, 2 paragraphs inserted or deleted, 1 edit without tracking.
  CHECK(json["entries"].size() == 3 + 2 + 2 + 2 + 1);
}

TEST_CASE("a Word copy of another document is reported and skipped", "[wordcopy]") {
  Copies copies = makeCopies("other");
  const fs::path other = copies.directory / "khac.docx";
  writeFile(other, reviewedDocx(paragraphOf(plain("Điều 1. Một việc khác hẳn")) + paragraphOf(plain("Điều 2. Nữa")) +
                                    paragraphOf(plain("Điều 3. Và nữa")),
                                {{"1", "X", "Không liên quan"}}));
  copies.copies = {other};
  const auto run = runRasoat("comments " + copies.args() + " --format json");
  CHECK(run.status == 0);
  CHECK(run.err.find("khac.docx: warning") != std::string::npos);
  const auto json = nlohmann::json::parse(run.out);
  CHECK(json["entries"].empty());
}

TEST_CASE("a Word copy that cannot be read is named and the others are still merged", "[wordcopy]") {
  Copies copies = makeCopies("broken");
  const fs::path broken = copies.directory / "hong.docx";
  writeFile(broken, reviewedDocx(paragraphOf(plain("Điều 1. Phạm vi")), {{"1", "X", "<unclosed"}}));
  copies.copies.push_back(broken);
  const auto run = runRasoat("comments " + copies.args() + " --format json");
  CHECK(run.status == 2);
  CHECK(run.err.find("hong.docx") != std::string::npos);
  const auto json = nlohmann::json::parse(run.out);
  CHECK(json["entries"].size() == 10);
}

TEST_CASE("replies that answer each other in a circle are listed as comments; a comment on the title block is general",
          "[wordcopy]") {
  Copies copies = makeCopies("cycle");
  const fs::path cycle = copies.directory / "vong.docx";
  const std::string body =
      copyBody({{"QUY CHẾ LÀM VIỆC", paragraphOf(rangeStart("1") + plain("QUY CHẾ LÀM VIỆC") + rangeEnd("1") +
                                                 rangeStart("2") + rangeEnd("2"))}});
  writeFile(cycle, reviewedDocx(body, {{"1", "X", "Một", "2"}, {"2", "Y", "Hai", "1"}}));
  copies.copies = {cycle};
  const auto json = runJson(copies);
  REQUIRE(json["entries"].size() == 2);
  CHECK(json["entries"][0]["unit"] == "");
  CHECK(json["entries"][1]["unit"] == "");
}

TEST_CASE("a copy with tracked changes by too many authors is an error naming the file, not a hang", "[wordcopy]") {
  Copies copies = makeCopies("authors");
  const fs::path many = copies.directory / "nhieu.docx";
  std::string changes;
  for (int i = 0; i < 70; ++i) changes += trackedRuns("+x+", "A" + std::to_string(i));
  writeFile(
      many,
      reviewedDocx(
          copyBody({{"Điều 1. Phạm vi điều chỉnh", paragraphOf(plain("Điều 1. Phạm vi điều chỉnh") + changes)}}), {}));
  copies.copies = {many};
  const auto run = runRasoat("comments " + copies.args() + " --format json");
  CHECK(run.status == 2);
  CHECK(run.err.find("nhieu.docx") != std::string::npos);
  CHECK(run.err.find("70") != std::string::npos);
}
