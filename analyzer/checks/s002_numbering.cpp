// S002: numbering out of order or duplicated (Điều 5 after Điều 3; two khoản 2).
#include <fmt/format.h>

#include "checks/catalogue.h"
#include "checks/unit_helpers.h"

namespace rasoat::checks {

namespace {

using syntax::Unit;
using syntax::UnitKind;

// Position of a point letter in the Vietnamese order (a b c d đ e g h i k l m n o p q r s t u v x y).
int letterOrder(const std::string& letter) {
  static const std::vector<std::string> order = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                                 "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (order[i] == letter) return static_cast<int>(i) + 1;
  }
  return -1;
}

// "9a" -> 9 with a suffix; "THỨ NHẤT" -> none.
std::optional<int> leadingNumber(const std::string& number, bool& suffixed) {
  std::size_t digits = 0;
  while (digits < number.size() && std::isdigit(static_cast<unsigned char>(number[digits]))) ++digits;
  suffixed = digits > 0 && digits < number.size();
  if (digits == 0 || digits > 6) return std::nullopt;
  return std::stoi(number.substr(0, digits));
}

class Numbering : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{
        "S002",
        "numbering",
        Severity::warning,
        {"đánh số điều, khoản, điểm sai thứ tự hoặc trùng", "numbering out of order or duplicated"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    std::vector<const Unit*> articles;
    collectArticles(document.tree.root, articles);
    checkSequence(document, context, articles, "Điều", "Điều");
    for (const Unit* article : articles) {
      std::vector<const Unit*> clauses;
      std::vector<const Unit*> points;
      for (const Unit& child : article->children) {
        if (child.kind == UnitKind::clause && child.number) clauses.push_back(&child);
      }
      checkSequence(document, context, clauses, "khoản", "clause");
      for (const Unit* clause : clauses) checkPoints(document, context, *clause);
    }
  }

 private:
  static void collectArticles(const Unit& unit, std::vector<const Unit*>& out) {
    for (const Unit& child : unit.children) {
      if (child.kind == UnitKind::article)
        out.push_back(&child);
      else if (child.kind == UnitKind::chapter || child.kind == UnitKind::section)
        collectArticles(child, out);
    }
  }

  void checkSequence(const CheckedDocument& document, CheckContext& context, const std::vector<const Unit*>& units,
                     const char* vi, const char* en) const {
    int previous = 0;
    for (const Unit* unit : units) {
      bool suffixed = false;
      const auto number = leadingNumber(*unit->number, suffixed);
      if (!number) continue;
      const bool inserted = suffixed && *number == previous;  // "Điều 9a" after "Điều 9"
      if (*number == previous + 1 || inserted) {
        previous = *number;
        continue;
      }
      LocalizedText message;
      if (previous == 0) {
        message = {fmt::format("{} đầu tiên mang số {}, không phải 1", vi, *unit->number),
                   fmt::format("the first {} is numbered {}, not 1", en, *unit->number)};
      } else if (*number <= previous) {
        message = {
            fmt::format("{} {} trùng hoặc sai thứ tự: đứng sau {} {}", vi, *unit->number, vi, previous),
            fmt::format("{} {} is duplicated or out of order: it follows {} {}", en, *unit->number, en, previous)};
      } else {
        message = {
            fmt::format("{} {} đứng ngay sau {} {}: thiếu {} {}", vi, *unit->number, vi, previous, vi, previous + 1),
            fmt::format("{} {} follows {} {}: {} {} is missing", en, *unit->number, en, previous, en, previous + 1)};
      }
      Diagnostic diagnostic = finding(document, markerRange(*unit), message);
      diagnostic.suggestion = LocalizedText{"đánh số lại cho liên tục", "renumber so that the sequence is continuous"};
      context.sink.report(std::move(diagnostic));
      previous = std::max(previous, *number);
    }
  }

  void checkPoints(const CheckedDocument& document, CheckContext& context, const Unit& clause) const {
    int previous = 0;
    // Word's and LibreOffice's automatic letters run a, b, c, d, e, f: no "đ".
    const bool office = document.source && !document.source->documentFormat().empty();
    char latin = 'a';
    for (const Unit& point : clause.children) {
      if (point.kind != UnitKind::point || !point.number) continue;
      const int order = letterOrder(*point.number);
      if (order < 0) continue;  // "1.1" sub-numbering is checked as written
      const bool inLatinOrder = latin != 0 && *point.number == std::string(1, latin);
      latin = inLatinOrder && latin < 'z' ? static_cast<char>(latin + 1) : 0;
      if (order != previous + 1) {
        Diagnostic diagnostic =
            finding(document, markerRange(point),
                    {fmt::format("điểm {} sai thứ tự chữ cái (a, b, c, d, đ, e, g, h, i, k ...)", *point.number),
                     fmt::format("point {} is out of the Vietnamese letter order (a, b, c, d, đ, e, g, h, i, k ...)",
                                 *point.number)});
        if (office && inLatinOrder) {
          diagnostic.suggestion = LocalizedText{
              "nếu các điểm được đánh số tự động trong Word hoặc LibreOffice: kiểu a, b, c của chương trình không có "
              "chữ 'đ'; hãy gõ tay các chữ từ 'đ' trở đi",
              "if the points are numbered automatically in Word or LibreOffice: the program's a, b, c style has no "
              "'đ'; type the letters from 'đ' on by hand"};
        }
        context.sink.report(std::move(diagnostic));
      }
      previous = order;
    }
  }
};

}  // namespace

std::unique_ptr<Check> makeNumbering() {
  return std::make_unique<Numbering>();
}

}  // namespace rasoat::checks
