#include "syntax/line_view.h"

#include "LayoutLexer.h"
#include "text/utf8.h"

namespace rasoat::syntax {

namespace {

using Lexer = rasoat::grammar::LayoutLexer;

// The first code point of a line-start token that is not its leading newline
// or indentation.
size_t skipLineStart(const std::u32string& matching, size_t index, size_t stop) {
  while (index <= stop && index < matching.size() && (matching[index] == U'\n' || matching[index] == U' ')) ++index;
  return index;
}

}  // namespace

Range originalRange(const text::SourceText& source, size_t startIndex, size_t stopIndex) {
  const size_t first = skipLineStart(source.matching(), startIndex, stopIndex);
  if (first > stopIndex) {
    const Position at = source.originOf(stopIndex + 1);
    return Range{at, at};
  }
  return Range{source.originOf(first), source.originOf(stopIndex + 1)};
}

Range originalRange(const text::SourceText& source, antlr4::ParserRuleContext* context) {
  return originalRange(source, context->getStart()->getStartIndex(), context->getStop()->getStopIndex());
}

std::string originalText(const text::SourceText& source, const Range& range) {
  if (range.end.line != range.begin.line) {
    return source.slice(range.begin.line, range.begin.column, static_cast<int>(source.line(range.begin.line).size()) + 1);
  }
  return source.slice(range.begin.line, range.begin.column, range.end.column);
}

std::string trimmed(std::string text, const std::string& extra) {
  const std::string blanks = " \t" + extra;
  const auto first = text.find_first_not_of(blanks);
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(blanks);
  return text.substr(first, last - first + 1);
}

LineView::LineView(const text::SourceText& source, antlr4::Token* start,
                   std::vector<LayoutParser::InlineItemContext*> items)
    : source_(source), start_(start), items_(std::move(items)) {}

bool LineView::startIsContent() const {
  switch (start_->getType()) {
    case Lexer::NL:
    case Lexer::LINE_WORDS:
    case Lexer::TITLE_START:
    case Lexer::BASIS_START:
    case Lexer::ANNEX_START:
    case Lexer::SIGN_START:
    case Lexer::RECIPIENTS_START:
      return true;
    default:
      return false;
  }
}

Range LineView::markerRange() const { return originalRange(source_, start_->getStartIndex(), start_->getStopIndex()); }

std::string LineView::markerText() const { return trimmed(originalText(source_, markerRange())); }

Range LineView::contentRange() const {
  Range marker = markerRange();
  if (items_.empty()) return startIsContent() ? marker : Range{marker.end, marker.end};
  Range first = originalRange(source_, items_.front());
  Range last = originalRange(source_, items_.back());
  return Range{startIsContent() ? marker.begin : first.begin, last.end};
}

std::string LineView::contentText() const { return trimmed(originalText(source_, contentRange())); }

bool LineView::endsSentence() const {
  std::u32string content = text::decodeUtf8(contentText());
  if (content.empty()) return true;
  const char32_t last = content.back();
  return last == U'.' || last == U';' || last == U':' || last == U'!' || last == U'?' || last == U'…';
}

}  // namespace rasoat::syntax
