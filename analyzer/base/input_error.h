#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include "base/localized_text.h"
#include "base/source_position.h"

namespace rasoat {

// A file that cannot be read as a regulation at all (missing, a directory,
// unreadable, binary, not UTF-8, empty, over a limit). The command line turns
// it into a message naming the file and exit status 2.
class InputError : public std::runtime_error {
 public:
  InputError(std::string path, LocalizedText message, std::optional<Position> position = {})
      : std::runtime_error(message.en), path_(std::move(path)), message_(std::move(message)), position_(position) {}

  const std::string& path() const { return path_; }
  const LocalizedText& message() const { return message_; }
  const std::optional<Position>& position() const { return position_; }

 private:
  std::string path_;
  LocalizedText message_;
  std::optional<Position> position_;
};

}  // namespace rasoat
