#include "amend/instruction_parser.h"

#include <antlr4-runtime.h>

#include "InstructionLexer.h"
#include "InstructionParser.h"
#include "text/utf8.h"

namespace rasoat::amend {

namespace {

using grammar::InstructionLexer;
using grammar::InstructionParser;

// The first error of the lexer or the parser, and where it was.
class FirstError : public antlr4::BaseErrorListener {
 public:
  void syntaxError(antlr4::Recognizer*, antlr4::Token* offending, size_t, size_t column, const std::string&,
                   std::exception_ptr) override {
    if (failed) return;
    failed = true;
    at = offending ? offending->getStartIndex() : column;
    found = offending ? offending->getText() : "";
  }
  bool failed = false;
  std::size_t at = 0;
  std::string found;
};

// The lexer and parser of one sentence, reporting their first error.
struct InstructionReader {
  explicit InstructionReader(const std::u32string& matching)
      : input(text::encodeUtf8(matching)), lexer(&input), tokens(&lexer), parser(&tokens) {
    lexer.removeErrorListeners();
    lexer.addErrorListener(&errors);
    parser.removeErrorListeners();
    parser.addErrorListener(&errors);
  }
  FirstError errors;
  antlr4::ANTLRInputStream input;
  InstructionLexer lexer;
  antlr4::CommonTokenStream tokens;
  InstructionParser parser;
};

bool startsWith(const std::u32string& text, std::u32string_view prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

// "điều 9a" -> "9a": the number after the keyword.
std::string numberOf(antlr4::Token* token) {
  std::string text = token->getText();
  const auto space = text.find_last_of(' ');
  return space == std::string::npos ? text : text.substr(space + 1);
}

void setLevel(UnitPath& path, size_t type, const std::string& number) {
  switch (type) {
    case InstructionLexer::CHAPTER: path.chapter = number; break;
    case InstructionLexer::SECTION: path.section = number; break;
    case InstructionLexer::ARTICLE: path.article = number; break;
    case InstructionLexer::CLAUSE: path.clause = number; break;
    case InstructionLexer::POINT: path.point = number; break;
    default: break;
  }
}

// The levels of `from` above the deepest level of `path`, where `path` left them empty.
void inheritUpperLevels(UnitPath& path, const UnitPath& from) {
  const auto kind = path.kind();
  using syntax::UnitKind;
  if (kind == UnitKind::point) {
    if (path.clause.empty() && path.article.empty()) path.clause = from.clause;
  }
  if (kind == UnitKind::point || kind == UnitKind::clause) {
    if (path.article.empty()) path.article = from.article;
  }
  if (kind == UnitKind::section || kind == UnitKind::article) {
    if (path.chapter.empty() && path.article.empty()) path.chapter = from.chapter;
  }
  if (kind == UnitKind::article && path.section.empty()) path.section = from.section;
}

// "số 01-QC/ĐU" -> "01-QC/ĐU": the number a `document` names, if it names one.
std::string documentNumber(InstructionParser::DocumentContext* document) {
  if (!document) return {};
  for (auto* number : document->DOC_NUMBER()) {
    std::string text = number->getText();
    const auto digit = text.find_first_of("0123456789");
    if (digit != std::string::npos) return text.substr(digit);
  }
  return {};
}

// "điểm c, d khoản 2 Điều 4" -> {c,2,4}, {d,2,4}; "khoản 1, khoản 2 Điều 3" ->
// {1,3}, {2,3}: a target that stops short takes the upper levels of the next.
std::vector<UnitPath> readTargets(InstructionParser::TargetsContext& context) {
  std::vector<UnitPath> all;
  for (auto* target : context.target()) {
    std::vector<UnitPath> expanded{UnitPath{}};
    for (auto* level : target->level()) {
      antlr4::Token* head = level->getStart();
      std::vector<std::string> numbers{numberOf(head)};
      for (auto* more : level->more()) numbers.push_back(more->getStop()->getText());
      std::vector<UnitPath> next;
      for (const auto& path : expanded) {
        for (const auto& number : numbers) {
          UnitPath copy = path;
          setLevel(copy, head->getType(), number);
          next.push_back(copy);
        }
      }
      expanded = std::move(next);
    }
    all.insert(all.end(), expanded.begin(), expanded.end());
  }
  for (std::size_t i = all.size(); i-- > 1;) inheritUpperLevels(all[i - 1], all[i]);
  return all;
}

Action actionOf(InstructionParser::VerbsContext& verbs) {
  bool amend = false, repeal = false;
  for (auto* verb : verbs.verb()) {
    const auto type = verb->getStart()->getType();
    if (type == InstructionLexer::AMEND) amend = true;
    if (type == InstructionLexer::REPEAL || type == InstructionLexer::DROP) repeal = true;
  }
  if (repeal) return Action::repeal;
  return amend ? Action::replace : Action::insert;
}

void readPlacement(InstructionParser::PlacementContext* placement, Instruction& instruction) {
  if (!placement) return;
  if (auto* next = dynamic_cast<InstructionParser::PlacedNextToContext*>(placement)) {
    auto anchors = readTargets(*next->targets());
    if (anchors.empty()) return;
    instruction.anchor = anchors.front();
    instruction.placement = next->AFTER() ? Placement::after : Placement::before;
    for (auto& target : instruction.targets) inheritUpperLevels(target, *instruction.anchor);
  } else if (auto* inside = dynamic_cast<InstructionParser::PlacedInsideContext*>(placement)) {
    auto containers = readTargets(*inside->targets());
    if (containers.empty()) return;
    // "bổ sung điểm d vào khoản 1 Điều 7": the container's levels complete the new unit's.
    for (auto& target : instruction.targets) {
      const UnitPath& container = containers.front();
      if (target.chapter.empty()) target.chapter = container.chapter;
      if (target.section.empty()) target.section = container.section;
      if (target.article.empty()) target.article = container.article;
      if (target.clause.empty() && target.kind() == syntax::UnitKind::point) target.clause = container.clause;
    }
  }
}

// The text between the quotes of a QUOTED token, as the user wrote it.
std::string quotedText(const InstructionText& text, antlr4::tree::TerminalNode* node) {
  const auto begin = node->getSymbol()->getStartIndex() + 1;
  const auto end = node->getSymbol()->getStopIndex();
  if (end <= begin || end > text.original.size()) return {};
  return text::encodeUtf8(std::u32string_view(text.original).substr(begin, end - begin));
}

Instruction readPhraseChange(InstructionParser::PhraseChangeContext& context, const InstructionText& text) {
  Instruction instruction;
  instruction.action = Action::replacePhrase;
  auto quoted = context.QUOTED();
  instruction.phrase = quotedText(text, quoted.at(0));
  if (quoted.size() > 1) instruction.replacement = quotedText(text, quoted.at(1));
  if (context.SUPPLEMENT() && quoted.size() > 1) {
    // A phrase added next to another is that other phrase replaced by both.
    const std::string added = instruction.phrase;
    instruction.phrase = instruction.replacement;
    instruction.replacement = context.AFTER() ? instruction.phrase + " " + added : added + " " + instruction.phrase;
  }
  if (auto* scope = context.scope()) {
    if (scope->targets()) instruction.targets = readTargets(*scope->targets());
    if (scope->document()) instruction.wholeDocument = true;
  }
  if (instruction.targets.empty()) instruction.wholeDocument = true;  // no scope written: the whole text
  return instruction;
}

}  // namespace

bool looksLikeInstruction(const std::u32string& matching) {
  static const std::u32string_view verbs[] = {U"sửa đổi", U"bổ sung", U"bãi bỏ", U"bỏ ", U"thay "};
  for (auto verb : verbs) {
    if (startsWith(matching, verb)) return true;
  }
  static const std::u32string_view units[] = {U"điều ", U"khoản ", U"điểm ", U"chương ", U"mục ", U"tên ", U"tiêu đề "};
  bool unitFirst = false;
  for (auto unit : units) unitFirst = unitFirst || startsWith(matching, unit);
  if (!unitFirst) return false;
  for (auto passive : {U" được sửa đổi", U" được bổ sung", U" được bãi bỏ", U" bị bãi bỏ", U" được bỏ"}) {
    if (matching.find(passive) != std::u32string::npos) return true;
  }
  return false;
}

ParsedInstruction parseInstruction(const InstructionText& text) {
  ParsedInstruction result;
  InstructionReader reader(text.matching);
  FirstError& errors = reader.errors;
  InstructionParser& parser = reader.parser;
  auto* tree = parser.instruction();
  if (errors.failed) {
    result.errorAt = errors.at;
    const std::string found = errors.found == "<EOF>" ? "" : errors.found;
    result.error = found.empty() ? LocalizedText{"câu lệnh sửa đổi chưa trọn", "the instruction is incomplete"}
                                 : LocalizedText{"không đọc được câu lệnh sửa đổi từ chỗ \"" + found + "\"",
                                                 "cannot read the instruction from \"" + found + "\" on"};
    return result;
  }
  Instruction instruction;
  if (auto* phrase = tree->phraseChange()) {
    instruction = readPhraseChange(*phrase, text);
  } else if (auto* change = tree->unitChange()) {
    instruction.targets = readTargets(*change->targets());
    instruction.document = documentNumber(change->targets()->document());
    instruction.action = actionOf(*change->verbs());
    if (change->titleOf()) instruction.action = Action::replaceTitle;
    readPlacement(change->placement(), instruction);
  } else if (auto* passive = tree->passiveChange()) {
    instruction.targets = readTargets(*passive->targets());
    instruction.document = documentNumber(passive->targets()->document());
    instruction.action = actionOf(*passive->verbs());
    if (passive->titleOf()) instruction.action = Action::replaceTitle;
    readPlacement(passive->placement(), instruction);
  }
  result.instruction = std::move(instruction);
  return result;
}

namespace {

// Joins the levels of several targets into one path; false when two name the
// same level differently ("Điều 5, Điều 6": two units, not one).
bool mergeLevels(UnitPath& into, const UnitPath& from) {
  auto merge = [](std::string& a, const std::string& b) {
    if (b.empty() || a == b) return true;
    if (!a.empty()) return false;
    a = b;
    return true;
  };
  return merge(into.chapter, from.chapter) && merge(into.section, from.section) && merge(into.article, from.article) &&
         merge(into.clause, from.clause) && merge(into.point, from.point);
}

}  // namespace

std::optional<UnitPath> parseUnitAddress(const std::u32string& matching) {
  InstructionReader reader(matching);
  FirstError& errors = reader.errors;
  InstructionParser& parser = reader.parser;
  auto* tree = parser.address();
  if (errors.failed) return std::nullopt;
  UnitPath path;
  for (const UnitPath& target : readTargets(*tree->targets())) {
    if (!mergeLevels(path, target)) return std::nullopt;
  }
  if (path.empty()) return std::nullopt;
  return path;
}

}  // namespace rasoat::amend
