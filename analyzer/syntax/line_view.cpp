#include "syntax/line_view.h"

#include <algorithm>

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
  const std::u32string& line = source.line(range.begin.line);
  const auto begin = static_cast<std::size_t>(std::max(range.begin.column, 1) - 1);
  const auto end = range.end.line != range.begin.line ? line.size() : static_cast<std::size_t>(range.end.column - 1);
  if (begin >= line.size() || end <= begin) return {};
  return text::encodeUtf8(text::composeNfc(std::u32string_view(line).substr(begin, end - begin)));
}

namespace {

const std::u32string kBlanks =
    U" \t\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u3000";

std::string trimmedSlowly(const std::string& text, const std::string& extra) {
  const std::u32string strip = kBlanks + text::decodeUtf8(extra);
  std::u32string codePoints = text::decodeUtf8(text);
  const auto first = codePoints.find_first_not_of(strip);
  if (first == std::u32string::npos) return {};
  const auto last = codePoints.find_last_not_of(strip);
  return text::encodeUtf8(std::u32string_view(codePoints).substr(first, last - first + 1));
}

}  // namespace

std::string collapsedBlanks(const std::string& text) {
  const bool ascii =
      std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != '\t'; });
  if (ascii && text.find("  ") == std::string::npos) return text;
  std::u32string out;
  for (char32_t c : text::decodeUtf8(text)) {
    const bool blank = kBlanks.find(c) != std::u32string::npos;
    if (blank && !out.empty() && out.back() == U' ') continue;
    out.push_back(blank ? U' ' : c);
  }
  return text::encodeUtf8(out);
}

// Most texts begin and end with an ASCII character: those are trimmed byte by
// byte; a text that ends in a multi-byte character may end in a wide space.
std::string trimmed(std::string text, const std::string& extra) {
  auto strips = [&](unsigned char c) {
    return c == ' ' || c == '\t' || extra.find(static_cast<char>(c)) != std::string::npos;
  };
  std::size_t first = 0;
  std::size_t last = text.size();
  while (first < last && static_cast<unsigned char>(text[first]) < 0x80 && strips(text[first])) ++first;
  while (last > first && static_cast<unsigned char>(text[last - 1]) < 0x80 && strips(text[last - 1])) --last;
  const bool asciiEnds = first == last || (static_cast<unsigned char>(text[first]) < 0x80 &&
                                           static_cast<unsigned char>(text[last - 1]) < 0x80);
  const bool asciiExtra =
      std::all_of(extra.begin(), extra.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!asciiEnds || !asciiExtra) return trimmedSlowly(text, extra);
  return text.substr(first, last - first);
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

const std::string& LineView::contentText() const {
  if (!content_) content_ = trimmed(originalText(source_, contentRange()));
  return *content_;
}

bool LineView::endsSentence() const {
  std::u32string content = text::decodeUtf8(contentText());
  if (content.empty()) return true;
  const char32_t last = content.back();
  return last == U'.' || last == U';' || last == U':' || last == U'!' || last == U'?' || last == U'…';
}

}  // namespace rasoat::syntax
