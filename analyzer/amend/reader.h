#pragma once

#include "amend/amendment.h"
#include "base/diagnostic_sink.h"
#include "syntax/syntax_tree.h"
#include "text/source_text.h"

namespace rasoat::amend {

// Whether a regulation is an amending document: its title (or, failing that,
// its first article) says "sửa đổi, bổ sung ..." / "bãi bỏ ..." of another.
bool isAmendingDocument(const syntax::Document& document);

// The number of the regulation an amending document amends ("01-QC/ĐU"), as
// its title or first article cites it; empty when it cites none.
std::string amendedNumber(const syntax::Document& document);

// Reads the instructions of an amending document: every line whose text is an
// instruction ("Sửa đổi khoản 2 Điều 5 như sau:", "Bãi bỏ Điều 12.", ...),
// with the quoted new text after it. An instruction that cannot be read, or
// whose new text is missing or never closed, is a syntax error (S001) in
// `sink`, naming the line and what was expected.
Amendment readAmendment(const text::SourceText& source, const syntax::Document& document, DiagnosticSink& sink);

}  // namespace rasoat::amend
