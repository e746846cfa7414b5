#include <nlohmann/json.hpp>

#include "report/escape.h"
#include "report/synthesis_writers.h"
#include "report/terminal_text.h"

namespace rasoat::report {

namespace {

std::string plainParagraph(const std::vector<text::DiffSpan>& spans, const char* added, const char* removed) {
  std::string out;
  for (const auto& span : spans) {
    if (span.op == text::DiffOp::added)
      out += std::string(added) + span.text + added;
    else if (span.op == text::DiffOp::removed)
      out += std::string(removed) + span.text + removed;
    else
      out += span.text;
  }
  return out;
}

// A paragraph's own line breaks (a sheet's cell of several lines) as lines
// under the first, indented like the entry's other lines.
std::string indentedLines(const std::string& text) {
  return joinLines(
      text, [](std::string_view line) { return terminalSafe(line); }, "\n     ");
}

std::string markdownParagraph(const std::vector<text::DiffSpan>& spans) {
  std::string out;
  for (const auto& span : spans) {
    const std::string text = escapeMarkdownCell(span.text);
    if (span.op == text::DiffOp::added)
      out += "<ins>" + text + "</ins>";
    else if (span.op == text::DiffOp::removed)
      out += "<del>" + text + "</del>";
    else
      out += text;
  }
  return out;
}

nlohmann::ordered_json findingsJson(const std::vector<review::Finding>& findings, Language language) {
  auto list = nlohmann::ordered_json::array();
  for (const auto& finding : findings) {
    nlohmann::ordered_json json{{"code", finding.code},
                                {"severity", std::string(severityName(finding.severity))},
                                {"unit", finding.unit},
                                {"message", finding.message.in(language)}};
    if (finding.witness) json["witness"] = finding.witness->in(language);
    list.push_back(std::move(json));
  }
  return list;
}

nlohmann::ordered_json changeJson(const review::FindingChange& change, Language language) {
  // A changed finding as it would read, with the draft's witness ("witnessBefore").
  auto changes = nlohmann::ordered_json::array();
  for (const auto& changed : change.changed) {
    nlohmann::ordered_json json = findingsJson({changed.after}, language).front();
    if (changed.before.witness) json["witnessBefore"] = changed.before.witness->in(language);
    changes.push_back(std::move(json));
  }
  return {{"adds", findingsJson(change.added, language)},
          {"removes", findingsJson(change.removed, language)},
          {"changes", std::move(changes)}};
}

}  // namespace

void writeSynthesisText(const review::Synthesis& synthesis, Language language, std::ostream& out) {
  for (const auto& row : synthesis.rows) {
    out << terminalSafe(row.unit->depth == 0 ? review::generalLabel(language) : row.label) << "\n";
    for (const auto& entry : row.entries) {
      out << "  " << entry.number << ". " << terminalSafe(entry.reviewer) << ":";
      bool first = true;
      for (const auto& paragraph : commentCell(entry, language)) {
        out << (first ? " " : "\n     ") << indentedLines(plainParagraph(paragraph, "+", "-"));
        first = false;
      }
      if (!entry.answer.empty()) out << "\n     → " << terminalSafe(entry.answer.in(language));
      out << "\n";
    }
  }
  if (synthesis.allAccepted) out << terminalSafe(allAcceptedLine(synthesis, language)) << "\n";
  for (const auto& skipped : synthesis.skipped) out << terminalSafe(skipped) << "\n";
  out << terminalSafe(synthesisSummary(synthesis, language)) << "\n";
}

void writeSynthesisMarkdown(const review::Synthesis& synthesis, Language language, std::ostream& out) {
  const SynthesisWords words = synthesisWords(language);
  out << "# " << escapeMarkdown(words.title) << "\n\n";
  out << escapeMarkdown(synthesis.draftTitle.empty() ? synthesis.draftPath : synthesis.draftTitle) << "\n\n";
  out << escapeMarkdown(synthesisSummary(synthesis, language)) << "\n\n";
  out << "| " << words.number << " | " << escapeMarkdownCell(words.unit) << " | " << escapeMarkdownCell(words.comment)
      << " | " << escapeMarkdownCell(words.reviewer) << " | " << escapeMarkdownCell(words.answer) << " |\n";
  out << "|---|---|---|---|---|\n";
  for (const auto& row : synthesis.rows) {
    bool first = true;
    for (const auto& entry : row.entries) {
      std::string comment;
      for (const auto& paragraph : commentCell(entry, language))
        comment += (comment.empty() ? "" : "<br>") + markdownParagraph(paragraph);
      out << "| " << entry.number << " | " << (first ? escapeMarkdownCell(unitCell(row, language)) : "") << " | "
          << comment << " | " << escapeMarkdownCell(entry.reviewer) << " | "
          << escapeMarkdownCell(entry.answer.in(language)) << " |\n";
      first = false;
    }
  }
  if (synthesis.allAccepted) out << "\n" << escapeMarkdown(allAcceptedLine(synthesis, language)) << "\n";
  for (const auto& skipped : synthesis.skipped) out << "\n" << escapeMarkdown(skipped) << "\n";
}

void writeSynthesisJson(const review::Synthesis& synthesis, Language language, std::ostream& out) {
  nlohmann::ordered_json json{{"version", 1},
                              {"draft", validUtf8(synthesis.draftPath)},
                              {"comments", synthesis.comments},
                              {"proposals", synthesis.proposals},
                              {"commentsWithProposal", synthesis.commentsWithProposal},
                              {"reviewers", synthesis.reviewers},
                              {"unitsCommented", synthesis.unitsCommented},
                              {"entries", nlohmann::ordered_json::array()}};
  for (const auto& row : synthesis.rows) {
    for (const auto& entry : row.entries) {
      nlohmann::ordered_json item{{"number", entry.number},     {"unit", row.label},
                                  {"reviewer", entry.reviewer}, {"file", validUtf8(entry.item->file)},
                                  {"line", entry.item->line},   {"comment", entry.item->comment}};
      if (!entry.item->date.empty()) item["date"] = entry.item->date;
      if (entry.edit) {
        item["proposal"] = {{"before", entry.edit->before}, {"after", entry.edit->after}};
      } else if (entry.item->wording) {
        item["proposal"] = {{"after", entry.item->wording->text}};
      }
      auto replies = nlohmann::ordered_json::array();
      for (const auto& reply : entry.item->replies) {
        nlohmann::ordered_json answer{{"author", reply.author}, {"text", reply.text}};
        if (!reply.date.empty()) answer["date"] = reply.date;
        replies.push_back(std::move(answer));
      }
      if (!replies.empty()) item["replies"] = std::move(replies);
      if (entry.findings) item["findings"] = changeJson(*entry.findings, language);
      if (!entry.competing.empty()) item["competing"] = entry.competing;
      if (!entry.answer.empty()) item["answer"] = entry.answer.in(language);
      json["entries"].push_back(std::move(item));
    }
  }
  if (synthesis.allAccepted) json["allAccepted"] = changeJson(*synthesis.allAccepted, language);
  json["skipped"] = synthesis.skipped;
  out << json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace rasoat::report
