#include "targets.h"

#include <array>

namespace rasoat::fuzz {

namespace {

constexpr std::array kTargets{
    Target{"normaliser", "text::SourceText::fromBytes: UTF-8 checks, lines, NFC matching copy, origins",
           normaliserBody},
    Target{"layout", "syntax::parseLayout: ANTLR layout grammar, tree builder, front matter, cross-references",
           layoutBody},
    Target{"clause", "model::ClauseReader::read: lexicon tagging and the clause grammar, one clause", clauseBody,
           loadLexicon},
    Target{"model", "model::buildModel over a parsed tree: actors, statements, conditions, quantities", modelBody,
           loadLexicon},
    Target{"check", "parse + model + checks::runChecks (Z3) + text and JSON rendering of the findings", checkBody,
           loadCheckInputs},
    Target{"word", "input::readDocx / readOffice: zip limits, XML parts, Word numbering, tracked changes, fields",
           wordBody},
};

}  // namespace

std::span<const Target> allTargets() {
  return kTargets;
}

const Target* findTarget(std::string_view name) {
  for (const Target& target : kTargets) {
    if (target.name == name) return &target;
  }
  return nullptr;
}

}  // namespace rasoat::fuzz
