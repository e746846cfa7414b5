#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/limits.h"

namespace rasoat::input {

// A reviewer's comment in an office document (Word's word/comments.xml, an
// OpenDocument office:annotation) with where it is anchored: the paragraphs
// (1-based, numbered as the reader numbers them: the paragraphs its lines
// know) where its range starts and ends.
struct ReviewComment {
  std::string id;  // w:id; office:name (or its position) for OpenDocument
  std::string author;
  std::string initials;
  std::string date;
  std::string text;        // its paragraphs, joined by a space
  int firstParagraph = 0;  // 0: not anchored in the body
  int lastParagraph = 0;
  // The comment it answers (its id): Word's commentsExtended.xml
  // (w15:paraIdParent) or LibreOffice's loext:parent-name, else, for a file
  // that records no threads, the earlier comment whose range is the very
  // same text (how older Word and LibreOffice wrote replies).
  std::optional<std::string> answers;
};

// What a reviewer left in a returned document besides its text: the
// comments, and the authors of its tracked changes (Word: w:ins, w:del,
// w:moveFrom, w:moveTo, paragraph marks and property changes; OpenDocument:
// the changed regions' dc:creator), each once in the order of their first
// change ("" for changes that name nobody). The text of one author's changes
// is read by readOffice with ReadOptions::onlyAuthor.
struct ReviewMarks {
  std::vector<ReviewComment> comments;  // in the order of the comments part, or of the text
  std::vector<std::string> changeAuthors;
};

// A .docx or .odt, known by its content; nothing for other formats. Throws
// InputError naming the file (a broken archive or part).
ReviewMarks readReviewMarks(const std::string& path, std::string_view bytes, const Limits& limits);
ReviewMarks readDocxReviewMarks(const std::string& path, std::string_view bytes, const Limits& limits);
ReviewMarks readOdtReviewMarks(const std::string& path, std::string_view bytes, const Limits& limits);

// When a file records no threads: a comment whose range is the very same
// text as an earlier one's answers it. `ranges[i]` is comment i's start and
// end as counts of text before them (negative: unknown).
void linkSameRangeReplies(std::vector<ReviewComment>& comments, const std::vector<std::pair<long, long>>& ranges);

}  // namespace rasoat::input
