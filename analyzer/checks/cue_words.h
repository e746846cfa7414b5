#pragma once

#include <string>

#include "model/lexicon.h"

namespace rasoat::checks {

// Whether a clause's text holds one of the lexicon's cue phrases (words.yaml,
// `cues`) as whole words, compared in the matching form.
bool mentionsCue(const model::Lexicon& lexicon, const std::string& text, const std::string& cue);

}  // namespace rasoat::checks
