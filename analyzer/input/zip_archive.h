#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/limits.h"

using zip_t = struct zip;

namespace rasoat::input {

// A .docx or .odt opened from memory, as a hostile archive: on opening, the
// entry count, the declared total size and every entry name are checked (no
// absolute path, no "..", no backslash); each part read is checked again
// while it is inflated (its size and its compression ratio), whatever the
// archive declares. Every failure is an InputError naming the file.
class ZipArchive {
 public:
  ZipArchive(std::string path, std::string_view bytes, const Limits& limits);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool contains(const std::string& name) const;
  // The part's bytes, or nothing when the archive has no such entry.
  std::optional<std::string> read(const std::string& name);
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  Limits limits_;
  zip_t* archive_ = nullptr;
  std::size_t bytesRead_ = 0;
};

// A name inside an archive that stays inside it once extracted.
bool isSafeEntryName(std::string_view name);

}  // namespace rasoat::input
