#include "report/text_diagnostics.h"

#include <algorithm>

#include <fmt/format.h>

#include "report/terminal_text.h"
#include "text/utf8.h"

namespace rasoat::report {

namespace {

constexpr const char* kReset = "\033[0m";
constexpr const char* kBold = "\033[1m";

const char* severityColour(Severity severity) {
  switch (severity) {
    case Severity::error: return "\033[1;31m";
    case Severity::warning: return "\033[1;35m";
    case Severity::info: return "\033[1;36m";
    case Severity::note: return "\033[1;30m";
  }
  return "";
}

std::string paint(const std::string& text, const char* colour, const TextStyle& style) {
  return style.colour ? fmt::format("{}{}{}", colour, text, kReset) : text;
}

std::string location(const std::string& path, Position at) {
  if (at.line <= 0) return terminalSafe(path);
  return fmt::format("{}:{}:{}", terminalSafe(path), at.line, at.column);
}

// The quoted line and the caret under the range, aligned by display width.
std::string quote(const text::SourceText& source, const Range& range, const TextStyle& style) {
  if (range.begin.line <= 0 || range.begin.line > source.lineCount()) return {};
  const std::u32string& line = source.line(range.begin.line);
  const auto start = std::min(static_cast<std::size_t>(std::max(range.begin.column, 1) - 1), line.size());
  std::size_t stop =
      range.end.line == range.begin.line ? static_cast<std::size_t>(std::max(range.end.column, 1) - 1) : line.size();
  stop = std::clamp(stop, start, line.size());
  // The line as shown (controls made visible): the caret is aligned on that.
  const int indent = text::displayWidth(terminalSafe(std::u32string_view(line).substr(0, start)));
  const int width =
      std::max(1, text::displayWidth(terminalSafe(std::u32string_view(line).substr(start, stop - start))));
  const std::string gutter = fmt::format("{:>5}", range.begin.line);
  const std::string caret = fmt::format("^{:~<{}}", "", width - 1);
  return fmt::format("{} | {}\n{} | {}{}\n", gutter, text::encodeUtf8(terminalSafe(line)),
                     std::string(gutter.size(), ' '), std::string(static_cast<std::size_t>(indent), ' '),
                     paint(caret, "\033[1;32m", style));
}

}  // namespace

std::string renderDiagnostic(const Diagnostic& diagnostic, const SourceLookup& sources, const TextStyle& style) {
  const std::string severity = diagnostic.code.empty()
                                   ? fmt::format("{}:", severityName(diagnostic.severity))
                                   : fmt::format("{}[{}]:", severityName(diagnostic.severity), diagnostic.code);
  std::string out = fmt::format(
      "{} {} {}\n", paint(location(diagnostic.path, diagnostic.range.begin) + ":", kBold, style),
      paint(severity, severityColour(diagnostic.severity), style), terminalSafe(diagnostic.message.in(style.language)));
  const text::SourceText* source = sources(diagnostic.path);
  if (source) out += quote(*source, diagnostic.range, style);
  // In a document read from Word, LibreOffice or PDF the line numbers are
  // those of its text rendering: the paragraph and the unit are what the user finds.
  const bool vi = style.language == Language::vi;
  if (source && !source->documentFormat().empty() && diagnostic.paragraph > 0) {
    out += fmt::format("      = {} {}{}\n", vi ? "đoạn" : "paragraph", diagnostic.paragraph,
                       diagnostic.unitPath.empty() ? "" : ", " + terminalSafe(diagnostic.unitPath));
  }
  for (const RelatedLocation& related : diagnostic.related) {
    out += fmt::format("{} {} {}\n", paint(location(related.path, related.range.begin) + ":", kBold, style),
                       paint("note:", severityColour(Severity::note), style),
                       terminalSafe(related.message.in(style.language)));
    if (const text::SourceText* source = sources(related.path)) out += quote(*source, related.range, style);
  }
  if (diagnostic.witness)
    out +=
        fmt::format("      = {}: {}\n", vi ? "ví dụ" : "witness", terminalSafe(diagnostic.witness->in(style.language)));
  if (diagnostic.suggestion) {
    out +=
        fmt::format("      = {}: {}\n", vi ? "gợi ý" : "help", terminalSafe(diagnostic.suggestion->in(style.language)));
  }
  return out;
}

}  // namespace rasoat::report
