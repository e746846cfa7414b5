#pragma once

#include <CLI/CLI.hpp>

#include "cli/session.h"

namespace rasoat::cli {

// `rasoat apply BASE AMENDMENT [-o FILE]`: the consolidated text.
void addApplyCommand(CLI::App& app, CommonOptions& common, int& status);

}  // namespace rasoat::cli
