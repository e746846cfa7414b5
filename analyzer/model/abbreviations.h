#pragma once

#include <string>
#include <unordered_map>

#include "model/clause_reader.h"
#include "model/lexicon.h"
#include "syntax/syntax_tree.h"

namespace rasoat::model {

// "Ban Thường vụ Đảng ủy xã, sau đây gọi tắt là BTV Đảng ủy": the short name
// after an abbreviation cue (words.yaml `abbreviation_links`) becomes, for this
// document, an alias of the body named just before it. Read over the whole
// document before any clause, since an abbreviation is used after it is given.
// The match keys of the titles and texts it folds are kept in `keys`, by the
// address of the string in the tree: the builder reads them again.
using FoldedTexts = std::unordered_map<const std::string*, std::string>;
void readAbbreviations(const syntax::Unit& root, const ClauseReader& reader, Lexicon& lexicon, FoldedTexts& keys);

// Whether a folded clause text gives an abbreviation (the definitions article
// leaves such clauses to readAbbreviations).
bool givesAbbreviation(const std::string& key, const Lexicon& lexicon);

}  // namespace rasoat::model
