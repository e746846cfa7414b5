#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/limits.h"

namespace rasoat::input {

// A Word comment (word/comments.xml) with where it is anchored in the body:
// the paragraphs (1-based, numbered as wordParagraphs numbers them, as the
// reader's lines know them) where its range starts and ends.
struct WordComment {
  std::string id;  // w:id
  std::string author;
  std::string initials;
  std::string date;
  std::string text;        // its paragraphs, joined by a space
  int firstParagraph = 0;  // 0: not anchored in the body
  int lastParagraph = 0;
  // The comment it answers (its w:id): from commentsExtended.xml
  // (w15:paraIdParent), else, for a file without it, the earlier comment
  // whose range is the very same text (how older Word wrote replies).
  std::optional<std::string> answers;
};

// What a reviewer left in a returned .docx besides its text: the comments,
// and the authors of its tracked changes (w:ins, w:del, w:moveFrom, w:moveTo,
// paragraph marks and property changes), each once in the order of their
// first change ("" for changes that name nobody). The text of one author's
// changes is read by readDocx with ReadOptions::onlyAuthor.
struct WordReview {
  std::vector<WordComment> comments;  // in the order of comments.xml
  std::vector<std::string> changeAuthors;
};

// Throws InputError naming the file (a broken archive or part).
WordReview readWordReview(const std::string& path, std::string_view bytes, const Limits& limits);

}  // namespace rasoat::input
