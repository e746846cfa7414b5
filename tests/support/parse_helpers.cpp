#include "support/parse_helpers.h"

#include <fstream>
#include <sstream>

#include "syntax/layout_parser.h"

namespace rasoat::testing {

Parsed parseString(const std::string& text, const std::string& path) {
  Parsed parsed{text::SourceText::fromBytes(path, text), {}, {}};
  parsed.document = syntax::parseLayout(parsed.source, parsed.diagnostics);
  return parsed;
}

namespace {
void collect(const syntax::Unit& unit, std::vector<const syntax::Unit*>& out) {
  for (const auto& child : unit.children) {
    out.push_back(&child);
    collect(child, out);
  }
}

const syntax::Unit* findIn(const syntax::Unit& unit, const std::vector<std::string>& numbers, std::size_t at) {
  if (at == numbers.size()) return &unit;
  for (const auto& child : unit.children) {
    // Chapters and sections are transparent unless asked for by number.
    if ((child.kind == syntax::UnitKind::chapter || child.kind == syntax::UnitKind::section) &&
        child.number != numbers[at]) {
      if (const auto* found = findIn(child, numbers, at)) return found;
      continue;
    }
    if (child.number && *child.number == numbers[at]) {
      if (const auto* found = findIn(child, numbers, at + 1)) return found;
    }
  }
  return nullptr;
}
}  // namespace

std::vector<const syntax::Unit*> flatten(const syntax::Unit& root) {
  std::vector<const syntax::Unit*> out;
  collect(root, out);
  return out;
}

const syntax::Unit* findUnit(const syntax::Unit& root, const std::vector<std::string>& numbers) {
  return findIn(root, numbers, 0);
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace rasoat::testing
