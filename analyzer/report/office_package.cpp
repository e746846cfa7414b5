#include "report/office_package.h"

#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <sstream>

#include <fmt/format.h>

#include "input/failure.h"
#include "report/terminal_text.h"
#include "text/utf8.h"

namespace rasoat::report::package {

namespace {

struct SourceFree {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};
struct ArchiveDiscard {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};

}  // namespace

std::string rewrite(const std::string& path, std::string_view bytes, const std::vector<Part>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  // libzip gets a copy it owns (malloc, freed by libzip): once the archive is
  // written, the buffer source lets go of the data it was opened on.
  void* data = std::malloc(std::max<std::size_t>(bytes.size(), 1));
  if (!data) input::fail(path, "không đủ bộ nhớ", "out of memory");
  std::memcpy(data, bytes.data(), bytes.size());
  std::unique_ptr<zip_source_t, SourceFree> source(zip_source_buffer_create(data, bytes.size(), 1, &error));
  if (!source) std::free(data);
  zip_t* opened = source ? zip_open_from_source(source.get(), 0, &error) : nullptr;
  if (!opened) {
    const std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    input::fail(path, "không mở lại được tệp nén để ghi: " + reason,
                "cannot reopen the archive to write it: " + reason);
  }
  zip_error_fini(&error);
  zip_source_keep(source.get());  // the archive holds it too; the result is read from it after zip_close
  std::unique_ptr<zip_t, ArchiveDiscard> archive(opened);
  for (const Part& part : parts) {
    zip_source_t* data = zip_source_buffer(archive.get(), part.bytes.data(), part.bytes.size(), 0);
    zip_int64_t index = zip_name_locate(archive.get(), part.name.c_str(), 0);
    bool done = false;
    if (data && index >= 0) done = zip_file_replace(archive.get(), static_cast<zip_uint64_t>(index), data, 0) == 0;
    if (data && index < 0) {
      index = zip_file_add(archive.get(), part.name.c_str(), data, ZIP_FL_ENC_UTF_8);
      done = index >= 0;
    }
    if (!done) {
      if (data) zip_source_free(data);
      input::fail(path, fmt::format("không ghi được phần '{}'", part.name),
                  fmt::format("cannot write part '{}': {}", part.name, zip_strerror(archive.get())));
    }
    zip_set_file_compression(archive.get(), static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 9);
  }
  if (zip_close(archive.get()) != 0) {
    const std::string reason = zip_strerror(archive.get());
    input::fail(path, "không ghi được tệp nén: " + reason, "cannot write the archive: " + reason);
  }
  static_cast<void>(archive.release());  // zip_close freed it: only forget it
  std::string result;
  if (zip_source_open(source.get()) == 0) {
    zip_source_seek(source.get(), 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(source.get());
    zip_source_seek(source.get(), 0, SEEK_SET);
    if (size > 0) {
      result.resize(static_cast<std::size_t>(size));
      if (zip_source_read(source.get(), result.data(), static_cast<zip_uint64_t>(size)) != size) result.clear();
    }
    zip_source_close(source.get());
  }
  if (result.empty()) input::fail(path, "không đọc lại được tệp vừa ghi", "cannot read back the archive written");
  return result;
}

std::string serialised(const pugi::xml_document& document) {
  std::ostringstream out;
  document.save(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

std::string paragraphText(std::string_view text) {
  std::u32string letters = text::decodeUtf8(validUtf8(text));
  for (char32_t& c : letters) {
    if (c < 0x20 || c == 0x7f || c == 0xfffe || c == 0xffff) c = U' ';
  }
  return text::encodeUtf8(letters);
}

}  // namespace rasoat::report::package
