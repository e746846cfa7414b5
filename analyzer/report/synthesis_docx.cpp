// The synthesis as a Word document, through the one Word writer
// (docx_writer.h): title block, A4 landscape, the header row on every page,
// rows kept whole, the proposed words underlined (added) or struck through
// (removed).
#include "report/compare_table.h"
#include "report/docx_writer.h"
#include "report/synthesis_writers.h"

namespace rasoat::report {

namespace {

using docx::Run;
using docx::Runs;

// The paragraphs of a cell as runs, one paragraph per line.
Runs paragraphRuns(const std::vector<std::vector<text::DiffSpan>>& paragraphs) {
  Runs runs;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    if (p > 0) runs.push_back(Run{"\n"});
    const Runs part = docx::fromSpans(paragraphs[p]);
    runs.insert(runs.end(), part.begin(), part.end());
  }
  return runs;
}

Runs unitRuns(const review::SynthesisRow& row, Language language) {
  if (row.unit->depth == 0) return {Run{review::generalLabel(language), text::DiffOp::same, true}};
  return {Run{row.label, text::DiffOp::same, true}, Run{row.draftText.empty() ? "" : "\n" + row.draftText}};
}

// A unit's later entries name it again, shortly, so that an entry carried
// onto the next page is not left without its unit.
Runs continuedRuns(const review::SynthesisRow& row, Language language) {
  const std::string label = row.unit->depth == 0 ? review::generalLabel(language) : row.label;
  return {Run{label + " " + synthesisWords(language).continued}};
}

}  // namespace

std::string writeSynthesisDocx(const review::Synthesis& synthesis, Language language, std::ostream& out) {
  const SynthesisWords words = synthesisWords(language);
  docx::Document document(true);
  document.addTitleBlock(synthesis.issuer, compareWords(language).motto, words.title,
                         {synthesis.draftTitle.empty() ? synthesis.draftPath : synthesis.draftTitle});
  document.addParagraph({Run{synthesisSummary(synthesis, language), text::DiffOp::same, false, true}});
  docx::Table grid = document.addTable(
      {6, 28, 36, 14, 16}, {words.number, words.unit, words.comment, words.reviewer, words.answer},
      {docx::Align::centre, docx::Align::both, docx::Align::both, docx::Align::left, docx::Align::left});
  for (const auto& row : synthesis.rows) {
    bool first = true;
    for (const auto& entry : row.entries) {
      grid.addRow({{Run{std::to_string(entry.number)}},
                   first ? unitRuns(row, language) : continuedRuns(row, language),
                   paragraphRuns(commentCell(entry, language)),
                   {Run{entry.reviewer}},
                   {Run{entry.answer.in(language)}}},
                  docx::RowLook::plain);
      first = false;
    }
  }
  if (synthesis.allAccepted) document.addParagraph({Run{allAcceptedLine(synthesis, language)}}, docx::Align::left);
  for (const auto& skipped : synthesis.skipped) document.addParagraph({Run{skipped}}, docx::Align::left);
  return document.write(out);
}

}  // namespace rasoat::report
