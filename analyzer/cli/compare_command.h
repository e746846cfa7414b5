#pragma once

#include <CLI/CLI.hpp>

#include "cli/session.h"

namespace rasoat::cli {

// `rasoat compare OLD NEW -o table.EXT`: the comparison table (bảng đối chiếu)
// of a regulation in force and its draft, as HTML, Markdown, CSV, .docx or
// .xlsx; the A-checks (A001, A002) printed as diagnostics.
void addCompareCommand(CLI::App& app, CommonOptions& common, int& status);

}  // namespace rasoat::cli
