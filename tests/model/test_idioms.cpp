#include <catch2/catch.hpp>

#include "support/model_helpers.h"

using rasoat::testing::clauseModel;
using rasoat::testing::summaries;
using namespace rasoat::model;

namespace {

struct Case {
  const char* clause;
  std::vector<std::string> expected;
};

void checkAll(const std::vector<Case>& cases, const char* title = "Trách nhiệm, quyền hạn của Ban Thường vụ") {
  for (const Case& c : cases) {
    INFO(c.clause);
    CHECK(summaries(clauseModel(c.clause, title)) == c.expected);
  }
}

}  // namespace

TEST_CASE("comparison idioms give exact boundaries", "[model][idioms]") {
  checkAll({
      {"Quyết định các dự án có tổng mức đầu tư trên 50 tỷ đồng.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu > 5e10]"}},
      {"Quyết định các dự án có tổng mức đầu tư hơn 50 tỷ đồng.", {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu > 5e10]"}},
      {"Quyết định các dự án có tổng mức đầu tư từ 50 tỷ đồng trở lên.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu >= 5e10]"}},
      {"Quyết định các dự án có tổng mức đầu tư 50 tỷ đồng trở lên.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu >= 5e10]"}},
      {"Quyết định các dự án có tổng mức đầu tư không dưới 50 tỷ đồng.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu >= 5e10]"}},
      {"Quyết định các dự án có tổng mức đầu tư ít nhất 50 tỷ đồng.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu >= 5e10]"}},
      {"Quyết định các dự án có tổng mức đầu tư tối thiểu 50 tỷ đồng.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu >= 5e10]"}},
      {"Quyết định các dự án có tổng mức đầu tư dưới 50 tỷ đồng.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu < 5e10]"}},
      {"Quyết định các dự án có tổng mức đầu tư chưa đến 50 tỷ đồng.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu < 5e10]"}},
      {"Quyết định các dự án có tổng mức đầu tư không quá 50 tỷ đồng.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu <= 5e10]"}},
      {"Quyết định các dự án có tổng mức đầu tư tối đa 50 tỷ đồng.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu <= 5e10]"}},
      {"Quyết định các dự án có tổng mức đầu tư không vượt quá 50 tỷ đồng.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu <= 5e10]"}},
      {"Quyết định các dự án có tổng mức đầu tư từ 50 tỷ đồng trở xuống.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu <= 5e10]"}},
      {"Quyết định các dự án có tổng mức đầu tư từ 20 tỷ đồng đến 50 tỷ đồng.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu >= 2e10 and tong_muc_dau_tu <= 5e10]"}},
      {"Quyết định các dự án có tổng mức đầu tư từ 20 đến dưới 100 tỷ đồng.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu >= 2e10 and tong_muc_dau_tu < 1e11]"}},
      {"Quyết định các dự án có tổng mức đầu tư bằng 50 tỷ đồng.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu = 5e10]"}},
  });
}

TEST_CASE("numbers as offices write them, and money units", "[model][idioms]") {
  checkAll({
      {"Quyết định các dự án có tổng mức đầu tư từ 1.500 tỷ đồng trở lên.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu >= 1.5e12]"}},
      {"Quyết định các dự án có tổng mức đầu tư trên 2,5 tỷ đồng.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu > 2.5e9]"}},
      {"Quyết định các dự án có tổng mức đầu tư dưới 500 triệu đồng.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu < 5e8]"}},
      {"Quyết định các dự án có tổng mức đầu tư trên mười lăm tỷ đồng.",
       {"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu > 1.5e10]"}},
      {"Quyết định các khoản chi ngân sách có giá trị trên 300 triệu đồng.",
       {"BTV DECIDE ngan_sach.dang.chi [gia_tri > 3e8]"}},
  });
}

TEST_CASE("categorical conditions and exceptions", "[model][idioms]") {
  checkAll({
      {"Quyết định bổ nhiệm cán bộ thuộc diện Ban Thường vụ quản lý.",
       {"BTV DECIDE can_bo.bo_nhiem.bo_nhiem [dien_quan_ly = BTV]"}},
      {"Giữa hai kỳ họp, quyết định các vấn đề về quốc phòng, an ninh.",
       {"BTV DECIDE quoc_phong [giua_hai_ky_hop = true]", "BTV DECIDE an_ninh [giua_hai_ky_hop = true]"}},
      {"Quyết định chủ trương về công tác dân tộc, trừ trường hợp khẩn cấp.",
       {"BTV DECIDE dan_toc [not khan_cap = true]"}},
  });
}

TEST_CASE("subjects: explicit, from the article title, joint", "[model][idioms]") {
  CHECK(summaries(clauseModel("Thường trực Đảng ủy quyết định công tác dân vận.", "Nhiệm vụ")) ==
        std::vector<std::string>{"TT DECIDE dan_van [true]"});
  CHECK(summaries(clauseModel("Quyết định công tác dân vận.", "Trách nhiệm, quyền hạn của Thường trực Đảng ủy")) ==
        std::vector<std::string>{"TT DECIDE dan_van [true]"});
  CHECK(summaries(clauseModel("Ban Thường vụ và Thường trực quyết định công tác dân vận.", "Nhiệm vụ")) ==
        std::vector<std::string>{"BTV DECIDE dan_van [true]", "TT DECIDE dan_van [true]"});
  auto joint = clauseModel("Ban Thường vụ và Thường trực quyết định công tác dân vận.", "Nhiệm vụ");
  CHECK(joint.provisions.at(0).jointWith == std::vector<std::string>{"TT"});
  // A title naming two bodies gives no subject: the clause is not formalised rather than guessed.
  auto ambiguous = clauseModel("Quyết định công tác dân vận.", "Trách nhiệm của Bí thư, Phó Bí thư");
  CHECK(ambiguous.formalisedCount() == 0);
}

TEST_CASE("a subordinate clause keeps its bodies and verbs, and a comma after it closes it", "[model][idioms]") {
  // "trước khi trình A hoặc B cho chủ trương": A and B decide later, not here (held-out Bắc Ninh ward).
  const auto later =
      summaries(clauseModel("Ủy ban nhân dân phường đề xuất danh mục dự án đầu tư, trình Thường trực "
                            "Đảng ủy cho ý kiến trước khi trình Ban Thường vụ hoặc Thường trực Đảng ủy "
                            "cho chủ trương.",
                            "Nhiệm vụ"));
  REQUIRE_FALSE(later.empty());
  for (const std::string& provision : later) CHECK(provision.rfind("UBND PROPOSE", 0) == 0);
  // "đã được Ban Chấp hành thông qua, Ủy ban nhân dân đề xuất": the subject after the comma acts.
  CHECK(summaries(clauseModel("Trên cơ sở kế hoạch đã được Ban Chấp hành thông qua, Ủy ban nhân dân phường đề xuất "
                              "danh mục dự án đầu tư.",
                              "Nhiệm vụ")) == std::vector<std::string>{"UBND PROPOSE dau_tu.du_an [true]"});
  // "Được Ban Chấp hành phân công phụ trách chi bộ": the subject is assigned; no delegation is stated.
  for (const std::string& provision : summaries(clauseModel("Được Ban Chấp hành phân công phụ trách chi bộ trực thuộc.",
                                                            "Trách nhiệm, quyền hạn của ủy viên Ban Chấp hành")))
    CHECK(provision.find("DELEGATE") == std::string::npos);
  // "khi được Ban Thường vụ Tỉnh ủy ủy quyền": the upper body delegates, not the subject (Đà Lạt university).
  for (const std::string& provision :
       summaries(clauseModel("Xem xét, quyết định kết nạp đảng viên khi được Ban Thường vụ Tỉnh ủy ủy quyền.",
                             "Nhiệm vụ của Ban Thường vụ")))
    CHECK(provision.find("DELEGATE") == std::string::npos);
  // "trước khi Giám đốc phê duyệt": a body no lexicon names approves later, not the subject (Cần Thơ hospital).
  CHECK(summaries(clauseModel("Ban Thường vụ cho ý kiến về kế hoạch mua sắm tài sản hằng năm trước khi Giám đốc "
                              "phê duyệt.",
                              "Nhiệm vụ")) == std::vector<std::string>{"BTV ADVISE dau_tu.mua_sam [true]"});
}

TEST_CASE("points take their subject from the clause, and listed matters complete its powers", "[model][idioms]") {
  auto model = rasoat::testing::modelOf(
      "Điều 6. Những vấn đề không được ủy quyền\n"
      "1. Ban Chấp hành không được ủy quyền cho Ban Thường vụ quyết định những vấn đề sau:\n"
      "a) Chương trình công tác toàn khóa;\nb) Chủ trương đầu tư các dự án có tổng mức đầu tư từ 30 tỷ đồng trở lên.\n"
      "2. Ban Thường vụ có trách nhiệm:\na) Lãnh đạo công tác quốc phòng;\nb) Kiểm tra công tác dân vận.\n");
  CHECK(summaries(model) == std::vector<std::string>{
                                "BCH DELEGATE chuong_trinh_cong_tac [true] -> BTV",
                                "BCH DELEGATE dau_tu.du_an [tong_muc_dau_tu >= 3e10] -> BTV",
                                "BTV DIRECT quoc_phong [true]",
                                "BTV SUPERVISE dan_van [true]",
                            });
  CHECK(model.provisions.at(0).deontic == rasoat::model::Deontic::prohibition);
  CHECK(model.formalisedCount() == model.clauseCount());
}

TEST_CASE("leading bodies to do a thing directs that thing; being led directs nothing", "[model][idioms]") {
  // Fourth held-out set (special zone), devset village cell.
  CHECK(summaries(clauseModel("Đảng ủy lãnh đạo Hội đồng nhân dân, Ủy ban nhân dân thực hiện nghị quyết của Đảng "
                              "ủy.",
                              "Nhiệm vụ")) == std::vector<std::string>{"BCH DIRECT nghi_quyet [true]"});
  // Bodies the lexicon does not know are led all the same (devset, agency and enterprise committees).
  CHECK(summaries(clauseModel("Ban Thường vụ lãnh đạo Công đoàn cơ sở, Đoàn Thanh niên cơ quan thực hiện nghị quyết "
                              "của Đảng ủy.",
                              "Nhiệm vụ")) == std::vector<std::string>{"BTV DIRECT nghi_quyet [true]"});
  // A matter between the verbs ends the direction: two duties.
  CHECK(summaries(clauseModel("Lãnh đạo công tác dân vận, thực hiện nghị quyết.", "Nhiệm vụ của Ban Thường vụ")) ==
        std::vector<std::string>{"BTV DIRECT dan_van [true]", "BTV EXECUTE nghi_quyet [true]"});
  const auto led = clauseModel("Chi bộ chịu sự lãnh đạo trực tiếp của Đảng ủy phường.", "Nhiệm vụ");
  for (const auto& provision : led.provisions) CHECK(provision.modality != rasoat::model::Modality::DIRECT);
}

// Devset (village cell, enterprise): "lãnh đạo thực hiện" was read as a
// direction and an execution of its own.
TEST_CASE("leading the doing of a thing directs it and does not do it", "[model][idioms]") {
  checkAll({
      {"Lãnh đạo thực hiện nghị quyết của Đảng ủy và nhiệm vụ phát triển kinh tế - xã hội.",
       {"BTV DIRECT nghi_quyet [true]", "BTV DIRECT kinh_te_xa_hoi [true]"}},
      {"Lãnh đạo, chỉ đạo tổ chức thực hiện công tác dân vận.", {"BTV DIRECT dan_van [true]"}},
  });
  // Two verbs joined by "và" stay two powers.
  CHECK(summaries(clauseModel("Lãnh đạo và tổ chức thực hiện công tác dân vận.", "Nhiệm vụ của Ban Thường vụ")) ==
        std::vector<std::string>{"BTV DIRECT dan_van [true]", "BTV EXECUTE dan_van [true]"});
}

// Devset (commune, province, ward, enterprise): the topics of a resolution
// were read as powers over economy, defence and party building.
TEST_CASE("what a resolution is about is not a matter of the clause; what a policy is about is", "[model][idioms]") {
  checkAll({
      {"Thông qua nghị quyết chuyên đề về phát triển kinh tế - xã hội, quốc phòng, an ninh và xây dựng Đảng.",
       {"BTV DECIDE nghi_quyet [true]"}},
      {"Lãnh đạo thực hiện nghị quyết của Đảng ủy về sản xuất kinh doanh, đầu tư phát triển; kiểm tra công tác "
       "quốc phòng.",
       {"BTV DIRECT nghi_quyet [true]", "BTV SUPERVISE quoc_phong [true]"}},
      {"Quyết định chủ trương về công tác dân vận.", {"BTV DECIDE dan_van [true]"}},
      {"Thông qua nghị quyết của chi bộ và nhiệm vụ phát triển kinh tế - xã hội.",
       {"BTV DECIDE nghi_quyet [true]", "BTV DECIDE kinh_te_xa_hoi [true]"}},
  });
}

// Devset and fixed-against sets: a report after ";" with only its recipient
// and its time ("báo cáo Ban Thường vụ tại phiên họp gần nhất") reports on
// what the statement before it decided.
TEST_CASE("a report with no object of its own reports on what was said before it", "[model][idioms]") {
  checkAll({
      {"Quyết định điều động cán bộ; báo cáo Ban Chấp hành tại kỳ họp gần nhất.",
       {"BTV DECIDE can_bo.bo_nhiem.dieu_dong [true]", "BTV REPORT can_bo.bo_nhiem.dieu_dong [true] -> BCH"}},
      {"Theo dõi, kiểm tra việc thực hiện Quy chế; cuối năm báo cáo Ban Chấp hành.",
       {"BTV SUPERVISE quy_che [true]", "BTV REPORT quy_che [true] -> BCH"}},
      {"Báo cáo Ban Chấp hành kết quả kiểm tra, giám sát.", {"BTV REPORT ky_luat [true] -> BCH"}},
  });
}

// Devset and fixed-against sets: "Giúp Bí thư giải quyết công việc hằng ngày"
// under the Phó Bí thư's article was read as the Bí thư's power.
TEST_CASE("the body one helps is not the subject", "[model][idioms]") {
  const auto helped = clauseModel("Giúp Bí thư giải quyết công việc hằng ngày của Đảng ủy.",
                                  "Trách nhiệm, quyền hạn của Phó Bí thư Thường trực");
  REQUIRE_FALSE(helped.provisions.empty());
  for (const auto& provision : helped.provisions) CHECK(provision.actor.id == "PBT_TT");
}

TEST_CASE("the voting verbs of a vote rule grant no power", "[model][idioms]") {
  const auto vote = clauseModel(
      "Nghị quyết, quyết định của Ban Chấp hành được thông qua khi có trên 50% tổng số ủy "
      "viên Ban Chấp hành đương nhiệm biểu quyết tán thành.",
      "Chế độ họp");
  CHECK(vote.provisions.empty());
  REQUIRE(vote.parameters.size() == 1);
  CHECK(vote.parameters[0].kind == ParameterKind::voteThreshold);
  CHECK(vote.parameters[0].actor.id == "BCH");  // the members counted do not vote as a body
}

TEST_CASE("several verbs on one object are several powers", "[model][idioms]") {
  CHECK(summaries(clauseModel("Lãnh đạo, chỉ đạo, kiểm tra công tác quốc phòng.", "Trách nhiệm của Ban Thường vụ")) ==
        std::vector<std::string>{"BTV DIRECT quoc_phong [true]", "BTV SUPERVISE quoc_phong [true]"});
}

// Regression: "biện pháp" was read as a second verb, so the clause decided
// nothing and the planted H001 at ngoc-thuy.qc:65 was lost.
TEST_CASE("a decision on measures (chủ trương, biện pháp …) decides the matter they are about", "[model][idioms]") {
  checkAll({
      {"Quyết định chủ trương, biện pháp giải quyết các vấn đề phức tạp về dân tộc phát sinh trên địa bàn.",
       {"BTV DECIDE dan_toc [true]"}},
      {"Quyết định chủ trương, biện pháp cụ thể lãnh đạo công tác quốc phòng.", {"BTV DECIDE quoc_phong [true]"}},
  });
  CHECK(
      clauseModel("Quyết định chủ trương, biện pháp cụ thể lãnh đạo công tác quốc phòng.", "Nhiệm vụ của Ban Thường vụ")
          .provisions.at(0)
          .reading.sure);
}

// Held-out set, 2026-12-05: "nếu có vướng mắc, Ban Thường vụ tổng hợp" was a C001.
TEST_CASE("a clause naming a body where a subject stands is read in part, not a clause without an actor",
          "[model][idioms]") {
  const auto named = clauseModel(
      "Trong quá trình thực hiện, nếu có vướng mắc, Ban Thường vụ tổng hợp, trình Ban Chấp hành xem xét, sửa đổi.",
      "Hiệu lực thi hành");
  REQUIRE(named.clauses.size() == 1);
  REQUIRE(named.clauses[0].reason);
  // (Since "quá trình" is read as a process, the submission "trình Ban Chấp
  // hành" has its subject; what is submitted is left unnamed.)
  CHECK(rasoat::model::notFormalisedName(*named.clauses[0].reason) == "no matter");
  // A body after the verb is its recipient: the duty still names nobody.
  const auto recipient = clauseModel("Phải báo cáo kịp thời với Thường trực Đảng ủy.", "Chế độ thông tin, báo cáo");
  REQUIRE(recipient.clauses.size() == 1);
  REQUIRE(recipient.clauses[0].reason);
  CHECK(rasoat::model::notFormalisedName(*recipient.clauses[0].reason) == "no actor");
  // Nor do the bodies listed after the verb ("cán bộ, đảng viên"): held-out dang-uy-co-quan-dang-gia-lai:132.
  const auto listed = clauseModel(
      "Định kỳ hằng quý, chậm nhất ngày 20 của tháng cuối quý, phải gửi báo cáo bằng văn bản về Văn phòng Đảng ủy "
      "tình hình tư tưởng của cán bộ, đảng viên và hoạt động của tổ chức đảng.",
      "Chế độ thông tin, báo cáo");
  REQUIRE(listed.clauses.size() == 1);
  REQUIRE(listed.clauses[0].reason);
  CHECK(rasoat::model::notFormalisedName(*listed.clauses[0].reason) == "no actor");
}

// Held-out set, 2026-12-05: an O001 rested on a purchase power whose limit was not read.
TEST_CASE("a power limited 'trong phạm vi …' is read, but not surely", "[model][idioms]") {
  const char* const kTitle = "Trách nhiệm, quyền hạn của Ban Thường vụ";
  const auto model =
      clauseModel("Quyết định công tác dân vận trong phạm vi kế hoạch đã được Ban Chấp hành thông qua.", kTitle);
  REQUIRE_FALSE(model.provisions.empty());
  CHECK_FALSE(model.provisions[0].reading.sure);
  CHECK(model.provisions[0].reading.notUnderstood == std::vector<std::string>{"trong phạm vi kế hoạch"});
  CHECK(clauseModel("Quyết định công tác dân vận.", kTitle).provisions.at(0).reading.sure);
}

TEST_CASE("reporting and delegation name their recipient", "[model][idioms]") {
  checkAll({
      {"Báo cáo Ban Chấp hành kết quả công tác dân vận tại kỳ họp gần nhất.", {"BTV REPORT dan_van [true] -> BCH"}},
      {"Ủy quyền cho Thường trực Đảng ủy quyết định công tác khen thưởng.",
       {"BTV DELEGATE can_bo.khen_thuong [true] -> TT"}},
      {"Chịu trách nhiệm trước Ban Chấp hành về công tác dân vận.", {"BTV ACCOUNTABLE dan_van [true] -> BCH"}},
  });
}

TEST_CASE("deontic markers", "[model][idioms]") {
  using rasoat::model::Deontic;
  CHECK(clauseModel("Ban Thường vụ phải báo cáo Ban Chấp hành về công tác dân vận.").provisions.at(0).deontic ==
        Deontic::obligation);
  CHECK(
      clauseModel("Ban Thường vụ có trách nhiệm báo cáo Ban Chấp hành về công tác dân vận.").provisions.at(0).deontic ==
      Deontic::obligation);
  CHECK(clauseModel("Ban Thường vụ được quyết định công tác dân vận.").provisions.at(0).deontic == Deontic::permission);
  CHECK(clauseModel("Ban Thường vụ không được quyết định công tác dân vận.").provisions.at(0).deontic ==
        Deontic::prohibition);
}

TEST_CASE("an upper-level body is told apart from the document's own", "[model][idioms]") {
  auto model = clauseModel("Ban Thường vụ Quận ủy quyết định công tác cán bộ.", "Nhiệm vụ");
  REQUIRE(model.provisions.size() == 1);
  CHECK(model.provisions[0].actor.id == "BTV");
  CHECK(model.provisions[0].actor.organisation == Organisation::upper);
  CHECK(clauseModel("Ban Thường vụ Đảng ủy quyết định công tác cán bộ.", "Nhiệm vụ")
            .provisions.at(0)
            .actor.organisation == Organisation::own);
}

// Devset, agency committee and sets 7–8: "Thường trực Tỉnh ủy" was an alias of
// the document's own Thường trực, "Ban Thường vụ Đảng ủy Khối" of its own Ban
// Thường vụ, and "Đảng ủy xã" was the document's own even in a cell's regulation.
TEST_CASE("a body is placed by the organisation word after it, against the document's level", "[model][idioms]") {
  const auto ward = clauseModel(
      "Ban Thường vụ báo cáo Thường trực Thành ủy; đề nghị Ban Thường vụ Đảng ủy Khối "
      "xem xét công tác cán bộ.",
      "Nhiệm vụ");
  REQUIRE(ward.provisions.size() >= 2);
  CHECK(ward.provisions[0].recipient->id == "TT");
  CHECK(ward.provisions[0].recipient->organisation == Organisation::upper);
  CHECK(ward.provisions[1].recipient->id == "BTV");
  CHECK(ward.provisions[1].recipient->organisation == Organisation::upper);
  const auto cell = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC CỦA CHI BỘ THÔN ĐỒNG TIẾN\n\nĐiều 1. Nhiệm vụ của Chi ủy\n"
      "1. Chi ủy báo cáo Thường trực Đảng ủy xã kết quả công tác hằng tháng.\n");
  REQUIRE(cell.provisions.size() == 1);
  CHECK(cell.provisions[0].recipient->organisation == Organisation::upper);
  const auto province = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC CỦA TỈNH ỦY HÀ GIANG\n\nĐiều 1. Giải thích từ ngữ\n"
      "1. Thường trực Tỉnh ủy gồm Bí thư, các Phó Bí thư.\n"
      "Điều 2. Nhiệm vụ của Thường trực Tỉnh ủy\n1. Quyết định công tác dân vận.\n");
  // "gồm" describes a known body; it does not make "Thường trực Tỉnh ủy" a name of the Bí thư.
  REQUIRE(province.provisions.size() == 1);
  CHECK(province.provisions[0].actor.id == "TT");
  CHECK(province.provisions[0].actor.organisation == Organisation::own);
}

// Sets fixed against (village, school and company cells): "chịu trách nhiệm
// trước Đảng ủy xã", "báo cáo Đảng ủy phường" had no recipient, because the
// organisation phrase "Đảng ủy xã" hid the committee it begins with.
TEST_CASE("an organisation phrase that begins with a body's name is that body of that level", "[model][idioms]") {
  const auto cell = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC CỦA CHI BỘ THÔN ĐỒNG TIẾN\n\nĐiều 1. Nhiệm vụ của Chi bộ\n"
      "1. Chi bộ chịu trách nhiệm trước Đảng ủy xã về hoạt động của chi bộ.\n"
      "2. Chi bộ báo cáo Đảng ủy phường tình hình hoạt động của Chi bộ hằng tháng.\n");
  REQUIRE(cell.provisions.size() == 2);
  for (const auto& provision : cell.provisions) {
    REQUIRE(provision.recipient);
    CHECK(provision.recipient->id == "BCH");
    CHECK(provision.recipient->organisation == Organisation::upper);
    CHECK(provision.matter == "to_chuc_dang");
  }
}

// Devset ward: "Các chi bộ … trực thuộc Đảng uỷ phường xây dựng quy chế" gave
// the ward's committee the task of its cells.
TEST_CASE("a body after 'trực thuộc' is not the subject", "[model][idioms]") {
  CHECK(summaries(clauseModel("Các chi bộ trực thuộc Đảng ủy xây dựng quy chế làm việc của chi bộ.", "Hiệu lực")) ==
        std::vector<std::string>{"CHI_BO EXECUTE quy_che [true]"});
  // Six cells' closing articles: "Chi ủy, các đảng viên trong Chi bộ có trách nhiệm thực hiện Quy chế này".
  CHECK(summaries(clauseModel("Các đảng viên trong Chi bộ có trách nhiệm thực hiện Quy chế này.", "Hiệu lực")) ==
        std::vector<std::string>{"DANG_VIEN EXECUTE quy_che [true]"});
}

// Eighth set (rubber company): the title "Phó Bí thư Đảng ủy, Tổng giám đốc
// Công ty" named two bodies, so its clauses had no subject (four false C001).
TEST_CASE("a party post and an office after a comma are one person; with 'và' two", "[model][idioms]") {
  checkAll({{"Tổ chức triển khai nghị quyết của Đảng ủy.", {"PBT EXECUTE nghi_quyet [true]"}}},
           "Phó Bí thư Đảng ủy, Tổng giám đốc Công ty");
  CHECK(summaries(clauseModel("Phó Bí thư, Giám đốc quyết định công tác dân vận.")) ==
        std::vector<std::string>{"PBT DECIDE dan_van [true]"});
  CHECK(summaries(clauseModel("Phó Bí thư và Giám đốc quyết định công tác dân vận.")).size() == 2);
}

// Eighth set (rubber company): "quyết định chương trình công tác hằng quý của
// Ban Thường vụ" was a false H001 against the parent's "chương trình công tác
// … của Ban Chấp hành".
TEST_CASE("a body deciding its own programme is read, but not surely", "[model][idioms]") {
  const auto own = clauseModel("Quyết định chương trình công tác hằng quý của Ban Thường vụ.",
                               "Trách nhiệm, quyền hạn của Ban Thường vụ");
  REQUIRE(own.provisions.size() == 1);
  CHECK_FALSE(own.provisions[0].reading.sure);
  const auto other =
      clauseModel("Quyết định chương trình công tác của Ban Chấp hành.", "Trách nhiệm, quyền hạn của Ban Thường vụ");
  REQUIRE(other.provisions.size() == 1);
  CHECK(other.provisions[0].reading.sure);
}

TEST_CASE("meetings, quorums and votes are parameters", "[model][idioms]") {
  auto meeting = clauseModel("Ban Chấp hành họp thường lệ 3 tháng một lần.", "Chế độ họp");
  REQUIRE(meeting.parameters.size() == 1);
  CHECK(meeting.parameters[0].actor.id == "BCH");
  CHECK(meeting.parameters[0].kind == ParameterKind::meetingFrequency);
  CHECK(meeting.parameters[0].value.formula() == "3");
  CHECK(meeting.parameters[0].value.unit == Unit::month);
  auto quarterly = clauseModel("Ban Chấp hành họp thường lệ hằng quý.", "Chế độ họp");
  CHECK(quarterly.parameters.at(0).value.formula() == "3");
  auto quorum = clauseModel("Hội nghị Ban Chấp hành chỉ hợp lệ khi có ít nhất 2/3 số ủy viên tham dự.", "Chế độ họp");
  REQUIRE(quorum.parameters.size() == 1);
  CHECK(quorum.parameters[0].kind == ParameterKind::quorum);
  CHECK(quorum.parameters[0].op == Comparison::ge);
  CHECK(quorum.parameters[0].value.formula() == "2/3");
  // One rule for two bodies, in either order (fourth held-out set, Đà Lạt university).
  for (const char* both : {"Hội nghị Ban Chấp hành, phiên họp Ban Thường vụ chỉ hợp lệ khi có ít nhất 2/3 tổng số ủy "
                           "viên đương nhiệm tham dự.",
                           "Phiên họp Ban Thường vụ, hội nghị Ban Chấp hành chỉ hợp lệ khi có ít nhất 2/3 số ủy viên "
                           "tham dự."}) {
    INFO(both);
    const auto shared = clauseModel(both, "Chế độ họp");
    REQUIRE(shared.parameters.size() == 2);
    CHECK(shared.parameters[0].actor.id != shared.parameters[1].actor.id);
  }
  // The bound split around the members (fifth held-out set, a bank's committee).
  const auto around = clauseModel(
      "Hội nghị Ban Chấp hành chỉ được tiến hành khi có từ 2/3 tổng số ủy viên Ban Chấp "
      "hành đương nhiệm trở lên có mặt.",
      "Chế độ họp");
  REQUIRE(around.parameters.size() == 1);
  CHECK(around.parameters[0].kind == ParameterKind::quorum);
  CHECK(around.parameters[0].op == Comparison::ge);
  CHECK(around.parameters[0].value.formula() == "2/3");
  // "theo đề nghị của Bí thư" names no owner of the meeting rule.
  const auto asked =
      clauseModel("Ban Thường vụ, theo đề nghị của Bí thư, họp thường lệ mỗi tháng một lần.", "Chế độ họp");
  REQUIRE(asked.parameters.size() == 1);
  CHECK(asked.parameters[0].actor.id == "BTV");
  auto vote = clauseModel("Nghị quyết của Ban Thường vụ được quá nửa tổng số ủy viên đồng ý.", "Biểu quyết");
  REQUIRE(vote.parameters.size() == 1);
  CHECK(vote.parameters[0].actor.id == "BTV");
  CHECK(vote.parameters[0].kind == ParameterKind::voteThreshold);
  CHECK(vote.parameters[0].op == Comparison::gt);
  CHECK(vote.parameters[0].value.formula() == "1/2");
  auto words =
      clauseModel("Hội nghị Ban Thường vụ chỉ hợp lệ khi có ít nhất hai phần ba số ủy viên tham dự.", "Chế độ họp");
  CHECK(words.parameters.at(0).value.formula() == "2/3");
}

TEST_CASE("deadlines and frequencies of tasks", "[model][idioms]") {
  auto model = clauseModel(
      "Văn phòng Đảng ủy báo cáo Thường trực Đảng ủy về công tác dân vận trong thời hạn 10 ngày làm việc.", "Nhiệm vụ");
  REQUIRE(model.provisions.size() == 1);
  REQUIRE(model.provisions[0].deadline);
  CHECK(model.provisions[0].deadline->formula() == "10");
  CHECK(model.provisions[0].deadline->unit == Unit::workday);
}

TEST_CASE("what cannot be read is not formalised, never guessed", "[model][idioms]") {
  auto noActor = clauseModel("Phải báo cáo kịp thời những vụ việc phức tạp.", "Nhiệm vụ");
  CHECK(noActor.formalisedCount() == 0);
  CHECK(noActor.clauses.at(0).reason == NotFormalised::noActor);
  auto vague = clauseModel("Các cơ quan liên quan quyết định công tác dân vận.", "Nhiệm vụ");
  CHECK(vague.formalisedCount() == 0);
  CHECK(vague.clauses.at(0).reason == NotFormalised::vagueActor);
  auto declarative = clauseModel("Quy chế này có hiệu lực từ ngày ký.", "Hiệu lực");
  CHECK(declarative.formalisedCount() == 0);
}

// Every set's keys (102 units of the sets fixed against): "Chịu trách nhiệm
// trước Ban Chấp hành về lĩnh vực được phân công" names no matter, so the clause
// is not formalised (language.md §3: subject, power and matter all resolved),
// though its recipient is known; a clause is formalised only when every power
// it gives is. A clause with one power read whole is never "no actor" (C001).
TEST_CASE("a clause is formalised when every power it gives has its subject and its matter", "[model][idioms]") {
  auto accountable =
      clauseModel("Chịu trách nhiệm trước Ban Chấp hành về lĩnh vực được phân công.", "Nhiệm vụ của Bí thư");
  REQUIRE(accountable.provisions.size() == 1);
  CHECK(accountable.provisions[0].recipient);
  CHECK(accountable.formalisedCount() == 0);
  CHECK(accountable.clauses.at(0).reason == NotFormalised::noMatter);
  auto half =
      clauseModel("Quyết định công tác dân vận; chịu trách nhiệm trước Ban Chấp hành về lĩnh vực được phân công.",
                  "Nhiệm vụ của Bí thư");
  CHECK(half.formalisedCount() == 0);
  CHECK(half.clauses.at(0).reason != NotFormalised::noActor);
  CHECK(clauseModel("Quyết định công tác dân vận.", "Nhiệm vụ của Bí thư").formalisedCount() == 1);
}

// Held-out set, 2026-12-05: "giá trị" is ngân sách's attribute phrase, but said of a purchase it is the
// purchase's value; the amounts were left unread and two O001 were missed.
TEST_CASE("a generic attribute phrase measures the matter of its clause", "[model][idioms]") {
  checkAll({
      {"Quyết định mua sắm tài sản có giá trị từ 500 triệu đồng trở lên.",
       {"BTV DECIDE dau_tu.mua_sam [gia_tri_mua_sam >= 5e8]"}},
      {"Quyết định mua sắm tài sản có giá trị mua sắm dưới 150 triệu đồng.",
       {"BTV DECIDE dau_tu.mua_sam [gia_tri_mua_sam < 1.5e8]"}},
  });
  CHECK(clauseModel("Quyết định mua sắm tài sản có giá trị từ 500 triệu đồng trở lên.", "Nhiệm vụ của Ban Thường vụ")
            .provisions.at(0)
            .reading.sure);
}

// Sets fixed against (a border post's and a quarter's cells): "nghe Ban Chỉ huy
// Đồn báo cáo công khai tài chính" gave the cell, or the body heard, a duty to
// report; "chuẩn bị nội dung sinh hoạt chi bộ", "họp chi ủy" named no matter.
TEST_CASE("a report heard is no duty; the content of a cell's meeting is a meeting", "[model][idioms]") {
  CHECK(summaries(clauseModel("Chi bộ nghe Ủy ban nhân dân báo cáo công tác dân vận.", "Nhiệm vụ của Chi bộ")) ==
        std::vector<std::string>{"CHI_BO SUPERVISE dan_van [true]"});
  CHECK(summaries(clauseModel("Hằng quý nghe Ban Chỉ huy Đồn báo cáo công tác dân vận.", "Nhiệm vụ của Chi bộ")) ==
        std::vector<std::string>{"CHI_BO SUPERVISE dan_van [true]"});
  // The opinion given on the report heard is the hearer's; the report is heard.
  CHECK(summaries(clauseModel("Chi bộ nghe Ủy ban nhân dân báo cáo và cho ý kiến về công tác dân vận.",
                              "Nhiệm vụ của Chi bộ")) ==
        std::vector<std::string>{"CHI_BO SUPERVISE dan_van [true]", "CHI_BO ADVISE dan_van [true]"});
  CHECK(summaries(clauseModel("Chuẩn bị nội dung sinh hoạt chi bộ; chủ trì họp chi ủy.", "Nhiệm vụ của Bí thư")) ==
        std::vector<std::string>{"BT EXECUTE hop [true]"});  // one provision per distinct reading
}

// Eleventh held-out set, first run (a provincial police's committee, clean):
// points "a/", "b/" were text of their clause; "Thi hành kỷ luật" under "không
// ủy quyền … quyết định các vấn đề sau:" handed over an execution, not the
// decision; "Báo cáo định kỳ của các tổ chức cơ sở đảng gồm các nội dung sau:"
// made its points duties without a subject (three false C001); "tình hình tư
// tưởng của cán bộ, đảng viên" made the members the subject of the report.
TEST_CASE("lists of decisions and of contents and a body listed after 'của'", "[model][idioms]") {
  const auto decisions = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC CỦA ĐẢNG ỦY A\n\nĐiều 1. Nhiệm vụ của Ban Thường vụ\n"
      "1. Ban Thường vụ quyết định các vấn đề sau:\na/ Thi hành kỷ luật đảng viên;\nb/ Bầu các chức danh.\n"
      "2. Ban Thường vụ không ủy quyền cho Thường trực quyết định các vấn đề sau:\na/ Thi hành kỷ luật đảng viên.\n");
  std::vector<std::string> read;
  for (const auto& p : decisions.provisions)
    read.push_back(p.actor.id.value_or("?") + " " + std::string(modalityName(p.modality)) + " " +
                   p.matter.value_or("?") +
                   (p.delegated ? " handing over " + std::string(modalityName(*p.delegated)) : ""));
  CHECK(std::count(read.begin(), read.end(), "BTV DECIDE ky_luat") == 1);
  CHECK(std::count(read.begin(), read.end(), "BTV DELEGATE ky_luat handing over DECIDE") == 1);
  const auto contents = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC CỦA ĐẢNG ỦY A\n\nĐiều 1. Chế độ báo cáo\n"
      "1. Báo cáo định kỳ của các tổ chức cơ sở đảng gồm các nội dung sau:\n"
      "a) Tình hình xây dựng tổ chức đảng, quản lý đảng viên;\nb) Những khó khăn, kiến nghị, đề xuất với Ban Thường "
      "vụ.\n");
  CHECK(contents.provisions.empty());
  for (const auto& clause : contents.clauses) CHECK(clause.reason != NotFormalised::noActor);
  const auto noSubject =
      clauseModel("Định kỳ hằng tháng, phải tổng hợp tình hình tư tưởng của cán bộ, đảng viên, báo cáo Ban Thường vụ.",
                  "Chế độ thông tin, báo cáo");
  for (const auto& provision : noSubject.provisions) CHECK_FALSE(provision.actor.id);
  CHECK(noSubject.clauses.at(0).reason == NotFormalised::noActor);  // C001, as planted
}

// Eleventh held-out set (a primary school's cell): "nghe Ban Chấp hành Công đoàn
// nhà trường báo cáo" made the party's Ban Chấp hành a body of the cell (two
// false G004); the mass organisations are đoàn thể.
TEST_CASE("the executive committee of a mass organisation is not the party's", "[model][idioms]") {
  const auto model = clauseModel("Ban Chấp hành Công đoàn báo cáo Chi bộ về công tác dân vận.", "Quan hệ công tác");
  REQUIRE(model.provisions.size() == 1);
  CHECK(model.provisions[0].actor.id == "MTTQ");
}

// Sets fixed against (seven committees): "Quyết định các vấn đề về công tác cán
// bộ, gồm: a) Bổ nhiệm, bổ nhiệm lại, miễn nhiệm;" gave the points nothing.
// Held-out sets 20–23 (twelve lead-ins): the lead-in kept "DECIDE can_bo" beside
// its points; once the points name the members, the family says nothing more.
TEST_CASE("a power over a family of matters goes to its points, which name the members decided", "[model][idioms]") {
  const auto model = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC CỦA ĐẢNG ỦY A\n\nĐiều 1. Nhiệm vụ của Ban Thường vụ\n"
      "1. Quyết định các vấn đề về công tác cán bộ thuộc diện Ban Thường vụ quản lý, gồm:\n"
      "a) Bổ nhiệm, miễn nhiệm;\nb) Điều động, luân chuyển.\n");
  std::vector<std::string> read;
  for (const auto& p : model.provisions)
    read.push_back(std::to_string(p.source.position.line) + " " + p.matter.value_or("?"));
  CHECK(std::count(read.begin(), read.end(), "4 can_bo") == 0);
  CHECK(std::count(read.begin(), read.end(), "5 can_bo.bo_nhiem.bo_nhiem") == 1);
  CHECK(std::count(read.begin(), read.end(), "6 can_bo.bo_nhiem.dieu_dong") == 1);
  CHECK(model.formalisedCount() == model.clauseCount());
}

// Sets fixed against: "Lãnh đạo công tác cán bộ; quyết định những vấn đề sau:"
// passed "lãnh đạo" on to every point; only the statement the colon ends waits.
TEST_CASE("only the statement a colon ends is distributed over the points", "[model][idioms]") {
  const auto model = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC CỦA ĐẢNG ỦY A\n\nĐiều 1. Nhiệm vụ của Ban Thường vụ\n"
      "1. Lãnh đạo công tác cán bộ; quyết định những vấn đề sau:\n"
      "a) Bổ nhiệm, miễn nhiệm;\nb) Điều động, luân chuyển.\n");
  std::vector<std::string> read;
  for (const auto& p : model.provisions)
    read.push_back(std::to_string(p.source.position.line) + " " + std::string(modalityName(p.modality)) + " " +
                   p.matter.value_or("?"));
  CHECK(std::count(read.begin(), read.end(), "4 DIRECT can_bo") == 1);
  CHECK(std::count(read.begin(), read.end(), "5 DECIDE can_bo.bo_nhiem.bo_nhiem") == 1);
  CHECK(std::count(read.begin(), read.end(), "5 DIRECT can_bo.bo_nhiem.bo_nhiem") == 0);
}

// Held-out sets 20–23: "trước khi trình Tổng công ty phê duyệt" gave the
// recipient of the report a decision, and "báo cáo Đảng ủy xã xem xét, quyết
// định" the level above a power of this text; "bầu bổ sung khi khuyết" was a
// decision on nothing.
TEST_CASE("a submission's and a report's purpose grant nothing; an election names its own matter", "[model][idioms]") {
  const auto submitted = clauseModel(
      "Giám đốc báo cáo Ban Thường vụ kế hoạch đầu tư xây dựng hằng năm trước khi trình Tổng công ty phê duyệt.",
      "Quan hệ công tác");
  REQUIRE(submitted.provisions.size() == 1);
  CHECK(submitted.provisions[0].modality == Modality::REPORT);
  const auto reported =
      clauseModel("Trường hợp có ý kiến khác nhau, Bí thư báo cáo Đảng ủy xã xem xét, quyết định.", "Quan hệ công tác");
  REQUIRE(reported.provisions.size() == 1);
  CHECK(reported.provisions[0].modality == Modality::REPORT);
  const auto led = clauseModel(
      "Thường trực Đảng ủy quyết định các biện pháp lãnh đạo khắc phục hậu quả và báo cáo Ban Thường vụ tại phiên "
      "họp gần nhất.",
      "Xử lý công việc khẩn cấp");
  CHECK(std::any_of(led.provisions.begin(), led.provisions.end(),
                    [](const auto& p) { return p.modality == Modality::REPORT; }));
  const auto elected = clauseModel("Bầu Ban Thường vụ, Bí thư, Phó Bí thư; bầu bổ sung khi khuyết.",
                                   "Nhiệm vụ, quyền hạn của Ban Chấp hành");
  for (const auto& p : elected.provisions) CHECK(p.matter.value_or("?") == "can_bo.bau_cu");
}

// Sets fixed against (ten texts): "quyết định theo đa số" in an article of
// principles was a vote threshold "> 1/2" of no body, or of the Ban Chấp hành.
TEST_CASE("'theo đa số' alone is the majority principle; 'đa số ủy viên' is a vote rule", "[model][idioms]") {
  CHECK(clauseModel("Ban Chấp hành làm việc theo nguyên tắc tập trung dân chủ, quyết định theo đa số.",
                    "Nguyên tắc làm việc")
            .parameters.empty());
  const auto vote = clauseModel("Nghị quyết được thông qua khi có đa số ủy viên Ban Chấp hành tán thành.",
                                "Chế độ họp của Ban Chấp hành");
  REQUIRE(vote.parameters.size() == 1);
  CHECK(vote.parameters[0].kind == ParameterKind::voteThreshold);
}

// Twelfth held-out set, first run (a hospital's committee and a village cell,
// both clean): four false warnings. "đồng chí Phó Bí thư được ủy quyền báo cáo
// Bí thư kết quả" lost its report (G003); "Thay Bí thư chủ trì …; báo cáo Bí
// thư" made the Bí thư the subject (G003); "Quyết định về nhân sự … được biểu
// quyết bằng phiếu kín" was a task without actor (C001); "Căn cứ kết luận của
// Ban Thường vụ, Giám đốc Bệnh viện thực hiện" had no subject (C001).
TEST_CASE("a delegation received and a stand-in and a voting procedure and a subject after 'của X'",
          "[model][idioms]") {
  CHECK(summaries(clauseModel("Phó Bí thư được ủy quyền báo cáo Bí thư về công tác dân vận.", "Nhiệm vụ")) ==
        std::vector<std::string>{"PBT REPORT dan_van [true] -> BT"});
  // The relative clause stays one: the last verb is the main one.
  CHECK(summaries(clauseModel("Đảng viên được phân công phụ trách hộ gia đình báo cáo Chi bộ về công tác dân vận.",
                              "Nhiệm vụ")) == std::vector<std::string>{"DANG_VIEN REPORT dan_van [true] -> CHI_BO"});
  CHECK(summaries(
            clauseModel("Thay Bí thư chủ trì hội nghị; báo cáo Bí thư về công tác dân vận.", "Nhiệm vụ của Phó Bí thư"))
            .front()
            .rfind("PBT ", 0) == 0);
  const auto vote =
      clauseModel("Quyết định về nhân sự, thi hành kỷ luật được biểu quyết bằng phiếu kín.", "Biểu quyết");
  CHECK(vote.provisions.empty());
  CHECK(vote.clauses.at(0).reason != NotFormalised::noActor);
  CHECK(summaries(clauseModel(
            "Căn cứ kết luận của Ban Thường vụ, Giám đốc Bệnh viện thực hiện quy trình bổ nhiệm cán bộ.",
            "Công tác cán bộ")) == std::vector<std::string>{"LANH_DAO_DON_VI EXECUTE can_bo.bo_nhiem.bo_nhiem [true]"});
}

// Sets fixed against (fifteen clauses): "Trong trường hợp khẩn cấp, Thường trực
// quyết định các biện pháp cấp bách …" read the emergency twice.
TEST_CASE("a condition said twice in a clause is one atom", "[model][idioms]") {
  CHECK(summaries(clauseModel("Trong trường hợp khẩn cấp, Thường trực quyết định các biện pháp cấp bách về quốc phòng.",
                              "Xử lý công việc khẩn cấp")) ==
        std::vector<std::string>{"TT DECIDE quoc_phong [khan_cap = true]"});
}

// Thirteenth held-out set, first run (a medical college's committee, clean):
// "a- Nghị quyết lãnh đạo thực hiện nhiệm vụ năm học và chương trình công tác
// …" under "quyết định những vấn đề sau:" was a leadership power over the
// programme alone (G001); "khen thưởng đối với cá nhân có thành tích … trong
// phòng, chống dịch bệnh" was also an emergency power (D002); "Trước khi Hội
// đồng trường họp …, Chủ tịch Hội đồng trường báo cáo …" had no subject (C001).
TEST_CASE("a point opening with a matter is what the lead-in decides, whatever verbs describe it", "[model][idioms]") {
  const auto model = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC CỦA ĐẢNG ỦY A\n\nĐiều 3. Trách nhiệm, quyền hạn của Đảng ủy\n"
      "2. Thảo luận, quyết định những vấn đề sau:\n"
      "a- Nghị quyết lãnh đạo thực hiện nhiệm vụ năm học và chương trình công tác toàn khóa, hằng năm của Đảng ủy;\n"
      "b- Việc sửa đổi, bổ sung Quy chế làm việc của Đảng ủy.\n");
  const auto read = summaries(model);
  CHECK(std::count(read.begin(), read.end(), "BCH DECIDE nghi_quyet [true]") == 1);
  CHECK(std::count(read.begin(), read.end(), "BCH DECIDE chuong_trinh_cong_tac [true]") == 1);
  CHECK(std::none_of(read.begin(), read.end(), [](const std::string& s) { return s.find(" DIRECT ") != s.npos; }));
}

TEST_CASE("after 'đối với' a matter qualifies the object unless it narrows it", "[model][idioms]") {
  CHECK(summaries(clauseModel("Ban Thường vụ quyết định khen thưởng đối với cá nhân có thành tích xuất sắc trong "
                              "phòng, chống dịch bệnh.",
                              "Nhiệm vụ")) == std::vector<std::string>{"BTV DECIDE can_bo.khen_thuong [true]"});
  CHECK(summaries(clauseModel("Thường trực quyết định chủ trương đầu tư đối với các dự án có tổng mức đầu tư dưới 30 "
                              "tỷ đồng.",
                              "Nhiệm vụ")) ==
        std::vector<std::string>{"TT DECIDE dau_tu.du_an [tong_muc_dau_tu < 3e10]"});
}

TEST_CASE("a body the lexicon does not know is the subject after a phrase of time too", "[model][idioms]") {
  const auto model = clauseModel(
      "Trước khi Hội đồng xét duyệt họp, Tổ công tác liên ngành báo cáo Ban Thường vụ về công tác cán bộ.", "Quan hệ");
  REQUIRE(model.provisions.size() == 1);
  CHECK(model.provisions[0].actor.text == "tổ công tác liên ngành");
  CHECK(model.clauses.at(0).reason != NotFormalised::noActor);
}

// Sets fixed against: "các chức danh" was an election wherever it stood
// ("giới thiệu ứng cử các chức danh lãnh đạo Hội đồng nhân dân": H001).
TEST_CASE("offices are an election only as the object of an electing verb", "[model][idioms]") {
  CHECK(summaries(clauseModel("Bầu bổ sung, cho thôi giữ các chức danh trên khi khuyết.",
                              "Trách nhiệm, quyền hạn của Ban Chấp hành")) ==
        std::vector<std::string>{"BCH DECIDE can_bo.bau_cu [true]"});
  const auto nominated = summaries(rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC CỦA ĐẢNG ỦY A\n\nĐiều 5. Trách nhiệm, quyền hạn của Ban Thường vụ\n"
      "5. Quyết định các vấn đề về công tác cán bộ thuộc thẩm quyền của Ban Thường vụ, gồm:\n"
      "b) Giới thiệu ứng cử các chức danh lãnh đạo Hội đồng nhân dân, Ủy ban nhân dân phường.\n"));
  CHECK(std::count(nominated.begin(), nominated.end(), "BTV DECIDE can_bo.bo_nhiem.ung_cu [true]") == 1);
  CHECK(std::none_of(nominated.begin(), nominated.end(),
                     [](const std::string& s) { return s.find("bau_cu") != s.npos || s.find(" DIRECT ") != s.npos; }));
}

// Fourteenth held-out set, first run (a hospital's committee, clean): "… các dự
// án … có tổng mức đầu tư dưới 5 tỉ đồng và mua sắm trang thiết bị y tế có giá
// trị mua sắm từ 500 triệu đồng đến dưới 2 tỉ đồng" gave both bounds to both
// matters, and the projects from 2 to 5 billion fell to nobody (G002 error).
TEST_CASE("each matter of a list keeps the bound written after it", "[model][idioms]") {
  CHECK(summaries(clauseModel("Thường trực cho chủ trương đầu tư các dự án có tổng mức đầu tư dưới 5 tỉ đồng và mua "
                              "sắm trang thiết bị y tế có giá trị mua sắm từ 500 triệu đồng đến dưới 2 tỉ đồng.",
                              "Nhiệm vụ")) ==
        std::vector<std::string>{"TT DECIDE dau_tu.du_an [tong_muc_dau_tu < 5e9]",
                                 "TT DECIDE dau_tu.mua_sam [gia_tri_mua_sam >= 5e8 and gia_tri_mua_sam < 2e9]"});
  // With no bound of its own, a matter shares the one written after the list.
  CHECK(summaries(clauseModel("Thường trực cho chủ trương đầu tư các dự án và mua sắm trang thiết bị có giá trị từ 5 "
                              "tỉ đồng trở lên.",
                              "Nhiệm vụ"))
            .size() == 2);
}

// Errors and warnings on the texts with planted defects that no defect
// explains, counted for the first time (2026-12-06, late): H001 on the
// elections of lower organisations and on the Ban Thường vụ's own programme
// "hằng tháng, hằng quý"; H002 on a briefing with another body; O001 on a
// proposal to discipline; C001 under an article titled "Phó Bí thư là Thủ
// trưởng cơ quan", and on "Nội dung báo cáo phải ngắn gọn".
TEST_CASE("what lower organisations do, a meeting with another body and a proposal are read as such",
          "[model][idioms]") {
  const auto lower = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC\ncủa Ban Chấp hành Đảng bộ tỉnh Hà Giang khóa XVII\n\nĐiều 9. Nhiệm vụ\n"
      "1. Ban Thường vụ phê chuẩn kết quả bầu cử ban thường vụ, bí thư, phó bí thư các đảng ủy xã, phường.\n");
  REQUIRE_FALSE(lower.provisions.empty());
  CHECK_FALSE(lower.provisions.front().reading.sure);
  const auto own = clauseModel("Quyết định chương trình công tác hằng tháng, hằng quý của Ban Thường vụ.",
                               "Trách nhiệm, quyền hạn của Ban Thường vụ");
  REQUIRE_FALSE(own.provisions.empty());
  CHECK_FALSE(own.provisions.front().reading.sure);
  CHECK(clauseModel("Ban Thường vụ định kỳ 6 tháng một lần tổ chức giao ban với Đảng ủy Đồn Biên phòng.", "Quan hệ")
            .parameters.empty());
  CHECK(summaries(clauseModel("Ủy ban Kiểm tra tham mưu xử lý kỷ luật đảng viên vi phạm.", "Nhiệm vụ"))
            .front()
            .rfind("UBKT PROPOSE ", 0) == 0);
}

TEST_CASE("an article titled after a post and the office its holder also holds gives the post as subject",
          "[model][idioms]") {
  const auto model = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC CỦA ĐẢNG ỦY A\n\nĐiều 10. Phó Bí thư Đảng ủy là Thủ trưởng cơ quan\n"
      "1. Định kỳ 6 tháng báo cáo Ban Thường vụ tình hình thực hiện nhiệm vụ chính trị của cơ quan.\n"
      "Điều 11. Chế độ báo cáo\n1. Nội dung báo cáo phải ngắn gọn, phản ánh đúng tình hình, có số liệu cụ thể.\n");
  const auto read = summaries(model);
  CHECK(std::any_of(read.begin(), read.end(), [](const std::string& s) { return s.rfind("PBT REPORT ", 0) == 0; }));
  REQUIRE(model.clauses.size() == 2);
  CHECK(model.clauses[1].reason != NotFormalised::noActor);
}

// Sets fixed against: S005 warnings on bodies every cell's regulation names.
TEST_CASE("party groups and the heads of villages and residential groups are known bodies", "[model][idioms]") {
  const auto read = summaries(clauseModel(
      "Tổ trưởng tổ dân phố báo cáo Chi bộ tình hình tổ dân phố; tổ đảng báo cáo Chi bộ về công tác dân vận.",
      "Quan hệ công tác"));
  CHECK(std::any_of(read.begin(), read.end(),
                    [](const std::string& s) { return s.rfind("THON_TO_DAN_PHO REPORT ", 0) == 0; }));
  CHECK(std::any_of(read.begin(), read.end(), [](const std::string& s) { return s.rfind("TO_DANG REPORT ", 0) == 0; }));
}

// Sets fixed against: "Chữ viết tắt: BCH là …; BTV là …; UBKT là …" defined
// only its first abbreviation; "phê duyệt các khoản chi có giá trị trên 300
// triệu đồng" under a lead-in named no matter, so G001 said nobody decided
// the funds.
TEST_CASE("a list of abbreviations defines each, and spending is a matter of the funds", "[model][idioms]") {
  const auto model = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC CỦA ĐẢNG ỦY A\n\nĐiều 3. Giải thích từ ngữ\n"
      "1. Chữ viết tắt: TTĐU là Thường trực Đảng ủy; VPĐU là Văn phòng Đảng ủy.\n"
      "Điều 4. Tài chính\n1. TTĐU phê duyệt các khoản chi có giá trị dưới 50 triệu đồng; VPĐU báo cáo TTĐU hằng "
      "quý.\n");
  const auto read = summaries(model);
  CHECK(std::count(read.begin(), read.end(), "TT DECIDE ngan_sach.dang.chi [gia_tri < 5e7]") == 1);
  CHECK(std::any_of(read.begin(), read.end(), [](const std::string& s) { return s.rfind("VP REPORT ", 0) == 0; }));
}

// Sets fixed against (a hospital's committee): C001 on "Nhân sự dự kiến giới
// thiệu … của Công đoàn … phải được BTV cho ý kiến": the Ban Thường vụ advises.
TEST_CASE("the body after 'phải được' advises on the personnel named before it", "[model][idioms]") {
  CHECK(summaries(clauseModel("Nhân sự dự kiến giới thiệu giữ chức danh chủ chốt của Công đoàn, Đoàn Thanh niên "
                              "phải được Ban Thường vụ cho ý kiến trước khi tiến hành đại hội.",
                              "Quan hệ công tác")) ==
        std::vector<std::string>{"BTV ADVISE can_bo.bo_nhiem.ung_cu [true]"});
  // An owner after "của" is not the recipient that would make the next verb a power handed over.
  const auto read = summaries(clauseModel(
      "Ban Thường vụ giới thiệu cán bộ của Công đoàn, lãnh đạo công tác dân vận trong Bệnh viện.", "Nhiệm vụ"));
  CHECK(std::any_of(read.begin(), read.end(),
                    [](const std::string& s) { return s.rfind("BTV DIRECT dan_van", 0) == 0; }));
}

// Fifteenth held-out set, first run: "Quyết định chủ trương đối với các dự án
// đầu tư có tổng mức đầu tư từ 1 tỉ đồng đến dưới 5 tỉ đồng" lost its project
// (a G002 missed); "… theo đề nghị của chi bộ" made an admission unsure (an
// H001 missed); "… có ý kiến khác nhau trong Ban Thường vụ, Bí thư báo cáo …"
// had no subject (C001).
TEST_CASE("a policy on a matter decides that matter, a proposer is no owner, and the last body after 'trong' acts",
          "[model][idioms]") {
  CHECK(summaries(clauseModel("Ban Thường vụ quyết định chủ trương đối với các dự án đầu tư có tổng mức đầu tư từ 1 "
                              "tỉ đồng đến dưới 5 tỉ đồng.",
                              "Nhiệm vụ")) ==
        std::vector<std::string>{"BTV DECIDE dau_tu.du_an [tong_muc_dau_tu >= 1e9 and tong_muc_dau_tu < 5e9]"});
  // "với" is no "đối với": what the policy suits is no matter of it.
  CHECK(summaries(clauseModel("Ban Thường vụ đề xuất với Tỉnh ủy những chủ trương, giải pháp phù hợp với đặc điểm "
                              "của vùng đồng bào dân tộc thiểu số.",
                              "Quan hệ công tác"))
            .front()
            .find(" PROPOSE chu_truong") != std::string::npos);
  const auto admitted = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC\ncủa Ban Chấp hành Đảng bộ phường An Hội, nhiệm kỳ 2025 - 2030\n\n"
      "Điều 6. Trách nhiệm, quyền hạn của Thường trực Đảng ủy\n"
      "5. Quyết định kết nạp đảng viên theo đề nghị của chi bộ và thẩm định của Ban Xây dựng Đảng.\n");
  REQUIRE_FALSE(admitted.provisions.empty());
  CHECK(admitted.provisions.front().reading.sure);
  const auto read =
      summaries(clauseModel("Những vấn đề còn có ý kiến khác nhau trong Ban Thường vụ, Bí thư báo cáo "
                            "Thường trực Đảng ủy cấp trên xin ý kiến.",
                            "Quan hệ công tác"));
  REQUIRE_FALSE(read.empty());
  CHECK(read.front().rfind("BT REPORT ", 0) == 0);
}

// Every cell's regulation: "giữa hai kỳ sinh hoạt" is a cell's "between meetings".
TEST_CASE("between two meetings of a cell is between meetings", "[model][idioms]") {
  CHECK(summaries(clauseModel("Giữa hai kỳ sinh hoạt, chi ủy lãnh đạo công tác dân vận.", "Nhiệm vụ")) ==
        std::vector<std::string>{"CHI_BO DIRECT dan_van [giua_hai_ky_hop = true]"});
}

// Sets fixed against (phuong-tu-son-bac-ninh): "không được quyết định thay Ban
// Thường vụ về nhân sự thuộc diện này" was a sure prohibition on every cadre.
TEST_CASE("a management list that names no body leaves the clause read in part", "[model][idioms]") {
  const auto model = clauseModel("Không được quyết định thay Ban Thường vụ về nhân sự thuộc diện này.",
                                 "Trách nhiệm, quyền hạn của Thường trực Đảng ủy");
  REQUIRE_FALSE(model.provisions.empty());
  CHECK_FALSE(model.provisions.front().reading.sure);
}

// The sixteenth set (chi-bo-ban-pa-khoang-dien-bien:83, dang-uy-benh-vien-da-khoa-phu-tho:108).
TEST_CASE("the body after a fronted condition acts, and a verb after 'của' is a noun", "[model][idioms]") {
  const auto reported =
      summaries(clauseModel("Khi có đơn thư khiếu nại, tố cáo liên quan đến đảng viên, Bí thư báo "
                            "cáo Ủy ban Kiểm tra chậm nhất 03 ngày làm việc.",
                            "Chế độ thông tin, báo cáo"));
  REQUIRE_FALSE(reported.empty());
  CHECK(reported.front().rfind("BT REPORT ", 0) == 0);
  const auto advised = clauseModel(
      "Việc tiếp nhận tài trợ của tổ chức, cá nhân nước ngoài phải được Ban Thường vụ "
      "cho ý kiến trước khi Giám đốc quyết định.",
      "Quan hệ công tác");
  for (const auto& provision : advised.provisions) CHECK(provision.power != "tổ chức");
}

// Cells' regulations (the sixteenth set and the sets fixed against): the
// cell's meeting is written "sinh hoạt chi bộ", "kỳ sinh hoạt".
TEST_CASE("a cell's meeting is a matter, an occasion is no object, and a meeting's name owns its rules",
          "[model][idioms]") {
  CHECK(summaries(clauseModel("Bí thư chi bộ chủ trì sinh hoạt chi bộ.", "Nhiệm vụ của Bí thư")) ==
        std::vector<std::string>{"BT EXECUTE hop [true]"});
  const auto reported = summaries(clauseModel(
      "Quyết định các khoản chi từ quỹ chi bộ có giá trị dưới 2 triệu đồng; báo cáo chi bộ tại kỳ sinh hoạt gần nhất.",
      "Nhiệm vụ của Bí thư"));
  REQUIRE(reported.size() == 2);
  CHECK(reported[1].rfind("BT REPORT ngan_sach", 0) == 0);
  const auto rules = clauseModel(
      "Sinh hoạt chi bộ hợp lệ khi có ít nhất 2/3 tổng số đảng viên chính thức tham dự; "
      "nghị quyết được thông qua khi quá nửa tổng số đảng viên chính thức tán thành.",
      "Chế độ sinh hoạt");
  REQUIRE(rules.parameters.size() == 2);
  for (const auto& parameter : rules.parameters) CHECK(parameter.actor.id == std::optional<std::string>("CHI_BO"));
  // "Các báo cáo, biên bản …": after "các", "những" a verb is a noun.
  CHECK(summaries(clauseModel("Các báo cáo, biên bản sinh hoạt chi bộ được lưu trong hồ sơ của chi bộ.",
                              "Chế độ thông tin, báo cáo"))
            .empty());
}

// The seventeenth set (dang-uy-so-nn-mt-ha-tinh:120, :154).
TEST_CASE("a passive with a vague body is a statement, and an unknown body's name may hold a matter and a dash",
          "[model][idioms]") {
  const auto vague = clauseModel(
      "Việc phân bổ kinh phí hỗ trợ hoạt động của Đảng bộ do các cơ quan, đơn vị có liên "
      "quan xem xét, quyết định.",
      "Quản lý tài chính đảng");
  REQUIRE_FALSE(vague.provisions.empty());
  CHECK(vague.provisions.front().actor.vague);
  const auto unknown = clauseModel(
      "Hội đồng Thi đua - Khen thưởng Đảng bộ xét, quyết định tặng Giấy khen cho đảng "
      "viên hoàn thành xuất sắc nhiệm vụ hằng năm.",
      "Thi đua, khen thưởng");
  REQUIRE_FALSE(unknown.provisions.empty());
  CHECK(unknown.provisions.front().actor.text.rfind("hội đồng thi đua - khen thưởng", 0) == 0);
}

// The seventeenth set (dang-uy-so-nn-mt-ha-tinh:124): a false O003 against
// "không được quyết định các vấn đề về công tác cán bộ".
TEST_CASE("cadres listed with party members are people, not personnel work", "[model][idioms]") {
  const auto mobilised = clauseModel(
      "Thường trực Đảng uỷ quyết định biện pháp cấp bách huy động cán bộ, đảng viên "
      "tham gia ứng phó.",
      "Giải quyết công việc đột xuất, khẩn cấp");
  for (const auto& provision : mobilised.provisions) CHECK(provision.matter != std::optional<std::string>("can_bo"));
  // A list of matters keeps it: "công tác tổ chức, cán bộ, đảng viên".
  const auto advised =
      summaries(clauseModel("Ban Xây dựng Đảng tham mưu cho Ban Thường vụ về công tác tổ chức, cán "
                            "bộ, đảng viên.",
                            "Quan hệ công tác"));
  CHECK(std::any_of(advised.begin(), advised.end(),
                    [](const std::string& s) { return s.find(" can_bo") != std::string::npos; }));
}

// Every set's keys: "Thực hiện nguyên tắc …" gives no provision; the clause is
// still not formalised for want of an actor (C001 reads that reason).
TEST_CASE("a verb with neither a body nor a matter is no provision", "[model][idioms]") {
  const auto principle =
      clauseModel("Thực hiện nguyên tắc tập trung dân chủ, tập thể lãnh đạo, cá nhân phụ trách.", "Nhiệm vụ chung");
  CHECK(principle.provisions.empty());
  REQUIRE(principle.clauses.size() == 1);
  CHECK_FALSE(principle.clauses.front().formalised);
}

// The eighteenth set (dang-uy-cap-nuoc-ninh-binh:82, :105; dang-uy-xa-bang-thanh-thai-nguyen:64, :81).
TEST_CASE("a member alone, a passive naming its body, forests with land, and study abroad", "[model][idioms]") {
  const auto absent =
      summaries(clauseModel("Ủy viên vắng họp phải báo cáo Bí thư trước khi hội nghị bắt đầu.", "Chế độ họp"));
  REQUIRE_FALSE(absent.empty());
  CHECK(absent.front().rfind("UV REPORT ", 0) == 0);
  const auto passive = clauseModel(
      "Những việc thuộc thẩm quyền của Ban Thường vụ phải được thảo luận tập thể và biểu "
      "quyết tại phiên họp Ban Thường vụ.",
      "Những việc Ban Thường vụ không ủy quyền");
  REQUIRE(passive.clauses.size() == 1);
  CHECK(passive.clauses.front().reason != std::optional<NotFormalised>(NotFormalised::noActor));
  CHECK(summaries(clauseModel("Cho chủ trương giao đất, giao rừng, cho thuê đất đối với diện tích từ 3 ha trở lên.",
                              "Trách nhiệm, quyền hạn của Ban Thường vụ")) ==
        std::vector<std::string>{"BTV DECIDE dat_dai [dien_tich >= 3e4]"});
  const auto abroad = summaries(clauseModel("Bí thư quyết định việc cử đảng viên đi học tập, khảo sát ở nước ngoài.",
                                            "Trách nhiệm, quyền hạn của Bí thư"));
  REQUIRE_FALSE(abroad.empty());
  CHECK(abroad.front().rfind("BT DECIDE doi_ngoai", 0) == 0);
}

// Every set's closing article: "Các đồng chí ủy viên Ban Chấp hành, các chi bộ
// trực thuộc và đảng viên … có trách nhiệm thực hiện Quy chế này".
TEST_CASE("bodies listed one after another all act", "[model][idioms]") {
  const auto all =
      summaries(clauseModel("Các đồng chí ủy viên Ban Chấp hành, các chi bộ trực thuộc và đảng viên trong "
                            "Đảng bộ có trách nhiệm thực hiện Quy chế này.",
                            "Điều khoản thi hành"));
  CHECK(all.size() == 3);
  const auto two = summaries(clauseModel(
      "Chi ủy và toàn thể đảng viên trong Chi bộ có trách nhiệm thực hiện Quy chế này.", "Điều khoản thi hành"));
  CHECK(two.size() == 2);
  // A body that completes the noun before it stays out of the list.
  const auto completes =
      summaries(clauseModel("Sau phiên họp Ban Thường vụ, Thường trực Đảng ủy quyết định thời "
                            "gian họp Ban Chấp hành.",
                            "Chế độ họp"));
  REQUIRE_FALSE(completes.empty());
  CHECK(completes.front().rfind("TT ", 0) == 0);
}

// The sets' cells: "Ủy ban Kiểm tra Đảng ủy xã" — the alias takes "Đảng ủy",
// and "xã" after it says whose body it is.
TEST_CASE("a commune or ward named after a body is that body's organisation", "[model][idioms]") {
  const auto cell = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC\ncủa Chi bộ bản Pa Khoang, nhiệm kỳ 2025 - 2027\n\n"
      "Điều 9. Chế độ thông tin, báo cáo\n"
      "2. Phó Bí thư chi bộ báo cáo Ủy ban Kiểm tra Đảng ủy xã kết quả kiểm tra, giám sát của chi bộ hằng năm.\n");
  REQUIRE_FALSE(cell.provisions.empty());
  REQUIRE(cell.provisions.front().recipient.has_value());
  CHECK(cell.provisions.front().recipient->organisation == Organisation::upper);
}

// Every set's principles: "Chi bộ lãnh đạo nhà trường bằng nghị quyết": the
// resolution is the means of leading, not what is led (cue `object_end`).
TEST_CASE("leading by resolutions leads, it does not direct the resolutions", "[model][idioms]") {
  const auto led =
      summaries(clauseModel("Chi bộ lãnh đạo nhà trường bằng nghị quyết; không làm thay công việc quản "
                            "lý, điều hành của Ban Giám hiệu.",
                            "Nguyên tắc làm việc"));
  for (const auto& summary : led) CHECK(summary.find("nghi_quyet") == std::string::npos);
}

// Cells' duties of members: "Đảng viên có trách nhiệm: a) Chấp hành nghị quyết …".
TEST_CASE("the points under a lead-in of duties are obligations", "[model][idioms]") {
  const auto model = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC\ncủa Chi bộ thôn Đồng Tiến, nhiệm kỳ 2025 - 2027\n\n"
      "Điều 8. Trách nhiệm của đảng viên\n"
      "1. Đảng viên có trách nhiệm:\n"
      "a. Chấp hành nghiêm nghị quyết của chi bộ;\n"
      "b. Báo cáo chi ủy kết quả thực hiện nhiệm vụ được phân công tại kỳ sinh hoạt thường kỳ.\n");
  REQUIRE(model.provisions.size() >= 2);
  for (const auto& provision : model.provisions) CHECK(provision.deontic == Deontic::obligation);
}

// The key's rule (tests/fixtures/clauses/table.yaml): a sentence-initial
// categorical scopes every provision of the sentence, past its semicolons.
TEST_CASE("a category that opens a sentence scopes all its statements", "[model][idioms]") {
  const auto between =
      summaries(clauseModel("Giữa hai phiên họp, Ban Thường vụ ủy quyền cho Thường trực Đảng ủy quyết "
                            "định thi hành kỷ luật khiển trách đảng viên; Thường trực Đảng ủy báo cáo "
                            "Ban Thường vụ tại phiên họp gần nhất.",
                            "Ủy quyền"));
  REQUIRE(between.size() == 2);
  for (const auto& summary : between) CHECK(summary.find("giua_hai_ky_hop = true") != std::string::npos);
}

// The nineteenth set (chi-bo-bon-bu-sop-dak-nong:46, :82; dang-uy-truong-chinh-tri-binh-dinh:47, :66).
TEST_CASE("village boards by their regional names, 'kiêm', the bloc committee above, and a listed family",
          "[model][idioms]") {
  const auto boards =
      summaries(clauseModel("Ban điều hành bon, Ban công tác Mặt trận bon báo cáo chi bộ tình hình "
                            "thực hiện nhiệm vụ tại kỳ sinh hoạt chi bộ hằng tháng.",
                            "Chế độ thông tin, báo cáo"));
  CHECK(boards.size() == 2);
  const auto both =
      summaries(clauseModel("Bí thư chi bộ kiêm Trưởng bon chỉ đạo Ban điều hành bon tổ chức thực hiện "
                            "nghị quyết của chi bộ.",
                            "Nhiệm vụ của Bí thư"));
  REQUIRE_FALSE(both.empty());
  CHECK(both.front().rfind("BT ", 0) == 0);
  const auto above = clauseModel(
      "Xem xét, đề nghị Ban Thường vụ Đảng uỷ các cơ quan Đảng tỉnh quyết định kết nạp "
      "đảng viên.",
      "Nhiệm vụ, quyền hạn của Đảng uỷ");
  REQUIRE_FALSE(above.provisions.empty());
  REQUIRE(above.provisions.front().recipient.has_value());
  CHECK(above.provisions.front().recipient->organisation == Organisation::upper);
  const auto forbidden = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC\n\nĐiều 5. Những việc Thường trực Đảng uỷ không được quyết định\n"
      "1. Thường trực Đảng uỷ không được quyết định các việc sau:\n"
      "b) Công tác cán bộ, quy hoạch cán bộ thuộc diện Đảng uỷ quản lý;\n");
  CHECK(std::any_of(forbidden.provisions.begin(), forbidden.provisions.end(),
                    [](const Provision& p) { return p.matter == std::optional<std::string>("can_bo"); }));
}

// The twentieth set (dang-uy-xi-mang-thien-son-ninh-binh:57–61, the parent of
// dang-uy-xa-thinh-hai-ninh-binh:50–53): a lead-in paragraph with no number,
// straight under the article, goes over the points or clauses after it.
TEST_CASE("an unnumbered lead-in under an article goes over the points and clauses after it", "[model][idioms]") {
  for (const char* marks : {"a) b) c)", "1. 2. 3."}) {
    INFO(marks);
    const std::string a(marks, 2), b(marks + 3, 2), c(marks + 6, 2);
    const auto model = rasoat::testing::modelOf(
        "QUY CHẾ LÀM VIỆC\n\nĐiều 5. Những việc Ban Thường vụ không uỷ quyền\n"
        "Ban Thường vụ không uỷ quyền cho Bí thư, Phó Bí thư quyết định những việc sau:\n" +
        a + " Thi hành kỷ luật đảng viên;\n" + b + " Giới thiệu đảng viên ứng cử vào ban chấp hành các đoàn thể;\n" +
        c + " Kết nạp đảng viên.\n");
    const auto lines = summaries(model);
    INFO(lines.size());
    for (const char* matter : {"ky_luat", "ung_cu", "dang_vien"}) {
      INFO(matter);
      CHECK(std::count_if(lines.begin(), lines.end(), [&](const std::string& line) {
              return line.find(matter) != std::string::npos && line.find("BTV ") == 0;
            }) >= 1);
    }
    for (const auto& provision : model.provisions) CHECK(provision.actor.resolved());
  }
}

// Sets fixed against (dang-uy-xa-dam-doi:48, chi-bo-thon-dong-tien:60): the
// commune's State budget and the party's own funds are different matters, and
// so are the annual plan of the funds and a payment from them.
TEST_CASE("the State budget, the party's funds, their annual plan and a payment are different matters",
          "[model][idioms]") {
  checkAll(
      {
          {"Thông qua dự toán ngân sách và phương án phân bổ ngân sách hằng năm của xã.",
           {"BCH DECIDE ngan_sach.nha_nuoc [true]"}},
          {"Quyết định phân bổ kinh phí hoạt động hằng năm của Đảng bộ.", {"BCH DECIDE ngan_sach.dang.du_toan [true]"}},
          {"Quyết định dự toán, quyết toán kinh phí hoạt động của Đảng bộ hằng năm.",
           {"BCH DECIDE ngan_sach.dang.du_toan [true]"}},
          {"Quyết định các khoản chi từ kinh phí hoạt động của Đảng bộ có giá trị dưới 30 triệu đồng.",
           {"BCH DECIDE ngan_sach.dang.chi [gia_tri < 3e7]"}},
          {"Quyết định việc thu, chi quỹ chi bộ.", {"BCH DECIDE ngan_sach.dang.chi [true]"}},
          {"Quyết định các vấn đề tài chính.", {"BCH DECIDE ngan_sach [true]"}},
      },
      "Nhiệm vụ, quyền hạn của Ban Chấp hành");
}

// The twenty-first set (chi-bo-tram-y-te-xa-hoa-binh-dong-ca-mau:25): a
// lead-in that first says what its subject is ("là hạt nhân chính trị") and
// then introduces duties lists powers, not the parts of a definition.
TEST_CASE("a lead-in that defines its subject and then introduces duties gives its points as powers",
          "[model][idioms]") {
  const auto model = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC\n\nĐiều 3. Nhiệm vụ, quyền hạn của Chi bộ\n"
      "Chi bộ là hạt nhân chính trị ở Trạm Y tế xã, có nhiệm vụ, quyền hạn sau:\n"
      "a) Thông qua chương trình công tác năm;\n"
      "b) Quyết định các khoản chi quỹ Chi bộ có giá trị từ 2 triệu đồng trở lên.\n");
  const auto lines = summaries(model);
  CHECK(std::count(lines.begin(), lines.end(), "CHI_BO DECIDE chuong_trinh_cong_tac [true]") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "CHI_BO DECIDE ngan_sach.dang.chi [gia_tri >= 2e6]") == 1);
}

// The twenty-first set (dang-uy-xa-vinh-le-quang-tri:101–105): a title that
// names a party post and the chair of a State body is one person; what the
// post directs others to do is no power of its own; citizens' complaints are
// not the party's discipline.
TEST_CASE("a post and the chair it also holds, directing another's act, and citizens' complaints", "[model][idioms]") {
  checkAll({{"Đề xuất với Ban Thường vụ các chủ trương về đầu tư công.", {"PBT PROPOSE dau_tu [true] -> BTV"}}},
           "Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã");
  checkAll({{"Chỉ đạo giải quyết khiếu nại, tố cáo của công dân.", {"PBT DIRECT khieu_nai_cong_dan [true]"}}},
           "Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã");
  // Two posts: no single subject.
  const auto titled = clauseModel("Lãnh đạo công tác dân vận.", "Bí thư, Phó Bí thư");
  REQUIRE_FALSE(titled.provisions.empty());
  for (const auto& provision : titled.provisions) CHECK_FALSE(provision.actor.resolved());
}

// The twenty-first set (dang-uy-xa-vinh-le-quang-tri:183), a closing clause
// most regulations have: "trong quá trình" is a process, not the verb
// "trình", and the acts listed after "để" are the purpose, no one's task here.
TEST_CASE("a purpose goes on over a list of acts, and 'quá trình' is no submission", "[model][idioms]") {
  const auto model = clauseModel(
      "Trong quá trình thực hiện, nếu có vướng mắc, các chi bộ, cá nhân phản ánh về Văn phòng Đảng ủy để tổng "
      "hợp, báo cáo Ban Thường vụ xem xét.",
      "Tổ chức thực hiện");
  CHECK(model.provisions.empty());
  REQUIRE(model.clauses.size() == 1);
  CHECK(model.clauses.front().reason == NotFormalised::noPowerVerb);
  // A condition ends at its comma: the act after it is the clause's own.
  const auto conditional = summaries(
      clauseModel("Khi cần thiết, Văn phòng Đảng ủy báo cáo Ban Thường vụ tình hình thực hiện.", "Văn phòng"));
  CHECK(std::any_of(conditional.begin(), conditional.end(),
                    [](const std::string& s) { return s.rfind("VP REPORT", 0) == 0; }));
}

// The twenty-first set's parent (112-QĐ/TU Điều 4 khoản 4): nominal verbs side
// by side pass their object down to the power; past "theo" it is the ground.
TEST_CASE("nominal verbs side by side pass the object down to the power, not past its ground", "[model][idioms]") {
  checkAll({
      {"Quyết định chủ trương, biện pháp lãnh đạo thực hiện nhiệm vụ quốc phòng, quân sự địa phương.",
       {"BTV DECIDE quoc_phong [true]"}},
  });
  const auto passive = summaries(
      clauseModel("Việc giới thiệu nhân sự ứng cử các chức danh Bí thư do Ban Thường vụ quyết định theo phân cấp quản "
                  "lý cán bộ.",
                  "Công tác cán bộ"));
  CHECK(std::count(passive.begin(), passive.end(), "BTV DECIDE can_bo.bo_nhiem.ung_cu [true]") == 1);
}

// Every set: a report that names no matter, after a semicolon, reports on the
// matters of the statement before it (the keys' reading, +26 clauses on the
// sets fixed against); its condition stays its own.
TEST_CASE("a report after a semicolon that names no matter reports on the statement before it", "[model][idioms]") {
  checkAll({{"Phê duyệt các khoản chi từ kinh phí hoạt động có giá trị dưới 50 triệu đồng; hằng quý báo cáo Ban "
             "Thường vụ.",
             {"BT DECIDE ngan_sach.dang.chi [gia_tri < 5e7]", "BT REPORT ngan_sach.dang.chi [true] -> BTV"}}},
           "Nhiệm vụ, quyền hạn của Bí thư");
}

// Every set's closing article: "cán bộ" between the bodies of a subject list is
// an item of the list, which goes on past it.
TEST_CASE("people named by a matter word go on with a list of subjects", "[model][idioms]") {
  const auto lines = summaries(
      clauseModel("Các đồng chí ủy viên Ban Chấp hành, các chi bộ trực thuộc và cán bộ, đảng viên trong Đảng bộ có "
                  "trách nhiệm thực hiện Quy chế này.",
                  "Tổ chức thực hiện"));
  for (const char* actor : {"UV ", "CHI_BO ", "DANG_VIEN "}) {
    INFO(actor);
    CHECK(std::any_of(lines.begin(), lines.end(),
                      [&](const std::string& s) { return s.rfind(std::string(actor) + "EXECUTE quy_che", 0) == 0; }));
  }
}

// Every set: the bodies supervised or led and their act are the object of
// the supervision or the lead, not a power of those bodies.
TEST_CASE("bodies supervised or led and their act are what is supervised or led", "[model][idioms]") {
  checkAll({{"Kiểm tra, đôn đốc các chi bộ trực thuộc thực hiện nghị quyết của Ban Chấp hành.",
             {"TT SUPERVISE nghi_quyet [true]"}},
            {"Lãnh đạo, chỉ đạo Ủy ban Kiểm tra thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật đảng.",
             {"TT DIRECT ky_luat [true]"}}},
           "Nhiệm vụ của Thường trực Đảng ủy");
}

// Every set: "tổ chức đảng" is the party organisation, not the verb "tổ chức".
TEST_CASE("a party organisation is a body, not the verb 'tổ chức'", "[model][idioms]") {
  checkAll({{"Quyết định khen thưởng đối với tổ chức đảng, đảng viên theo thẩm quyền.",
             {"BTV DECIDE can_bo.khen_thuong [true]"}}});
}

// Every set: the principle "tập thể lãnh đạo, cá nhân phụ trách" names no
// power; the business that arises between meetings is general business, an
// unforeseen one an emergency.
TEST_CASE("a principle's name is no power; arising business is general, unforeseen business urgent",
          "[model][idioms]") {
  const auto principle = clauseModel(
      "Chi bộ làm việc theo nguyên tắc tập trung dân chủ, tập thể lãnh đạo, cá nhân phụ trách.", "Nguyên tắc");
  CHECK(principle.provisions.empty());
  checkAll({{"Giữa hai kỳ sinh hoạt, giải quyết những việc phát sinh và báo cáo Chi bộ tại kỳ sinh hoạt gần nhất.",
             {"BT DIRECT chung [giua_hai_ky_hop = true]", "BT REPORT chung [giua_hai_ky_hop = true] -> CHI_BO"}},
            {"Giải quyết những việc đột xuất phát sinh.", {"BT DIRECT khan_cap [true]"}}},
           "Nhiệm vụ của Bí thư");
}

// The twenty-second set's cell and a border post's: a cell has no committee of
// its own, so the committee bodies its regulation names are the level above.
TEST_CASE("in a cell's regulation the committee's bodies are the level above", "[model][idioms]") {
  const auto model = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC\ncủa Chi bộ Bưu điện khu vực Sa Thầy, nhiệm kỳ 2025 - 2027\n\n"
      "Điều 8. Chế độ báo cáo\n1. Bí thư chi bộ báo cáo Đảng ủy Bưu điện tỉnh tình hình hoạt động của chi bộ hằng "
      "tháng.\n");
  REQUIRE_FALSE(model.provisions.empty());
  const auto& report = model.provisions.front();
  REQUIRE(report.recipient.has_value());
  CHECK(report.recipient->id == std::optional<std::string>("BCH"));
  CHECK(report.recipient->organisation == Organisation::upper);
  CHECK(report.actor.organisation == Organisation::own);
}

// Every set's meeting article: "họp bất thường khi có trên một phần ba số ủy
// viên đề nghị" gives the members no power to propose; a submission with no
// object submits what was made before it.
TEST_CASE("a verb in an occasion after 'khi có' is no power; a bare submission submits what came before",
          "[model][idioms]") {
  const auto meeting = summaries(clauseModel(
      "Ban Chấp hành họp thường lệ mỗi quý một lần; họp bất thường khi có yêu cầu của Ban Thường vụ hoặc khi có "
      "trên một phần ba tổng số ủy viên Ban Chấp hành đề nghị.",
      "Chế độ họp"));
  CHECK(std::none_of(meeting.begin(), meeting.end(),
                     [](const std::string& s) { return s.find(" PROPOSE ") != std::string::npos; }));
  // A comma ends the occasion: the act after it is the clause's own.
  const auto after = summaries(clauseModel(
      "Khi có đơn thư khiếu nại, tố cáo liên quan đến đảng viên, Bí thư chi bộ báo cáo Ủy ban Kiểm tra Đảng ủy xã "
      "chậm nhất 03 ngày làm việc.",
      "Chế độ báo cáo"));
  CHECK(std::any_of(after.begin(), after.end(), [](const std::string& s) { return s.rfind("BT REPORT", 0) == 0; }));
}

// "đối thoại với cán bộ, giảng viên", "nhiệm vụ của cán bộ quản lý": after
// "với" or "của", "cán bộ" names people, not personnel work.
TEST_CASE("'cán bộ' after 'của' or 'với' names people", "[model][idioms]") {
  const auto lines = summaries(clauseModel(
      "Hằng năm, Bí thư Đảng ủy chủ trì buổi đối thoại với cán bộ, giảng viên, người lao động của Trường.", "Bí thư"));
  CHECK(std::none_of(lines.begin(), lines.end(),
                     [](const std::string& s) { return s.find(" can_bo") != std::string::npos; }));
}

// The twenty-third set (dang-uy-xa-sung-chang-son-tuyen-quang:137–139): a
// threshold table whose matter is named only in its lead-in "Về …:".
TEST_CASE("the points of a topic lead-in take its matter when they name none", "[model][idioms]") {
  const auto model = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC\n\nĐiều 13. Phân cấp quyết định\n"
      "2. Về mua sắm, sửa chữa tài sản của cơ quan Đảng ủy:\n"
      "- Ban Thường vụ quyết định đối với tài sản có giá trị từ 50 triệu đồng trở lên;\n"
      "- Thường trực Đảng ủy quyết định đối với tài sản có giá trị tối đa 80 triệu đồng.\n");
  const auto lines = summaries(model);
  CHECK(std::count(lines.begin(), lines.end(), "BTV DECIDE dau_tu.mua_sam [gia_tri_mua_sam >= 5e7]") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "TT DECIDE dau_tu.mua_sam [gia_tri_mua_sam <= 8e7]") == 1);
  for (const auto& provision : model.provisions) CHECK(provision.reading.sure);
}

// Twenty-fifth held-out set, first run (a press agency's committee): "Tổng Biên
// tập báo cáo Ban Thường vụ …" — a head of unit the lexicon does not know — was a
// C001 warning ("nobody carries it out") while S007 said the subject's words
// were not understood. Words not understood where the subject stands make the
// reading partial (an info), never a C001; a clause with no such words keeps it.
TEST_CASE("unknown words where the subject stands make a missing actor a partial reading", "[model][idioms]") {
  const auto unknown =
      clauseModel("Tổng Biên tập báo cáo Ban Thường vụ kết quả thực hiện nhiệm vụ chính trị.", "Quan hệ công tác");
  REQUIRE(unknown.clauses.size() == 1);
  CHECK(unknown.clauses[0].reason == NotFormalised::actorNotPlaced);
  const auto none =
      clauseModel("Chậm nhất 30 ngày, phải hướng dẫn các chi bộ xây dựng quy chế làm việc.", "Tổ chức thực hiện");
  REQUIRE(none.clauses.size() == 1);
  CHECK(none.clauses[0].reason == NotFormalised::noActor);
}

// Sets fixed against: "Văn phòng Đảng ủy chịu trách nhiệm trước Thường trực Đảng
// ủy." was accountability for nothing; with no object it is for all the body's
// work. "bầu bổ sung khi khuyết theo quy định": the ground after "theo" is no object.
TEST_CASE("a verb written with no object takes its implied matter; a ground after 'theo' is no object",
          "[model][idioms]") {
  const auto accountable = clauseModel("Văn phòng Đảng ủy chịu trách nhiệm trước Thường trực Đảng ủy.", "Văn phòng");
  REQUIRE(accountable.provisions.size() == 1);
  CHECK(accountable.provisions[0].matter.value_or("?") == "chung");
  const auto field =
      clauseModel("Ủy viên Ban Thường vụ chịu trách nhiệm trước Ban Thường vụ về lĩnh vực được phân công.",
                  "Ủy viên Ban Thường vụ");
  REQUIRE(field.provisions.size() == 1);
  CHECK_FALSE(field.provisions[0].matter);  // a field of charge the text does not name
  const auto elected = clauseModel("Bầu Ban Thường vụ, Bí thư; bầu bổ sung khi khuyết theo quy định.", "Ban Chấp hành");
  for (const auto& p : elected.provisions) CHECK(p.matter.value_or("?") == "can_bo.bau_cu");
}

// Twenty-fifth set, first run (the press agency's D002 missed): "báo cáo Thường
// trực … kể từ ngày phê duyệt" made the recipient decide, without bound, what it
// had delegated; a verb after "kể từ ngày" is the date of an act, not a power.
TEST_CASE("a verb after 'kể từ ngày' dates a deadline and grants nothing", "[model][idioms]") {
  const auto model = clauseModel(
      "Phó Bí thư báo cáo Thường trực Đảng ủy trong thời hạn 05 ngày làm việc kể từ ngày phê duyệt.", "Thường trực");
  REQUIRE(model.provisions.size() == 1);
  CHECK(model.provisions[0].modality == Modality::REPORT);
}

// Sets fixed against (twelve units of the held-out sets): "dự sinh hoạt với chi
// bộ phụ trách …" made the cell the subject of "phụ trách"; "các hộ gia đình
// được phân công phụ trách." made the member in charge of nothing.
TEST_CASE("a verb with nothing after it, right after a body that is not the subject, only says which body",
          "[model][idioms]") {
  const auto cell = clauseModel(
      "Ủy viên Ban Thường vụ trực tiếp phụ trách các chi bộ trực thuộc; dự sinh hoạt với chi bộ phụ trách ít nhất "
      "mỗi quý một lần.",
      "Ủy viên Ban Thường vụ");
  REQUIRE(!cell.provisions.empty());
  for (const auto& p : cell.provisions) {
    CHECK(rasoat::model::actorId(p.actor) == "UV_BTV");
    CHECK(p.matter.value_or("?") == "to_chuc_dang");
  }
  const auto households = clauseModel(
      "Đảng viên giữ mối liên hệ với các hộ gia đình được phân công phụ trách; hằng tháng báo cáo tổ trưởng tổ đảng.",
      "Đảng viên");
  REQUIRE(!households.provisions.empty());
  for (const auto& p : households.provisions) CHECK(p.modality == Modality::REPORT);
  // With an object after it the verb is the subject's act: "Phó Bí thư được ủy quyền báo cáo Bí thư …".
  const auto received = clauseModel("Phó Bí thư được ủy quyền báo cáo Bí thư kết quả công tác.", "Phó Bí thư");
  REQUIRE(received.provisions.size() == 1);
  CHECK(received.provisions[0].modality == Modality::REPORT);
}

// Sets fixed against (five units): "quản lý đảng viên" was a management of
// nothing; the members as the object name the matter (as_object in actors.yaml).
TEST_CASE("party members as a verb's only object are the matter of member management", "[model][idioms]") {
  const auto manage = clauseModel("Chi bộ phối hợp với chi ủy nơi cư trú quản lý đảng viên.", "Chi bộ");
  REQUIRE(!manage.provisions.empty());
  for (const auto& p : manage.provisions) CHECK(p.matter.value_or("?") == "can_bo.dang_vien");
  // The dues are the matter; the members are who pays them.
  const auto dues = clauseModel("Chi bộ đôn đốc đảng viên đóng đảng phí hằng tháng.", "Chi bộ");
  REQUIRE(!dues.provisions.empty());
  for (const auto& p : dues.provisions) CHECK(p.matter.value_or("?") != "can_bo.dang_vien");
  // "thông qua đảng viên": a means, not the matter of the leadership.
  const auto means =
      clauseModel("Chi bộ lãnh đạo Ban điều hành thôn thông qua đảng viên hoạt động trong đó.", "Chi bộ");
  REQUIRE(!means.provisions.empty());
  for (const auto& p : means.provisions) CHECK(p.matter.value_or("?") != "can_bo.dang_vien");
}

// Sets fixed against (42 units across them): "chương trình" was read as the verb
// "trình" after "chương"; a compound noun that holds a verb's syllable is a fixed
// phrase of words.yaml.
TEST_CASE("a compound noun holding a verb's syllable is no verb", "[model][idioms]") {
  const auto programme = clauseModel("Chi ủy chuẩn bị nội dung, chương trình các kỳ sinh hoạt chi bộ.", "Chi ủy");
  REQUIRE(!programme.provisions.empty());
  for (const auto& p : programme.provisions) CHECK(p.modality == Modality::EXECUTE);
  const auto works = clauseModel("Giám đốc báo cáo Ban Thường vụ tình hình vận hành công trình thủy lợi.", "Quan hệ");
  REQUIRE(!works.provisions.empty());
  for (const auto& p : works.provisions) CHECK(p.modality == Modality::REPORT);
}

// Sets fixed against (four units): "xây dựng lực lượng tự vệ" listed after the
// matters a body leads was a task on an unknown matter, and the clause unread.
TEST_CASE("an act on no known matter listed after what a body leads is one more item of it", "[model][idioms]") {
  const auto model =
      clauseModel("Lãnh đạo công tác quốc phòng, an ninh, xây dựng lực lượng tự vệ của đơn vị.", "Ban Chấp hành");
  REQUIRE(model.provisions.size() == 2);
  for (const auto& p : model.provisions) CHECK(p.modality == Modality::DIRECT);
  // "… và quản lý cán bộ" names a matter of its own: a task of its own.
  const auto own = clauseModel("Lãnh đạo công tác cán bộ và quản lý cán bộ của Tổng công ty.", "Ban Thường vụ");
  const bool manages = std::any_of(own.provisions.begin(), own.provisions.end(),
                                   [](const auto& p) { return p.modality == Modality::EXECUTE; });
  CHECK(manages);
}

// Sets fixed against (nine units): "những công việc đã giải quyết" gave the body a
// power to resolve everything; a verb after "đã" describes what was done.
TEST_CASE("a verb after 'đã' says what was done, not a power", "[model][idioms]") {
  const auto model = clauseModel(
      "Chịu trách nhiệm trước Ban Chấp hành về những công việc đã giải quyết; định kỳ 6 tháng báo cáo Ban Chấp hành.",
      "Ban Thường vụ");
  REQUIRE(!model.provisions.empty());
  for (const auto& p : model.provisions) CHECK(p.modality != Modality::DIRECT);
}

// Sets fixed against (fifteen units): "Hội nghị Ban Chấp hành" was a name of the
// Ban Chấp hành, so "tham gia đầy đủ các hội nghị Ban Chấp hành" attended a
// body; a meeting names its owner right after it (names_owner in matters.yaml).
TEST_CASE("a body right after a meeting owns the meeting; a statement opening with the meeting is the body's",
          "[model][idioms]") {
  const auto attend =
      clauseModel("Tham gia đầy đủ các hội nghị Ban Chấp hành; trường hợp vắng mặt phải báo cáo Bí thư.",
                  "Trách nhiệm của ủy viên Ban Chấp hành");
  REQUIRE(!attend.provisions.empty());
  for (const auto& p : attend.provisions) CHECK(rasoat::model::actorId(p.actor) == "UV");
  const bool attends = std::any_of(attend.provisions.begin(), attend.provisions.end(),
                                   [](const auto& p) { return p.matter.value_or("?") == "hop"; });
  CHECK(attends);
  const auto absent = clauseModel("Khi vắng mặt hội nghị Ban Chấp hành phải báo cáo Bí thư và nêu rõ lý do.",
                                  "Trách nhiệm của ủy viên Ban Chấp hành");
  REQUIRE(absent.provisions.size() == 1);
  CHECK(rasoat::model::actorId(absent.provisions[0].actor) == "UV");
  const auto yearEnd = clauseModel("Hội nghị cuối năm của Ban Chấp hành thông qua chương trình công tác năm sau.",
                                   "Hội nghị Ban Chấp hành");
  REQUIRE(yearEnd.provisions.size() == 1);
  CHECK(rasoat::model::actorId(yearEnd.provisions[0].actor) == "BCH");
}

// Sets fixed against (the unexplained C001 at dang-uy-thue-tinh-thanh-hoa:121):
// "Lãnh đạo Thuế tỉnh báo cáo …" was a leading with no actor, then a report with
// none: a false "rõ người" where the text names the unit's leaders.
TEST_CASE("a leading verb, unknown words and a report open with the one who reports", "[model][idioms]") {
  const auto leaders = clauseModel("Lãnh đạo Thuế tỉnh báo cáo Ban Thường vụ kết quả thực hiện nhiệm vụ thu ngân sách.",
                                   "Quan hệ công tác");
  REQUIRE(leaders.clauses.size() == 1);
  CHECK(leaders.clauses[0].reason == NotFormalised::actorNotPlaced);
  for (const auto& p : leaders.provisions) CHECK(p.modality != Modality::DIRECT);
  // A led act stays led: "Lãnh đạo Công đoàn cơ sở thực hiện nghị quyết".
  const auto led = clauseModel("Lãnh đạo Công đoàn cơ sở thực hiện nghị quyết của Đảng ủy.", "Ban Chấp hành");
  const bool leads = std::any_of(led.provisions.begin(), led.provisions.end(),
                                 [](const auto& p) { return p.modality == Modality::DIRECT; });
  CHECK(leads);
}

// Twenty-seventh set, judged by eye after its first run: readings stated as
// sure that dropped what limits them, or put a body of the level above at home.
TEST_CASE("an exception the grammar types no condition in makes a power's reading not sure", "[model][certainty]") {
  const auto model = clauseModel(
      "Quyết định thi hành kỷ luật đảng viên theo thẩm quyền, ngoại trừ đảng viên là đảng ủy viên.", "Ban Thường vụ");
  REQUIRE(!model.provisions.empty());
  for (const auto& p : model.provisions) CHECK_FALSE(p.reading.sure);
  // A typed exception stays sure: "trừ trường hợp khẩn cấp".
  const auto typed =
      clauseModel("Ban Thường vụ quyết định kỷ luật đảng viên, trừ trường hợp khẩn cấp.", "Ban Thường vụ");
  REQUIRE(!typed.provisions.empty());
  CHECK(typed.provisions[0].reading.sure);
}

TEST_CASE("'giữa hai kỳ hội nghị' is between meetings; the committee of the provincial People's Committee is above",
          "[model][idioms]") {
  const auto between = clauseModel(
      "Giữa hai kỳ hội nghị, lãnh đạo, chỉ đạo việc thực hiện nghị quyết của Ban Chấp hành.", "Ban Thường vụ");
  REQUIRE(!between.provisions.empty());
  for (const auto& p : between.provisions) {
    CHECK(p.matter.value_or("?") != "hop");
    CHECK(p.condition.formula() == "giua_hai_ky_hop = true");
  }
  const auto above = clauseModel("Bí thư báo cáo ngay Thường trực Đảng uỷ Uỷ ban nhân dân tỉnh.", "Bí thư");
  REQUIRE(above.provisions.size() == 1);
  REQUIRE(above.provisions[0].recipient);
  CHECK(above.provisions[0].recipient->organisation == rasoat::model::Organisation::upper);
}

// Twenty-seventh set, judged by eye: "báo cáo … tại cuộc giao ban hằng tuần" gave
// the one reporting a weekly meeting of its own.
TEST_CASE("a report at a weekly briefing gives the reporter no meeting rule", "[model][idioms]") {
  const auto model = clauseModel(
      "Văn phòng Đảng ủy tổng hợp tình hình, báo cáo Thường trực Đảng ủy tại cuộc giao ban hằng tuần.", "Văn phòng");
  CHECK(model.parameters.empty());
}

// Twenty-seventh set, judged by eye: "không được tự quyết định … mà phải đưa ra
// Chi bộ thảo luận" forbade the discussion too.
TEST_CASE("a marker written after an earlier verb governs the verbs after it", "[model][negation]") {
  const auto model = clauseModel(
      "Bí thư không được tự quyết định những vấn đề thuộc thẩm quyền của tập thể Chi bộ mà phải đưa ra Chi bộ thảo "
      "luận, biểu quyết.",
      "Bí thư");
  REQUIRE(!model.provisions.empty());
  for (const auto& p : model.provisions) {
    if (p.modality == Modality::DECIDE) CHECK(p.deontic == Deontic::prohibition);
    if (p.modality == Modality::ADVISE) CHECK(p.deontic == Deontic::obligation);
  }
}

// Twenty-eighth set, judged by eye at its first run, and the sets fixed against:
// "báo cáo Chi bộ tại kỳ sinh hoạt gần nhất những công việc …" lost its object
// to the occasion, and "ủy quyền cho Phó Bí thư chủ trì …, giải quyết công việc
// hằng ngày" gave the second act to the one delegating.
TEST_CASE("an occasion right after the recipient comes before the object", "[model][idioms]") {
  const auto report = clauseModel(
      "Chi ủy báo cáo Chi bộ tại kỳ sinh hoạt gần nhất những công việc đã giải quyết giữa hai kỳ sinh hoạt.",
      "Nhiệm vụ của Chi ủy");
  REQUIRE(report.provisions.size() == 1);
  CHECK(report.provisions[0].matter.value_or("?") == "chung");
  // Not a decision's occasion: "do Ban Chấp hành quyết định tại hội nghị cuối năm".
  const auto passive = clauseModel(
      "Chương trình công tác toàn khóa và hằng năm của Đảng ủy do Ban Chấp hành thảo luận, quyết định tại hội nghị "
      "đầu nhiệm kỳ và hội nghị cuối năm.",
      "Nhiệm vụ của Ban Chấp hành");
  REQUIRE(!passive.provisions.empty());
  for (const auto& p : passive.provisions) CHECK(p.matter.value_or("?") == "chuong_trinh_cong_tac");
}

TEST_CASE("acts listed after the act handed over are handed over too", "[model][idioms]") {
  const auto model = clauseModel(
      "Khi vắng mặt, Bí thư ủy quyền cho Phó Bí thư chủ trì sinh hoạt chi bộ, giải quyết công việc hằng ngày.",
      "Nhiệm vụ của Bí thư");
  REQUIRE(model.provisions.size() == 2);
  for (const auto& p : model.provisions) {
    CHECK(p.modality == Modality::DELEGATE);
    REQUIRE(p.recipient);
    CHECK(p.recipient->id == "PBT");
  }
  // The holder's report after the handing over stays the holder's.
  const auto reported = clauseModel(
      "Bí thư ủy quyền cho Phó Bí thư chủ trì sinh hoạt chi bộ và báo cáo Đảng ủy xã kết quả.", "Nhiệm vụ của Bí thư");
  const bool reports = std::any_of(reported.provisions.begin(), reported.provisions.end(),
                                   [](const auto& p) { return p.modality == Modality::REPORT; });
  CHECK(reports);
}

TEST_CASE("'đột xuất' is an emergency only as the case an exception names", "[model][idioms]") {
  const auto award = clauseModel("Giữa hai kỳ họp, Ban Thường vụ ủy quyền cho Bí thư quyết định khen thưởng đột xuất.",
                                 "Nhiệm vụ của Ban Thường vụ");
  REQUIRE(!award.provisions.empty());
  for (const auto& p : award.provisions) CHECK(p.condition.formula() == "giua_hai_ky_hop = true");
  const auto papers = clauseModel(
      "Văn phòng Đảng ủy gửi tài liệu phiên họp đến các ủy viên Ban Thường vụ chậm nhất 02 ngày làm việc trước phiên "
      "họp, trừ trường hợp họp đột xuất.",
      "Văn phòng Đảng ủy");
  REQUIRE(!papers.provisions.empty());
  for (const auto& p : papers.provisions) {
    REQUIRE(p.condition.exceptions.size() == 1);
    CHECK(p.condition.formula().find("khan_cap") != std::string::npos);
  }
}

// Twenty-eighth set, judged by eye: "Bí thư Chi bộ báo cáo ngay Thường trực
// Đảng ủy xã và báo cáo bằng văn bản …" made the recipient report; a fronted
// phrase closed by a comma hid the body after it.
TEST_CASE("the recipient of a verb before 'và' and the next verb receives both", "[model][idioms]") {
  const auto model = clauseModel(
      "Khi xảy ra vụ việc phức tạp về an ninh, trật tự, Bí thư báo cáo ngay Thường trực Đảng ủy và báo cáo bằng văn "
      "bản chậm nhất 5 ngày làm việc.",
      "Quan hệ công tác");
  REQUIRE(model.provisions.size() >= 2);
  for (const auto& p : model.provisions) CHECK(rasoat::model::actorId(p.actor) == "BT");
  // A subject written again after the comma is the next verb's.
  const auto chain = clauseModel("Thường trực báo cáo Ban Thường vụ, Ban Thường vụ báo cáo Ban Chấp hành.", "Quan hệ");
  const bool standingReports = std::any_of(chain.provisions.begin(), chain.provisions.end(), [](const auto& p) {
    return rasoat::model::actorId(p.actor) == "BTV" && p.modality == Modality::REPORT;
  });
  CHECK(standingReports);
}

TEST_CASE("a fronted trigger the grammar cannot type leaves a power not sure; an absence or a duty's time is read",
          "[model][certainty]") {
  const auto power = clauseModel(
      "Khi Công ty xảy ra tranh chấp lao động tập thể, Bí thư quyết định biện pháp bảo đảm an ninh, trật tự.",
      "Nhiệm vụ của Bí thư");
  REQUIRE(!power.provisions.empty());
  for (const auto& p : power.provisions) CHECK_FALSE(p.reading.sure);
  const auto duty = clauseModel(
      "Khi Công ty xảy ra tranh chấp lao động tập thể, Bí thư báo cáo ngay Thường trực Đảng ủy về an ninh, trật tự.",
      "Nhiệm vụ của Bí thư");
  REQUIRE(!duty.provisions.empty());
  for (const auto& p : duty.provisions) CHECK(p.reading.sure);
  const auto standIn = clauseModel(
      "Khi Bí thư đi công tác, học tập dài ngày, Bí thư ủy quyền cho Phó Bí thư quyết định các khoản chi từ ngân "
      "sách đảng.",
      "Nhiệm vụ của Bí thư");
  REQUIRE(!standIn.provisions.empty());
  for (const auto& p : standIn.provisions) CHECK(p.reading.sure);
}

// Twenty-eighth set, judged by eye: "chịu trách nhiệm trước Đảng ủy, Ban
// Thường vụ và Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh" lost the body of
// the level above: it was taken for a repeat of the document's own.
TEST_CASE("a body of the level above and the same body of this level are two recipients", "[model][idioms]") {
  const auto model = clauseModel(
      "Chịu trách nhiệm trước Đảng ủy, Ban Thường vụ và Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh về hoạt động của "
      "Đảng bộ.",
      "Nhiệm vụ của Bí thư");
  const bool upper = std::any_of(model.provisions.begin(), model.provisions.end(), [](const auto& p) {
    return p.recipient && p.recipient->id == "BTV" && p.recipient->organisation == rasoat::model::Organisation::upper;
  });
  const bool own = std::any_of(model.provisions.begin(), model.provisions.end(), [](const auto& p) {
    return p.recipient && p.recipient->id == "BTV" && p.recipient->organisation == rasoat::model::Organisation::own;
  });
  CHECK(upper);
  CHECK(own);
}

// Sets fixed against (thirteen units): "được bảo lưu, báo cáo lên Đảng ủy phường
// nhưng phải chấp hành nghị quyết" reported the resolution it must carry out.
TEST_CASE("a verb with no object does not share the object after a contrast or a marker", "[model][idioms]") {
  const auto model = clauseModel(
      "Đảng viên có ý kiến khác được bảo lưu, báo cáo lên Đảng ủy phường nhưng phải chấp hành nghị quyết của Chi bộ.",
      "Nguyên tắc làm việc");
  const bool reportsResolution = std::any_of(model.provisions.begin(), model.provisions.end(), [](const auto& p) {
    return p.modality == Modality::REPORT && p.matter.value_or("?") == "nghi_quyet";
  });
  CHECK_FALSE(reportsResolution);
  // Verbs listed with a comma share it: "Lãnh đạo, chỉ đạo và kiểm tra …".
  const auto listed = clauseModel("Lãnh đạo, kiểm tra việc thực hiện nghị quyết.", "Nhiệm vụ của Ban Thường vụ");
  REQUIRE(!listed.provisions.empty());
  for (const auto& p : listed.provisions) CHECK(p.matter.value_or("?") == "nghi_quyet");
}

// Sets fixed against (six units): "Trực tiếp phụ trách một số chi bộ" was in
// charge of nothing; a determiner before the bodies does not hide them.
TEST_CASE("bodies after a determiner are the object of a verb about bodies", "[model][idioms]") {
  const auto model =
      clauseModel("Trực tiếp phụ trách một số chi bộ, lĩnh vực công tác.", "Nhiệm vụ của Ủy viên Ban Thường vụ");
  REQUIRE(!model.provisions.empty());
  for (const auto& p : model.provisions) CHECK(p.matter.value_or("?") == "to_chuc_dang");
  // A link is no determiner: "Bảo đảm sự lãnh đạo toàn diện của Đảng ủy" leads no body.
  const auto principle =
      clauseModel("Bảo đảm sự lãnh đạo toàn diện của Đảng ủy đối với mọi lĩnh vực công tác.", "Nguyên tắc làm việc");
  for (const auto& p : principle.provisions) CHECK(p.matter.value_or("?") != "to_chuc_dang");
}

// Twenty-eighth set, judged by eye: "Được phân công phụ trách chi bộ" was a
// permission; the "được" of an assignment received is a passive.
TEST_CASE("an assignment received is no permission", "[model][idioms]") {
  const auto model = clauseModel("Được phân công phụ trách chi bộ, tổ dân phố.", "Nhiệm vụ của Đảng ủy viên");
  REQUIRE(!model.provisions.empty());
  for (const auto& p : model.provisions) CHECK(p.deontic != Deontic::permission);
  // "được ủy quyền cho …" is a permission to delegate.
  const auto allowed = clauseModel("Phó Bí thư được ủy quyền cho Văn phòng ký văn bản.", "Nhiệm vụ");
  REQUIRE(!allowed.provisions.empty());
  CHECK(allowed.provisions[0].deontic == Deontic::permission);
}

// Sets fixed against (eleven units) and the twenty-eighth set: "Phó Bí thư là
// Chủ tịch Ủy ban nhân dân phường lãnh đạo …" had the People's Committee lead,
// surely; "Phó Bí thư, Chủ tịch Ủy ban nhân dân phường báo cáo" made two reporters.
TEST_CASE("an office named after 'là' or a post and a comma is the office the person holds", "[model][idioms]") {
  CHECK(
      summaries(clauseModel(
          "Phó Bí thư là Chủ tịch Ủy ban nhân dân phường lãnh đạo việc thực hiện nhiệm vụ phát triển kinh tế - xã hội.",
          "Nhiệm vụ của Phó Bí thư")) == std::vector<std::string>{"PBT DIRECT kinh_te_xa_hoi [true]"});
  const auto comma = clauseModel("Phó Bí thư, Chủ tịch Ủy ban nhân dân phường báo cáo Thường trực Đảng ủy về đất đai.",
                                 "Quan hệ công tác");
  REQUIRE(!comma.provisions.empty());
  for (const auto& p : comma.provisions) CHECK(rasoat::model::actorId(p.actor) == "PBT");
  // The list goes on after the office: "… Chủ tịch Ủy ban nhân dân xã và Phó Bí thư Thường trực quyết định".
  const auto joint = clauseModel(
      "Phó Bí thư, Chủ tịch Ủy ban nhân dân xã và Phó Bí thư Thường trực quyết định công tác dân vận.", "Nhiệm vụ");
  CHECK(summaries(joint) == std::vector<std::string>{"PBT DECIDE dan_van [true]", "PBT_TT DECIDE dan_van [true]"});
  // Two bodies listed with a comma both act: "Ban Thường vụ, Ủy ban nhân dân phường báo cáo …".
  const auto two =
      clauseModel("Thường trực Đảng ủy, Ủy ban nhân dân phường báo cáo Ban Thường vụ về đất đai.", "Quan hệ công tác");
  CHECK(two.provisions.size() == 2);
}

// Twenty-eighth set, judged by eye (the largest class): "báo cáo Ban Chấp hành
// tại kỳ họp gần nhất" lost its time, silently, in a sure reading.
TEST_CASE("an occasion times the report it follows, not the decision before it", "[model][idioms]") {
  const auto model = clauseModel(
      "Ban Thường vụ cho chủ trương đầu tư các dự án có tổng mức đầu tư dưới 45 tỷ đồng; báo cáo Ban Chấp hành tại "
      "kỳ họp gần nhất.",
      "Nhiệm vụ");
  REQUIRE(model.provisions.size() == 2);
  CHECK(model.provisions[0].modality == Modality::DECIDE);
  CHECK_FALSE(model.provisions[0].occasion);
  REQUIRE(model.provisions[1].occasion);
  CHECK(model.provisions[1].occasion->kind == Occasion::Kind::nextMeeting);
  CHECK(model.provisions[1].occasion->text == "tại kỳ họp gần nhất");
  // The grammar reads the regular meeting and the body between: "tại phiên họp thường kỳ gần nhất".
  const auto regular = clauseModel("Thường trực Đảng ủy báo cáo Ban Thường vụ tại phiên họp thường kỳ gần nhất.");
  REQUIRE(regular.provisions.size() == 1);
  REQUIRE(regular.provisions[0].occasion);
  CHECK(regular.provisions[0].occasion->kind == Occasion::Kind::nextMeeting);
  const auto named = clauseModel("Bí thư báo cáo tại kỳ sinh hoạt chi bộ gần nhất.", "Nhiệm vụ của Bí thư Chi bộ");
  for (const auto& p : named.provisions) {
    REQUIRE(p.occasion);
    CHECK(p.occasion->kind == Occasion::Kind::nextMeeting);
  }
  // A meeting with no "gần nhất" is a meeting; a fronted occasion times the first power.
  const auto meeting = clauseModel("Tại hội nghị cuối năm, Ban Thường vụ báo cáo Ban Chấp hành về công tác dân vận.");
  REQUIRE(!meeting.provisions.empty());
  REQUIRE(meeting.provisions[0].occasion);
  CHECK(meeting.provisions[0].occasion->kind == Occasion::Kind::meeting);
  // In a chain of verbs, the decision before the report is not timed.
  const auto chain =
      clauseModel("Thường trực Đảng ủy cho chủ trương giao đất và báo cáo Ban Thường vụ tại phiên họp gần nhất.");
  REQUIRE(chain.provisions.size() == 2);
  for (const auto& p : chain.provisions) CHECK((p.occasion.has_value() == (p.modality == Modality::REPORT)));
}

// Twenty-ninth set, judged by eye: the committee of a province's party-agencies
// bloc was read at the province's level, so the Tỉnh ủy's Ban Thường vụ was its own.
TEST_CASE("a bloc committee named after the province sits below the province", "[model][idioms]") {
  const auto model = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC\ncủa Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh Thanh Hóa, khóa I, nhiệm kỳ 2025 - 2030\n\n"
      "Điều 1. Quan hệ công tác\n1. Ban Thường vụ Đảng ủy báo cáo Ban Thường vụ Tỉnh ủy hằng quý về công tác dân "
      "vận.\n");
  CHECK(model.level == Level::district);
  REQUIRE(model.provisions.size() == 1);
  CHECK(model.provisions[0].actor.organisation == Organisation::own);
  REQUIRE(model.provisions[0].recipient);
  CHECK(model.provisions[0].recipient->organisation == Organisation::upper);
  // A province's own committee stays at the province.
  const auto province = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC\ncủa Ban Chấp hành Đảng bộ tỉnh Thanh Hóa, khóa XX, nhiệm kỳ 2025 - 2030\n\n"
      "Điều 1. Quan hệ công tác\n1. Ban Thường vụ Tỉnh ủy báo cáo Ban Chấp hành Đảng bộ tỉnh hằng quý về công tác dân "
      "vận.\n");
  CHECK(province.level == Level::province);
}

// Twenty-ninth set, judged by eye: in a cell's regulation "đồng chí Bí thư Đảng
// ủy Trung tâm" was the cell's own Bí thư, who then reported to himself.
TEST_CASE("in a cell's regulation the committee's Bí thư is the level above", "[model][idioms]") {
  const auto model = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC\ncủa Chi bộ Khoa Ngoại, nhiệm kỳ 2025 - 2027\n\n"
      "Điều 1. Nhiệm vụ của Bí thư Chi bộ\n1. Báo cáo đồng chí Bí thư Đảng ủy Trung tâm hằng quý về công tác dân "
      "vận.\n");
  REQUIRE(model.provisions.size() == 1);
  CHECK(model.provisions[0].actor.organisation == Organisation::own);
  REQUIRE(model.provisions[0].recipient);
  CHECK(model.provisions[0].recipient->id == "BT");
  CHECK(model.provisions[0].recipient->organisation == Organisation::upper);
  // In a committee's own regulation, "Bí thư Đảng ủy" is its own.
  const auto committee = rasoat::testing::modelOf(
      "QUY CHẾ LÀM VIỆC\ncủa Ban Chấp hành Đảng bộ phường An Hòa, nhiệm kỳ 2025 - 2030\n\n"
      "Điều 1. Nhiệm vụ của Văn phòng\n1. Văn phòng báo cáo Bí thư Đảng ủy hằng quý về công tác dân vận.\n");
  REQUIRE(committee.provisions.size() == 1);
  REQUIRE(committee.provisions[0].recipient);
  CHECK(committee.provisions[0].recipient->organisation == Organisation::own);
}

// Twenty-ninth set, judged by eye: "Cho ý kiến … khi Ban Giám đốc Trung tâm đề
// nghị" gave the cell a sure advisory power with the trigger dropped.
TEST_CASE("a trigger after the verb that the grammar cannot type leaves a power not sure; a time is read",
          "[model][certainty]") {
  const auto power =
      clauseModel("Cho ý kiến nhận xét đối với đảng viên khi Ban Giám đốc Trung tâm đề nghị xem xét bổ nhiệm.",
                  "Nhiệm vụ của Chi bộ");
  REQUIRE(!power.provisions.empty());
  for (const auto& p : power.provisions) CHECK_FALSE(p.reading.sure);
  // "bầu bổ sung khi khuyết", "trước khi …" are times, read.
  const auto vacancy =
      clauseModel("Bầu bổ sung Ban Thường vụ, Bí thư, Phó Bí thư khi khuyết.", "Nhiệm vụ của Ban Chấp hành");
  REQUIRE(!vacancy.provisions.empty());
  for (const auto& p : vacancy.provisions) CHECK(p.reading.sure);
  const auto before =
      clauseModel("Cho ý kiến về dự toán ngân sách nhà nước trước khi Hội đồng nhân dân phường quyết định.",
                  "Nhiệm vụ của Ban Thường vụ");
  REQUIRE(!before.provisions.empty());
  for (const auto& p : before.provisions) CHECK(p.reading.sure);
}

// Twenty-ninth set, judged by eye: "Thường trực Đảng ủy quyết định các khoản chi
// dưới 30 triệu đồng, báo cáo Ban Thường vụ hằng quý" made a quarterly decision.
TEST_CASE("a period in a statement with a report times the report, not the decision", "[model][idioms]") {
  const auto model = clauseModel(
      "Thường trực Đảng ủy quyết định các khoản chi từ ngân sách đảng dưới 30 triệu đồng, báo cáo Ban Thường vụ hằng "
      "quý.");
  bool reported = false;
  for (const auto& p : model.provisions) {
    CHECK(p.frequency.has_value() == (p.modality == Modality::REPORT));
    reported = reported || p.modality == Modality::REPORT;
  }
  CHECK(reported);
}

// Twenty-ninth set, judged by eye: "báo cáo ngay Thường trực Đảng ủy bằng điện
// thoại, sau đó báo cáo bằng văn bản" made the Thường trực report, surely.
TEST_CASE("the recipient of a report is not the subject of the next verb after a comma", "[model][idioms]") {
  const auto model = clauseModel(
      "Bí thư chi bộ báo cáo ngay Thường trực Đảng ủy bằng điện thoại, sau đó báo cáo bằng văn bản về an ninh, trật "
      "tự.",
      "Quan hệ công tác");
  REQUIRE(!model.provisions.empty());
  for (const auto& p : model.provisions) CHECK(rasoat::model::actorId(p.actor) == "BT");
}
