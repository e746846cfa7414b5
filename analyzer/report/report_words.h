#pragma once

#include <string>

#include "base/diagnostic.h"
#include "base/localized_text.h"
#include "model/lexicon.h"
#include "report/report_data.h"

// The fixed words of the working-group report, in Vietnamese and English:
// one place, so that the HTML and Markdown reports say the same thing.
namespace rasoat::report {

struct ReportWords {
  LocalizedText title{"Báo cáo rà soát quy chế làm việc", "Review of the working regulations"};
  LocalizedText intro{
      "Báo cáo do công cụ rasoat lập tự động từ văn bản quy chế. Mỗi phát hiện dẫn nguyên văn khoản liên quan để tổ "
      "biên tập đối chiếu; công cụ chỉ ra chỗ cần xem lại, việc sửa thế nào do tổ biên tập quyết định.",
      "This report was produced by the rasoat tool from the text of the regulations. Each finding quotes the clauses "
      "concerned so that the working group can check it; the tool points at what to look at again, the group decides "
      "what to change."};
  LocalizedText summary{"1. Tóm tắt", "1. Summary"};
  LocalizedText matrix{"2. Ma trận thẩm quyền", "2. Authority matrix"};
  LocalizedText graph{"3. Sơ đồ ủy quyền và báo cáo", "3. Delegation and reporting graph"};
  LocalizedText findings{"4. Các phát hiện", "4. Findings"};
  LocalizedText notFormalised{"5. Các khoản chưa được hình thức hóa", "5. Clauses not formalised"};
  LocalizedText documents{"Văn bản được rà soát", "Documents reviewed"};
  LocalizedText higher{"Văn bản cấp trên dùng để đối chiếu", "Higher-level documents compared against"};
  LocalizedText none{"không có", "none"};
  LocalizedText missingHigher{"Được trích dẫn nhưng không tìm thấy trong kho văn bản (--corpus), chưa đối chiếu",
                              "Cited but not found in the corpus (--corpus), not compared against"};
  LocalizedText accepted{"Phát hiện đã được chấp nhận (baseline, accept trong rasoat.yaml), không liệt kê",
                         "Findings accepted (baseline, accept in rasoat.yaml), not listed"};
  LocalizedText overview{"Tổng quan các văn bản", "Overview of the documents"};
  LocalizedText overviewIntro{
      "Mỗi văn bản một dòng; bấm vào tên văn bản để đến phần của văn bản đó. Cột theo nhóm kiểm tra: số phát hiện "
      "(ô đỏ: có lỗi, ô vàng: có cảnh báo). Kết luận \"cần sửa\" khi văn bản có lỗi hoặc cảnh báo.",
      "One row per document; follow its name to its section. Family columns: number of findings (red: an error, "
      "amber: a warning). \"Needs changes\" when the document has an error or a warning."};
  LocalizedText rowNumber{"STT", "No."};
  LocalizedText documentName{"Văn bản", "Document"};
  LocalizedText missingColumn{"Văn bản dẫn chiếu không tìm thấy", "Cited documents not found"};
  LocalizedText verdict{"Kết luận", "Verdict"};
  LocalizedText passes{"đạt", "passes"};
  LocalizedText needsChanges{"cần sửa", "needs changes"};
  LocalizedText unreadable{"không đọc được", "could not be read"};
  LocalizedText frequent{"Các phát hiện gặp ở nhiều văn bản nhất", "Findings in the most documents"};
  LocalizedText code{"Mã", "Code"};
  LocalizedText description{"Nội dung", "Description"};
  LocalizedText documentCount{"Số văn bản", "Documents"};
  LocalizedText findingCount{"Số phát hiện", "Findings"};
  LocalizedText backToOverview{"↑ Về bảng tổng quan", "↑ Back to the overview"};
  LocalizedText clauses{"Số khoản, điểm", "Clauses and points"};
  LocalizedText coverage{"Đã hình thức hóa", "Formalised"};
  LocalizedText family{"Nhóm", "Family"};
  LocalizedText total{"Tổng", "Total"};
  LocalizedText matrixIntro{
      "Hàng là các vấn đề, cột là các chủ thể; mỗi ô liệt kê thẩm quyền chủ thể có đối với vấn đề, kèm khoản quy "
      "định và điều kiện (nếu có).",
      "Rows are matters, columns are actors; each cell lists the powers the actor holds on the matter, with the clause "
      "that gives it and its condition (if any)."};
  LocalizedText emptyMatrix{"Công cụ không đọc được thẩm quyền nào của một chủ thể xác định về một vấn đề xác định.",
                            "The tool read no power of a definite actor on a definite matter."};
  LocalizedText matter{"Vấn đề", "Matter"};
  LocalizedText legend{"Chú giải", "Legend"};
  LocalizedText legendOverlap{"chồng chéo: hai chủ thể cùng quyết định một trường hợp",
                              "overlap: two actors decide the same case"};
  LocalizedText legendConflict{"trái với văn bản cấp trên", "conflicts with a higher-level document"};
  LocalizedText legendGap{"lỗ hổng: một phần phạm vi của vấn đề không ai quyết định",
                          "gap: part of the matter's scope is decided by nobody"};
  LocalizedText badgeOverlap{"chồng chéo", "overlap"};
  LocalizedText badgeConflict{"trái cấp trên", "against higher level"};
  LocalizedText badgeGap{"lỗ hổng", "gap"};
  LocalizedText prohibited{"không được ", "may not: "};
  LocalizedText unplaced{"thẩm quyền không xác định được chủ thể hoặc vấn đề, không đưa vào ma trận",
                         "powers with no definite actor or matter, left out of the matrix"};
  LocalizedText unplacedIntro{"Thẩm quyền chưa đưa được vào ma trận", "Powers not placed in the matrix"};
  LocalizedText unplacedActor{"chưa xác định chủ thể", "actor not identified"};
  LocalizedText unplacedMatter{"chưa xác định vấn đề", "matter not identified"};
  LocalizedText unplacedClause{"Khoản", "Clause"};
  LocalizedText power{"Thẩm quyền", "Power"};
  LocalizedText why{"Lý do", "Why"};
  LocalizedText upper{"cấp trên", "higher level"};
  LocalizedText delegation{"ủy quyền, giao", "delegates to"};
  LocalizedText reporting{"báo cáo", "reports to"};
  LocalizedText graphIntro{
      "Mũi tên liền: chủ thể ủy quyền, giao việc cho chủ thể khác; mũi tên đứt: chủ thể báo cáo "
      "chủ thể khác. Nhãn là vấn đề; mũi tên đỏ là chỗ có phát hiện.",
      "Solid arrows: an actor delegates to another; dashed arrows: an actor reports to another. "
      "Labels are matters; red arrows are named by a finding."};
  LocalizedText unknownMatter{"(vấn đề không xác định)", "(matter not identified)"};
  LocalizedText flagged{"có phát hiện", "named by a finding"};
  LocalizedText edges{"Danh sách quan hệ", "List of relations"};
  LocalizedText from{"Từ", "From"};
  LocalizedText to{"Đến", "To"};
  LocalizedText relation{"Quan hệ", "Relation"};
  LocalizedText where{"Quy định tại", "Where"};
  LocalizedText noEdges{"Quy chế không có quy định ủy quyền hay báo cáo giữa các chủ thể xác định được.",
                        "The regulation has no delegation or reporting between definite actors."};
  LocalizedText noFindings{"Không có phát hiện.", "No findings."};
  LocalizedText clause{"Khoản được nêu", "Clause concerned"};
  LocalizedText related{"Khoản liên quan", "Related clause"};
  LocalizedText witness{"Ví dụ cụ thể", "Witness"};
  LocalizedText suggestion{"Gợi ý", "Suggestion"};
  LocalizedText line{"dòng", "line"};
  LocalizedText paragraph{"đoạn", "paragraph"};
  LocalizedText notFormalisedIntro{
      "Công cụ chưa đọc được các khoản dưới đây thành thẩm quyền cụ thể (ai, làm gì, về việc gì); chúng không có "
      "trong ma trận và cần được người đọc rà soát trực tiếp.",
      "The tool could not read the clauses below as definite powers (who does what on which matter); they are not in "
      "the matrix and need a human reader."};
  LocalizedText reason{"Lý do", "Reason"};
  LocalizedText text{"Nội dung", "Text"};
  LocalizedText otherFindings{"Lỗi đầu vào và phát hiện ở văn bản khác",
                              "Input errors and findings in other documents"};
  LocalizedText generated{"Lập bởi rasoat", "Generated by rasoat"};
};

const ReportWords& words();

// "quyết định", "đề xuất", ... (what the matrix cells list).
LocalizedText modalityWords(model::Modality modality);
LocalizedText severityWords(Severity severity);
// "cấu trúc", "chồng chéo", ... for a family letter.
LocalizedText familyWords(const std::string& family);
// "đạt", "cần sửa", "không đọc được".
LocalizedText verdictWords(Verdict verdict);

}  // namespace rasoat::report
