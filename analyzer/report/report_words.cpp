#include "report/report_words.h"

namespace rasoat::report {

const ReportWords& words() {
  static const ReportWords words;
  return words;
}

LocalizedText modalityWords(model::Modality modality) {
  switch (modality) {
    case model::Modality::DECIDE: return {"quyết định", "decides"};
    case model::Modality::ADVISE: return {"cho ý kiến", "advises"};
    case model::Modality::PROPOSE: return {"đề xuất", "proposes"};
    case model::Modality::DIRECT: return {"lãnh đạo, chỉ đạo", "directs"};
    case model::Modality::SUPERVISE: return {"kiểm tra, giám sát", "supervises"};
    case model::Modality::EXECUTE: return {"thực hiện", "carries out"};
    case model::Modality::REPORT: return {"báo cáo", "reports"};
    case model::Modality::DELEGATE: return {"ủy quyền, giao", "delegates"};
    case model::Modality::ACCOUNTABLE: return {"chịu trách nhiệm", "is accountable"};
  }
  return {"?", "?"};
}

LocalizedText severityWords(Severity severity) {
  switch (severity) {
    case Severity::error: return {"lỗi", "error"};
    case Severity::warning: return {"cảnh báo", "warning"};
    case Severity::info: return {"thông tin", "info"};
    case Severity::note: return {"ghi chú", "note"};
  }
  return {"?", "?"};
}

LocalizedText verdictWords(Verdict verdict) {
  switch (verdict) {
    case Verdict::passes: return words().passes;
    case Verdict::needsChanges: return words().needsChanges;
    case Verdict::unreadable: return words().unreadable;
  }
  return {"?", "?"};
}

LocalizedText familyWords(const std::string& family) {
  if (family == "S") return {"cấu trúc văn bản", "structure"};
  if (family == "C") return {"tính rõ ràng", "clarity"};
  if (family == "O") return {"chồng chéo", "overlap"};
  if (family == "G") return {"lỗ hổng", "gap"};
  if (family == "D") return {"ủy quyền", "delegation"};
  if (family == "H") return {"phù hợp với cấp trên", "higher level"};
  if (family == "A") return {"sửa đổi, bổ sung", "amendment"};
  return {family, family};
}

}  // namespace rasoat::report
