#pragma once

#include <string>
#include <vector>

#include <memory>

#include "base/diagnostic_sink.h"
#include "driver/workspace.h"
#include "syntax/syntax_tree.h"
#include "text/source_text.h"

namespace rasoat::testing {

// A regulation parsed from a string (through the driver), with the
// diagnostics it raised; the workspace owns them.
struct Parsed {
  std::unique_ptr<driver::Workspace> workspace;
  const text::SourceText& source;
  const syntax::Document& document;
  const DiagnosticSink& diagnostics;
};

// Throws the InputError of a text the normaliser refuses.
Parsed parseString(const std::string& text, const std::string& path = "test.qc");

// A workspace reading with the shipped lexicon (and the default limits, or
// `limits`) that throws the InputError of a text it cannot read.
std::unique_ptr<driver::Workspace> testWorkspace(const Limits& limits = {});

// Units in document order, flattened, for compact assertions.
std::vector<const syntax::Unit*> flatten(const syntax::Unit& root);
// "article 4 > clause 2 > point a" for the unit at the path of numbers.
const syntax::Unit* findUnit(const syntax::Unit& root, const std::vector<std::string>& numbers);

std::string readFile(const std::string& path);

}  // namespace rasoat::testing
