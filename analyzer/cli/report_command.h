#pragma once

#include <CLI/CLI.hpp>

#include "cli/session.h"

namespace rasoat::cli {

// `rasoat report FILE... -o report.html|report.md`: the working group's report.
void addReportCommand(CLI::App& app, CommonOptions& common, int& status);

}  // namespace rasoat::cli
