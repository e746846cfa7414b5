#pragma once

#include <string>
#include <vector>

#include "model/lexicon.h"
#include "model/model.h"

namespace rasoat::testing {

// The shipped lexicon, loaded once.
const model::Lexicon& shippedLexicon();

// The model of a regulation given as text.
model::DocumentModel modelOf(const std::string& text);

// The model of one clause under an article (title optional), in a ward's regulation.
model::DocumentModel clauseModel(const std::string& clause, const std::string& articleTitle = "Nhiệm vụ");

// "BTV DECIDE dau_tu.du_an [tong_muc_dau_tu > 5e10]" for compact comparisons.
std::vector<std::string> summaries(const model::DocumentModel& model);

}  // namespace rasoat::testing
