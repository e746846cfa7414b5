// How other offices write the same rules: every negation, bound form, unit and
// meeting wording of model-and-checks.md §6, each read as a careful reader does.
#include <catch2/catch.hpp>

#include "model/clause_reader.h"
#include "model/statement.h"
#include "support/model_helpers.h"

using rasoat::model::Deontic;
using rasoat::testing::clauseModel;
using rasoat::testing::modelOf;
using rasoat::testing::summaries;

namespace {

constexpr const char* kBtvDuties = "Trách nhiệm, quyền hạn của Ban Thường vụ";

// The one condition of the one provision a clause gives.
std::string conditionOf(const std::string& clause) {
  const auto model = clauseModel(clause, kBtvDuties);
  if (model.provisions.size() != 1) return "provisions: " + std::to_string(model.provisions.size());
  return model.provisions.front().condition.formula();
}

std::string meetingOf(const std::string& clause, const std::string& title = "Chế độ làm việc") {
  const auto model = clauseModel(clause, title);
  for (const auto& parameter : model.parameters) {
    if (parameter.kind == rasoat::model::ParameterKind::meetingFrequency)
      return rasoat::model::actorId(parameter.actor) + " " + rasoat::model::parameterFormula(parameter);
  }
  return "none";
}

}  // namespace

TEST_CASE("a negation before a power verb forbids the power, with or without được", "[model][negation]") {
  const std::vector<std::string> forbidding = {
      "Ban Thường vụ không ủy quyền cho Thường trực quyết định công tác cán bộ.",
      "Ban Thường vụ không được ủy quyền cho Thường trực quyết định công tác cán bộ.",
      "Ban Thường vụ không được phép ủy quyền cho Thường trực quyết định công tác cán bộ.",
      "Nghiêm cấm Ban Thường vụ ủy quyền cho Thường trực quyết định công tác cán bộ.",
      "Ban Thường vụ chưa được ủy quyền cho Thường trực quyết định công tác cán bộ.",
      "Ban Thường vụ chưa ủy quyền cho Thường trực quyết định công tác cán bộ.",
      "Ban Thường vụ không có quyền giao Thường trực quyết định công tác cán bộ.",
      "Ban Thường vụ không phân cấp cho Thường trực quyết định công tác cán bộ.",
      "Không giao cho Thường trực quyết định công tác cán bộ.",
  };
  for (const std::string& clause : forbidding) {
    INFO(clause);
    const auto model = clauseModel(clause, kBtvDuties);
    REQUIRE(!model.provisions.empty());
    for (const auto& provision : model.provisions) CHECK(provision.deontic == Deontic::prohibition);
  }
}

TEST_CASE("a negation that does not stand before the verb forbids nothing", "[model][negation]") {
  // The negation qualifies the case, not the power.
  const auto disagreement =
      clauseModel("Trường hợp các ủy viên không thống nhất, Bí thư quyết định và báo cáo Ban Thường vụ.", "Nhiệm vụ");
  REQUIRE(!disagreement.provisions.empty());
  for (const auto& provision : disagreement.provisions) CHECK(provision.deontic != Deontic::prohibition);
  // "không quá" is a bound, not a negation of "quyết định".
  const auto bound = clauseModel("Quyết định các khoản chi có giá trị không quá 50 triệu đồng.", kBtvDuties);
  REQUIRE(bound.provisions.size() == 1);
  CHECK(bound.provisions[0].deontic == Deontic::none);
  CHECK(bound.provisions[0].condition.formula() == "gia_tri <= 5e7");
  // "không thuộc diện" negates the management list.
  CHECK(conditionOf("Quyết định bổ nhiệm cán bộ không thuộc diện Ban Thường vụ quản lý.") == "dien_quan_ly != BTV");
}

TEST_CASE("a negated lead-in negates every point of its list", "[model][negation][lists]") {
  const auto model = modelOf(
      "Điều 8. Trách nhiệm, quyền hạn của Ban Thường vụ\n"
      "1. Ban Thường vụ không ủy quyền cho Thường trực các việc sau:\n"
      "a) Quyết định chủ trương đầu tư các dự án có tổng mức đầu tư trên 20 tỷ đồng;\n"
      "b) Công tác quốc phòng;\n"
      "c) Điều động cán bộ thuộc diện Ban Thường vụ quản lý.\n");
  CHECK(summaries(model) == std::vector<std::string>{
                                "BTV DELEGATE dau_tu.du_an [tong_muc_dau_tu > 2e10] -> TT",
                                "BTV DELEGATE quoc_phong [true] -> TT",
                                "BTV DELEGATE can_bo.bo_nhiem.dieu_dong [dien_quan_ly = BTV] -> TT",
                            });
  for (const auto& provision : model.provisions) {
    INFO(provision.source.unit);
    CHECK(provision.deontic == Deontic::prohibition);
  }
  // The point's own verb is the power that is not handed over.
  REQUIRE(model.provisions.at(0).delegated);
  CHECK(*model.provisions.at(0).delegated == rasoat::model::Modality::DECIDE);
}

TEST_CASE("every bound form of section 6 is a bound", "[model][bounds]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"trên 50 tỷ đồng", "tong_muc_dau_tu > 5e10"},
      {"từ 50 tỷ đồng trở lên", "tong_muc_dau_tu >= 5e10"},
      {"50 tỷ đồng trở lên", "tong_muc_dau_tu >= 5e10"},
      {"không dưới 50 tỷ đồng", "tong_muc_dau_tu >= 5e10"},
      {"tối thiểu 50 tỷ đồng", "tong_muc_dau_tu >= 5e10"},
      {"dưới 50 tỷ đồng", "tong_muc_dau_tu < 5e10"},
      {"không quá 50 tỷ đồng", "tong_muc_dau_tu <= 5e10"},
      {"tối đa 50 tỷ đồng", "tong_muc_dau_tu <= 5e10"},
      {"đến 50 tỷ đồng", "tong_muc_dau_tu <= 5e10"},
      {"từ 20 tỷ đồng đến 50 tỷ đồng", "tong_muc_dau_tu >= 2e10 and tong_muc_dau_tu <= 5e10"},
      {"từ 20 đến 50 tỷ đồng", "tong_muc_dau_tu >= 2e10 and tong_muc_dau_tu <= 5e10"},
      {"từ 20 tỷ đồng đến dưới 50 tỷ đồng", "tong_muc_dau_tu >= 2e10 and tong_muc_dau_tu < 5e10"},
      {"từ 20 đến dưới 50 tỷ đồng", "tong_muc_dau_tu >= 2e10 and tong_muc_dau_tu < 5e10"},
      {"trên 20 tỷ đồng đến dưới 50 tỷ đồng", "tong_muc_dau_tu > 2e10 and tong_muc_dau_tu < 5e10"},
      {"trên 20 đến dưới 50 tỷ đồng", "tong_muc_dau_tu > 2e10 and tong_muc_dau_tu < 5e10"},
      {"trên 20 tỷ đồng đến 50 tỷ đồng", "tong_muc_dau_tu > 2e10 and tong_muc_dau_tu <= 5e10"},
      {"trên 20 đến 50 tỷ đồng", "tong_muc_dau_tu > 2e10 and tong_muc_dau_tu <= 5e10"},
      {"20 - 50 tỷ đồng", "tong_muc_dau_tu >= 2e10 and tong_muc_dau_tu <= 5e10"},
      {"20 tỷ đồng - 50 tỷ đồng", "tong_muc_dau_tu >= 2e10 and tong_muc_dau_tu <= 5e10"},
      {"từ 20 tỷ đến 50 tỷ đồng", "tong_muc_dau_tu >= 2e10 and tong_muc_dau_tu <= 5e10"},
  };
  for (const auto& [bound, formula] : cases) {
    const std::string clause = "Quyết định các dự án có tổng mức đầu tư " + bound + ".";
    INFO(clause);
    CHECK(conditionOf(clause) == formula);
  }
}

TEST_CASE("money is read in đồng whatever the scale word and its spelling", "[model][bounds][units]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"trên 500 đồng", "gia_tri > 500"},
      {"trên 500 nghìn đồng", "gia_tri > 5e5"},
      {"trên 500 ngàn đồng", "gia_tri > 5e5"},
      {"trên 500 triệu đồng", "gia_tri > 5e8"},
      {"trên 5 tỷ đồng", "gia_tri > 5e9"},
      {"trên 5 tỉ đồng", "gia_tri > 5e9"},
      {"trên 5 tỉ", "gia_tri > 5e9"},
      {"từ 20 đến 50 tỉ đồng", "gia_tri >= 2e10 and gia_tri <= 5e10"},
      {"từ 200 đến dưới 500 ngàn đồng", "gia_tri >= 2e5 and gia_tri < 5e5"},
      {"trên 2,5 tỷ đồng", "gia_tri > 2.5e9"},
      {"trên năm trăm triệu đồng", "gia_tri > 5e8"},
  };
  for (const auto& [bound, formula] : cases) {
    const std::string clause = "Quyết định các khoản chi ngân sách có giá trị " + bound + ".";
    INFO(clause);
    CHECK(conditionOf(clause) == formula);
  }
}

TEST_CASE("an area bounds the land, in square metres, never a count of projects", "[model][bounds][units]") {
  CHECK(conditionOf("Quyết định giao đất, cho thuê đất có diện tích trên 5 ha.") == "dien_tich > 5e4");
  CHECK(conditionOf("Quyết định giao đất có diện tích từ 500 m2 đến dưới 2 ha.") ==
        "dien_tich >= 500 and dien_tich < 2e4");
  CHECK(conditionOf("Quyết định cho thuê đất trên 1.000 m² .") == "dien_tich > 1e3");
  const auto land = clauseModel("Quyết định giao đất có diện tích trên 5 ha.", kBtvDuties);
  REQUIRE(land.provisions.size() == 1);
  CHECK(land.provisions[0].matter == "dat_dai");
  CHECK(land.provisions[0].condition.atoms.at(0).number->unit == rasoat::model::Unit::squareMetre);
}

TEST_CASE("days, months, quarters, years and members are units", "[model][bounds][units]") {
  const auto report =
      clauseModel("Văn phòng Đảng ủy báo cáo Thường trực về công tác dân vận chậm nhất 5 ngày làm việc.", "Nhiệm vụ");
  REQUIRE(report.provisions.size() == 1);
  REQUIRE(report.provisions[0].deadline);
  CHECK(report.provisions[0].deadline->unit == rasoat::model::Unit::workday);
  const auto quorum = clauseModel("Hội nghị chỉ hợp lệ khi có ít nhất 2/3 tổng số đảng ủy viên đương nhiệm tham dự.",
                                  "Hội nghị Ban Chấp hành Đảng bộ");
  REQUIRE(quorum.parameters.size() == 1);
  CHECK(quorum.parameters[0].actor.id == "BCH");
  CHECK(quorum.parameters[0].kind == rasoat::model::ParameterKind::quorum);
  CHECK(rasoat::model::parameterFormula(quorum.parameters[0]) == "quorum >= 2/3");
  const auto named = clauseModel(
      "Hội nghị chỉ hợp lệ khi có ít nhất hai phần ba tổng số ủy viên Ban Thường vụ đương nhiệm tham dự.", "Nhiệm vụ");
  REQUIRE(named.parameters.size() == 1);
  CHECK(named.parameters[0].actor.id == "BTV");
}

TEST_CASE("meeting rules in other offices' words", "[model][meetings]") {
  CHECK(meetingOf("Chi bộ sinh hoạt thường lệ mỗi tháng một lần.") == "CHI_BO period_months = 1");
  CHECK(meetingOf("Thường trực Đảng ủy giao ban hằng tuần.") == "TT period_weeks = 1");
  CHECK(meetingOf("Ban Chấp hành họp ít nhất 3 tháng một lần.") == "BCH period_months <= 3");
  CHECK(meetingOf("Ban Chấp hành họp định kỳ 6 tháng/lần.") == "BCH period_months = 6");
  CHECK(meetingOf("Ban Chấp hành họp thường lệ 3 tháng/lần.") == "BCH period_months = 3");
  CHECK(meetingOf("Ban Chấp hành họp mỗi quý một lần.") == "BCH period_months = 3");
  CHECK(meetingOf("Ban Thường vụ họp 2 lần/tháng.") == "BTV period_months = 1/2");
  CHECK(meetingOf("Họp thường lệ ba tháng một lần.", "Hội nghị Ban Chấp hành Đảng bộ phường") ==
        "BCH period_months = 3");
  // A member's duty to attend a cell's meetings is no meeting rule of the member.
  CHECK(meetingOf("Bí thư dự sinh hoạt chi bộ mỗi quý một lần.") == "none");
  // A meeting named as the occasion of a yearly report is no yearly meeting (held-out commune of Điện Biên).
  CHECK(meetingOf("Hằng năm, Ban Thường vụ tổ chức sơ kết việc thực hiện Quy chế này và báo cáo Ban Chấp hành tại "
                  "kỳ họp cuối năm.") == "none");
  CHECK(meetingOf("Ban Chấp hành họp thường lệ mỗi quý một lần; báo cáo tại hội nghị cấp trên.") ==
        "BCH period_months = 3");
  // A person holds no meetings; "nơi sinh hoạt" names where a member attends (the bundled model 1256-QĐ/TW).
  CHECK(meetingOf("Hằng năm tự phê bình, kiểm điểm trước Ban Chấp hành và trước chi bộ nơi sinh hoạt.",
                  "Trách nhiệm, quyền hạn của ủy viên Ban Chấp hành") == "none");
  // A thematic meeting is no regular meeting (devset agency committee, Sở Tài chính).
  CHECK(meetingOf("Ngoài sinh hoạt thường lệ, các chi bộ trực thuộc sinh hoạt chuyên đề ít nhất mỗi quý một lần.") ==
        "none");
}

TEST_CASE("a verb-first duty takes the body of a title that says its duties or is its name alone, and no other",
          "[model][subjects]") {
  CHECK(summaries(clauseModel("Quyết định công tác dân vận.", "Nhiệm vụ, quyền hạn của Ban Thường vụ")) ==
        std::vector<std::string>{"BTV DECIDE dan_van [true]"});
  CHECK(summaries(clauseModel("Quyết định công tác dân vận.", "Chức năng của Thường trực Đảng ủy")) ==
        std::vector<std::string>{"TT DECIDE dan_van [true]"});
  // "Điều 3. Chi bộ", "Điều 5. Bí thư chi bộ": an article of the body's duties (held-out police cell).
  CHECK(summaries(clauseModel("Quyết định công tác dân vận.", "Ban Thường vụ")) ==
        std::vector<std::string>{"BTV DECIDE dan_van [true]"});
  CHECK(summaries(clauseModel("Quyết định công tác dân vận.", "Bí thư chi bộ")) ==
        std::vector<std::string>{"BT DECIDE dan_van [true]"});
  for (const char* title :
       {"Quan hệ với Ban Thường vụ Quận ủy", "Chế độ họp của Ban Chấp hành", "Ban Thường vụ và Thường trực"}) {
    INFO(title);
    const auto model = clauseModel("Báo cáo kết quả công tác dân vận.", title);
    for (const auto& provision : model.provisions) CHECK_FALSE(provision.actor.resolved());
    CHECK(model.formalisedCount() == 0);
  }
}

TEST_CASE("a cell's fund and its themed meetings are matters", "[model][matters]") {
  // Fourth held-out set, a residential cell of Huế: amounts in words, a fund.
  CHECK(summaries(clauseModel("Quyết định các khoản chi từ quỹ hoạt động của Chi bộ có giá trị dưới một triệu đồng.",
                              "Nhiệm vụ của Bí thư")) ==
        std::vector<std::string>{"BT DECIDE ngan_sach.dang.chi [gia_tri < 1e6]"});
  CHECK(summaries(clauseModel("Bí thư quyết định nội dung các buổi sinh hoạt chuyên đề của Chi bộ.", "Nhiệm vụ")) ==
        std::vector<std::string>{"BT DECIDE hop [true]"});
}

TEST_CASE("a customs committee's habits: 'có thẩm quyền', the office's head, content lists", "[model][subjects]") {
  // Sixth held-out set (Chi cục Hải quan).
  const auto listed = modelOf(
      "Điều 4. Trách nhiệm, quyền hạn của Ban Thường vụ\n"
      "3. Ban Thường vụ có thẩm quyền quyết định những việc sau đây:\n"
      "a) Thi hành kỷ luật đảng viên theo thẩm quyền;\n"
      "Điều 5. Lãnh đạo công tác cán bộ\n"
      "2. Việc điều động công chức do Chi cục trưởng quyết định sau khi có ý kiến của Ban Thường vụ.\n"
      "Điều 15. Kiểm tra, giám sát\n"
      "2. Nội dung kiểm tra, giám sát tập trung vào:\n"
      "a) Việc chấp hành nghị quyết, chỉ thị của Đảng;\n");
  const auto all = summaries(listed);
  CHECK(std::find(all.begin(), all.end(), "BTV DECIDE ky_luat [true]") != all.end());
  CHECK(std::find(all.begin(), all.end(), "LANH_DAO_DON_VI DECIDE can_bo.bo_nhiem.dieu_dong [true]") != all.end());
  for (const auto& provision : listed.provisions) CHECK(provision.source.unit.find("Điều 15") == std::string::npos);
  for (const auto& clause : listed.clauses) CHECK(clause.reason != rasoat::model::NotFormalised::noActor);
}

TEST_CASE("a short name given with 'sau đây gọi tắt là' names its body for the rest of the text",
          "[model][subjects][abbreviations]") {
  // Held-out commune of Điện Biên: "BTV Đảng ủy" is the standing committee, not "Đảng ủy".
  const auto model = modelOf(
      "Điều 1 - Giải thích từ ngữ\n"
      "1) Ban Thường vụ Đảng ủy xã, sau đây gọi tắt là BTV Đảng ủy, gồm đồng chí Bí thư và các đồng chí Phó Bí thư.\n"
      "Điều 2 - Nhiệm vụ của Thường trực Đảng ủy\n"
      "1) Thường trực Đảng ủy báo cáo BTV Đảng ủy kết quả công tác dân vận.\n"
      "2) BTV Đảng ủy quyết định công tác dân vận.\n");
  CHECK(summaries(model) == std::vector<std::string>{"TT REPORT dan_van [true] -> BTV", "BTV DECIDE dan_van [true]"});
  // In brackets, after the committee's full name.
  const auto bracketed = modelOf(
      "Điều 1. Phạm vi\n"
      "1. Quy chế này quy định trách nhiệm của Ban Chấp hành Đảng bộ xã (gọi tắt là Tập thể cấp ủy).\n"
      "Điều 2. Nhiệm vụ\n"
      "1. Tập thể cấp ủy quyết định công tác dân vận.\n");
  CHECK(summaries(bracketed) == std::vector<std::string>{"BCH DECIDE dan_van [true]"});
}

namespace {

// What the reading of a one-statement clause leaves unread, for its first provision.
std::vector<std::string> unreadOf(const std::string& clause) {
  using namespace rasoat::model;
  const Lexicon& lexicon = rasoat::testing::shippedLexicon();
  const ClauseReading reading = ClauseReader(lexicon).read(clause);
  const StatementInterpreter interpreter(lexicon, [](const Tag& tag) {
    ActorRef actor;
    actor.id = tag.meaning.id;
    return actor;
  });
  Inherited inherited;
  const StatementResult result = interpreter.interpret(reading.elements, 0, reading.elements.size(), inherited, {});
  if (result.unread.empty()) return {"no provision"};
  return result.unread.front();
}

}  // namespace

TEST_CASE("a reading names the words it did not understand around the power", "[model][certainty]") {
  CHECK(unreadOf("Ban Thường vụ quyết định các dự án có tổng mức đầu tư trên 50 tỷ đồng.").empty());
  CHECK(unreadOf("Ban Thường vụ trực tiếp quyết định công tác cán bộ.").empty());
  CHECK(unreadOf("Ban Thường vụ không ủy quyền cho Thường trực quyết định công tác cán bộ.").empty());
  CHECK(unreadOf("Theo quy định tại khoản 2 Điều 5, Ban Thường vụ quyết định công tác cán bộ.").empty());
  // An unknown word where a negation or a modality could be.
  CHECK(unreadOf("Ban Thường vụ tạm quyết định công tác cán bộ.") == std::vector<std::string>{"tạm"});
  // The model's reading: a number no bound took, a bound that fits no attribute
  // of the matter, a word before the verb; a reference is no amount.
  const auto unsure = [](const std::string& clause) {
    const auto model = clauseModel(clause, kBtvDuties);
    return !model.provisions.empty() && !model.provisions.front().reading.sure;
  };
  CHECK(unsure("Quyết định các dự án loại 3."));
  CHECK(unsure("Quyết định công tác dân vận có quy mô trên 5 ha."));
  CHECK(unsure("Ban Thường vụ tạm quyết định công tác cán bộ."));
  CHECK_FALSE(unsure("Theo khoản 2 Điều 5, quyết định các dự án có tổng mức đầu tư trên 50 tỷ đồng."));
  CHECK_FALSE(unsure("Ban Thường vụ không ủy quyền cho Thường trực quyết định công tác cán bộ."));
}
