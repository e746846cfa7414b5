#pragma once

#include <CLI/CLI.hpp>

#include "cli/session.h"

namespace rasoat::cli {

// `rasoat import FILE [-o FILE.qc]`: the text rendering of a document (.docx,
// .odt, .pdf, .doc, or text) as the analyser reads it, one line per
// paragraph, with the numbers the office program shows.
void addImportCommand(CLI::App& app, CommonOptions& common, int& status);

}  // namespace rasoat::cli
