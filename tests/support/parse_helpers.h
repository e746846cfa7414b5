#pragma once

#include <string>
#include <vector>

#include "base/diagnostic_sink.h"
#include "syntax/syntax_tree.h"
#include "text/source_text.h"

namespace rasoat::testing {

// A regulation parsed from a string, with the diagnostics it raised.
struct Parsed {
  text::SourceText source;
  syntax::Document document;
  DiagnosticSink diagnostics;
};

Parsed parseString(const std::string& text, const std::string& path = "test.qc");

// Units in document order, flattened, for compact assertions.
std::vector<const syntax::Unit*> flatten(const syntax::Unit& root);
// "article 4 > clause 2 > point a" for the unit at the path of numbers.
const syntax::Unit* findUnit(const syntax::Unit& root, const std::vector<std::string>& numbers);

std::string readFile(const std::string& path);

}  // namespace rasoat::testing
