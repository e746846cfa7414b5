#pragma once

#include <string>

#include "base/limits.h"
#include "base/localized_text.h"
#include "review/reviewed_copy.h"

// A reviewer's copy returned as a Word file (.docx) or an OpenDocument text
// (.odt): its comments and its tracked changes, each author's apart, placed on
// the draft's units.
namespace rasoat::review {

// The copy is read three ways through the driver (input::readOffice):
//  - as sent: every tracked change rejected. It is aligned with the draft
//    (`rasoat compare`'s alignment); its edits made without tracking are
//    proposals signed with the file's name, as for any edited copy;
//  - for each author of tracked changes, with only that author's changes
//    accepted, aligned with the copy as sent: each unit whose own text the
//    author's changes alter is one proposal of that author;
//  - its comments (input::readReviewMarks): each on the smallest unit of the
//    copy as sent that holds the paragraphs of its range, then on the draft's
//    unit aligned with it; replies listed under the comment they answer.
// What cannot be placed goes to the document as a whole. A copy whose units
// align with the draft's for less than kMinimumPaired is left unread
// (`paired` says so). Throws InputError naming the file.
// `out.items` must not move afterwards.
void readOfficeCopy(const std::string& path, const syntax::Document& draft, const UnitIndex& index,
                    const Limits& limits, Language language, ReviewedCopy& out);

}  // namespace rasoat::review
