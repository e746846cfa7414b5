#include "syntax/tree_builder.h"

#include <algorithm>

#include <fmt/format.h>

#include "LayoutLexer.h"
#include "syntax/syntax_errors.h"
#include "text/matching.h"
#include "text/utf8.h"

namespace rasoat::syntax {

namespace {

using Lexer = rasoat::grammar::LayoutLexer;

template <typename Context>
LineView headLine(const text::SourceText& source, Context& context, antlr4::tree::TerminalNode* start) {
  return LineView(source, start->getSymbol(), context.inlineItem());
}

// "Chương II" -> "II", "PHẦN THỨ NHẤT" -> "THỨ NHẤT", "Điều 4." -> "4", "2." -> "2",
// "1.1-" -> "1.1", "a)" -> "a", "II." -> "II".
std::string numberFromMarker(UnitKind kind, const std::string& marker) {
  std::string number = collapsedBlanks(marker);
  if (kind == UnitKind::chapter || kind == UnitKind::section || kind == UnitKind::article || kind == UnitKind::clause ||
      kind == UnitKind::point) {
    const auto space = number.find(' ');
    const bool keyword = space != std::string::npos && !std::isdigit(static_cast<unsigned char>(number[0]));
    if (keyword) number = number.substr(space + 1);
    // "Điều thứ 4", "Điều 4 -": an article's number is its last word ("Phần thứ nhất" keeps both);
    // "Khoản 1." is clause 1.
    number = trimmed(number, ".:)(/-–\n ");
    const auto last = number.rfind(' ');
    if (kind == UnitKind::article && last != std::string::npos) number = number.substr(last + 1);
  }
  return trimmed(number, ".:)/-–");
}

bool isHeading(UnitKind kind) {
  return kind == UnitKind::chapter || kind == UnitKind::section || kind == UnitKind::article;
}

// The kind a dash item or an unnumbered paragraph takes under its owner.
UnitKind childKindUnder(UnitKind owner) {
  switch (owner) {
    case UnitKind::article: return UnitKind::clause;
    case UnitKind::clause: return UnitKind::point;
    default: return UnitKind::item;
  }
}

bool endsSentence(const std::string& text) {
  std::u32string content = text::decodeUtf8(trimmed(text));
  if (content.empty()) return true;
  const char32_t last = content.back();
  return last == U'.' || last == U';' || last == U':' || last == U'!' || last == U'?' || last == U'…';
}

void appendText(std::string& text, const std::string& more, const char* separator) {
  if (more.empty()) return;
  if (!text.empty()) text += separator;
  text += more;
}

}  // namespace

std::string matchingText(antlr4::Token* token) {
  return token->getText();
}

LineView TreeBuilder::textLineOf(LayoutParser::TextLineContext& context) const {
  if (auto* plain = context.plainLine()) return LineView(source_, plain->getStart(), plain->inlineItem());
  return LineView(source_, context.getStart(), context.inlineItem());
}

Unit TreeBuilder::unitFromHead(UnitKind kind, const LineView& head) {
  Unit unit;
  unit.kind = kind;
  unit.marker = head.markerText();
  const bool numbered = !head.startIsContent() && head.startType() != Lexer::DASH_START;
  if (numbered) unit.number = numberFromMarker(kind, unit.marker);
  const Range marker = head.markerRange();
  unit.position = marker.begin;
  unit.textRange = head.contentRange();
  if (head.startIsContent()) unit.marker.clear();
  unit.range = Range{marker.begin, std::max(marker.end, unit.textRange.end)};
  (isHeading(kind) ? unit.title : unit.text) = head.contentText();
  unit.lines.push_back(marker.begin.line);
  unit.references = transformReferences(head.items());
  return unit;
}

// A line under a chapter or section heading: more of the title, or a note.
void TreeBuilder::absorbHeadingLine(Unit& heading, const LineView& line, bool afterBlank) {
  const std::string& text = line.contentText();
  if (text.empty()) return;
  if (heading.title.empty()) {
    heading.title = text;
  } else if (text.front() == '(' || afterBlank || !heading.note.empty()) {
    appendText(heading.note, text, " ");
  } else {
    appendText(heading.title, text, " ");
  }
  heading.lines.push_back(line.lineNumber());
  auto references = transformReferences(line.items());
  heading.references.insert(heading.references.end(), references.begin(), references.end());
}

// An unmarked line inside a unit: a wrapped line continues the text before it;
// after a full stop or a blank line it starts a new paragraph, which under an
// article is a clause without a number.
void TreeBuilder::absorbTextLine(Unit& owner, const LineView& line, bool afterBlank) {
  if (line.contentText().empty()) return;
  Unit* last = owner.children.empty() ? &owner : &owner.children.back();
  const bool ownerIsTitle = last == &owner && isHeading(owner.kind);
  const bool wrapped = !afterBlank && !ownerIsTitle && !endsSentence(last->text);
  auto references = transformReferences(line.items());
  if (wrapped) {
    appendText(last->text, line.contentText(), " ");
    last->lines.push_back(line.lineNumber());
    last->range.end = std::max(last->range.end, line.contentRange().end);
    last->references.insert(last->references.end(), references.begin(), references.end());
    return;
  }
  if (!isHeading(owner.kind) && owner.children.empty()) {
    appendText(owner.text, line.contentText(), "\n");
    owner.lines.push_back(line.lineNumber());
    owner.range.end = std::max(owner.range.end, line.contentRange().end);
    owner.references.insert(owner.references.end(), references.begin(), references.end());
    return;
  }
  owner.children.push_back(unitFromHead(childKindUnder(owner.kind), line));
}

void TreeBuilder::finishRange(Unit& unit) const {
  for (const Unit& child : unit.children) unit.range.end = std::max(unit.range.end, child.range.end);
}

Document TreeBuilder::transformDocument(LayoutParser::DocumentContext& context) {
  Document document;
  document.path = source_.path();
  document.root.kind = UnitKind::document;
  document.root.position = Position{1, 1};
  document.root.range = Range{Position{1, 1}, source_.originOf(source_.matching().size())};
  transformFrontMatter(*context.frontMatter(), document);
  transformBody(*context.body(), document.root);
  reportStrayCascade();
  if (auto* closing = context.closing()) document.closing = transformClosing(*closing);
  reportNoArticle(document);
  if (document.header.number) document.root.number = document.header.number->text;
  return document;
}

void TreeBuilder::transformBody(LayoutParser::BodyContext& context, Unit& root) {
  for (auto* child : context.children) {
    if (auto* chapter = dynamic_cast<LayoutParser::ChapterContext*>(child)) {
      root.children.push_back(transformChapter(*chapter));
    } else if (auto* section = dynamic_cast<LayoutParser::SectionContext*>(child)) {
      root.children.push_back(transformSection(*section));
    } else if (auto* article = dynamic_cast<LayoutParser::ArticleContext*>(child)) {
      root.children.push_back(transformArticle(*article));
    } else if (auto* stray = dynamic_cast<LayoutParser::StrayUnitContext*>(child)) {
      root.children.push_back(transformStrayUnit(*stray));
    }
  }
}

Unit TreeBuilder::transformChapter(LayoutParser::ChapterContext& context) {
  auto* heading = context.chapterHeading();
  antlr4::tree::TerminalNode* start = heading->CHAPTER_START();
  if (!start) start = heading->PART_START();
  if (!start) start = heading->ROMAN_START();
  Unit chapter = unitFromHead(UnitKind::chapter, headLine(source_, *heading, start));
  bool afterBlank = false;
  for (auto* child : context.children) {
    if (auto* line = dynamic_cast<LayoutParser::HeadingLineContext*>(child)) {
      if (line->blankLine()) {
        afterBlank = !chapter.title.empty();
      } else if (line->textLine()) {
        absorbHeadingLine(chapter, textLineOf(*line->textLine()), afterBlank);
      } else if (line->dashLine()) {
        absorbHeadingLine(chapter, headLine(source_, *line->dashLine(), line->dashLine()->DASH_START()), true);
      }
    } else if (auto* section = dynamic_cast<LayoutParser::SectionContext*>(child)) {
      chapter.children.push_back(transformSection(*section));
    } else if (auto* article = dynamic_cast<LayoutParser::ArticleContext*>(child)) {
      chapter.children.push_back(transformArticle(*article));
    } else if (auto* stray = dynamic_cast<LayoutParser::StrayUnitContext*>(child)) {
      chapter.children.push_back(transformStrayUnit(*stray));
    }
  }
  finishRange(chapter);
  return chapter;
}

Unit TreeBuilder::transformSection(LayoutParser::SectionContext& context) {
  Unit section = unitFromHead(UnitKind::section, headLine(source_, context, context.SECTION_START()));
  bool afterBlank = false;
  for (auto* child : context.children) {
    if (auto* line = dynamic_cast<LayoutParser::HeadingLineContext*>(child)) {
      if (line->blankLine())
        afterBlank = !section.title.empty();
      else if (line->textLine())
        absorbHeadingLine(section, textLineOf(*line->textLine()), afterBlank);
    } else if (auto* article = dynamic_cast<LayoutParser::ArticleContext*>(child)) {
      section.children.push_back(transformArticle(*article));
    } else if (auto* stray = dynamic_cast<LayoutParser::StrayUnitContext*>(child)) {
      section.children.push_back(transformStrayUnit(*stray));
    }
  }
  finishRange(section);
  return section;
}

// The items of an article, clause, sub-clause or point share one shape: blank
// lines, unmarked lines and dash items.
template <typename Item>
void TreeBuilder::absorbCommonItem(Unit& owner, Item& item, bool& afterBlank) {
  if (item.blankLine()) {
    afterBlank = true;
    return;
  }
  if (item.textLine()) absorbTextLine(owner, textLineOf(*item.textLine()), afterBlank);
  if (item.dashLine()) owner.children.push_back(transformDashLine(*item.dashLine(), childKindUnder(owner.kind)));
  afterBlank = false;
}

Unit TreeBuilder::transformArticle(LayoutParser::ArticleContext& context) {
  Unit article = unitFromHead(UnitKind::article, headLine(source_, context, context.ARTICLE_START()));
  // "Điều 3 (Trách nhiệm …)": the bracket opened by the marker closes the title.
  if (!article.marker.empty() && article.marker.back() == '(' && !article.title.empty() && article.title.back() == ')')
    article.title.pop_back();
  bool afterBlank = false;
  const auto& items = context.articleItem();
  // "Điều 5." alone on its line, its title on the next: a line that is no
  // sentence right under a heading without title is that title.
  auto item = items.begin();
  if (article.title.empty() && item != items.end() && (*item)->textLine()) {
    const LineView line = textLineOf(*(*item)->textLine());
    if (!line.contentText().empty() && !endsSentence(line.contentText())) {
      article.title = line.contentText();
      article.lines.push_back(line.lineNumber());
      ++item;
    }
  }
  for (; item != items.end(); ++item) {
    if ((*item)->clause()) article.children.push_back(transformClause(*(*item)->clause()));
    if ((*item)->subclause())
      article.children.push_back(clauseOfArticle(article, transformSubclause(*(*item)->subclause())));
    if ((*item)->point()) article.children.push_back(transformPoint(*(*item)->point()));
    absorbCommonItem(article, **item, afterBlank);
  }
  finishRange(article);
  return article;
}

// "Điều 9." then "9.1.", "9.2.": clauses numbered after their article. A
// sub-number straight under the article whose first part is the article's
// number is that article's clause (its second part), so that numbering and
// references see clause 1, 2, …; the marker is kept as written.
Unit TreeBuilder::clauseOfArticle(const Unit& article, Unit subclause) {
  if (!article.number || !subclause.number) return subclause;
  const std::string prefix = *article.number + ".";
  const std::string& number = *subclause.number;
  if (number.rfind(prefix, 0) != 0) return subclause;
  const std::string rest = number.substr(prefix.size());
  if (rest.empty() || rest.find('.') != std::string::npos) return subclause;
  subclause.kind = UnitKind::clause;
  subclause.number = rest;
  return subclause;
}

Unit TreeBuilder::transformClause(LayoutParser::ClauseContext& context) {
  Unit clause = unitFromHead(UnitKind::clause, headLine(source_, context, context.CLAUSE_START()));
  bool afterBlank = false;
  for (auto* item : context.clauseItem()) {
    if (item->subclause()) clause.children.push_back(transformSubclause(*item->subclause()));
    if (item->point()) clause.children.push_back(transformPoint(*item->point()));
    absorbCommonItem(clause, *item, afterBlank);
  }
  finishRange(clause);
  return clause;
}

// "1.1-", "3.4." sub-numbering: a point (điểm 3.4) that may hold points.
Unit TreeBuilder::transformSubclause(LayoutParser::SubclauseContext& context) {
  Unit subclause = unitFromHead(UnitKind::point, headLine(source_, context, context.SUBCLAUSE_START()));
  bool afterBlank = false;
  for (auto* item : context.subclauseItem()) {
    if (item->point()) subclause.children.push_back(transformPoint(*item->point()));
    absorbCommonItem(subclause, *item, afterBlank);
  }
  finishRange(subclause);
  return subclause;
}

Unit TreeBuilder::transformPoint(LayoutParser::PointContext& context) {
  Unit point = unitFromHead(UnitKind::point, headLine(source_, context, context.POINT_START()));
  bool afterBlank = false;
  for (auto* item : context.pointItem()) {
    absorbCommonItem(point, *item, afterBlank);
  }
  finishRange(point);
  return point;
}

Unit TreeBuilder::transformDashLine(LayoutParser::DashLineContext& context, UnitKind kind) {
  return unitFromHead(kind, headLine(source_, context, context.DASH_START()));
}

constexpr int kStrayUnitsReported = 3;

// One finding for the stray units after the first few: the cause is one
// heading form the layout does not read, not dozens of numbering errors.
void TreeBuilder::reportStrayCascade() {
  const int more = strayUnits_ - kStrayUnitsReported;
  if (more <= 0) return;
  sink_.report(syntaxError(
      source_.path(), Range{lastStray_, lastStray_},
      {fmt::format("{} khoản, điểm nữa nằm ngoài mọi điều (đến dòng {}): có lẽ tiêu đề điều được viết theo một cách "
                   "chưa đọc được; cần 'Điều N.' ở đầu dòng",
                   more, lastStray_.line),
       fmt::format("{} more clauses or points outside any article (up to line {}): an article heading is probably "
                   "written in a form the layout does not read; expected 'Điều N.' at the start of a line",
                   more, lastStray_.line)}));
}

namespace {

bool hasArticle(const Unit& unit) {
  return unit.kind == UnitKind::article ||
         std::any_of(unit.children.begin(), unit.children.end(), [](const Unit& child) { return hasArticle(child); });
}

}  // namespace

// A file with no article at all is no regulation the checks can read (a flat
// XML file, a letter, a Word file whose numbering was lost); saying nothing
// would pass it as clean. Stray clauses are reported already.
void TreeBuilder::reportNoArticle(const Document& document) {
  if (hasArticle(document.root) || strayUnits_ > 0) return;
  const Position end = source_.originOf(source_.matching().size());
  sink_.report(syntaxError(
      source_.path(), Range{end, end},
      {"không tìm thấy điều nào ('Điều N.' ở đầu dòng): tệp không phải là một quy chế, hoặc các điều được đánh số "
       "theo cách chưa đọc được",
       "no article found ('Điều N.' at the start of a line): the file is not a regulation, or its articles are "
       "numbered in a way the layout does not read"}));
}

Unit TreeBuilder::transformStrayUnit(LayoutParser::StrayUnitContext& context) {
  Unit unit;
  if (context.clause()) unit = transformClause(*context.clause());
  if (context.subclause()) unit = transformSubclause(*context.subclause());
  if (context.point()) unit = transformPoint(*context.point());
  lastStray_ = unit.position;
  if (++strayUnits_ > kStrayUnitsReported) return unit;
  Range marker{unit.position, unit.position};
  marker.end.column += static_cast<int>(text::decodeUtf8(unit.marker).size());
  sink_.report(syntaxError(
      source_.path(), marker,
      {"'" + unit.marker + "' đánh số một khoản hoặc điểm nằm ngoài mọi điều; cần tiêu đề điều ('Điều N.') trước nó",
       "'" + unit.marker +
           "' numbers a clause or point outside any article; expected an article heading ('Điều N.') before it"}));
  return unit;
}

constexpr int kRightColumn = 24;

// The closing block. Word tables often come out as two columns on one line:
// "Nơi nhận:" and its list on the left, "T/M ..." and the signer on the right.
Closing TreeBuilder::transformClosing(LayoutParser::ClosingContext& context) {
  Closing closing;
  bool inRecipients = false;
  auto place = [&](const std::string& text, bool leftColumn, bool startsRecipients) {
    if (text.empty()) return;
    const std::string key = text::matchKey(text);
    const bool authority = key.rfind("t/m", 0) == 0 || key.rfind("k/t", 0) == 0 || key.rfind("tm.", 0) == 0 ||
                           key.rfind("kt.", 0) == 0 || key.rfind("t/l", 0) == 0 || key.rfind("q.", 0) == 0;
    if (authority) {
      closing.authority.push_back(text);
    } else if (startsRecipients || (leftColumn && inRecipients)) {
      closing.recipients.push_back(text);
    } else {
      closing.signer.push_back(text);
    }
  };
  auto takeLine = [&](const LineView& line, bool recipientsStart) {
    const Range range = line.contentRange();
    if (line.contentText().empty()) return;
    if (closing.range.begin.line == 0) closing.range.begin = line.markerRange().begin;
    closing.range.end = std::max(closing.range.end, range.end);
    std::vector<std::string> columns = columnsOf(line);
    if (recipientsStart) {
      inRecipients = true;
      columns.erase(columns.begin());  // "Nơi nhận:" itself
      if (!columns.empty()) place(columns.front(), true, true);
      for (std::size_t i = 1; i < columns.size(); ++i) place(columns[i], false, false);
      return;
    }
    // A line alone far to the right is the signature column.
    const bool indented = range.begin.column > kRightColumn;
    for (std::size_t i = 0; i < columns.size(); ++i) place(columns[i], i == 0 && !indented, false);
  };
  auto takeStart = [&](LayoutParser::ClosingStartContext& start) {
    LineView line(source_, start.getStart(), start.inlineItem());
    if (!start.RECIPIENTS_START()) inRecipients = false;
    takeLine(line, start.RECIPIENTS_START() != nullptr);
  };
  takeStart(*context.closingStart());
  for (auto* item : context.closingItem()) {
    if (item->closingStart()) takeStart(*item->closingStart());
    if (item->textLine()) takeLine(textLineOf(*item->textLine()), false);
    if (item->dashLine()) takeLine(headLine(source_, *item->dashLine(), item->dashLine()->DASH_START()), false);
  }
  return closing;
}

// The texts of a line split where it has a wide gap (two columns).
std::vector<std::string> TreeBuilder::columnsOf(const LineView& line) const {
  std::vector<std::string> columns;
  Items column;
  auto flush = [&] {
    if (!column.empty()) columns.push_back(trimmed(textOfItems(column)));
    column.clear();
  };
  const bool startIsText = line.startIsContent() && line.startType() != grammar::LayoutLexer::NL;
  if (startIsText) columns.push_back(trimmed(line.markerText()));
  for (auto* item : line.items()) {
    if (item->getStart()->getType() == grammar::LayoutLexer::GAP)
      flush();
    else
      column.push_back(item);
  }
  flush();
  // The marker and the first words belong to one column: "T/M BAN THƯỜNG VỤ".
  if (startIsText && columns.size() > 1 && line.items().size() > 0 &&
      line.items().front()->getStart()->getType() != grammar::LayoutLexer::GAP) {
    columns[0] += " " + columns[1];
    columns.erase(columns.begin() + 1);
  }
  return columns;
}

std::string TreeBuilder::textOfItems(const Items& items) const {
  std::string text;
  std::size_t i = 0;
  while (i < items.size()) {
    Range first = originalRange(source_, items[i]);
    Range last = first;
    std::size_t j = i + 1;
    while (j < items.size()) {
      Range next = originalRange(source_, items[j]);
      if (next.begin.line != first.begin.line) break;
      last = next;
      ++j;
    }
    appendText(text, trimmed(originalText(source_, Range{first.begin, last.end})), " ");
    i = j;
  }
  return text;
}

}  // namespace rasoat::syntax
