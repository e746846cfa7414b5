#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/limits.h"

// `rasoat annotate`: the user's own Word file given back with the findings as
// Word comments (word/comments.xml, anchored in word/document.xml), so that the
// working group reviews them in Word's review pane. Nothing else of the file
// changes: its own comments and tracked changes stay, every other part of the
// package is copied as it was (its compressed bytes, by libzip).
namespace rasoat::report {

// One comment: the paragraph it is anchored on (1-based, numbered as the docx
// reader numbers them: input::wordParagraphs; 0 or past the end: the first
// paragraph of the body) and its text, one Word paragraph per line, the first
// line's `lead` in bold.
struct WordComment {
  int paragraph = 0;
  std::string lead;
  std::vector<std::string> lines;
};

// Who wrote the comments, and when (xsd:dateTime, "2026-05-01T08:00:00Z").
struct CommentAuthor {
  std::string name = "rasoat";
  std::string initials = "RS";
  std::string date;
};

// The related clause of a finding, named where a Word user finds it
// ("Điều 7 khoản 2", with the file when it is another document); empty when unknown.
using RelatedUnitLookup = std::function<std::string(const RelatedLocation&)>;

// A finding as a comment: severity and code in bold, then the message, the
// related clauses, the witness and the suggestion, worded as the text output
// words them (report/text_diagnostics.cpp), in the chosen language.
WordComment findingComment(const Diagnostic& finding, Language language, const RelatedUnitLookup& relatedUnit);

// The package `bytes` (a .docx read from `path`) with these comments added:
// their ids above those of the file's own comments, appended to its comments
// part or in a new word/comments.xml (with its relationship and content type).
// The archive is read as hostile (input::ZipArchive, `limits`). Throws
// InputError naming the file when the package cannot be annotated.
std::string annotateDocx(const std::string& path, std::string_view bytes, const std::vector<WordComment>& comments,
                         const CommentAuthor& author, const Limits& limits);

// The current time as xsd:dateTime in UTC; SOURCE_DATE_EPOCH when it is set
// (reproducible output).
std::string commentDateNow();

}  // namespace rasoat::report
