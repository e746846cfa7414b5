#pragma once

#include <functional>
#include <string>

#include "base/diagnostic.h"
#include "text/source_text.h"

namespace rasoat::report {

// Finds the source of a path for quoting its lines; null when not loaded.
using SourceLookup = std::function<const text::SourceText*(const std::string& path)>;

struct TextStyle {
  Language language = Language::vi;
  bool colour = false;
};

// Compiler-style block: "file:line:col: error[CODE]: message", the source
// line, a caret lined up by display width, related notes, witness, suggestion.
std::string renderDiagnostic(const Diagnostic& diagnostic, const SourceLookup& sources, const TextStyle& style);

}  // namespace rasoat::report
