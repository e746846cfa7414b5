#pragma once

#include <CLI/CLI.hpp>

#include "cli/session.h"

namespace rasoat::cli {

// `rasoat comments DRAFT REVIEWED...`: the synthesis of reviewers' comments
// (biểu tổng hợp, tiếp thu, giải trình ý kiến góp ý), docs/comments.md.
void addCommentsCommand(CLI::App& app, CommonOptions& common, int& status);

}  // namespace rasoat::cli
