#include "input/failure.h"

#include "base/input_error.h"

namespace rasoat::input {

void fail(const std::string& path, std::string vi, std::string en) {
  throw InputError(path, LocalizedText{std::move(vi), std::move(en)});
}

}  // namespace rasoat::input
