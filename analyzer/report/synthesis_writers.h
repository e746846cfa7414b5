#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "review/synthesis.h"

// The writers of the synthesis of comments (biểu tổng hợp, tiếp thu, giải
// trình ý kiến góp ý): STT | Điều, khoản (nội dung dự thảo) | Ý kiến góp ý |
// Cơ quan, đơn vị, cá nhân góp ý | Tiếp thu / giải trình. Document text goes
// through escape.h; the bytes go to a stream (the CLI's OutputFile).
namespace rasoat::report {

// The fixed words of the table.
struct SynthesisWords {
  std::string title, number, unit, comment, reviewer, answer, proposal, adds, removes, none, competes, allAccepted,
      reply, continued, changes, before;
};
SynthesisWords synthesisWords(Language language);

// "12 ý kiến (3 đề xuất sửa) của 4 cơ quan, đơn vị, cá nhân về 7 điều, khoản".
std::string synthesisSummary(const review::Synthesis& synthesis, Language language);

// The third column of one entry as paragraphs of spans: the comment, the
// proposal with its words marked, the replies, the findings it would add,
// remove or change, its competitors.
std::vector<std::vector<text::DiffSpan>> commentCell(const review::SynthesisEntry& entry, Language language);
// The second column: the unit's label, then its draft text.
std::string unitCell(const review::SynthesisRow& row, Language language);
// The last line: what accepting every proposal would add, remove and change.
std::string allAcceptedLine(const review::Synthesis& synthesis, Language language);

// Compact, for the terminal.
void writeSynthesisText(const review::Synthesis& synthesis, Language language, std::ostream& out);
// A GFM table with <ins>/<del>.
void writeSynthesisMarkdown(const review::Synthesis& synthesis, Language language, std::ostream& out);
// One self-contained printable page.
void writeSynthesisHtml(const review::Synthesis& synthesis, Language language, std::ostream& out);
// For tools: every entry with its unit, reviewer, proposal and findings.
void writeSynthesisJson(const review::Synthesis& synthesis, Language language, std::ostream& out);
// A Word document through the shared writer (docx_writer.h), printable as
// the other tables. Returns an error message (English), empty on success.
std::string writeSynthesisDocx(const review::Synthesis& synthesis, Language language, std::ostream& out);
// A workbook (libxlsxwriter), landscape, fit to width, header row repeated.
// Returns an error message (English), empty on success.
std::string writeSynthesisXlsx(const review::Synthesis& synthesis, Language language, std::ostream& out);

}  // namespace rasoat::report
