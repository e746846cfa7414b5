#include "report/finding_positions.h"

#include "text/source_text.h"

namespace rasoat::report {

namespace {

// The words of a unit path, as the findings' messages name units.
std::string nameOf(const syntax::Unit& unit) {
  const std::string number = unit.number.value_or("");
  switch (unit.kind) {
    case syntax::UnitKind::chapter: return "Chương " + number;
    case syntax::UnitKind::section: return "Mục " + number;
    case syntax::UnitKind::article: return "Điều " + number;
    case syntax::UnitKind::clause: return number.empty() ? std::string() : "khoản " + number;
    case syntax::UnitKind::point: return number.empty() ? std::string() : "điểm " + number;
    default: return {};
  }
}

bool holds(const syntax::Unit& unit, int line) {
  return unit.range.begin.line <= line && line <= unit.range.end.line;
}

}  // namespace

std::string unitPathAt(const syntax::Unit& root, int line) {
  std::string above;  // chapters and sections: named only when no article holds the line
  std::string path;
  const syntax::Unit* current = &root;
  for (int depth = 0; depth < 64; ++depth) {
    const syntax::Unit* next = nullptr;
    for (const syntax::Unit& child : current->children) {
      if (holds(child, line)) next = &child;
    }
    if (!next) break;
    const std::string name = nameOf(*next);
    const bool container = next->kind == syntax::UnitKind::chapter || next->kind == syntax::UnitKind::section;
    std::string& into = container ? above : path;
    if (!name.empty()) into += into.empty() ? name : " " + name;
    current = next;
  }
  return path.empty() ? above : path;
}

void locateFindings(std::vector<Diagnostic>& findings, const DocumentLookup& documents, const SourceLookup& sources) {
  for (Diagnostic& finding : findings) {
    const int line = finding.range.begin.line;
    if (const syntax::Document* document = documents(finding.path)) finding.unitPath = unitPathAt(document->root, line);
    if (const text::SourceText* source = sources(finding.path)) finding.paragraph = source->paragraphOfLine(line);
  }
}

}  // namespace rasoat::report
