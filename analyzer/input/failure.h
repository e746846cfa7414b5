#pragma once

#include <string>

namespace rasoat::input {

// Throws InputError naming the file: the document cannot be read (exit 2).
[[noreturn]] void fail(const std::string& path, std::string vi, std::string en);

}  // namespace rasoat::input
