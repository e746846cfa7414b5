#pragma once

#include <functional>
#include <string>
#include <vector>

#include "base/diagnostic.h"

// A finding as a comment in the user's own office file (`rasoat annotate`):
// what it says and where it goes, whatever the format (docx_comments.h,
// odt_comments.h).
namespace rasoat::report {

// One comment: the paragraph it is anchored on (1-based, numbered as the
// reader numbers them: input::wordParagraphs, input::odtParagraphs; 0 or past
// the end: the first paragraph of the body) and its text, one paragraph per
// line, the first line's `lead` in bold (in Word).
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

// The current time as xsd:dateTime in UTC; SOURCE_DATE_EPOCH when it is set
// (reproducible output).
std::string commentDateNow();

}  // namespace rasoat::report
