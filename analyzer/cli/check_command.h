#pragma once

#include <CLI/CLI.hpp>

#include "cli/session.h"

namespace rasoat::cli {

// `rasoat check FILE...`: parse, model, run the catalogue, print findings.
void addCheckCommand(CLI::App& app, CommonOptions& common, int& status);
// `rasoat explain CODE` and `rasoat rules`.
void addCatalogueCommands(CLI::App& app, CommonOptions& common, int& status);

}  // namespace rasoat::cli
