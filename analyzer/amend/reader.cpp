#include "amend/reader.h"

#include <antlr4-runtime.h>

#include <algorithm>

#include "LayoutLexer.h"
#include "amend/instruction_parser.h"
#include "syntax/syntax_errors.h"
#include "text/matching.h"
#include "text/utf8.h"

namespace rasoat::amend {

namespace {

using grammar::LayoutLexer;

// One line of the amending document as the layout lexer starts it.
struct LineInfo {
  std::size_t type = LayoutLexer::NL;
  std::size_t content = 0;  // matching index where the text after the marker begins
  std::size_t end = 0;      // matching index of the line's end
};

bool isSpace(char32_t c) {
  return c == U' ' || c == U'\t';
}

bool isQuote(char32_t c) {
  return c == U'"' || c == U'“' || c == U'”' || c == U'„';
}

bool isNumberedStart(std::size_t type) {
  switch (type) {
    case LayoutLexer::PART_START:
    case LayoutLexer::CHAPTER_START:
    case LayoutLexer::SECTION_START:
    case LayoutLexer::ROMAN_START:
    case LayoutLexer::ARTICLE_START:
    case LayoutLexer::CLAUSE_START:
    case LayoutLexer::SUBCLAUSE_START:
    case LayoutLexer::POINT_START:
    case LayoutLexer::DASH_START: return true;
    default: return false;
  }
}

// The lines of the document by number (1-based): the token that starts each
// and where its text begins, from the layout lexer over the matching copy.
std::vector<LineInfo> lineInfos(const text::SourceText& source) {
  const std::u32string& matching = source.matching();
  std::vector<std::size_t> newlines;
  for (std::size_t i = 0; i < matching.size(); ++i) {
    if (matching[i] == U'\n') newlines.push_back(i);
  }
  std::vector<LineInfo> lines(newlines.size() + 1);
  for (std::size_t k = 0; k < newlines.size(); ++k) {
    LineInfo& line = lines[k + 1];
    line.content = newlines[k] + 1;
    line.end = k + 1 < newlines.size() ? newlines[k + 1] : matching.size();
  }
  antlr4::ANTLRInputStream input(source.matchingUtf8());
  LayoutLexer lexer(&input);
  lexer.removeErrorListeners();
  for (auto token = lexer.nextToken(); token->getType() != antlr4::Token::EOF; token = lexer.nextToken()) {
    const std::size_t start = token->getStartIndex();
    if (start >= matching.size() || matching[start] != U'\n') continue;
    const auto found = std::lower_bound(newlines.begin(), newlines.end(), start);
    const std::size_t number = static_cast<std::size_t>(found - newlines.begin()) + 1;
    LineInfo& line = lines[number];
    line.type = token->getType();
    if (isNumberedStart(line.type)) line.content = token->getStopIndex() + 1;
  }
  for (auto& line : lines) {
    while (line.content < line.end && isSpace(matching[line.content])) ++line.content;
  }
  return lines;
}

// Quotes are paired by their place, as typesetters do: a quote after a space
// or a line start, before a non-space, opens; any other closes.
bool opensQuote(const std::u32string& text, std::size_t at) {
  const bool afterSpace = at == 0 || isSpace(text[at - 1]) || text[at - 1] == U'(' || text[at - 1] == U':';
  const bool beforeText = at + 1 < text.size() && !isSpace(text[at + 1]);
  return afterSpace && beforeText;
}

std::u32string trimmedRight(std::u32string text) {
  while (!text.empty() && isSpace(text.back())) text.pop_back();
  return text;
}

class Reader {
 public:
  Reader(const text::SourceText& source, std::string amends, DiagnosticSink& sink)
      : source_(source), amends_(std::move(amends)), sink_(sink), lines_(lineInfos(source)) {}

  std::vector<Instruction> read() {
    std::vector<Instruction> instructions;
    int number = firstBodyLine();
    while (number > 0 && number < lineCount()) {
      const LineInfo& line = lines_[static_cast<std::size_t>(number)];
      if (isClosing(line.type)) break;
      if (!isInstructionHead(number)) {
        ++number;
        continue;
      }
      number = readInstruction(number, instructions);
    }
    return instructions;
  }

 private:
  int lineCount() const { return static_cast<int>(lines_.size()); }
  static bool isClosing(std::size_t type) {
    return type == LayoutLexer::SIGN_START || type == LayoutLexer::RECIPIENTS_START;
  }

  // The body starts at the first article, chapter or numbered clause.
  int firstBodyLine() const {
    for (int number = 1; number < lineCount(); ++number) {
      const auto type = lines_[static_cast<std::size_t>(number)].type;
      if (type == LayoutLexer::ARTICLE_START || type == LayoutLexer::CHAPTER_START || type == LayoutLexer::PART_START ||
          type == LayoutLexer::CLAUSE_START)
        return number;
    }
    return -1;
  }

  std::u32string contentOf(int number) const {
    const LineInfo& line = lines_[static_cast<std::size_t>(number)];
    return source_.matching().substr(line.content, line.end - line.content);
  }

  bool isInstructionHead(int number) const {
    const std::u32string content = contentOf(number);
    if (content.empty() || !looksLikeInstruction(content)) return false;
    // An umbrella line ("Sửa đổi, bổ sung một số điều của Quy chế ... như sau:")
    // names no unit and no phrase: it introduces the instructions.
    static const std::u32string_view units[] = {U"điều ", U"khoản ", U"điểm ", U"chương ", U"mục "};
    for (auto unit : units) {
      for (std::size_t at = content.find(unit); at != std::u32string::npos; at = content.find(unit, at + 1)) {
        const std::size_t after = at + unit.size();
        if (after < content.size() && content[after] != U' ' && (at == 0 || content[at - 1] == U' ')) {
          const char32_t c = content[after];
          const bool numbered = (c >= U'0' && c <= U'9') || unit == U"điểm " || unit == U"chương ";
          if (numbered && !(unit == U"điểm " && content.size() > after + 2 && text::isLetter(content[after + 1]) &&
                            text::isLetter(content[after + 2])))
            return true;
        }
      }
    }
    return content.find(U'"') != std::u32string::npos || content.find(U'“') != std::u32string::npos;
  }

  // The instruction on line `head` (and its wrapped continuation), its new text
  // if it has one; returns the line after it.
  int readInstruction(int head, std::vector<Instruction>& instructions) {
    const std::size_t begin = lines_[static_cast<std::size_t>(head)].content;
    InstructionText sentence;
    std::vector<std::size_t> at;  // matching index of each code point of the sentence
    int last = head;
    std::size_t payloadFrom = std::u32string::npos;  // where quoted text starts on the last head line
    for (int number = head;; ++number) {
      const LineInfo& line = lines_[static_cast<std::size_t>(number)];
      const std::size_t from = number == head ? begin : line.content;
      if (number != head) {
        sentence.matching.push_back(U' ');
        at.push_back(from);
      }
      int depth = 0;
      const std::size_t segmentStart = sentence.matching.size();
      for (std::size_t i = from; i < line.end; ++i) {
        const char32_t c = source_.matching()[i];
        if (c == U':' && depth == 0) {
          sentence.matching.push_back(c);
          at.push_back(i);
          payloadFrom = i + 1;
          break;
        }
        if (isQuote(c)) depth = depth == 0 ? 1 : 0;  // phrases in a head are one level deep
        sentence.matching.push_back(c);
        at.push_back(i);
      }
      last = number;
      if (number != head) sentence.original.push_back(U' ');
      sentence.original += originalOf(from, from + (sentence.matching.size() - segmentStart));
      if (payloadFrom != std::u32string::npos) break;
      const std::u32string tail = trimmedRight(sentence.matching);
      const bool ended = !tail.empty() && (tail.back() == U'.' || tail.back() == U';');
      const bool more =
          number + 1 < lineCount() && lines_[static_cast<std::size_t>(number) + 1].type == LayoutLexer::NL;
      if (ended || !more || contentOf(number + 1).empty() || isQuote(contentOf(number + 1)[0])) break;
    }
    sentence.matching = trimmedRight(sentence.matching);
    at.resize(sentence.matching.size());
    sentence.original.resize(sentence.matching.size());

    const Position start = source_.originOf(begin);
    const Position end = source_.originOf(lines_[static_cast<std::size_t>(head)].end);
    ParsedInstruction parsed = parseInstruction(sentence);
    if (!parsed.instruction) {
      const std::size_t offset = std::min(parsed.errorAt, at.empty() ? 0 : at.size() - 1);
      const Position where = at.empty() ? start : source_.originOf(at[offset]);
      reportError(Range{where, where}, {parsed.error.vi + "; cần dạng \"Sửa đổi khoản 2 Điều 5 như sau:\", "
                                                          "\"Bổ sung Điều 9a sau Điều 9:\", \"Bãi bỏ Điều 12.\" hoặc "
                                                          "\"Thay cụm từ \"A\" bằng cụm từ \"B\" tại Điều 3.\"",
                                        parsed.error.en + "; expected e.g. \"Sửa đổi khoản 2 Điều 5 như sau:\", "
                                                          "\"Bổ sung Điều 9a sau Điều 9:\", \"Bãi bỏ Điều 12.\" or "
                                                          "\"Thay cụm từ \"A\" bằng cụm từ \"B\" tại Điều 3.\""});
      return last + 1;
    }
    Instruction instruction = std::move(*parsed.instruction);
    // "Bãi bỏ Điều 5 Quyết định số 12-QĐ/ĐU": an instruction about another document.
    if (!instruction.document.empty() && !amends_.empty() &&
        text::matchKey(instruction.document) != text::matchKey(amends_))
      return last + 1;
    instruction.range = Range{start, end};
    instruction.text = source_.slice(start.line, start.column, end.column);
    const bool needsText = instruction.action == Action::replace || instruction.action == Action::insert ||
                           instruction.action == Action::replaceTitle;
    if (!needsText) {
      instructions.push_back(std::move(instruction));
      return last + 1;
    }
    int next = last + 1;
    if (!readPayload(last, payloadFrom, instruction, next)) return next;
    instructions.push_back(std::move(instruction));
    return next;
  }

  // The original text (NFC, the user's case) of the matching copy's code points
  // [from, to), all on one line: one code point for each, as the grammar saw them.
  std::u32string originalOf(std::size_t from, std::size_t to) const {
    if (from >= to) return {};
    const Position first = source_.originOf(from);
    const Position after = source_.originOf(to);
    const int end = after.line == first.line ? after.column : static_cast<int>(source_.line(first.line).size()) + 1;
    std::u32string original = text::composeNfc(text::decodeUtf8(source_.slice(first.line, first.column, end)));
    for (char32_t& c : original) {
      if (c == U'\t' || c == U'\u00A0') c = U' ';
    }
    if (original.size() == to - from) return original;
    // Zero-width characters or the like were dropped from the matching copy: keep its lower case.
    return source_.matching().substr(from, to - from);
  }

  // The new text of an instruction: quoted, on the head's line after the colon
  // or on the lines below; or, without quotes, the lines below up to the next
  // instruction or article. `next` is set to the line after it.
  bool readPayload(int headLine, std::size_t from, Instruction& instruction, int& next) {
    int line = headLine;
    std::size_t column = 0;  // in the original line
    bool found = false;
    if (from != std::u32string::npos) {
      const std::size_t end = lines_[static_cast<std::size_t>(headLine)].end;
      for (std::size_t i = from; i < end; ++i) {
        if (isQuote(source_.matching()[i])) {
          column = static_cast<std::size_t>(source_.originOf(i).column - 1);
          found = true;
          break;
        }
        if (!isSpace(source_.matching()[i])) break;
      }
    }
    if (!found) {
      line = headLine + 1;
      while (line < lineCount() && contentOf(line).empty() &&
             lines_[static_cast<std::size_t>(line)].type == LayoutLexer::NL)
        ++line;
      if (line >= lineCount() || isClosing(lines_[static_cast<std::size_t>(line)].type)) {
        reportMissingText(instruction);
        next = line;
        return false;
      }
      const std::u32string& text = source_.line(line);
      column = 0;
      while (column < text.size() && isSpace(text[column])) ++column;
      found = column < text.size() && isQuote(text[column]);
      if (!found) return readUnquoted(line, instruction, next);
    }
    return readQuoted(line, column, instruction, next);
  }

  // From the opening quote at (line, column) to its closing quote; another
  // quoted paragraph right below continues the text.
  bool readQuoted(int line, std::size_t column, Instruction& instruction, int& next) {
    while (true) {
      const int opened = line;
      const std::size_t openedAt = column;
      int depth = 0;
      std::size_t start = column + 1;
      bool closed = false;
      for (; line < lineCount(); ++line, start = 0) {
        const std::u32string& text = source_.line(line);
        if (line != opened && isClosing(lines_[static_cast<std::size_t>(line)].type)) break;
        std::size_t i = line == opened ? column : 0;
        for (; i < text.size(); ++i) {
          if (!isQuote(text[i])) continue;
          depth += opensQuote(text, i) || (line == opened && i == openedAt) ? 1 : -1;
          if (depth == 0) break;
        }
        const std::size_t stop = std::min(i, text.size());
        addPayloadLine(instruction, line, start, stop);
        if (depth == 0) {
          closed = true;
          break;
        }
      }
      if (!closed) {
        reportError(
            Range{Position{opened, static_cast<int>(openedAt) + 1}, Position{opened, static_cast<int>(openedAt) + 2}},
            {"dấu ngoặc kép mở ở đây không được đóng; cần dấu \" (hoặc ”) ở cuối nội dung sửa đổi",
             "the quote opened here is never closed; expected \" (or ”) at the end of the new text"});
        // Reading goes on at the next instruction, where the quote was most likely meant to close.
        next = opened + 1;
        while (next < line && !isInstructionHead(next)) ++next;
        return false;
      }
      next = line + 1;
      // "a) ...;" "b) ..." quoted paragraph by paragraph.
      if (next >= lineCount() || isInstructionHead(next)) break;
      const std::u32string& below = source_.line(next);
      std::size_t indent = 0;
      while (indent < below.size() && isSpace(below[indent])) ++indent;
      if (indent >= below.size() || !isQuote(below[indent])) break;
      line = next;
      column = indent;
    }
    trimPayload(instruction);
    return !instruction.payload.empty() || (reportMissingText(instruction), false);
  }

  // Without quotes the new text must open with the marker of the unit it is
  // ("Điều 7.", "2.", "d)"), and runs to the next instruction, the next
  // article (or chapter, for a chapter) or the closing.
  bool readUnquoted(int line, Instruction& instruction, int& next) {
    const int first = line;
    const syntax::UnitKind kind =
        instruction.targets.empty() ? syntax::UnitKind::document : instruction.targets.front().kind();
    if (instruction.action == Action::replaceTitle || !opensUnit(lines_[static_cast<std::size_t>(line)].type, kind)) {
      reportMissingText(instruction);
      next = line;
      return false;
    }
    for (; line < lineCount(); ++line) {
      const LineInfo& info = lines_[static_cast<std::size_t>(line)];
      if (isClosing(info.type) || isInstructionHead(line)) break;
      const bool heading = info.type == LayoutLexer::CHAPTER_START || info.type == LayoutLexer::PART_START ||
                           (info.type == LayoutLexer::ARTICLE_START && kind != syntax::UnitKind::chapter);
      if (line != first && heading) break;
      addPayloadLine(instruction, line, 0, source_.line(line).size());
    }
    next = line;
    trimPayload(instruction);
    return !instruction.payload.empty() || (reportMissingText(instruction), false);
  }

  static bool opensUnit(std::size_t type, syntax::UnitKind kind) {
    switch (kind) {
      case syntax::UnitKind::chapter:
        return type == LayoutLexer::CHAPTER_START || type == LayoutLexer::PART_START ||
               type == LayoutLexer::ROMAN_START;
      case syntax::UnitKind::section: return type == LayoutLexer::SECTION_START;
      case syntax::UnitKind::article: return type == LayoutLexer::ARTICLE_START;
      case syntax::UnitKind::clause: return type == LayoutLexer::CLAUSE_START || type == LayoutLexer::SUBCLAUSE_START;
      case syntax::UnitKind::point: return type == LayoutLexer::POINT_START || type == LayoutLexer::SUBCLAUSE_START;
      default: return false;
    }
  }

  void addPayloadLine(Instruction& instruction, int line, std::size_t begin, std::size_t end) {
    const std::u32string& text = source_.line(line);
    while (begin < end && isSpace(text[begin])) ++begin;
    while (end > begin && isSpace(text[end - 1])) --end;
    instruction.payload.push_back(PayloadLine{text::encodeUtf8(std::u32string_view(text).substr(begin, end - begin)),
                                              Position{line, static_cast<int>(begin) + 1}});
  }

  static void trimPayload(Instruction& instruction) {
    auto& lines = instruction.payload;
    while (!lines.empty() && lines.back().text.empty()) lines.pop_back();
    while (!lines.empty() && lines.front().text.empty()) lines.erase(lines.begin());
  }

  void reportMissingText(const Instruction& instruction) {
    reportError(instruction.range, {"câu lệnh sửa đổi, bổ sung thiếu nội dung mới; cần nội dung trong ngoặc kép sau "
                                    "\"như sau:\"",
                                    "the instruction has no new text; expected the text in quotes after \"như sau:\""});
  }

  void reportError(Range range, LocalizedText message) {
    sink_.report(syntax::syntaxError(source_.path(), range, std::move(message)));
  }

  const text::SourceText& source_;
  std::string amends_;  // the number of the amended regulation
  DiagnosticSink& sink_;
  std::vector<LineInfo> lines_;
};

// "01-QC/ĐU" in a text: digits, '-', letters, then '/' and letters.
std::string findDocumentNumber(const std::string& utf8) {
  const std::u32string text = text::decodeUtf8(utf8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!(text[i] >= U'0' && text[i] <= U'9') || (i > 0 && text[i - 1] >= U'0' && text[i - 1] <= U'9')) continue;
    std::size_t j = i;
    while (j < text.size() && ((text[j] >= U'0' && text[j] <= U'9') || text[j] == U'.')) ++j;
    if (j >= text.size() || text[j] != U'-') continue;
    std::size_t k = j + 1;
    int parts = 0;
    while (k < text.size()) {
      std::size_t m = k;
      while (m < text.size() && text::isLetter(text[m])) ++m;
      if (m == k) break;
      ++parts;
      k = m;
      if (k < text.size() && text[k] == U'/' && k + 1 < text.size() && text::isLetter(text[k + 1]))
        ++k;
      else
        break;
    }
    if (parts >= 2) return text::encodeUtf8(text.substr(i, k - i));
  }
  return {};
}

const syntax::Unit* firstArticle(const syntax::Unit& unit) {
  for (const auto& child : unit.children) {
    if (child.kind == syntax::UnitKind::article) return &child;
    if (const auto* found = firstArticle(child)) return found;
  }
  return nullptr;
}

bool saysAmendment(const std::string& text) {
  const std::string key = text::matchKey(text);
  return key.find("sửa đổi") != std::string::npos || key.find("bổ sung") != std::string::npos ||
         key.find("bãi bỏ") != std::string::npos;
}

}  // namespace

// The title says it ("QUY CHẾ sửa đổi, bổ sung một số điều của Quy chế làm việc
// ..."); or the first article does, citing the regulation it amends.
bool isAmendingDocument(const syntax::Document& document) {
  // "(sửa đổi, bổ sung)" after the title of a new full text is not enough: the
  // title must name what it amends.
  if (document.title && saysAmendment(document.title->text)) {
    const std::string key = text::matchKey(document.title->text);
    if (!findDocumentNumber(document.title->text).empty() || key.find("một số điều") != std::string::npos ||
        key.find("của quy chế") != std::string::npos || key.find("của quy định") != std::string::npos)
      return true;
  }
  const syntax::Unit* article = firstArticle(document.root);
  return article && saysAmendment(article->title) && !findDocumentNumber(article->title).empty();
}

// Where drafts write the number of the amended regulation, most telling first:
// the title, the first article, the enacting line, then the last "Căn cứ Quy
// chế ... số ..." (the regulation amended is cited as a basis).
std::string amendedNumber(const syntax::Document& document) {
  if (!isAmendingDocument(document)) return {};
  std::vector<std::string> places;
  if (document.title) places.push_back(document.title->text);
  if (const syntax::Unit* article = firstArticle(document.root)) places.push_back(article->title);
  places.push_back(document.enacting);
  for (const std::string& place : places) {
    if (saysAmendment(place) && !findDocumentNumber(place).empty()) return findDocumentNumber(place);
  }
  for (auto basis = document.bases.rbegin(); basis != document.bases.rend(); ++basis) {
    if (basis->number && text::matchKey(basis->kind).find("quy chế") != std::string::npos) return basis->number->text;
  }
  return {};
}

Amendment readAmendment(const text::SourceText& source, const syntax::Document& document, DiagnosticSink& sink) {
  Amendment amendment;
  amendment.path = source.path();
  amendment.amends = amendedNumber(document);
  amendment.instructions = Reader(source, amendment.amends, sink).read();
  return amendment;
}

}  // namespace rasoat::amend
