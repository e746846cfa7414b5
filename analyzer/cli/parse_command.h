#pragma once

#include <CLI/CLI.hpp>

#include "cli/session.h"

namespace rasoat::cli {

// `rasoat parse FILE...`: the syntax tree as JSON, or a readable summary.
void addParseCommand(CLI::App& app, CommonOptions& common, int& status);

}  // namespace rasoat::cli
