#include "report/escape.h"
#include "report/synthesis_writers.h"

namespace rasoat::report {

namespace {

// Self-contained style: no font or script is fetched; A4 landscape when printed.
constexpr const char* kStyle = R"(
body { font-family: "Times New Roman", "Liberation Serif", serif; margin: 1.5em; color: #111; }
h1 { font-size: 1.3em; text-align: center; margin-bottom: 0.2em; }
p.document, p.summary { text-align: center; margin: 0.2em 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin-top: 1em; }
th, td { border: 1px solid #777; padding: 0.3em 0.5em; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #eee; text-align: center; }
col.number { width: 4em; } col.unit { width: 28%; } col.comment { width: 36%; } col.reviewer { width: 13%; }
td.unit b { display: block; }
p.finding { color: #7a2e00; margin: 0.2em 0; } p { margin: 0.2em 0; }
td.answer { color: #a00; }
ins { background: #d7f5d7; text-decoration: underline; }
del { background: #f9d6d6; text-decoration: line-through; }
@page { size: A4 landscape; margin: 2cm 1.5cm 2cm 3cm; }
@media print { body { margin: 0; } thead { display: table-header-group; } tr { page-break-inside: avoid; } }
)";

// Text with its own line breaks (a sheet's cell of several lines) kept as <br>.
std::string htmlLines(const std::string& text) {
  return joinLines(
      text, [](std::string_view line) { return escapeHtml(line); }, "<br>");
}

std::string paragraph(const std::vector<text::DiffSpan>& spans) {
  std::string out;
  for (const auto& span : spans) {
    const std::string text = htmlLines(span.text);
    if (span.op == text::DiffOp::added)
      out += "<ins>" + text + "</ins>";
    else if (span.op == text::DiffOp::removed)
      out += "<del>" + text + "</del>";
    else
      out += text;
  }
  return "<p>" + out + "</p>";
}

void writeRow(const review::SynthesisRow& row, Language language, std::ostream& out) {
  bool first = true;
  for (const auto& entry : row.entries) {
    out << "<tr><td>" << entry.number << "</td>";
    if (first) {
      out << "<td class=\"unit\" rowspan=\"" << row.entries.size() << "\">";
      if (row.unit->depth == 0)
        out << "<b>" << escapeHtml(review::generalLabel(language)) << "</b>";
      else
        out << "<b>" << escapeHtml(row.label) << "</b>" << escapeHtml(row.draftText);
      out << "</td>";
    }
    out << "<td>";
    for (const auto& spans : commentCell(entry, language)) out << paragraph(spans);
    out << "</td><td>" << escapeHtml(entry.reviewer) << "</td><td class=\"answer\">"
        << htmlLines(entry.answer.in(language)) << "</td></tr>\n";
    first = false;
  }
}

}  // namespace

void writeSynthesisHtml(const review::Synthesis& synthesis, Language language, std::ostream& out) {
  const SynthesisWords words = synthesisWords(language);
  out << "<!DOCTYPE html>\n<html lang=\"" << (language == Language::vi ? "vi" : "en")
      << "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" << escapeHtml(words.title) << "</title>\n<style>" << kStyle
      << "</style>\n</head>\n<body>\n<h1>" << escapeHtml(words.title) << "</h1>\n<p class=\"document\">"
      << escapeHtml(synthesis.draftTitle.empty() ? synthesis.draftPath : synthesis.draftTitle)
      << "</p>\n<p class=\"summary\">" << escapeHtml(synthesisSummary(synthesis, language)) << "</p>\n";
  out << "<table>\n<colgroup><col class=\"number\"><col class=\"unit\"><col class=\"comment\"><col "
         "class=\"reviewer\"><col class=\"answer\"></colgroup>\n<thead><tr><th>"
      << escapeHtml(words.number) << "</th><th>" << escapeHtml(words.unit) << "</th><th>" << escapeHtml(words.comment)
      << "</th><th>" << escapeHtml(words.reviewer) << "</th><th>" << escapeHtml(words.answer)
      << "</th></tr></thead>\n<tbody>\n";
  for (const auto& row : synthesis.rows) writeRow(row, language, out);
  out << "</tbody>\n</table>\n";
  if (synthesis.allAccepted)
    out << "<p class=\"finding\">" << escapeHtml(allAcceptedLine(synthesis, language)) << "</p>\n";
  for (const auto& skipped : synthesis.skipped) out << "<p class=\"finding\">" << escapeHtml(skipped) << "</p>\n";
  out << "</body>\n</html>\n";
}

}  // namespace rasoat::report
