#pragma once

#include <CLI/CLI.hpp>

#include "cli/session.h"

namespace rasoat::cli {

// `rasoat annotate DRAFT.docx -o OUT.docx`: the draft with one Word comment
// per finding, on the paragraph of the finding's clause (docs/annotate.md).
void addAnnotateCommand(CLI::App& app, CommonOptions& common, int& status);

}  // namespace rasoat::cli
