#include "review/word_review_files.h"

#include "input/office_files.h"

namespace rasoat::testing {

namespace {

constexpr const char* kCommentNamespaces = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
                                           R"(xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" )"
                                           R"(xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml")";

std::string run(const std::string& text) {
  return R"(<w:r><w:t xml:space="preserve">)" + text + "</w:t></w:r>";
}

std::string paraIdOf(const std::string& id) {
  return "0000" + std::string(4 - std::min<std::size_t>(4, id.size()), '0') + id;
}

}  // namespace

std::string trackedRuns(const std::string& marked, const std::string& author) {
  std::string runs;
  std::size_t at = 0;
  int change = 100;
  while (at < marked.size()) {
    const char mark = marked[at];
    if (mark == '+' || mark == '-') {
      const std::size_t end = marked.find(mark, at + 1);
      const std::string text = marked.substr(at + 1, end - at - 1);
      const std::string attributes =
          " w:id=\"" + std::to_string(change++) + "\" w:author=\"" + author + "\" w:date=\"2026-11-20T09:00:00Z\"";
      if (mark == '+')
        runs += "<w:ins" + attributes + ">" + run(text) + "</w:ins>";
      else
        runs +=
            "<w:del" + attributes + R"(><w:r><w:delText xml:space="preserve">)" + text + "</w:delText></w:r></w:del>";
      at = end + 1;
      continue;
    }
    const std::size_t next = marked.find_first_of("+-", at);
    runs += run(marked.substr(at, next == std::string::npos ? std::string::npos : next - at));
    at = next == std::string::npos ? marked.size() : next;
  }
  return runs;
}

std::string paragraphOf(const std::string& runs, const std::string& properties) {
  return "<w:p>" + (properties.empty() ? std::string() : "<w:pPr>" + properties + "</w:pPr>") + runs + "</w:p>";
}

std::string rangeStart(const std::string& id) {
  return R"(<w:commentRangeStart w:id=")" + id + R"("/>)";
}

std::string rangeEnd(const std::string& id) {
  return R"(<w:commentRangeEnd w:id=")" + id + R"("/><w:r><w:commentReference w:id=")" + id + R"("/></w:r>)";
}

std::string reviewedDocx(const std::string& body, const std::vector<TestComment>& comments, bool threads) {
  std::string part = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments ") + kCommentNamespaces + ">";
  std::string extended =
      std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w15:commentsEx ") + kCommentNamespaces + ">";
  for (const TestComment& comment : comments) {
    part += R"(<w:comment w:id=")" + comment.id + R"(" w:author=")" + comment.author +
            R"(" w:date="2026-11-20T10:00:00Z")" +
            (comment.initials.empty() ? std::string() : " w:initials=\"" + comment.initials + "\"") + ">" +
            R"(<w:p w14:paraId=")" + paraIdOf(comment.id) +
            R"("><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">)" + comment.text +
            "</w:t></w:r></w:p></w:comment>";
    extended +=
        R"(<w15:commentEx w15:paraId=")" + paraIdOf(comment.id) + "\"" +
        (comment.parentId.empty() ? std::string() : " w15:paraIdParent=\"" + paraIdOf(comment.parentId) + "\"") +
        R"( w15:done="0"/>)";
  }
  part += "</w:comments>";
  extended += "</w15:commentsEx>";
  std::map<std::string, std::string> parts{{"word/comments.xml", part}};
  if (threads) parts["word/commentsExtended.xml"] = extended;
  return docxOf(body, {}, {}, parts);
}

}  // namespace rasoat::testing
