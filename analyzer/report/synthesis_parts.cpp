#include <fmt/format.h>

#include "report/synthesis_writers.h"

namespace rasoat::report {

namespace {

text::DiffSpan plain(std::string text) {
  return text::DiffSpan{text::DiffOp::same, std::move(text)};
}

std::string findingLine(const review::Finding& finding, Language language) {
  std::string line = (finding.code.empty() ? "" : finding.code + " ") + finding.message.in(language);
  if (!finding.unit.empty()) line += " [" + finding.unit + "]";
  if (finding.witness) line += " — " + finding.witness->in(language);
  return line;
}

// A finding whose witness a version changes: as it would read, then the draft's witness.
std::string changedLine(const review::ChangedFinding& change, Language language) {
  const std::string was = change.before.witness ? change.before.witness->in(language) : "—";
  return findingLine(change.after, language) + " (" + synthesisWords(language).before + was + ")";
}

}  // namespace

SynthesisWords synthesisWords(Language language) {
  if (language == Language::vi) {
    return {"BIỂU TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý",
            "STT",
            "Điều, khoản (nội dung dự thảo)",
            "Ý kiến góp ý",
            "Cơ quan, đơn vị, cá nhân góp ý",
            "Tiếp thu / giải trình",
            "Đề xuất sửa: ",
            "Nếu tiếp thu, thêm: ",
            "Nếu tiếp thu, bớt: ",
            "Nếu tiếp thu: không thêm, không bớt phát hiện nào.",
            "Cạnh tranh với đề xuất số ",
            "Tiếp thu tất cả đề xuất: ",
            "Trả lời",
            "(tiếp)",
            "Nếu tiếp thu, thay đổi: ",
            "trước: "};
  }
  return {"SYNTHESIS OF COMMENTS, ACCEPTANCE AND EXPLANATION",
          "No.",
          "Article, clause (draft text)",
          "Comment",
          "Reviewer",
          "Accepted / explanation",
          "Proposed wording: ",
          "If accepted, adds: ",
          "If accepted, removes: ",
          "If accepted: adds and removes no finding.",
          "Competes with proposal no. ",
          "All proposals accepted: ",
          "Reply",
          "(continued)",
          "If accepted, changes: ",
          "was: "};
}

std::string synthesisSummary(const review::Synthesis& synthesis, Language language) {
  // The kinds of entry, each counted once, so that the parts add up to the whole.
  const bool vi = language == Language::vi;
  const int both = synthesis.commentsWithProposal;
  const int others = synthesis.entryCount() - synthesis.comments - synthesis.proposals + both;
  const std::pair<int, const char*> kinds[] = {
      {synthesis.comments - both, vi ? "góp ý" : "comments"},
      {synthesis.proposals - both, vi ? "đề xuất sửa" : "proposed wordings"},
      {both, vi ? "góp ý kèm đề xuất sửa" : "comments with a proposed wording"},
      {others, vi ? "khác" : "other"}};
  std::string parts;
  for (const auto& [count, name] : kinds) {
    if (count > 0) parts += fmt::format("{}{} {}", parts.empty() ? "" : ", ", count, name);
  }
  if (!parts.empty()) parts = " (" + parts + ")";
  if (vi) {
    return fmt::format("{} ý kiến{} của {} cơ quan, đơn vị, cá nhân; {} điều, khoản được góp ý", synthesis.entryCount(),
                       parts, synthesis.reviewers.size(), synthesis.unitsCommented);
  }
  return fmt::format("{} items{} from {} reviewers; {} units commented", synthesis.entryCount(), parts,
                     synthesis.reviewers.size(), synthesis.unitsCommented);
}

std::vector<std::vector<text::DiffSpan>> commentCell(const review::SynthesisEntry& entry, Language language) {
  const SynthesisWords words = synthesisWords(language);
  std::vector<std::vector<text::DiffSpan>> paragraphs;
  // What the reviewer wrote as the unit, when the draft has no such unit: kept, not lost.
  if (!entry.unplaced.empty()) paragraphs.push_back({plain("(" + entry.unplaced + ")")});
  if (!entry.item->comment.empty()) paragraphs.push_back({plain(entry.item->comment)});
  if (entry.edit) {
    std::vector<text::DiffSpan> proposal{plain(words.proposal)};
    proposal.insert(proposal.end(), entry.marked.begin(), entry.marked.end());
    paragraphs.push_back(std::move(proposal));
  } else if (entry.item->wording) {
    paragraphs.push_back({plain(words.proposal + entry.item->wording->text)});
  }
  for (const auto& reply : entry.item->replies)
    paragraphs.push_back({plain("↳ " + words.reply + " (" + reply.author + "): " + reply.text)});
  if (entry.findings) {
    for (const auto& finding : entry.findings->added)
      paragraphs.push_back({plain(words.adds + findingLine(finding, language))});
    for (const auto& finding : entry.findings->removed)
      paragraphs.push_back({plain(words.removes + findingLine(finding, language))});
    for (const auto& change : entry.findings->changed)
      paragraphs.push_back({plain(words.changes + changedLine(change, language))});
    if (entry.findings->empty()) paragraphs.push_back({plain(words.none)});
  }
  if (!entry.competing.empty()) {
    std::string numbers;
    for (int number : entry.competing) numbers += (numbers.empty() ? "" : ", ") + std::to_string(number);
    paragraphs.push_back({plain(words.competes + numbers)});
  }
  return paragraphs;
}

std::string unitCell(const review::SynthesisRow& row, Language language) {
  if (row.unit->depth == 0) return review::generalLabel(language);
  return row.draftText.empty() ? row.label : row.label + ": " + row.draftText;
}

std::string allAcceptedLine(const review::Synthesis& synthesis, Language language) {
  if (!synthesis.allAccepted) return "";
  const SynthesisWords words = synthesisWords(language);
  std::string line = words.allAccepted;
  const auto& change = *synthesis.allAccepted;
  if (change.empty()) return line + words.none.substr(words.none.find(':') + 2);
  std::string added, removed, changed;
  for (const auto& finding : change.added) added += (added.empty() ? "" : "; ") + findingLine(finding, language);
  for (const auto& finding : change.removed) removed += (removed.empty() ? "" : "; ") + findingLine(finding, language);
  for (const auto& finding : change.changed) changed += (changed.empty() ? "" : "; ") + changedLine(finding, language);
  const bool vi = language == Language::vi;
  std::vector<std::string> parts;
  if (!added.empty()) parts.push_back((vi ? "thêm " : "adds ") + added);
  if (!removed.empty()) parts.push_back((vi ? "bớt " : "removes ") + removed);
  if (!changed.empty()) parts.push_back((vi ? "thay đổi " : "changes ") + changed);
  for (std::size_t i = 0; i < parts.size(); ++i) line += (i == 0 ? "" : "; ") + parts[i];
  return line;
}

}  // namespace rasoat::report
