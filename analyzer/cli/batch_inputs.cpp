#include "cli/batch_inputs.h"

#include "driver/workspace.h"

#include <algorithm>
#include <filesystem>

#include "base/input_error.h"
#include "driver/corpus_files.h"
#include "syntax/layout_parser.h"
#include "text/natural_order.h"

namespace rasoat::cli {

namespace {

namespace fs = std::filesystem;

bool isDirectory(const std::string& path) {
  std::error_code error;
  return fs::is_directory(path, error);
}

// A .txt is taken when its text reads as a regulation: the layout parser
// finds an article in it. One that cannot be read is kept, so that the error
// names it.
bool readsAsRegulation(const std::string& path, const Limits& limits) {
  if (fs::path(path).extension() != ".txt") return true;
  // A workspace of its own, silent: the file is read again, with its errors, by the run.
  driver::Workspace probe(limits);
  const checks::CheckedDocument* document = probe.open(path, driver::Depth::tree, driver::Role::context);
  return document == nullptr || syntax::countUnits(document->tree.root).articles > 0;
}

}  // namespace

std::vector<std::string> expandInputs(const std::vector<std::string>& files, Session& session) {
  std::vector<std::string> expanded;
  for (const auto& path : files) {
    if (!isDirectory(path)) {
      expanded.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (auto& file : driver::corpusFiles({path}, session, {".qc", ".txt"})) {
      if (readsAsRegulation(file, session.limits())) found.push_back(std::move(file));
    }
    if (found.empty()) {
      session.inputError(InputError(
          path, {"thư mục không có quy chế nào (.qc, .txt)", "the directory holds no regulation (.qc, .txt)"}));
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const std::string& a, const std::string& b) { return text::naturalLess(a, b); });
    expanded.insert(expanded.end(), found.begin(), found.end());
  }
  return expanded;
}

std::string configAnchor(const std::string& input) {
  return isDirectory(input) ? (fs::path(input) / ".").string() : input;
}

}  // namespace rasoat::cli
