#pragma once

#include <nlohmann/json.hpp>

#include "base/diagnostic.h"

namespace rasoat::report {

// One finding as JSON, in the chosen language; schema in docs/check.md.
nlohmann::ordered_json findingJson(const Diagnostic& diagnostic, Language language);

// How a file was read (text::SourceText::readingNotes): the "readingNotes"
// array of the parse and model JSON, in the chosen language.
nlohmann::ordered_json readingNotesJson(const std::vector<LocalizedText>& notes, Language language);

}  // namespace rasoat::report
