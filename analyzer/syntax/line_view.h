#pragma once

#include <optional>
#include <string>
#include <vector>

#include "LayoutParser.h"
#include "base/source_position.h"
#include "text/source_text.h"

namespace rasoat::syntax {

using rasoat::grammar::LayoutParser;

// One line of the regulation as the grammar saw it: the token that starts it
// and the inline items after it. Maps tokens back to the original text.
class LineView {
 public:
  LineView(const text::SourceText& source, antlr4::Token* start, std::vector<LayoutParser::InlineItemContext*> items);

  antlr4::Token* start() const { return start_; }
  size_t startType() const { return start_->getType(); }
  const std::vector<LayoutParser::InlineItemContext*>& items() const { return items_; }
  int lineNumber() const { return markerRange().begin.line; }

  // The marker ("Điều 4.", "2.", "a)", "-"), or the first words of the line
  // when the start token carries text ("Quy chế", "Căn cứ").
  Range markerRange() const;
  std::string markerText() const;
  // The line's content: after the marker for numbered units, the whole line
  // for lines whose start token is part of the text.
  Range contentRange() const;
  const std::string& contentText() const;  // computed once
  bool empty() const { return contentText().empty(); }
  // Ends with '.', ';', ':', '!', '?' or '…': the next line starts a new
  // paragraph rather than continuing this one.
  bool endsSentence() const;
  // Whether the start token is part of the text (a plain line) rather than a
  // marker ("Điều 4.", "2.", "a)", "-").
  bool startIsContent() const;

 private:
  const text::SourceText& source_;
  antlr4::Token* start_;
  std::vector<LayoutParser::InlineItemContext*> items_;
  mutable std::optional<std::string> content_;
};

// Original range and text of a token or rule context (on one line).
Range originalRange(const text::SourceText& source, size_t startIndex, size_t stopIndex);
Range originalRange(const text::SourceText& source, antlr4::ParserRuleContext* context);
std::string originalText(const text::SourceText& source, const Range& range);
std::string trimmed(std::string text, const std::string& extra = "");
// Each run of blanks (tab, no-break and other wide spaces) as one ASCII space:
// "Điều\u00A010." as Word's no-break space writes it is "Điều 10.".
std::string collapsedBlanks(const std::string& text);

}  // namespace rasoat::syntax
