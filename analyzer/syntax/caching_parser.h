#pragma once

#include <cstddef>

#include <antlr4-runtime.h>

namespace rasoat::syntax {

// ANTLR's parser simulator with the DFA edges it has followed kept in a table
// of the thread that parses. ANTLR 4.9 looks every edge up in the state's
// std::unordered_map under a read lock (a division by a prime and a mutex per
// token predicted: 2.5 % of `rasoat model`); the table answers with a
// multiply and a mask. An edge not yet in the table is asked of ANTLR, which
// computes and stores it as before; DFA states are never freed (nothing calls
// clearDFA()), so a cached edge stays valid.
class CachingParserSimulator : public antlr4::atn::ParserATNSimulator {
 public:
  using ParserATNSimulator::ParserATNSimulator;

 protected:
  antlr4::dfa::DFAState* getExistingTargetState(antlr4::dfa::DFAState* previous, std::size_t symbol) override;
};

// A generated parser (grammar/*Parser.g4) that predicts through the caching
// simulator. Prediction is unchanged: the same DFA states, reached the same way.
template <typename Generated>
class CachingParser : public Generated {
 public:
  explicit CachingParser(antlr4::TokenStream* input) : Generated(input) {
    auto* generic = this->template getInterpreter<antlr4::atn::ParserATNSimulator>();
    // The generated parser owns its simulator through a raw pointer and deletes
    // it in its destructor; the replacement is handed over the same way.
    this->_interpreter =
        new CachingParserSimulator(this, this->getATN(), generic->decisionToDFA, generic->getSharedContextCache());
    delete generic;
  }
};

}  // namespace rasoat::syntax
