#pragma once

#include <string>

namespace rasoat {

// Messages are written in Vietnamese (the users' language, the default) and in
// English (--lang en). Both are carried so that one run can print either.
enum class Language { vi, en };

struct LocalizedText {
  std::string vi;
  std::string en;

  const std::string& in(Language language) const { return language == Language::en ? en : vi; }
  bool empty() const { return vi.empty() && en.empty(); }
};

}  // namespace rasoat
