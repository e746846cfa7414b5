#pragma once

#include <string>

#include "base/input_error.h"
#include "base/localized_text.h"

namespace rasoat::driver {

// What a workspace says besides diagnostics: input errors (a file that cannot
// be used; the command exits 2) and remarks about the corpus (a file skipped,
// a cited document missing). The command line prints them, made safe for a
// terminal; tests, benchmarks and fuzz targets keep the default, which says
// nothing.
class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void inputError(const InputError& /*error*/) {}
  virtual void warning(const std::string& /*path*/, const LocalizedText& /*message*/) {}
  virtual void note(const std::string& /*path*/, const LocalizedText& /*message*/) {}
};

}  // namespace rasoat::driver
