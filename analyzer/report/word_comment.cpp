#include "report/word_comment.h"

#include <chrono>
#include <cstdlib>
#include <ctime>

#include <fmt/format.h>
#include <utf8proc.h>

#include "report/report_words.h"
#include "text/utf8.h"

namespace rasoat::report {

namespace {

std::string capitalised(const std::string& text) {
  std::u32string letters = text::decodeUtf8(text);
  if (!letters.empty()) letters[0] = static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(letters[0])));
  return text::encodeUtf8(letters);
}

std::string labelled(const LocalizedText& label, const std::string& text, Language language) {
  return fmt::format("{}: {}", capitalised(label.in(language)), text);
}

}  // namespace

WordComment findingComment(const Diagnostic& finding, Language language, const RelatedUnitLookup& relatedUnit) {
  WordComment comment;
  comment.paragraph = finding.paragraph;
  const std::string severity = capitalised(severityWords(finding.severity).in(language));
  comment.lead = finding.code.empty() ? severity + ":" : fmt::format("{} {}:", severity, finding.code);
  comment.lines.push_back(finding.message.in(language));
  if (finding.paragraph <= 0) {
    comment.lines.push_back(LocalizedText{"(Phát hiện về toàn văn bản, không gắn với một đoạn.)",
                                          "(A finding on the whole document, not on one paragraph.)"}
                                .in(language));
  }
  for (const RelatedLocation& related : finding.related) {
    const std::string where = relatedUnit ? relatedUnit(related) : std::string();
    const std::string text = related.message.in(language);
    // The clause is named in front unless the message names it already.
    const bool named = where.empty() || text.find(where) != std::string::npos;
    comment.lines.push_back(
        labelled({"liên quan", "related"}, named ? text : fmt::format("{} — {}", where, text), language));
  }
  if (finding.witness) comment.lines.push_back(labelled({"ví dụ", "witness"}, finding.witness->in(language), language));
  if (finding.suggestion)
    comment.lines.push_back(labelled({"gợi ý", "suggestion"}, finding.suggestion->in(language), language));
  return comment;
}

std::string commentDateNow() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    const long long seconds = std::strtoll(epoch, &end, 10);
    if (end && *end == '\0' && end != epoch && seconds >= 0) now = static_cast<std::time_t>(seconds);
  }
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace rasoat::report
