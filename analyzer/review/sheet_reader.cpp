#include "review/sheet_reader.h"

#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>

#include "base/input_error.h"
#include "text/utf8.h"

namespace rasoat::review {

namespace {

namespace fs = std::filesystem;

// An archive is hostile input: bounded in entries and in what it unpacks to.
constexpr zip_int64_t kMaxEntries = 10000;
constexpr zip_uint64_t kMaxEntryBytes = zip_uint64_t{64} * 1024 * 1024;
constexpr zip_uint64_t kMaxRatio = 200;  // uncompressed / compressed, for entries over 1 MB

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// How many times `separator` splits a record (quotes respected).
std::size_t splits(std::string_view line, char separator) {
  std::size_t count = 0;
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    if (!quoted && c == separator) ++count;
  }
  return count;
}

// The separator that splits the first lines the same number of times (a
// heading "Điều, khoản" in a semicolon sheet has commas in one line only);
// else the one the first line uses most.
char separatorOf(std::string_view bytes) {
  // The first records: a line break inside quotes (a cell of several lines) does not end one.
  std::vector<std::string_view> lines;
  bool quoted = false;
  for (std::size_t at = 0, end = 0; end <= bytes.size() && lines.size() < 5; ++end) {
    if (end < bytes.size() && bytes[end] == '"') quoted = !quoted;
    if (end < bytes.size() && (quoted || bytes[end] != '\n')) continue;
    if (end > at) lines.push_back(bytes.substr(at, end - at));
    at = end + 1;
  }
  char best = ',';
  std::size_t bestScore = 0, bestFirst = 0;
  for (char separator : {',', ';', '\t'}) {
    const std::size_t first = lines.empty() ? 0 : splits(lines.front(), separator);
    bool steady = first > 0;
    for (const auto line : lines) steady = steady && splits(line, separator) == first;
    const std::size_t score = steady ? first + 1000 : first;
    if (score > bestScore || (score == bestScore && first > bestFirst)) {
      best = separator;
      bestScore = score;
      bestFirst = first;
    }
  }
  return best;
}

using ZipPointer = std::unique_ptr<zip_t, decltype(&zip_discard)>;

// One entry's bytes; nothing when it is not in the archive.
std::optional<std::string> readEntry(zip_t* archive, const std::string& path, const char* name) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive, name, 0, &stat) != 0) return std::nullopt;
  const bool bomb = stat.size > kMaxEntryBytes ||
                    (stat.size > (1u << 20) && stat.comp_size > 0 && stat.size / stat.comp_size > kMaxRatio);
  if (bomb) {
    throw InputError(path, {std::string("phần ") + name + " của bảng tính giải nén ra quá lớn (nghi tệp zip độc hại)",
                            std::string("the workbook's part ") + name + " unpacks too large (a zip bomb?)"});
  }
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(archive, name, 0), zip_fclose);
  if (!file) throw InputError(path, {std::string("không đọc được phần ") + name, std::string("cannot read ") + name});
  std::string bytes(stat.size, '\0');
  const zip_int64_t read = zip_fread(file.get(), bytes.data(), stat.size);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
    throw InputError(path, {std::string("không đọc được phần ") + name, std::string("cannot read ") + name});
  return bytes;
}

pugi::xml_document parseXml(const std::string& path, const std::string& bytes, const char* name) {
  pugi::xml_document document;
  // pugixml never reads a DTD or external entity: parse_default has no doctype expansion.
  const auto result = document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default);
  if (!result) {
    throw InputError(path,
                     {std::string("phần ") + name + " của bảng tính không phải XML hợp lệ: " + result.description(),
                      std::string("the workbook's part ") + name + " is malformed XML: " + result.description()});
  }
  return document;
}

// The text of a shared string or inline string item: its <t> runs joined.
std::string itemText(const pugi::xml_node& item) {
  std::string text;
  for (const auto& node : item.select_nodes(".//*[local-name()='t']")) text += node.node().text().get();
  return text;
}

// "AB12" -> 27 (0-based column index).
std::size_t columnIndex(const char* reference) {
  std::size_t index = 0;
  for (const char* c = reference; *c && std::isalpha(static_cast<unsigned char>(*c)); ++c)
    index = index * 26 + static_cast<std::size_t>(std::toupper(static_cast<unsigned char>(*c)) - 'A' + 1);
  return index == 0 ? 0 : index - 1;
}

std::string firstSheetName(zip_t* archive, const std::string& path) {
  if (zip_name_locate(archive, "xl/worksheets/sheet1.xml", 0) >= 0) return "xl/worksheets/sheet1.xml";
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    std::string name = zip_get_name(archive, static_cast<zip_uint64_t>(i), 0);
    if (name.rfind("xl/worksheets/", 0) == 0 && name.size() > 4 && name.substr(name.size() - 4) == ".xml") return name;
  }
  throw InputError(path, {"bảng tính không có trang tính nào", "the workbook has no worksheet"});
}

std::string cellText(const std::string& value) {
  return std::string(value.begin(), std::find(value.begin(), value.end(), '\0'));
}

}  // namespace

SheetRows parseCsv(const std::string& path, std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (const auto bad = text::firstInvalidUtf8(bytes)) {
    throw InputError(
        path, {"không phải văn bản UTF-8 (byte thứ " + std::to_string(*bad) + "); hãy lưu bảng dưới dạng CSV UTF-8",
               "not UTF-8 text (byte " + std::to_string(*bad) + "); save the sheet as CSV UTF-8"});
  }
  const char separator = separatorOf(bytes);
  SheetRows rows(1);
  std::string field;
  bool quoted = false;
  int line = 1, quoteLine = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (c == '\n') ++line;
    if (quoted) {
      if (c == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else if (c != '\r') {
        field += c;
      }
      continue;
    }
    if (c == '"' && field.empty()) {  // a quote opens a field only at its start
      quoted = true;
      quoteLine = line;
    } else if (c == separator) {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
    } else if (c != '\r') {
      field += c;
    }
  }
  if (quoted) {
    throw InputError(path, {"dấu ngoặc kép mở ở đây không được đóng", "a quote opened here is never closed"},
                     Position{quoteLine, 1});
  }
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(std::move(field));
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

SheetRows readXlsx(const std::string& path) {
  int error = 0;
  ZipPointer archive(zip_open(path.c_str(), ZIP_RDONLY, &error), zip_discard);
  if (!archive) {
    throw InputError(path, {"không mở được: không phải bảng tính .xlsx (tệp zip)",
                            "cannot open: not an .xlsx workbook (a zip archive)"});
  }
  if (zip_get_num_entries(archive.get(), 0) > kMaxEntries)
    throw InputError(path, {"tệp nén có quá nhiều phần", "the archive has too many entries"});
  std::vector<std::string> shared;
  if (const auto bytes = readEntry(archive.get(), path, "xl/sharedStrings.xml")) {
    const auto document = parseXml(path, *bytes, "xl/sharedStrings.xml");
    for (const auto& item : document.document_element().children("si")) shared.push_back(itemText(item));
  }
  const std::string sheetName = firstSheetName(archive.get(), path);
  const auto bytes = readEntry(archive.get(), path, sheetName.c_str());
  if (!bytes) throw InputError(path, {"bảng tính không có trang tính nào", "the workbook has no worksheet"});
  const auto document = parseXml(path, *bytes, sheetName.c_str());
  SheetRows rows;
  for (const auto& row : document.document_element().child("sheetData").children("row")) {
    std::vector<std::string> cells;
    std::size_t next = 0;
    for (const auto& cell : row.children("c")) {
      const char* reference = cell.attribute("r").value();
      const std::size_t column = *reference ? columnIndex(reference) : next;
      if (column > 1000) continue;  // far columns are not a sheet of comments
      next = column + 1;
      const std::string type = cell.attribute("t").value();
      std::string value;
      if (type == "s") {
        const auto index = static_cast<std::size_t>(cell.child("v").text().as_ullong(shared.size()));
        if (index < shared.size()) value = shared[index];
      } else if (type == "inlineStr") {
        value = itemText(cell.child("is"));
      } else {
        value = cell.child("v").text().get();
      }
      if (cells.size() <= column) cells.resize(column + 1);
      cells[column] = cellText(value);
    }
    rows.push_back(std::move(cells));
  }
  return rows;
}

std::string reviewerOfFile(const std::string& path) {
  return fs::path(path).stem().string();
}

bool isSheet(const std::string& path) {
  const std::string extension = lower(fs::path(path).extension().string());
  return extension == ".csv" || extension == ".xlsx";
}

namespace {

std::size_t filledWidth(const std::vector<std::string>& row) {
  std::size_t width = row.size();
  while (width > 0 && row[width - 1].find_first_not_of(" \t\r\n") == std::string::npos) --width;
  return width;
}

// A CSV row with fewer fields than the headings it is read under has its
// columns shifted (most often a heading with a comma not quoted): an input
// error at the row, never a silent misreading.
void checkRowWidths(const std::string& path, const SheetRows& rows, std::size_t header) {
  const std::size_t headings = filledWidth(rows[header]);
  for (std::size_t i = header + 1; i < rows.size(); ++i) {
    if (filledWidth(rows[i]) == 0 || rows[i].size() >= headings) continue;
    const std::string has = std::to_string(rows[i].size()), wants = std::to_string(headings),
                      line = std::to_string(header + 1);
    throw InputError(path,
                     {"dòng có " + has + " cột mà dòng tiêu đề (dòng " + line + ") có " + wants +
                          ": các cột sẽ bị lệch (tiêu đề có dấu phẩy phải đặt trong ngoặc kép)",
                      "the row has " + has + " fields but the heading row (line " + line + ") has " + wants +
                          ": the columns would shift (a heading with a comma must be quoted)"},
                     Position{static_cast<int>(i + 1), 1});
  }
}

}  // namespace

std::vector<ReviewItem> sheetItems(const std::string& path, const SheetRows& rows, const SheetHeadings& headings) {
  std::vector<ReviewItem> items;
  std::map<SheetColumn, std::size_t> columns;
  std::size_t first = 0;
  while (first < rows.size() && std::all_of(rows[first].begin(), rows[first].end(), [](const std::string& cell) {
           return cell.find_first_not_of(" \t") == std::string::npos;
         }))
    ++first;
  if (first < rows.size()) columns = headings.read(rows[first]);
  const bool headed = !columns.empty();
  if (!headed) {
    columns = {
        {SheetColumn::unit, 0}, {SheetColumn::comment, 1}, {SheetColumn::reviewer, 2}, {SheetColumn::wording, 3}};
  } else {
    ++first;
  }
  auto cell = [&](const std::vector<std::string>& row, SheetColumn column) {
    const auto it = columns.find(column);
    if (it == columns.end() || it->second >= row.size()) return std::string();
    std::string value = row[it->second];
    value.erase(0, value.find_first_not_of(" \t\r\n"));
    value.erase(value.find_last_not_of(" \t\r\n") + 1);
    return value;
  };
  if (headed && lower(fs::path(path).extension().string()) == ".csv") checkRowWidths(path, rows, first - 1);
  for (std::size_t i = first; i < rows.size(); ++i) {
    ReviewItem item;
    item.file = path;
    item.line = static_cast<int>(i + 1);
    item.unitText = cell(rows[i], SheetColumn::unit);
    item.comment = cell(rows[i], SheetColumn::comment);
    item.reviewer = cell(rows[i], SheetColumn::reviewer);
    const std::string wording = cell(rows[i], SheetColumn::wording);
    if (!wording.empty()) item.wording = Wording{wording};
    if (item.comment.empty() && !item.wording) continue;
    if (item.reviewer.empty()) item.reviewer = reviewerOfFile(path);
    items.push_back(std::move(item));
  }
  return items;
}

std::vector<ReviewItem> readSheet(const std::string& path, const SheetHeadings& headings) {
  std::error_code error;
  if (!fs::is_regular_file(path, error))
    throw InputError(path, {"không có tệp này, hoặc không phải tệp thường", "no such file, or not a regular file"});
  const std::string extension = lower(fs::path(path).extension().string());
  if (extension == ".xlsx") return sheetItems(path, readXlsx(path), headings);
  if (fs::file_size(path, error) > kMaxEntryBytes)
    throw InputError(path, {"tệp quá lớn để là bảng góp ý", "the file is too large for a sheet of comments"});
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, {"không đọc được tệp", "cannot read the file"});
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return sheetItems(path, parseCsv(path, bytes), headings);
}

}  // namespace rasoat::review
