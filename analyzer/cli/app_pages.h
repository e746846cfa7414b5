#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "cli/session.h"

namespace rasoat::cli {

inline constexpr const char* kVersion = "0.1.0";

// Pages made from the command line's own declaration, so that they cannot
// drift from `rasoat --help`: the build writes them and `cmake --install`
// puts them where Debian looks (docs/install.md).

// The man page (roff, section 1) in the run's language: every command with
// its description and options, the global options, environment, files and
// exit status. `rulesDirectory` is where the installed binary reads its rules.
std::string manPage(const CLI::App& app, const CommonOptions& common, const std::string& rulesDirectory);

// A bash completion script: commands, each command's options, and file names.
std::string bashCompletion(const CLI::App& app);

// Handles "rasoat --print-man-page [RULES_DIR]" and "rasoat --print-bash-completion"
// (build-time helpers, not in the help): true when the arguments asked for one
// and it was printed.
bool printPageAsked(const CLI::App& app, const CommonOptions& common, int argc, const char* const* argv);

}  // namespace rasoat::cli
