#include "report/compare_table.h"

#include <map>
#include <optional>

#include <fmt/format.h>

#include "checks/authority_shift.h"
#include "checks/decision_scope.h"

namespace rasoat::report {

namespace {

using syntax::ChangeStatus;

// What a cell shows: the marker, then the unit's own text (a chapter's title
// on the next line, as printed).
std::string separatorAfter(const syntax::Unit& unit) {
  if (unit.marker.empty()) return "";
  return unit.kind == syntax::UnitKind::chapter ? "\n" : " ";
}

std::vector<text::DiffSpan> plain(const syntax::Unit* unit, text::DiffOp op) {
  if (!unit) return {};
  const std::string own = syntax::ownText(*unit);
  return {{op, own.empty() ? unit->marker : unit->marker + separatorAfter(*unit) + own}};
}

std::vector<text::DiffSpan> withHead(const syntax::Unit& unit, std::vector<text::DiffSpan> spans) {
  std::vector<text::DiffSpan> out;
  if (!unit.marker.empty()) out.push_back({text::DiffOp::same, unit.marker + separatorAfter(unit)});
  out.insert(out.end(), spans.begin(), spans.end());
  return out;
}

void describeChanges(const syntax::AlignedRow& aligned, CompareRow& row) {
  switch (aligned.status) {
    case ChangeStatus::added: row.changes.push_back({"Bổ sung", "Added"}); return;
    case ChangeStatus::removed: row.changes.push_back({"Bãi bỏ", "Removed"}); return;
    default: break;
  }
  if (aligned.amended) row.changes.push_back({"Sửa đổi", "Amended"});
  if (aligned.moved) {
    if (aligned.kind == syntax::UnitKind::article && aligned.beforeChapter != aligned.afterChapter) {
      row.changes.push_back(
          {fmt::format("Chuyển từ {} sang {}", aligned.beforeChapter.empty() ? "ngoài chương" : aligned.beforeChapter,
                       aligned.afterChapter.empty() ? "ngoài chương" : aligned.afterChapter),
           fmt::format("Moved from {} to {}", aligned.beforeChapter.empty() ? "no chapter" : aligned.beforeChapter,
                       aligned.afterChapter.empty() ? "no chapter" : aligned.afterChapter)});
    } else {
      row.changes.push_back({"Chuyển vị trí", "Moved"});
    }
  }
  if (aligned.renumbered) {
    row.changes.push_back({fmt::format("Đánh số lại: {} thành {}", aligned.beforeLabel, aligned.afterLabel),
                           fmt::format("Renumbered: {} is now {}", aligned.beforeLabel, aligned.afterLabel)});
  }
}

CompareRow rowOf(const syntax::AlignedRow& aligned) {
  CompareRow row;
  row.kind = aligned.kind;
  row.depth = aligned.depth;
  row.status = aligned.status;
  row.amended = aligned.amended;
  row.renumbered = aligned.renumbered;
  row.moved = aligned.moved;
  row.beforeLabel = aligned.beforeLabel;
  row.afterLabel = aligned.afterLabel;
  row.beforeLine = aligned.before ? aligned.before->position.line : 0;
  row.afterLine = aligned.after ? aligned.after->position.line : 0;
  if (aligned.before && aligned.after) {
    const text::WordDiff diff = text::diffWords(syntax::ownText(*aligned.before), syntax::ownText(*aligned.after));
    row.before = withHead(*aligned.before, diff.before);
    row.after = withHead(*aligned.after, diff.after);
  } else {
    row.before = plain(aligned.before, text::DiffOp::removed);
    row.after = plain(aligned.after, text::DiffOp::added);
  }
  describeChanges(aligned, row);
  return row;
}

// The legal bases ("Căn cứ …") of a version, one a line.
std::string basesOf(const syntax::Document& document) {
  std::string text;
  for (const syntax::LegalBasis& basis : document.bases) text += (text.empty() ? "" : "\n") + basis.text;
  return text;
}

// A row for the legal bases when the draft changes them (a replaced central
// rule cited anew is the very change H005 asks for): a comparison table that
// left it out would misstate what the draft amends.
std::optional<CompareRow> basesRow(const syntax::Document& before, const syntax::Document& after) {
  const std::string old = basesOf(before);
  const std::string draft = basesOf(after);
  if (old == draft) return std::nullopt;
  CompareRow row;
  row.kind = syntax::UnitKind::document;
  row.status = old.empty() ? ChangeStatus::added : draft.empty() ? ChangeStatus::removed : ChangeStatus::amended;
  row.amended = row.status == ChangeStatus::amended;
  row.beforeLabel = old.empty() ? "" : "Căn cứ";
  row.afterLabel = draft.empty() ? "" : "Căn cứ";
  row.beforeLine = before.bases.empty() ? 0 : before.bases.front().range.begin.line;
  row.afterLine = after.bases.empty() ? 0 : after.bases.front().range.begin.line;
  const text::WordDiff diff = text::diffWords(old, draft);
  row.before = diff.before;
  row.after = diff.after;
  row.changes.push_back(row.status == ChangeStatus::added ? LocalizedText{"Bổ sung căn cứ", "Legal bases added"}
                        : row.status == ChangeStatus::removed ? LocalizedText{"Bỏ căn cứ", "Legal bases removed"}
                                                              : LocalizedText{"Sửa đổi căn cứ", "Legal bases amended"});
  return row;
}

std::string titleOf(const syntax::Document& document) {
  std::string title = document.title ? document.title->text : "";
  if (document.header.number) title += (title.empty() ? "" : " — ") + std::string("số ") + document.header.number->text;
  return title.empty() ? document.path : title;
}

}  // namespace

int CompareTable::count(ChangeStatus status) const {
  int total = 0;
  for (const CompareRow& row : rows) {
    switch (status) {
      case ChangeStatus::amended: total += row.amended; break;
      case ChangeStatus::renumbered: total += row.renumbered; break;
      case ChangeStatus::moved: total += row.moved; break;
      default: total += row.status == status;
    }
  }
  return total;
}

CompareTable buildCompareTable(const checks::CheckedDocument& before, const checks::CheckedDocument& after,
                               const model::Lexicon& lexicon, solver::Session& solver) {
  CompareTable table;
  table.beforePath = before.tree.path;
  table.afterPath = after.tree.path;
  table.beforeTitle = titleOf(before.tree);
  table.afterTitle = titleOf(after.tree);
  table.issuer =
      after.tree.header.organisations.empty() ? before.tree.header.organisations : after.tree.header.organisations;
  if (auto bases = basesRow(before.tree, after.tree)) table.rows.push_back(std::move(*bases));
  std::map<Position, std::size_t> rowAt;  // a new unit's marker -> its row
  for (const syntax::AlignedRow& aligned : syntax::alignDocuments(before.tree, after.tree)) {
    if (aligned.after) rowAt[aligned.after->position] = table.rows.size();
    table.rows.push_back(rowOf(aligned));
  }
  for (const checks::AuthorityShift& shift : checks::authorityShifts(before.model, after.model, lexicon, solver)) {
    const auto it = rowAt.find(shift.after->source.position);
    if (it == rowAt.end()) continue;
    const LocalizedText witness = checks::witnessText(shift.outcome, shift.witness, lexicon);
    const std::string from = checks::actorName(lexicon, shift.before->actor.id);
    const std::string to = checks::actorName(lexicon, shift.after->actor.id);
    const std::string matter = checks::matterName(lexicon, shift.after->matter);
    table.rows[it->second].changes.push_back(
        {fmt::format("Chuyển thẩm quyền quyết định \"{}\" từ {} (văn bản hiện hành, {}) sang {}; ví dụ: {} [A002]",
                     matter, from, shift.before->source.unit, to, witness.vi),
         fmt::format("Decision on \"{}\" moves from {} (current text, {}) to {}; for example: {} [A002]", matter,
                     model::actorId(shift.before->actor), shift.before->source.unit, model::actorId(shift.after->actor),
                     witness.en)});
    ++table.shifts;
  }
  return table;
}

CompareWords compareWords(Language language) {
  if (language == Language::en)
    return {"Comparison table",
            "Regulation in force",
            "Draft amendment",
            "What changed",
            "unchanged rows",
            "Summary",
            "No.",
            "Reasons, explanation",
            "Unchanged",
            "clauses and points",
            "COMMUNIST PARTY OF VIETNAM",
            "COMPARISON TABLE"};
  return {"Bảng đối chiếu",
          "Quy chế hiện hành",
          "Dự thảo sửa đổi, bổ sung",
          "Nội dung thay đổi",
          "dòng giữ nguyên",
          "Tóm tắt",
          "STT",
          "Lý do, giải trình",
          "Giữ nguyên",
          "khoản, điểm",
          "ĐẢNG CỘNG SẢN VIỆT NAM",
          "BẢNG ĐỐI CHIẾU"};
}

std::string compareSummary(const CompareTable& table, Language language) {
  const bool vi = language == Language::vi;
  return fmt::format(
      fmt::runtime(vi ? "{} sửa đổi, {} bổ sung, {} bãi bỏ, {} chuyển vị trí, {} đánh số lại, {} giữ nguyên; {} "
                        "thay đổi thẩm quyền quyết định"
                      : "{} amended, {} added, {} removed, {} moved, {} renumbered, {} unchanged; decision "
                        "power shifted: {}"),
      table.count(ChangeStatus::amended), table.count(ChangeStatus::added), table.count(ChangeStatus::removed),
      table.count(ChangeStatus::moved), table.count(ChangeStatus::renumbered), table.count(ChangeStatus::unchanged),
      table.shifts);
}

std::string plainText(const std::vector<text::DiffSpan>& spans) {
  std::string out;
  for (const auto& span : spans) out += span.text;
  return out;
}

std::string changeText(const CompareRow& row, Language language, const std::string& separator) {
  std::string out;
  for (const LocalizedText& change : row.changes) {
    if (!out.empty()) out += separator;
    out += change.in(language);
  }
  return out;
}

}  // namespace rasoat::report
