#pragma once

#include <string_view>

namespace rasoat::input {

enum class Format { text, docx, odt, pdf, doc, zip };

// The format of a file, known by its content (the extension is not trusted):
// a zip holding word/document.xml is Word, one holding content.xml and an
// OpenDocument text mimetype is .odt, %PDF- a PDF, the OLE2 signature an old
// binary Word file. Anything else is read as text. `zip` is another archive.
Format detectFormat(std::string_view bytes);
std::string_view formatName(Format format);

}  // namespace rasoat::input
