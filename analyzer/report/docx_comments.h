#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/limits.h"
#include "report/word_comment.h"

// `rasoat annotate`: the user's own Word file given back with the findings as
// Word comments (word/comments.xml, anchored in word/document.xml), so that the
// working group reviews them in Word's review pane. Nothing else of the file
// changes: its own comments and tracked changes stay, every other part of the
// package is copied as it was (its compressed bytes, by libzip).
namespace rasoat::report {

// The package `bytes` (a .docx read from `path`) with these comments added:
// their ids above those of the file's own comments, appended to its comments
// part or in a new word/comments.xml (with its relationship and content type).
// The archive is read as hostile (input::ZipArchive, `limits`). Throws
// InputError naming the file when the package cannot be annotated.
std::string annotateDocx(const std::string& path, std::string_view bytes, const std::vector<WordComment>& comments,
                         const CommentAuthor& author, const Limits& limits);

}  // namespace rasoat::report
