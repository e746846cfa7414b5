#include "input/review_marks.h"

#include <algorithm>
#include <map>

#include "input/failure.h"
#include "input/format.h"
#include "input/word_paragraphs.h"
#include "input/xml_part.h"
#include "input/zip_archive.h"

namespace rasoat::input {

namespace {

// Where a comment's range lies: paragraphs, and the count of text bytes of
// the body before its start and its end (equal for two comments on the very
// same words).
struct Anchor {
  int first = 0, last = 0;
  long startAt = -1, endAt = -1;
};

bool isChange(std::string_view name) {
  return name == "w:ins" || name == "w:del" || name == "w:moveFrom" || name == "w:moveTo" || name == "w:pPrChange";
}

// One walk of the body in the order wordParagraphs numbers paragraphs: the
// comments' anchors and the authors of the changes.
class BodyWalk {
 public:
  explicit BodyWalk(const pugi::xml_node& body) {
    int ordinal = 0;
    for (const pugi::xml_node& paragraph : wordParagraphs(body)) ordinals_[paragraph.internal_object()] = ++ordinal;
    walk(body);
  }

  std::map<std::string, Anchor> anchors;
  std::vector<std::string> authors;

 private:
  void walk(const pugi::xml_node& body) {
    // Iterative pre-order, as wordParagraphs: a hostile file may nest deep.
    pugi::xml_node node = body.first_child();
    while (node) {
      const bool element = node.type() == pugi::node_element;
      if (element) visit(node);
      if (element && std::string_view(node.name()) != "mc:Fallback" && node.first_child()) {
        node = node.first_child();
        continue;
      }
      while (node && !node.next_sibling() && node != body) node = node.parent();
      if (!node || node == body) break;
      node = node.next_sibling();
    }
  }

  void visit(const pugi::xml_node& node) {
    const std::string_view name = node.name();
    if (name == "w:p") last_ = ordinals_[node.internal_object()];
    if (name == "w:t" || name == "w:delText") text_ += static_cast<long>(std::string_view(node.text().get()).size());
    if (isChange(name)) {
      const std::string author = node.attribute("w:author").value();
      if (std::find(authors.begin(), authors.end(), author) == authors.end()) authors.push_back(author);
    }
    const std::string id = node.attribute("w:id").value();
    if (name == "w:commentRangeStart") {
      Anchor& anchor = anchors[id];
      anchor.first = paragraphOf(node, last_ + 1);
      anchor.startAt = text_;
    } else if (name == "w:commentRangeEnd") {
      Anchor& anchor = anchors[id];
      anchor.last = paragraphOf(node, last_);
      anchor.endAt = text_;
    } else if (name == "w:commentReference") {
      // A comment with no range (or a range never closed) is on its mark's paragraph.
      Anchor& anchor = anchors[id];
      const int here = paragraphOf(node, last_);
      if (anchor.first == 0) anchor.first = here;
      if (anchor.last == 0) anchor.last = here;
    }
  }

  // The paragraph holding a node; `outside` for a node between paragraphs.
  int paragraphOf(const pugi::xml_node& node, int outside) {
    const pugi::xml_node paragraph = ancestorNamed(node, "w:p");
    return paragraph ? ordinals_[paragraph.internal_object()] : outside;
  }

  std::map<const pugi::xml_node_struct*, int> ordinals_;
  int last_ = 0;   // the last paragraph entered
  long text_ = 0;  // text bytes seen
};

std::string commentText(const pugi::xml_node& comment) {
  std::string text;
  for (const pugi::xpath_node& paragraph : comment.select_nodes(".//w:p")) {
    std::string line;
    for (const pugi::xpath_node& run : paragraph.node().select_nodes(".//w:t | .//w:tab")) {
      line += std::string_view(run.node().name()) == "w:tab" ? std::string(" ") : run.node().text().get();
    }
    if (line.empty()) continue;
    text += (text.empty() ? "" : " ") + line;
  }
  return text;
}

// The w14:paraId of a comment's last paragraph: how commentsExtended names it.
std::string paraIdOf(const pugi::xml_node& comment) {
  std::string id;
  for (const pugi::xpath_node& paragraph : comment.select_nodes(".//w:p")) {
    id = paragraph.node().attribute("w14:paraId").value();
  }
  return id;
}

std::optional<pugi::xml_document> optionalPart(ZipArchive& archive, const std::string& name) {
  const std::optional<std::string> bytes = archive.read(name);
  if (!bytes) return std::nullopt;
  return parseXmlPart(archive.path(), name, *bytes);
}

// paraId → parent paraId, from commentsExtended.xml.
std::map<std::string, std::string> threadParents(const pugi::xml_document& extended) {
  std::map<std::string, std::string> parents;
  for (const pugi::xpath_node& entry : extended.select_nodes("//w15:commentEx")) {
    parents[entry.node().attribute("w15:paraId").value()] = entry.node().attribute("w15:paraIdParent").value();
  }
  return parents;
}

void linkReplies(std::vector<ReviewComment>& comments, const std::vector<std::string>& paraIds,
                 const std::map<std::string, Anchor>& anchors,
                 const std::optional<std::map<std::string, std::string>>& parents) {
  std::map<std::string, std::string> idOfPara;
  for (std::size_t i = 0; i < comments.size(); ++i) {
    if (!paraIds[i].empty()) idOfPara[paraIds[i]] = comments[i].id;
  }
  std::vector<std::pair<long, long>> ranges;
  for (std::size_t i = 0; i < comments.size(); ++i) {
    const auto anchor = anchors.find(comments[i].id);
    const bool known = anchor != anchors.end();
    ranges.emplace_back(known ? anchor->second.startAt : -1, known ? anchor->second.endAt : -1);
    if (!parents) continue;
    const auto parent = parents->find(paraIds[i]);
    if (parent == parents->end()) continue;
    ranges.back() = {-1, -1};  // its thread is recorded: not guessed
    const auto id = idOfPara.find(parent->second);
    if (!parent->second.empty() && id != idOfPara.end() && id->second != comments[i].id)
      comments[i].answers = id->second;
  }
  linkSameRangeReplies(comments, ranges);
}

}  // namespace

ReviewMarks readDocxReviewMarks(const std::string& path, std::string_view bytes, const Limits& limits) {
  ZipArchive archive(path, bytes, limits);
  const std::optional<pugi::xml_document> document = optionalPart(archive, "word/document.xml");
  if (!document) fail(path, "tệp Word thiếu phần word/document.xml", "the Word file has no word/document.xml part");
  const pugi::xml_node body = document->child("w:document").child("w:body");
  if (!body) fail(path, "word/document.xml không có thân văn bản (w:body)", "word/document.xml has no body (w:body)");
  const BodyWalk walk(body);
  ReviewMarks review;
  review.changeAuthors = walk.authors;
  const std::optional<pugi::xml_document> comments = optionalPart(archive, "word/comments.xml");
  if (!comments) return review;
  std::vector<std::string> paraIds;
  for (const pugi::xml_node& node : comments->child("w:comments").children("w:comment")) {
    ReviewComment comment;
    comment.id = node.attribute("w:id").value();
    comment.author = node.attribute("w:author").value();
    comment.initials = node.attribute("w:initials").value();
    comment.date = node.attribute("w:date").value();
    comment.text = commentText(node);
    const auto anchor = walk.anchors.find(comment.id);
    if (anchor != walk.anchors.end()) {
      // A range never opened or never closed is on the paragraph of the end it has.
      comment.firstParagraph = anchor->second.first > 0 ? anchor->second.first : anchor->second.last;
      comment.lastParagraph = std::max(comment.firstParagraph, anchor->second.last);
    }
    review.comments.push_back(std::move(comment));
    paraIds.push_back(paraIdOf(node));
  }
  std::optional<std::map<std::string, std::string>> parents;
  if (const auto extended = optionalPart(archive, "word/commentsExtended.xml")) parents = threadParents(*extended);
  linkReplies(review.comments, paraIds, walk.anchors, parents);
  return review;
}

void linkSameRangeReplies(std::vector<ReviewComment>& comments, const std::vector<std::pair<long, long>>& ranges) {
  // Comments on the very same words: the first written (by date; an office
  // program may store the reply first) starts the thread, the others answer it.
  std::map<std::pair<long, long>, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < comments.size(); ++i) {
    if (!comments[i].answers && ranges[i].first >= 0 && ranges[i].second >= 0) groups[ranges[i]].push_back(i);
  }
  for (const auto& [range, group] : groups) {
    std::size_t root = group.front();
    for (std::size_t j : group) {
      if (!comments[j].date.empty() && (comments[root].date.empty() || comments[j].date < comments[root].date))
        root = j;
    }
    for (std::size_t j : group) {
      if (j != root) comments[j].answers = comments[root].id;
    }
  }
}

ReviewMarks readReviewMarks(const std::string& path, std::string_view bytes, const Limits& limits) {
  switch (detectFormat(bytes)) {
    case Format::docx: return readDocxReviewMarks(path, bytes, limits);
    case Format::odt: return readOdtReviewMarks(path, bytes, limits);
    default: return {};
  }
}

}  // namespace rasoat::input
