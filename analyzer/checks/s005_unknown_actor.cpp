// S005: a body in a subject or recipient position that the lexicon does not know.
#include <algorithm>
#include <set>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "checks/catalogue.h"

namespace rasoat::checks {

namespace {

bool unknown(const model::ActorRef& actor) {
  return !actor.id && !actor.vague && !actor.text.empty();
}

// The words of the clause as written that the model read, folded, as `phrase`
// ("Tổ tổng hợp Đảng uỷ" for "tổ tổng hợp đảng ủy"); the folded phrase when
// they cannot be found.
std::string asWritten(const std::string& clause, const std::string& phrase) {
  std::vector<std::string> words;
  std::istringstream in(clause);
  for (std::string word; in >> word;) words.push_back(word);
  const auto count = static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
  for (std::size_t begin = 0; begin + count <= words.size(); ++begin) {
    std::string window = words[begin];
    for (std::size_t k = 1; k < count; ++k) window += " " + words[begin + k];
    if (model::Lexicon::phraseKey(window) == phrase) return window;
  }
  return phrase;
}

class UnknownActor : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo info{"S005",
                                "unknown-actor",
                                Severity::warning,
                                {"chủ thể không có trong danh mục (ở vị trí chủ ngữ hoặc người nhận)",
                                 "unknown actor in a subject or recipient position"}};
    return info;
  }

  void run(const CheckedDocument& document, CheckContext& context) const override {
    std::set<std::pair<int, std::string>> reported;
    for (const auto& provision : document.model.provisions) {
      if (unknown(provision.actor)) report(document, context, provision, provision.actor, true, reported);
      if (provision.recipient && unknown(*provision.recipient))
        report(document, context, provision, *provision.recipient, false, reported);
    }
  }

 private:
  void report(const CheckedDocument& document, CheckContext& context, const model::Provision& provision,
              const model::ActorRef& actor, bool subject, std::set<std::pair<int, std::string>>& reported) const {
    if (!reported.insert({provision.source.position.line, actor.text}).second) return;
    const std::string name = asWritten(provision.source.text, actor.text);
    model::SourceRef named = provision.source;  // the caret under the name
    named.words = {actor.text};
    Diagnostic diagnostic = finding(
        document, clauseRange(named),
        {fmt::format("\"{}\" ({}) không phải là tổ chức, chức danh đã biết", name, subject ? "chủ thể" : "người nhận"),
         fmt::format("\"{}\" ({}) is not a known body or office", name, subject ? "subject" : "recipient")});
    diagnostic.suggestion = LocalizedText{
        "dùng đúng tên tổ chức, chức danh; nếu là tổ chức mới, định nghĩa nó (giải thích từ ngữ) hoặc thêm vào từ "
        "điển (rules/lexicon/actors.yaml)",
        "use the body's proper name; if it is a new body, define it in the definitions article or add it to "
        "rules/lexicon/actors.yaml"};
    context.sink.report(std::move(diagnostic));
  }
};

}  // namespace

std::unique_ptr<Check> makeUnknownActor() {
  return std::make_unique<UnknownActor>();
}

}  // namespace rasoat::checks
