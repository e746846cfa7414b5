#pragma once

#include <string>
#include <vector>

#include "LayoutParser.h"
#include "base/diagnostic_sink.h"
#include "syntax/line_view.h"
#include "syntax/syntax_tree.h"
#include "text/source_text.h"

namespace rasoat::syntax {

// Builds the typed syntax tree from ANTLR's parse tree: one transform
// function per grammar rule, each returning a typed node.
class TreeBuilder {
 public:
  TreeBuilder(const text::SourceText& source, DiagnosticSink& sink) : source_(source), sink_(sink) {}

  Document transformDocument(LayoutParser::DocumentContext& context);

 private:
  using Items = std::vector<LayoutParser::InlineItemContext*>;

  // front_matter.cpp
  void transformFrontMatter(LayoutParser::FrontMatterContext& context, Document& document);
  void transformHeaderLine(const LineView& line, Header& header);
  Title transformTitle(const std::vector<LineView>& lines);
  LegalBasis transformBasis(const std::vector<LineView>& lines);
  void appendTextTo(Document& document, const LineView& line);

  // tree_builder.cpp
  void transformBody(LayoutParser::BodyContext& context, Unit& root);
  Unit transformChapter(LayoutParser::ChapterContext& context);
  Unit transformSection(LayoutParser::SectionContext& context);
  Unit transformArticle(LayoutParser::ArticleContext& context);
  Unit transformClause(LayoutParser::ClauseContext& context);
  static Unit clauseOfArticle(const Unit& article, Unit subclause);
  Unit transformSubclause(LayoutParser::SubclauseContext& context);
  Unit transformPoint(LayoutParser::PointContext& context);
  Unit transformDashLine(LayoutParser::DashLineContext& context, UnitKind kind);
  Unit transformStrayUnit(LayoutParser::StrayUnitContext& context);
  Closing transformClosing(LayoutParser::ClosingContext& context);

  // cross_references.cpp
  std::vector<CrossReference> transformReferences(const Items& items);
  CrossReference transformCrossReference(LayoutParser::CrossReferenceContext& context);

  // helpers
  LineView lineOf(antlr4::Token* start, Items items) const { return LineView(source_, start, std::move(items)); }
  LineView textLineOf(LayoutParser::TextLineContext& context) const;
  Unit unitFromHead(UnitKind kind, const LineView& head);
  void absorbHeadingLine(Unit& heading, const LineView& line, bool afterBlank);
  void absorbTextLine(Unit& owner, const LineView& line, bool afterBlank);
  template <typename Item>
  void absorbCommonItem(Unit& owner, Item& item, bool& afterBlank);
  void finishRange(Unit& unit) const;
  std::string textOfItems(const Items& items) const;
  std::vector<std::string> columnsOf(const LineView& line) const;
  std::optional<DocumentNumber> documentNumberOf(antlr4::Token* token) const;
  std::optional<Date> dateOf(antlr4::Token* token) const;

  void reportStrayCascade();
  void reportNoArticle(const Document& document);

  const text::SourceText& source_;
  DiagnosticSink& sink_;
  // Clauses and points outside any article: the first few are reported one by
  // one, the rest in one finding (an unread heading form makes dozens).
  int strayUnits_ = 0;
  Position lastStray_;
};

// The matching-copy text of a token: lower case, folded ("quy chế", "của").
std::string matchingText(antlr4::Token* token);

}  // namespace rasoat::syntax
