#include "amend/amendment.h"

#include <algorithm>
#include <cctype>

namespace rasoat::amend {

namespace {

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

bool UnitPath::empty() const {
  return chapter.empty() && section.empty() && article.empty() && clause.empty() && point.empty();
}

syntax::UnitKind UnitPath::kind() const {
  if (!point.empty()) return syntax::UnitKind::point;
  if (!clause.empty()) return syntax::UnitKind::clause;
  if (!article.empty()) return syntax::UnitKind::article;
  if (!section.empty()) return syntax::UnitKind::section;
  if (!chapter.empty()) return syntax::UnitKind::chapter;
  return syntax::UnitKind::document;
}

std::string UnitPath::describe() const {
  std::string text;
  auto add = [&](const std::string& word) {
    if (!text.empty()) text += " ";
    text += word;
  };
  if (!point.empty()) add("điểm " + point);
  if (!clause.empty()) add("khoản " + clause);
  if (!article.empty()) add("Điều " + article);
  if (!section.empty() && article.empty()) add("Mục " + section);
  if (!chapter.empty() && article.empty()) add("Chương " + upper(chapter));
  return text.empty() ? "Quy chế" : text;
}

UnitPath UnitPath::parent() const {
  UnitPath up = *this;
  switch (kind()) {
    case syntax::UnitKind::point: up.point.clear(); break;
    case syntax::UnitKind::clause: up.clause.clear(); break;
    case syntax::UnitKind::article: up.article.clear(); break;
    case syntax::UnitKind::section: up.section.clear(); break;
    case syntax::UnitKind::chapter: up.chapter.clear(); break;
    default: break;
  }
  return up;
}

std::string Consolidation::text() const {
  std::string text;
  for (const auto& line : lines) {
    text += line.text;
    text += '\n';
  }
  return text;
}

std::optional<std::pair<std::string, Position>> Consolidation::originOf(Position position) const {
  if (position.line < 1 || position.line > static_cast<int>(lines.size())) return std::nullopt;
  const LineOrigin& origin = lines[static_cast<std::size_t>(position.line - 1)].origin;
  return std::make_pair(origin.path, Position{origin.line, std::max(1, position.column + origin.columnShift)});
}

}  // namespace rasoat::amend
