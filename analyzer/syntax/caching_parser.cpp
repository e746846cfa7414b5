#include "syntax/caching_parser.h"

#include "syntax/dfa_edges.h"

namespace rasoat::syntax {

namespace {

// Apart from the lexers' table: parser states and token types are keys of
// their own, and each table stays small.
EdgeTable& threadParserEdges() {
  thread_local EdgeTable edges;
  return edges;
}

}  // namespace

antlr4::dfa::DFAState* CachingParserSimulator::getExistingTargetState(antlr4::dfa::DFAState* previous,
                                                                      std::size_t symbol) {
  EdgeTable& edges = threadParserEdges();
  if (antlr4::dfa::DFAState* target = edges.find(previous, symbol)) return target;
  antlr4::dfa::DFAState* target = ParserATNSimulator::getExistingTargetState(previous, symbol);
  if (target != nullptr) edges.set(previous, symbol, target);
  return target;
}

}  // namespace rasoat::syntax
