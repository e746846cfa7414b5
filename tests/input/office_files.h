#pragma once

#include <map>
#include <string>

namespace rasoat::testing {

// Small office files written by the tests themselves, part by part (XML
// written by hand where no tool makes the case: w:lvlOverride, tracked
// changes, hostile archives).

// A zip holding these parts (name → bytes), as bytes. `compress` deflates them.
std::string zipOf(const std::map<std::string, std::string>& parts, bool compress = true);

// A .docx whose word/document.xml body is `body` (the inside of w:body), with
// word/numbering.xml and word/styles.xml when given (their inside).
std::string docxOf(const std::string& body, const std::string& numbering = {}, const std::string& styles = {},
                   std::map<std::string, std::string> extraParts = {});

// A paragraph: <w:p> with the given properties (inside w:pPr) and one run of text.
std::string wordParagraph(const std::string& text, const std::string& properties = {});
std::string numbered(const std::string& text, int numId, int level);

// An .odt whose office:text is `text`, with automatic styles `styles`.
std::string odtOf(const std::string& text, const std::string& styles = {});

}  // namespace rasoat::testing
