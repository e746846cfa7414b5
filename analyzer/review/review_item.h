#pragma once

#include <optional>
#include <string>
#include <vector>

// What reviewers sent back about a draft: comments and proposals of new
// wording, each with who made it and where it was found. Read from reviewer
// sheets (.csv, .xlsx) and reviewed copies of the draft; placed on the draft's
// units by review/placement.
namespace rasoat::review {

// A reply in a comment's thread (Word's commentsExtended.xml).
struct Reply {
  std::string author;
  std::string text;
  std::string date = {};  // as the office program wrote it (ISO 8601); empty when none
};

// A change of wording a reviewer proposes: the unit's own text (its title for
// an article or chapter, its text for a clause or point) as it would read.
struct Wording {
  std::string text;
};

struct ReviewItem {
  std::string file;      // the file it came from
  int line = 0;          // the sheet's row or the copy's line; 0 when none
  std::string reviewer;  // the author; the file's name when none is given
  // Where the reviewer put it: a unit as written on a sheet ("Điều 5 khoản 2"),
  // empty for the document as a whole or for anchored items.
  std::string unitText;
  // Anchored items (reviewed copies): the lines of the copy's text the comment
  // or change covers, first and last.
  std::optional<std::pair<int, int>> anchor;
  std::string comment;  // empty for a bare proposal
  std::string date;     // a Word or OpenDocument comment's date (ISO 8601); empty when none
  std::vector<Reply> replies;
  std::optional<Wording> wording;
};

// One file a reviewer returned, as read: its items, or why it was skipped.
struct ReviewedFile {
  std::string path;
  std::vector<ReviewItem> items;
  std::string skipped;  // the reason, in the user's language; empty when read
};

}  // namespace rasoat::review
