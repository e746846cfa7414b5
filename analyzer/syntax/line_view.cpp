#include "syntax/line_view.h"

#include "LayoutLexer.h"
#include "text/matching.h"
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

// Texts in the tree are NFC, whatever form the file used: "Quy chế" read from
// an NFD file equals "Quy chế" read from an NFC one. Positions stay original.
std::string originalText(const text::SourceText& source, const Range& range) {
  const int end = range.end.line != range.begin.line ? static_cast<int>(source.line(range.begin.line).size()) + 1
                                                     : range.end.column;
  return text::encodeUtf8(text::composeNfc(text::decodeUtf8(source.slice(range.begin.line, range.begin.column, end))));
}

std::string trimmed(std::string text, const std::string& extra) {
  const std::u32string strip =
      U" \t\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u3000" +
      text::decodeUtf8(extra);
  std::u32string codePoints = text::decodeUtf8(text);
  const auto first = codePoints.find_first_not_of(strip);
  if (first == std::u32string::npos) return {};
  const auto last = codePoints.find_last_not_of(strip);
  return text::encodeUtf8(std::u32string_view(codePoints).substr(first, last - first + 1));
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
    case Lexer::RECIPIENTS_START: return true;
    default: return false;
  }
}

Range LineView::markerRange() const {
  return originalRange(source_, start_->getStartIndex(), start_->getStopIndex());
}

std::string LineView::markerText() const {
  return trimmed(originalText(source_, markerRange()));
}

Range LineView::contentRange() const {
  Range marker = markerRange();
  if (items_.empty()) return startIsContent() ? marker : Range{marker.end, marker.end};
  Range first = originalRange(source_, items_.front());
  Range last = originalRange(source_, items_.back());
  return Range{startIsContent() ? marker.begin : first.begin, last.end};
}

std::string LineView::contentText() const {
  return trimmed(originalText(source_, contentRange()));
}

bool LineView::endsSentence() const {
  std::u32string content = text::decodeUtf8(contentText());
  if (content.empty()) return true;
  const char32_t last = content.back();
  return last == U'.' || last == U';' || last == U':' || last == U'!' || last == U'?' || last == U'…';
}

}  // namespace rasoat::syntax
