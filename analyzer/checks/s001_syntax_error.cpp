// S001: a syntax error. The layout parser reports these while it reads the
// file (analyzer/syntax); the check exists so that S001 has its place in the
// catalogue, its explanation and its fixtures, and can be selected or ignored.
#include "checks/catalogue.h"

namespace rasoat::checks {

namespace {

class SyntaxError : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{
        "S001", "syntax-error", Severity::error, {"lỗi cú pháp trình bày văn bản", "syntax error"}};
    return info;
  }
  void run(const CheckedDocument&, CheckContext&) const override {}
};

}  // namespace

std::unique_ptr<Check> makeSyntaxError() {
  return std::make_unique<SyntaxError>();
}

}  // namespace rasoat::checks
