#include "amend/consolidate.h"

#include <antlr4-runtime.h>

#include <algorithm>
#include <memory>

#include "LayoutLexer.h"
#include "base/input_error.h"
#include "syntax/layout_parser.h"
#include "text/matching.h"
#include "text/utf8.h"

namespace rasoat::amend {

namespace {

using syntax::Unit;
using syntax::UnitKind;

std::string lower(const std::string& text) {
  return text::matchKey(text);
}

// Roman chapter numbers compare with Arabic ones: "II" = "2".
std::string chapterKey(const std::string& number) {
  std::string key = lower(number);
  int value = 0, previous = 0;
  for (auto it = key.rbegin(); it != key.rend(); ++it) {
    const int digit = *it == 'i' ? 1 : *it == 'v' ? 5 : *it == 'x' ? 10 : *it == 'l' ? 50 : *it == 'c' ? 100 : -1;
    if (digit < 0) return key;
    value += digit < previous ? -digit : digit;
    previous = std::max(previous, digit);
  }
  return std::to_string(value);
}

bool sameNumber(UnitKind kind, const std::optional<std::string>& written, const std::string& wanted) {
  if (!written) return false;
  if (kind == UnitKind::chapter) return chapterKey(*written) == chapterKey(wanted);
  return lower(*written) == lower(wanted);
}

// Orders numbers as a reader does: 9 < 9a < 10; points in Vietnamese letter order.
std::vector<int> orderKey(UnitKind kind, const std::string& number) {
  static const std::u32string letters = U"abcdđeghiklmnopqrstuvxy";
  const std::u32string text = text::decodeUtf8(kind == UnitKind::chapter ? chapterKey(number) : lower(number));
  std::vector<int> key;
  int value = -1;
  for (char32_t c : text) {
    if (c >= U'0' && c <= U'9') {
      // Capped: "Điều 99999999999" must not overflow, only sort last.
      value = std::min((value < 0 ? 0 : value * 10) + static_cast<int>(c - U'0'), 100000000);
      continue;
    }
    if (value >= 0) key.push_back(value);
    value = -1;
    const auto letter = letters.find(c);
    if (letter != std::u32string::npos) key.push_back(static_cast<int>(letter) + 1);
  }
  if (value >= 0) key.push_back(value);
  return key;
}

void collect(const Unit& unit, UnitKind kind, std::vector<const Unit*>& out, bool deep) {
  for (const auto& child : unit.children) {
    if (child.kind == kind) out.push_back(&child);
    if (deep) collect(child, kind, out, deep);  // points inside a "3.2-" sub-clause are points too
  }
}

const Unit* findNumbered(const Unit& scope, UnitKind kind, const std::string& number, bool deep) {
  std::vector<const Unit*> candidates;
  collect(scope, kind, candidates, deep);
  for (const Unit* unit : candidates) {
    if (sameNumber(kind, unit->number, number)) return unit;
  }
  return nullptr;
}

int firstLine(const Unit& unit) {
  return unit.position.line;
}

int lastLine(const Unit& unit) {
  return std::max(unit.position.line, unit.range.end.line);
}

bool spacedKind(UnitKind kind) {
  return kind == UnitKind::article || kind == UnitKind::chapter || kind == UnitKind::section;
}

// The kind of unit the marker at the start of a line opens, by the layout lexer.
std::optional<UnitKind> markerKind(const std::string& line) {
  try {
    const auto source = text::SourceText::fromBytes("marker", line);
    antlr4::ANTLRInputStream input(source.matchingUtf8());
    grammar::LayoutLexer lexer(&input);
    lexer.removeErrorListeners();
    switch (lexer.nextToken()->getType()) {
      case grammar::LayoutLexer::ARTICLE_START: return UnitKind::article;
      case grammar::LayoutLexer::CLAUSE_START: return UnitKind::clause;
      case grammar::LayoutLexer::SUBCLAUSE_START:
      case grammar::LayoutLexer::POINT_START: return UnitKind::point;
      case grammar::LayoutLexer::CHAPTER_START:
      case grammar::LayoutLexer::PART_START:
      case grammar::LayoutLexer::ROMAN_START: return UnitKind::chapter;
      case grammar::LayoutLexer::SECTION_START: return UnitKind::section;
      default: return std::nullopt;
    }
  } catch (const InputError&) {
    return std::nullopt;
  }
}

// The marker a new unit gets when its text was given without one.
std::string markerFor(const UnitPath& path) {
  switch (path.kind()) {
    case UnitKind::article: return "Điều " + path.article + ".";
    case UnitKind::clause: return path.clause + ".";
    case UnitKind::point: return path.point + ")";
    case UnitKind::section: return "Mục " + path.section + ".";
    default: return {};
  }
}

bool isWordChar(char32_t c) {
  return (c >= U'0' && c <= U'9') || text::isLetter(c) || text::isCombiningMark(c);
}

std::u32string folded(const std::string& utf8) {
  std::u32string text = text::composeNfc(text::decodeUtf8(utf8));
  text::foldForMatching(text);
  return text;
}

class Consolidator {
 public:
  Consolidator(const text::SourceText& base, const Amendment& amendment) : amendment_(amendment) {
    for (int number = 1; number <= base.lineCount(); ++number)
      lines_.push_back(ConsolidatedLine{base.lineUtf8(number), LineOrigin{base.path(), number, 0, std::nullopt}});
  }

  Consolidation run() {
    for (const Instruction& instruction : amendment_.instructions) apply(instruction);
    while (!lines_.empty() && text::matchKey(lines_.back().text).empty()) lines_.pop_back();
    return Consolidation{std::move(lines_), std::move(failures_)};
  }

 private:
  // The tree of the text as it stands after the instructions so far.
  struct Current {
    std::unique_ptr<text::SourceText> source;
    syntax::Document tree;
  };

  Current current() const {
    Current now;
    std::string text;
    for (const auto& line : lines_) text += line.text + "\n";
    try {
      now.source = std::make_unique<text::SourceText>(text::SourceText::fromBytes("consolidated", text));
      DiagnosticSink ignored;
      now.tree = syntax::parseLayout(*now.source, ignored);
    } catch (const InputError&) {
      now.source.reset();  // nothing left to amend
    }
    return now;
  }

  void fail(const Instruction& instruction, LocalizedText message) {
    failures_.push_back(Failure{amendment_.path, instruction.range, std::move(message)});
  }

  void failMissing(const Instruction& instruction, const UnitPath& path) {
    const std::string what = path.describe();
    fail(instruction, {"không có " + what + " trong quy chế được sửa đổi" + numberSuffix(),
                       what + " does not exist in the amended regulation" + numberSuffix()});
  }

  std::string numberSuffix() const { return amendment_.amends.empty() ? "" : " (" + amendment_.amends + ")"; }

  void apply(const Instruction& instruction) {
    if (instruction.action == Action::replacePhrase) return replacePhrase(instruction);
    if (instruction.action == Action::replace) {
      // Several units replaced by one new text ("khoản 2, khoản 3 Điều 5"): the
      // others go first, last to second, so that the new text's own "3." is
      // never taken for the old one; then the first takes the new text.
      for (std::size_t i = instruction.targets.size(); i-- > 1;) repeal(instruction, instruction.targets[i]);
      if (!instruction.targets.empty()) replace(instruction, instruction.targets.front());
      return;
    }
    for (std::size_t i = 0; i < instruction.targets.size(); ++i) {
      const UnitPath& target = instruction.targets[i];
      switch (instruction.action) {
        case Action::replace: break;
        case Action::replaceTitle: replaceTitle(instruction, target); break;
        case Action::insert:
          if (i == 0) insert(instruction, target);
          break;
        case Action::repeal: repeal(instruction, target); break;
        case Action::replacePhrase: break;
      }
    }
  }

  // The new text as consolidated lines, with `marker` in front when the text has none.
  std::vector<ConsolidatedLine> newLines(const Instruction& instruction, UnitKind kind, const std::string& marker) {
    std::vector<ConsolidatedLine> lines;
    for (const PayloadLine& line : instruction.payload) {
      lines.push_back(ConsolidatedLine{
          line.text, LineOrigin{amendment_.path, line.origin.line, line.origin.column - 1, std::nullopt}});
    }
    if (!lines.empty() && !marker.empty() && markerKind(lines.front().text) != kind) {
      lines.front().text = marker + " " + lines.front().text;
      lines.front().origin.columnShift -= static_cast<int>(text::decodeUtf8(marker).size()) + 1;
    }
    return lines;
  }

  void splice(int first, int last, std::vector<ConsolidatedLine> with) {
    const auto begin = lines_.begin() + (first - 1);
    const auto end = lines_.begin() + last;
    const auto at = lines_.erase(begin, end);
    lines_.insert(at, std::make_move_iterator(with.begin()), std::make_move_iterator(with.end()));
  }

  void replace(const Instruction& instruction, const UnitPath& target) {
    const Current now = current();
    const Unit* unit = now.source ? findUnit(now.tree.root, target) : nullptr;
    if (!unit || target.empty()) return failMissing(instruction, target);
    splice(firstLine(*unit), lastLine(*unit), newLines(instruction, unit->kind, unit->marker));
  }

  void replaceTitle(const Instruction& instruction, const UnitPath& target) {
    const Current now = current();
    const Unit* unit = now.source ? findUnit(now.tree.root, target) : nullptr;
    if (!unit || target.empty()) return failMissing(instruction, target);
    if (unit->kind == UnitKind::article) {
      splice(firstLine(*unit), firstLine(*unit), newLines(instruction, unit->kind, unit->marker));
      return;
    }
    // A chapter or section: its title is on the lines under its marker.
    if (unit->lines.size() < 2) {
      const int at = firstLine(*unit);
      splice(at + 1, at, newLines(instruction, UnitKind::document, ""));
      return;
    }
    splice(unit->lines[1], unit->lines.back(), newLines(instruction, UnitKind::document, ""));
  }

  void repeal(const Instruction& instruction, const UnitPath& target) {
    const Current now = current();
    const Unit* unit = now.source ? findUnit(now.tree.root, target) : nullptr;
    if (!unit || target.empty()) return failMissing(instruction, target);
    int first = firstLine(*unit);
    int last = lastLine(*unit);
    // An article goes with the blank line that separated it from the next.
    const auto blank = [&](int line) { return line <= static_cast<int>(lines_.size()) && blankAt(line); };
    if (spacedKind(unit->kind) && blank(last + 1) && (first == 1 || blank(first - 1))) ++last;
    splice(first, last, {});
  }

  void insert(const Instruction& instruction, const UnitPath& target) {
    const Current now = current();
    if (!now.source || target.empty()) return failMissing(instruction, target);
    const UnitKind kind = target.kind();
    if (findUnit(now.tree.root, target)) {
      const std::string what = target.describe();
      return fail(instruction, {what + " đã có trong quy chế được sửa đổi" + numberSuffix() +
                                    "; \"bổ sung\" thêm một đơn vị mới, để thay nội dung đang có thì dùng \"sửa "
                                    "đổi\"",
                                what + " already exists in the amended regulation" + numberSuffix() +
                                    "; \"bổ sung\" adds a new unit, use \"sửa đổi\" to replace an existing one"});
    }
    auto lines = newLines(instruction, kind, markerFor(target));
    if (instruction.anchor) {
      const Unit* anchor = findUnit(now.tree.root, *instruction.anchor);
      if (!anchor) return failMissing(instruction, *instruction.anchor);
      if (instruction.placement == Placement::before) return insertBefore(firstLine(*anchor), kind, std::move(lines));
      return insertAfter(lastLine(*anchor), kind, std::move(lines));
    }
    const UnitPath parent = target.parent();
    const Unit* container = parent.empty() ? &now.tree.root : findUnit(now.tree.root, parent);
    if (!container) return failMissing(instruction, parent);
    std::vector<const Unit*> siblings;
    collect(*container, kind, siblings, kind == UnitKind::article || kind == UnitKind::section);
    const auto key = orderKey(kind, numberOf(target));
    const Unit* before = nullptr;
    for (const Unit* sibling : siblings) {
      if (sibling->number && orderKey(kind, *sibling->number) < key) before = sibling;
    }
    if (before) return insertAfter(lastLine(*before), kind, std::move(lines));
    if (!siblings.empty()) return insertBefore(firstLine(*siblings.front()), kind, std::move(lines));
    insertAfter(container == &now.tree.root ? static_cast<int>(lines_.size()) : lastLine(*container), kind,
                std::move(lines));
  }

  static std::string numberOf(const UnitPath& path) {
    switch (path.kind()) {
      case UnitKind::point: return path.point;
      case UnitKind::clause: return path.clause;
      case UnitKind::article: return path.article;
      case UnitKind::section: return path.section;
      default: return path.chapter;
    }
  }

  bool blankAt(int line) const {
    return line < 1 || line > static_cast<int>(lines_.size()) ||
           text::matchKey(lines_[static_cast<std::size_t>(line - 1)].text).empty();
  }

  // An article, section or chapter is set off by blank lines, one on each side.
  void insertAfter(int line, UnitKind kind, std::vector<ConsolidatedLine> lines) {
    if (spacedKind(kind) && !blankAt(line)) lines.insert(lines.begin(), ConsolidatedLine{"", LineOrigin{}});
    if (spacedKind(kind) && !blankAt(line + 1)) lines.push_back(ConsolidatedLine{"", LineOrigin{}});
    splice(line + 1, line, std::move(lines));
  }

  void insertBefore(int line, UnitKind kind, std::vector<ConsolidatedLine> lines) {
    if (spacedKind(kind) && !blankAt(line - 1)) lines.insert(lines.begin(), ConsolidatedLine{"", LineOrigin{}});
    if (spacedKind(kind) && !blankAt(line)) lines.push_back(ConsolidatedLine{"", LineOrigin{}});
    splice(line, line - 1, std::move(lines));
  }

  // "Thay cụm từ "A" bằng cụm từ "B"": in each unit of the scope (or in the
  // body of the whole text), every occurrence, matched as keywords are
  // (case, tone placement), whole words only.
  void replacePhrase(const Instruction& instruction) {
    const Current now = current();
    if (!now.source) return failMissing(instruction, UnitPath{});
    const std::u32string phrase = folded(instruction.phrase);
    if (text::matchKey(instruction.phrase).empty()) {
      return fail(instruction, {"cụm từ cần thay, bỏ để trống", "the phrase to replace or drop is empty"});
    }
    std::vector<std::pair<UnitPath, std::pair<int, int>>> spans;
    if (instruction.wholeDocument) {
      const auto& body = now.tree.root.children;
      if (!body.empty()) spans.push_back({UnitPath{}, {firstLine(body.front()), lastLine(body.back())}});
    }
    for (const UnitPath& target : instruction.targets) {
      const Unit* unit = findUnit(now.tree.root, target);
      if (!unit || target.empty()) {
        failMissing(instruction, target);
        continue;
      }
      spans.push_back({target, {firstLine(*unit), lastLine(*unit)}});
    }
    for (const auto& [target, span] : spans) {
      int count = 0;
      for (int line = span.first; line <= span.second; ++line) count += replaceInLine(line, phrase, instruction);
      if (count == 0) {
        const std::string where = target.empty() ? "toàn văn quy chế" : target.describe();
        fail(instruction, {"cụm từ \"" + instruction.phrase + "\" không có trong " + where,
                           "the phrase \"" + instruction.phrase + "\" does not occur in " +
                               (target.empty() ? "the whole text" : where)});
      }
    }
  }

  int replaceInLine(int number, const std::u32string& phrase, const Instruction& instruction) {
    ConsolidatedLine& line = lines_[static_cast<std::size_t>(number - 1)];
    std::u32string text = text::composeNfc(text::decodeUtf8(line.text));
    std::u32string key = text;
    text::foldForMatching(key);
    if (key.size() != text.size()) return 0;
    const std::u32string replacement = text::decodeUtf8(instruction.replacement);
    int count = 0;
    std::u32string result;
    std::size_t from = 0;
    for (std::size_t at = key.find(phrase); at != std::u32string::npos; at = key.find(phrase, at + 1)) {
      const std::size_t end = at + phrase.size();
      const bool whole = (at == 0 || !isWordChar(key[at - 1])) && (end >= key.size() || !isWordChar(key[end]));
      if (!whole || at < from) continue;
      result += text.substr(from, at - from);
      // "bỏ cụm từ": the space before the dropped phrase goes with it.
      if (replacement.empty() && !result.empty() && result.back() == U' ') result.pop_back();
      result += replacement;
      from = end;
      ++count;
    }
    if (count == 0) return 0;
    result += text.substr(from);
    line.text = text::encodeUtf8(result);
    line.origin.amendedAt = instruction.range.begin;
    return count;
  }

  const Amendment& amendment_;
  std::vector<ConsolidatedLine> lines_;
  std::vector<Failure> failures_;
};

}  // namespace

const syntax::Unit* findUnit(const syntax::Unit& root, const UnitPath& path) {
  const Unit* scope = &root;
  if (!path.chapter.empty() && !(scope = findNumbered(*scope, UnitKind::chapter, path.chapter, false))) return nullptr;
  if (!path.section.empty() && !(scope = findNumbered(*scope, UnitKind::section, path.section, true))) return nullptr;
  if (!path.article.empty() && !(scope = findNumbered(*scope, UnitKind::article, path.article, true))) return nullptr;
  if (!path.clause.empty() && !(scope = findNumbered(*scope, UnitKind::clause, path.clause, false))) return nullptr;
  // Points may sit in a clause, straight in an article, or in a "1.1-" sub-clause.
  if (!path.point.empty() && !(scope = findNumbered(*scope, UnitKind::point, path.point, true))) return nullptr;
  return scope;
}

std::string consolidatedPath(const std::string& amendingPath) {
  return amendingPath + "#hop-nhat";
}

Consolidation consolidate(const text::SourceText& base, const Amendment& amendment) {
  return Consolidator(base, amendment).run();
}

}  // namespace rasoat::amend
