#pragma once

#include <string>
#include <vector>

#include "base/localized_text.h"
#include "checks/check.h"
#include "syntax/alignment.h"
#include "text/word_diff.h"

// The comparison table (bảng đối chiếu) of a regulation in force and its
// draft: one row per chapter, article, clause and point, old text | new text |
// what changed, with the words added and removed marked and the shifts of
// decision power (A002) named with their witness.
namespace rasoat::report {

struct CompareRow {
  syntax::UnitKind kind = syntax::UnitKind::article;
  int depth = 0;
  syntax::ChangeStatus status = syntax::ChangeStatus::unchanged;
  bool amended = false;  // a pair may be amended, renumbered and moved at once
  bool renumbered = false;
  bool moved = false;
  std::string beforeLabel;  // "Điều 4 khoản 2"; empty when added
  std::string afterLabel;   // empty when removed
  int beforeLine = 0;       // 0 when absent
  int afterLine = 0;
  std::vector<text::DiffSpan> before;  // the old text: same and removed spans
  std::vector<text::DiffSpan> after;   // the new text: same and added spans
  std::vector<LocalizedText> changes;  // "Sửa đổi", "Đánh số lại ...", shifts of authority
  bool unchanged() const { return status == syntax::ChangeStatus::unchanged && changes.empty(); }
};

struct CompareTable {
  std::string beforePath;
  std::string afterPath;
  std::string beforeTitle;  // "Quy chế làm việc số 01-QC/ĐU ..."
  std::string afterTitle;
  std::vector<std::string> issuer;  // the draft's issuing body, top to bottom ("ĐẢNG ỦY PHƯỜNG ...")
  std::vector<CompareRow> rows;
  // Rows with that status; for amended, renumbered and moved, rows with that flag.
  int count(syntax::ChangeStatus status) const;
  int shifts = 0;  // shifts of decision power named in the rows
};

// Aligns the two versions, diffs the texts of the pairs, and names the
// shifts of decision power between their models.
CompareTable buildCompareTable(const checks::CheckedDocument& before, const checks::CheckedDocument& after,
                               const model::Lexicon& lexicon, solver::Session& solver);

// The three column headings and the other fixed words of the writers.
struct CompareWords {
  std::string title, current, draft, change, unchanged, summary;
  std::string number, reason, kept, units;  // "STT", "Lý do, giải trình", "Giữ nguyên", "khoản, điểm"
  std::string motto, heading;               // "ĐẢNG CỘNG SẢN VIỆT NAM", "BẢNG ĐỐI CHIẾU"
};
CompareWords compareWords(Language language);

// "12 sửa đổi, 3 bổ sung, ...": the counts of the table.
std::string compareSummary(const CompareTable& table, Language language);

// The plain text of a cell's spans (the writers that cannot mark words).
std::string plainText(const std::vector<text::DiffSpan>& spans);

// The third column's lines joined.
std::string changeText(const CompareRow& row, Language language, const std::string& separator);

}  // namespace rasoat::report
