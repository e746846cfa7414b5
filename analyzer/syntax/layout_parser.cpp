#include "syntax/layout_parser.h"

#include <antlr4-runtime.h>

#include "LayoutLexer.h"
#include "LayoutParser.h"
#include "syntax/caching_parser.h"
#include "syntax/layout_limits.h"
#include "syntax/layout_tokens.h"
#include "syntax/lexer_input.h"
#include "syntax/syntax_errors.h"
#include "syntax/tree_builder.h"

namespace rasoat::syntax {

Document parseLayout(const text::SourceText& source, DiagnosticSink& sink, const Limits& limits) {
  CodePointStream input(source.matching(), source.path());
  CachingLexer<grammar::LayoutLexer> lexer(input);
  LexerErrorListener lexerErrors(source, sink);
  lexer.removeErrorListeners();
  lexer.addErrorListener(&lexerErrors);

  LayoutTokenSource runs(lexer);
  antlr4::CommonTokenStream tokens(&runs);
  CachingParser<grammar::LayoutParser> parser(&tokens);
  parser.removeErrorListeners();
  parser.setErrorHandler(std::make_shared<SyntaxErrorStrategy>(source, sink));
  // The grammar is ambiguous where it should be ("khoản 2 Điều 5" is one
  // reference or two; the first alternative, one, is meant). SLL prediction
  // settles such conflicts at once; full-context LL would read to the end of
  // the line for each of them, quadratic on a long line.
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);

  LayoutParser::DocumentContext* tree = parser.document();
  TreeBuilder builder(source, sink);
  Document document = builder.transformDocument(*tree);
  enforceLayoutLimits(document, limits, sink);
  return document;
}

}  // namespace rasoat::syntax
