#include "input/zip_archive.h"

#include <zip.h>

#include <fmt/format.h>

#include "input/failure.h"

namespace rasoat::input {

namespace {

constexpr std::size_t kRatioCheckedFrom = std::size_t{1024} * 1024;  // small XML parts compress well legitimately

void checkEntry(const std::string& path, const zip_stat_t& stat, const Limits& limits) {
  const std::string name = stat.name ? stat.name : "";
  if (!isSafeEntryName(name)) {
    fail(path, fmt::format("tệp nén chứa đường dẫn ra ngoài tệp ('{}'), không đọc", name),
         fmt::format("the archive holds a path out of it ('{}'); not read", name));
  }
  if (stat.size > limits.maxZipEntryBytes) {
    fail(path,
         fmt::format("phần '{}' quá lớn khi giải nén ({} byte, giới hạn {} byte; nâng bằng --max-zip-entry-size)", name,
                     stat.size, limits.maxZipEntryBytes),
         fmt::format("part '{}' too large uncompressed ({} bytes, limit {} bytes; raise it with --max-zip-entry-size)",
                     name, stat.size, limits.maxZipEntryBytes));
  }
}

[[noreturn]] void ratioTooHigh(const std::string& path, const std::string& name, std::size_t limit) {
  fail(path, fmt::format("phần '{}' nén quá {} lần: có thể là bom nén (nâng bằng --max-zip-ratio)", name, limit),
       fmt::format("part '{}' is compressed more than {} times: a zip bomb? (raise it with --max-zip-ratio)", name,
                   limit));
}

}  // namespace

bool isSafeEntryName(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.find('\\') != std::string_view::npos) return false;
  if (name.find(':') != std::string_view::npos || name.find('\0') != std::string_view::npos) return false;
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find('/', start);
    if (end == std::string_view::npos) end = name.size();
    if (name.substr(start, end - start) == "..") return false;
    start = end + 1;
  }
  return true;
}

ZipArchive::ZipArchive(std::string path, std::string_view bytes, const Limits& limits)
    : path_(std::move(path)), limits_(limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source) archive_ = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!archive_) {
    if (source) zip_source_free(source);
    const std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    fail(path_, fmt::format("tệp nén (zip) hỏng, không mở được: {}", reason),
         fmt::format("broken zip archive, cannot open it: {}", reason));
  }
  zip_error_fini(&error);
  const zip_int64_t count = zip_get_num_entries(archive_, 0);
  if (count < 0 || static_cast<std::size_t>(count) > limits_.maxZipEntries) {
    zip_discard(archive_);
    archive_ = nullptr;
    fail(path_,
         fmt::format("tệp nén có quá nhiều phần ({}, giới hạn {}; nâng bằng --max-zip-entries)", count,
                     limits.maxZipEntries),
         fmt::format("the archive has too many entries ({}, limit {}; raise it with --max-zip-entries)", count,
                     limits.maxZipEntries));
  }
  std::size_t total = 0;
  try {
    for (zip_int64_t i = 0; i < count; ++i) {
      zip_stat_t stat;
      if (zip_stat_index(archive_, static_cast<zip_uint64_t>(i), 0, &stat) != 0) {
        fail(path_, "tệp nén hỏng: không đọc được danh mục", "broken zip archive: cannot read its directory");
      }
      checkEntry(path_, stat, limits_);
      total += static_cast<std::size_t>(stat.size);
      if (total > limits_.maxZipTotalBytes) {
        fail(path_,
             fmt::format("tệp nén quá lớn khi giải nén (trên {} byte; nâng bằng --max-zip-total-size)",
                         limits_.maxZipTotalBytes),
             fmt::format("the archive is too large uncompressed (over {} bytes; raise it with --max-zip-total-size)",
                         limits_.maxZipTotalBytes));
      }
    }
  } catch (...) {
    zip_discard(archive_);
    archive_ = nullptr;
    throw;
  }
}

ZipArchive::~ZipArchive() {
  if (archive_) zip_discard(archive_);
}

bool ZipArchive::contains(const std::string& name) const {
  return zip_name_locate(archive_, name.c_str(), 0) >= 0;
}

std::optional<std::string> ZipArchive::read(const std::string& name) {
  const zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
  if (index < 0) return std::nullopt;
  zip_stat_t stat;
  zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat);
  zip_file_t* file = zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
  if (!file) {
    fail(path_, fmt::format("không giải nén được phần '{}' (hỏng hoặc có mật khẩu)", name),
         fmt::format("cannot inflate part '{}' (broken or encrypted)", name));
  }
  // The declared sizes are not trusted: the part is measured as it is inflated.
  const std::size_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? static_cast<std::size_t>(stat.comp_size) : 0;
  std::string bytes;
  char buffer[65536];
  for (;;) {
    const zip_int64_t got = zip_fread(file, buffer, sizeof buffer);
    if (got < 0) {
      zip_fclose(file);
      fail(path_, fmt::format("phần '{}' hỏng, không giải nén được", name),
           fmt::format("part '{}' is broken and cannot be inflated", name));
    }
    if (got == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(got));
    const bool overEntry = bytes.size() > limits_.maxZipEntryBytes;
    const bool overTotal = bytesRead_ + bytes.size() > limits_.maxZipTotalBytes;
    const bool overRatio =
        bytes.size() > kRatioCheckedFrom && bytes.size() / std::max<std::size_t>(compressed, 1) > limits_.maxZipRatio;
    if (overEntry || overTotal || overRatio) {
      zip_fclose(file);
      if (overRatio) ratioTooHigh(path_, name, limits_.maxZipRatio);
      fail(path_,
           fmt::format("phần '{}' quá lớn khi giải nén (giới hạn {} byte; nâng bằng --max-zip-entry-size)", name,
                       limits_.maxZipEntryBytes),
           fmt::format("part '{}' too large uncompressed (limit {} bytes; raise it with --max-zip-entry-size)", name,
                       limits_.maxZipEntryBytes));
    }
  }
  zip_fclose(file);
  bytesRead_ += bytes.size();
  return bytes;
}

}  // namespace rasoat::input
