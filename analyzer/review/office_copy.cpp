#include "review/office_copy.h"

#include <map>
#include <optional>

#include "base/input_error.h"
#include "driver/workspace.h"
#include "input/review_marks.h"
#include "review/sheet_reader.h"
#include "text/source_text.h"

namespace rasoat::review {

namespace {

// One reading of the copy, by a workspace of its own (the driver reads every
// document); an input error is thrown, not reported.
class CopyReading {
 public:
  CopyReading(const std::string& path, const Limits& limits, input::ReadOptions options)
      : workspace_(limits, &reporter_, std::move(options)) {
    document_ = workspace_.open(path, driver::Depth::tree, driver::Role::context);
    if (!document_) {
      if (reporter_.error) throw *reporter_.error;
      throw InputError(path, {"không đọc được bản góp ý", "the reviewed copy cannot be read"});
    }
  }
  const syntax::Document& tree() const { return document_->tree; }
  const text::SourceText& source() const { return *document_->source; }

 private:
  struct Catching : driver::Reporter {
    std::optional<InputError> error;
    void inputError(const InputError& failure) override {
      if (!error) error = failure;
    }
  } reporter_;
  driver::Workspace workspace_;
  const checks::CheckedDocument* document_ = nullptr;
};

// The first line that renders each paragraph or, when its text ran on into a
// later paragraph (a paragraph mark deleted), the line of that one.
class ParagraphLines {
 public:
  explicit ParagraphLines(const text::SourceText& source) : last_(std::max(1, source.lineCount())) {
    for (int line = source.lineCount(); line >= 1; --line) {
      const int paragraph = source.paragraphOfLine(line);
      if (paragraph <= 0) continue;
      if (static_cast<std::size_t>(paragraph) >= first_.size())
        first_.resize(static_cast<std::size_t>(paragraph) + 1, 0);
      first_[static_cast<std::size_t>(paragraph)] = line;
    }
    // Each paragraph without a line of its own takes the next one that has.
    int next = last_;
    for (std::size_t p = first_.size(); p-- > 0;) {
      if (first_[p] == 0)
        first_[p] = next;
      else
        next = std::min(next, first_[p]);
    }
  }
  int operator()(int paragraph) const {
    if (paragraph < 0 || static_cast<std::size_t>(paragraph) >= first_.size()) return last_;
    return first_[static_cast<std::size_t>(paragraph)];
  }

 private:
  int last_;
  std::vector<int> first_;
};

// Units of the copy as sent → the draft's: the aligned unit, else the one
// above it that is aligned; the document as a whole for the rest.
class SentToDraft {
 public:
  SentToDraft(const std::vector<syntax::AlignedRow>& rows, const UnitIndex& index) : index_(index) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (!rows[i].after) continue;
      map_[rows[i].after] = &index.of(rows[i].before ? rows[i].before : pairedAbove(rows, i));
    }
  }
  const IndexedUnit& root() const { return index_.root(); }
  const IndexedUnit* operator()(const syntax::Unit* unit) const {
    const auto it = map_.find(unit);
    return it == map_.end() ? &index_.root() : it->second;
  }

 private:
  const UnitIndex& index_;
  std::map<const syntax::Unit*, const IndexedUnit*> map_;
};

std::string signature(const input::ReviewComment& comment, const std::string& path) {
  if (!comment.author.empty()) return comment.author;
  if (!comment.initials.empty()) return comment.initials;
  return reviewerOfFile(path);
}

// The comment each reply's thread starts with (a reply may answer a reply);
// none for a reply whose thread is lost (a missing comment, a cycle).
std::map<const input::ReviewComment*, const input::ReviewComment*> threadRoots(
    const std::vector<input::ReviewComment>& comments) {
  std::map<std::string, const input::ReviewComment*> byId;
  for (const auto& comment : comments) byId.emplace(comment.id, &comment);
  std::map<const input::ReviewComment*, const input::ReviewComment*> roots;  // memo: null when lost
  for (const auto& comment : comments) {
    std::vector<const input::ReviewComment*> chain;
    const input::ReviewComment* at = &comment;
    const input::ReviewComment* root = nullptr;
    while (true) {
      if (const auto known = roots.find(at); known != roots.end()) {
        root = known->second;
        break;
      }
      if (!at->answers) {
        root = at;
        break;
      }
      const auto parent = byId.find(*at->answers);
      if (parent == byId.end() || chain.size() > comments.size()) break;  // lost, or a cycle
      chain.push_back(at);
      at = parent->second;
    }
    for (const auto* link : chain) roots[link] = root;
    if (!comment.answers) roots[&comment] = &comment;
  }
  return roots;
}

void readComments(const input::ReviewMarks& review, const CopyReading& sent, const SentToDraft& draftUnit,
                  const std::string& path, ReviewedCopy& out) {
  const UnitIndex sentIndex(sent.tree());
  const ParagraphLines lineOf(sent.source());
  const auto roots = threadRoots(review.comments);
  const auto rootOf = [&roots](const input::ReviewComment& comment) -> const input::ReviewComment* {
    if (!comment.answers) return nullptr;
    const auto root = roots.find(&comment);
    return root == roots.end() ? nullptr : root->second;
  };
  std::map<const input::ReviewComment*, ReviewItem*> items;
  // Threads first (and replies whose thread is lost, as comments of their own), then replies under them.
  for (const auto& comment : review.comments) {
    if (rootOf(comment)) continue;
    ReviewItem item;
    item.file = path;
    item.reviewer = signature(comment, path);
    item.comment = comment.text;
    item.date = comment.date;
    const IndexedUnit* unit = &draftUnit.root();
    if (comment.firstParagraph > 0) {
      const int first = lineOf(comment.firstParagraph);
      const int last = std::max(first, lineOf(comment.lastParagraph));
      item.line = first;
      item.anchor = std::make_pair(first, last);
      unit = draftUnit(sentIndex.holding(first, last).unit);
    }
    out.items.push_back(std::move(item));
    out.placed.push_back(PlacedItem{&out.items.back(), unit, std::nullopt});
    items[&comment] = &out.items.back();
  }
  for (const auto& comment : review.comments) {
    if (const input::ReviewComment* root = rootOf(comment))
      items.at(root)->replies.push_back(Reply{signature(comment, path), comment.text, comment.date});
  }
}

// Each author's changes take one more reading of the file: a bound, so that
// a hostile file cannot ask for thousands (real copies have a handful).
constexpr std::size_t kMaxChangeAuthors = 64;

}  // namespace

void readOfficeCopy(const std::string& path, const syntax::Document& draft, const UnitIndex& index,
                    const Limits& limits, Language language, ReviewedCopy& out) {
  const input::ReviewMarks review = input::readReviewMarks(path, text::readWholeFile(path, limits), limits);
  const CopyReading sent(path, limits, input::ReadOptions{true, std::nullopt});
  const auto rows = syntax::alignDocuments(draft, sent.tree());
  out.paired = pairedShare(rows);
  if (out.paired < kMinimumPaired) return;
  const SentToDraft draftUnit(rows, index);
  const DraftUnitOf toDraft = [&draftUnit](const syntax::Unit* unit) { return draftUnit(unit); };
  // Edits made without tracking: the file's, as for any edited copy (rows of
  // the draft against the copy as sent: their `before` is the draft's unit).
  const DraftUnitOf ofDraft = [&index](const syntax::Unit* unit) { return &index.of(unit); };
  readChanges(rows, ofDraft, path, reviewerOfFile(path), language, out);
  readComments(review, sent, draftUnit, path, out);
  if (review.changeAuthors.size() > kMaxChangeAuthors) {
    throw InputError(path, {"thay đổi được theo dõi của " + std::to_string(review.changeAuthors.size()) +
                                " người, quá giới hạn " + std::to_string(kMaxChangeAuthors),
                            "tracked changes by " + std::to_string(review.changeAuthors.size()) +
                                " authors, over the limit of " + std::to_string(kMaxChangeAuthors)});
  }
  for (const std::string& author : review.changeAuthors) {
    const CopyReading version(path, limits, input::ReadOptions{false, author});
    readChanges(syntax::alignDocuments(sent.tree(), version.tree()), toDraft, path,
                author.empty() ? reviewerOfFile(path) : author, language, out);
  }
}

}  // namespace rasoat::review
