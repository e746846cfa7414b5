#pragma once

#include <CLI/CLI.hpp>

#include "cli/session.h"

namespace rasoat::cli {

// `rasoat model FILE...`: the semantic model (provisions, parameters, coverage) as JSON.
void addModelCommand(CLI::App& app, CommonOptions& common, int& status);

}  // namespace rasoat::cli
