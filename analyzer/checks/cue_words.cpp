#include "checks/cue_words.h"

#include <algorithm>

#include "text/matching.h"

namespace rasoat::checks {

bool mentionsCue(const model::Lexicon& lexicon, const std::string& text, const std::string& cue) {
  // Phrase keys separate words and punctuation by single spaces; padding both
  // ends makes every match a whole-word match ("khi" is not in "không khí").
  const std::string padded = " " + model::Lexicon::phraseKey(text) + " ";
  const auto& phrases = lexicon.cue(cue);
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](const std::string& phrase) { return padded.find(" " + phrase + " ") != std::string::npos; });
}

}  // namespace rasoat::checks
