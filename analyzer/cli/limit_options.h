#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/limits.h"
#include "cli/session.h"

namespace rasoat::cli {

// One user-settable limit: its option (--max-line-length), which is also its
// rasoat.yaml key under `limits:` (max-line-length), and where it lives in Limits.
struct LimitOption {
  const char* key;
  std::size_t Limits::*field;
  const char* helpVi;
  const char* helpEn;
};

const std::vector<LimitOption>& limitOptions();

// The --max-* options, on the top-level command (before the subcommand).
void addLimitOptions(CLI::App& app, CommonOptions& common);
// Whether the option of this rasoat.yaml key was given on the command line (it wins).
bool limitGiven(const CLI::App& app, const std::string& key);
// The field of a key, or null when there is no such limit.
std::size_t Limits::*limitField(const std::string& key);

}  // namespace rasoat::cli
