#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/limits.h"
#include "report/docx_comments.h"

namespace rasoat::report {

// `annotate` for an OpenDocument text: the package `bytes` (an .odt read from
// `path`) with the comments as LibreOffice annotations (office:annotation at
// the start of the paragraph, office:annotation-end at its end, names no
// annotation of the file has), on the paragraphs numbered as the reader
// numbers them (input::odtParagraphs). Only content.xml changes: the file's
// own annotations and tracked changes stay, every other entry (the mimetype
// first) is copied as stored. Throws InputError naming the file.
std::string annotateOdt(const std::string& path, std::string_view bytes, const std::vector<WordComment>& comments,
                        const CommentAuthor& author, const Limits& limits);

}  // namespace rasoat::report
