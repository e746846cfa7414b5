#include "input/odt_reader.h"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "input/failure.h"
#include "input/odt_lists.h"
#include "input/review_marks.h"
#include "input/xml_part.h"
#include "input/zip_archive.h"

namespace rasoat::input {

namespace {

constexpr int kMaxNesting = 64;  // lists in lists, sections, frames: real documents use a handful

using Counters = std::array<int, kOdtLevels>;

struct ListContext {
  const OdtListStyle* style = nullptr;
  Counters* counters = nullptr;
  int level = -1;  // 0-based level of the items directly inside
};

class OdtRenderer {
 public:
  OdtRenderer(std::string path, const OdtStyles& styles, const Limits& limits, const ReadOptions& options,
              const pugi::xml_node& changes, ReviewMarks* marks)
      : path_(std::move(path)), styles_(styles), limits_(limits), options_(options), marks_(marks) {
    for (pugi::xml_node region : changes.children("text:changed-region")) {
      const std::string id = region.attribute("text:id").value();
      if (region.child("text:insertion")) insertions_.insert({id, true});
      if (const pugi::xml_node deletion = region.child("text:deletion")) deletions_[id] = deletion;
      const pugi::xml_node change = region.first_child();
      authors_[id] = change.child("office:change-info").child("dc:creator").text().get();
      if (marks_ && std::find(marks_->changeAuthors.begin(), marks_->changeAuthors.end(), authors_[id]) ==
                        marks_->changeAuthors.end()) {
        marks_->changeAuthors.push_back(authors_[id]);
      }
    }
  }

  Rendering render(const pugi::xml_node& text) {
    blocks(text, ListContext{}, 0);
    return std::move(rendering_);
  }
  // Each paragraph rendered, by ordinal - 1.
  const std::vector<pugi::xml_node>& paragraphs() const { return paragraphs_; }

 private:
  void blocks(const pugi::xml_node& container, const ListContext& list, int depth) {
    if (depth > kMaxNesting) {
      fail(path_, fmt::format("nội dung lồng nhau quá {} tầng trong content.xml", kMaxNesting),
           fmt::format("content nested more than {} levels deep in content.xml", kMaxNesting));
    }
    for (pugi::xml_node node : container.children()) {
      const std::string_view name = node.name();
      if (name == "text:p" || name == "text:h") {
        paragraph(node, std::string());
      } else if (name == "text:list") {
        this->list(node, list, depth);
      } else if (name == "table:table") {
        table(node, depth);
      } else if (name == "text:section" || name == "table:table-row-group" || name == "table:table-rows" ||
                 name == "text:index-body" || name == "table:table-header-rows") {
        blocks(node, list, depth + 1);
      }
    }
  }

  void list(const pugi::xml_node& node, const ListContext& outer, int depth) {
    ListContext context = outer;
    context.level = outer.level + 1;
    if (context.level >= kOdtLevels) {
      fail(path_, fmt::format("danh sách lồng quá {} cấp trong content.xml", kOdtLevels),
           fmt::format("lists nested more than {} levels deep in content.xml", kOdtLevels));
    }
    const std::string styleName = node.attribute("text:style-name").value();
    if (const OdtListStyle* style = styles_.listStyle(styleName)) context.style = style;
    if (context.level == 0) context.counters = &countersOf(node, styleName);
    for (pugi::xml_node item : node.children()) {
      const std::string_view name = item.name();
      if (name != "text:list-item" && name != "text:list-header") continue;
      // An item inside an insertion being rejected that began in an earlier
      // paragraph continues that paragraph: its paragraph mark was inserted.
      const bool numbered = name == "text:list-item" && firstIsParagraph(item) && !skipping_;
      std::string label;
      if (numbered && context.style && context.counters) label = advance(context, item);
      bool first = true;
      for (pugi::xml_node child : item.children()) {
        const std::string_view childName = child.name();
        if (childName == "text:p" || childName == "text:h") {
          paragraph(child, first ? label : std::string());
          first = false;
        } else if (childName == "text:list") {
          this->list(child, context, depth + 1);
        }
      }
    }
  }

  static bool firstIsParagraph(const pugi::xml_node& item) {
    for (pugi::xml_node child : item.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string_view name = child.name();
      return name == "text:p" || name == "text:h";
    }
    return false;
  }

  // The counters of a top-level list: its own, or those of the list it continues.
  Counters& countersOf(const pugi::xml_node& node, const std::string& styleName) {
    const std::string continues = node.attribute("text:continue-list").value();
    const bool continuesPrevious = node.attribute("text:continue-numbering").as_bool();
    Counters* counters = nullptr;
    if (!continues.empty() && lists_.count(continues)) counters = lists_[continues];
    if (!counters && continuesPrevious && lastOfStyle_.count(styleName)) counters = lastOfStyle_[styleName];
    if (!counters) {
      storage_.push_back(std::make_unique<Counters>());
      counters = storage_.back().get();
    }
    if (const char* id = node.attribute("xml:id").value(); *id) lists_[id] = counters;
    lastOfStyle_[styleName] = counters;
    return *counters;
  }

  std::string advance(const ListContext& context, const pugi::xml_node& item) {
    Counters& counters = *context.counters;
    const auto at = static_cast<std::size_t>(context.level);
    const OdtListLevel& level = (*context.style)[at];
    if (const pugi::xml_attribute start = item.attribute("text:start-value")) {
      counters[at] = start.as_int(1);
    } else {
      counters[at] = counters[at] == 0 ? level.start : counters[at] + 1;
    }
    for (std::size_t deeper = at + 1; deeper < counters.size(); ++deeper) counters[deeper] = 0;
    checkNumber(counters[at]);
    Counters shown = counters;
    for (std::size_t i = 0; i < at; ++i) {
      if (shown[i] == 0) shown[i] = (*context.style)[i].start;
    }
    return odtLabel(*context.style, shown, context.level);
  }

  void checkNumber(int value) {
    if (value >= 0 && static_cast<std::size_t>(value) <= limits_.maxListNumber) return;
    fail(path_,
         fmt::format("số thứ tự tự động {} vượt giới hạn {} (nâng bằng --max-list-number)", value,
                     limits_.maxListNumber),
         fmt::format("automatic number {} over the limit of {} (raise it with --max-list-number)", value,
                     limits_.maxListNumber));
  }

  // A heading outside any list numbered by the outline style (Chương I, ...).
  std::string outlineLabel(const pugi::xml_node& heading) {
    const int level = heading.attribute("text:outline-level").as_int(0);
    if (level < 1 || level > kOdtLevels) return {};
    const auto at = static_cast<std::size_t>(level - 1);
    const OdtListStyle& outline = styles_.outline();
    if (outline[at].format.empty() && outline[at].prefix.empty() && outline[at].suffix.empty()) return {};
    outlineCounters_[at] = outlineCounters_[at] == 0 ? outline[at].start : outlineCounters_[at] + 1;
    for (std::size_t deeper = at + 1; deeper < outlineCounters_.size(); ++deeper) outlineCounters_[deeper] = 0;
    checkNumber(outlineCounters_[at]);
    return odtLabel(outline, outlineCounters_, level - 1);
  }

  void paragraph(const pugi::xml_node& node, std::string label) {
    ++ordinal_;
    paragraphs_.push_back(node);
    const int ordinal = ordinal_;
    // Inside an insertion being rejected that began in an earlier paragraph:
    // the paragraph mark between them was inserted, so what is left of this
    // paragraph ends the earlier one (LibreOffice records an inserted
    // paragraph as running into the start of the next).
    const bool continues = skipping_;
    if (!continues && label.empty() && std::string_view(node.name()) == "text:h" &&
        !node.attribute("text:is-list-header").as_bool()) {
      label = outlineLabel(node);
    }
    std::vector<pugi::xml_node> frames;
    std::string text = label + inlineText(node, frames);
    if (continues && appendToLast(text)) {
      for (const pugi::xml_node& frame : frames) blocks(frame, ListContext{}, 1);
      return;
    }
    if (row_) {
      cells_.back().push_back(RenderedLine{std::move(text), ordinal});
    } else {
      rendering_.addLine(text, ordinal);
    }
    // Text boxes: their paragraphs follow the one that anchors them.
    for (const pugi::xml_node& frame : frames) blocks(frame, ListContext{}, 1);
  }

  // Adds text to the line rendered last; false when there is none.
  bool appendToLast(const std::string& text) {
    if (row_) {
      if (cells_.empty() || cells_.back().empty()) return false;
      cells_.back().back().text += text;
      return true;
    }
    return rendering_.appendToLastLine(text);
  }

  std::string inlineText(const pugi::xml_node& node, std::vector<pugi::xml_node>& frames, int depth = 0) {
    std::string text;
    if (depth > kMaxNesting) return text;
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata) {
        if (!skipping_) {
          const std::size_t before = text.size();
          appendCollapsed(text, child.value());
          seen_ += static_cast<long>(text.size() - before);
        }
        continue;
      }
      const std::string_view name = child.name();
      if (name == "text:change-start" || name == "text:change-end") {
        const std::string id = child.attribute("text:change-id").value();
        if (insertions_.count(id) && !accepts(id)) {
          skipping_ = name == "text:change-start";
        }
      } else if (name == "text:change") {
        const auto deletion = deletions_.find(child.attribute("text:change-id").value());
        if (deletion != deletions_.end() && !accepts(deletion->first)) {
          std::vector<pugi::xml_node> ignored;
          for (pugi::xml_node removed : deletion->second.children()) {
            if (removed.type() == pugi::node_element && std::string_view(removed.name()) != "office:change-info") {
              text += inlineText(removed, ignored, depth + 1);
            }
          }
        }
      } else if (skipping_) {
        continue;
      } else if (name == "text:s") {
        text.append(static_cast<std::size_t>(std::clamp(child.attribute("text:c").as_int(1), 1, 1000)), ' ');
      } else if (name == "text:tab") {
        text += '\t';
      } else if (name == "text:line-break") {
        text += ' ';
      } else if (name == "draw:frame" || name == "draw:text-box" || name == "draw:custom-shape") {
        frames.push_back(name == "draw:frame" && child.child("draw:text-box") ? child.child("draw:text-box") : child);
      } else if (name == "office:annotation" || name == "office:annotation-end") {
        if (marks_) mark(child, name == "office:annotation");
      } else if (name != "text:note" && name != "text:bookmark" && name != "text:soft-page-break" &&
                 name != "text:tracked-changes") {
        text += inlineText(child, frames, depth + 1);
      }
    }
    return text;
  }

  bool accepts(const std::string& change) const {
    const auto author = authors_.find(change);
    return options_.accepts(author == authors_.end() ? std::string() : author->second);
  }

  // A comment opened (office:annotation, at its range's start) or its range closed.
  void mark(const pugi::xml_node& node, bool opens) {
    const std::string name = node.attribute("office:name").value();
    if (!opens) {
      const auto open = annotations_.find(name);
      if (open == annotations_.end()) return;
      marks_->comments[open->second].lastParagraph = ordinal_;
      ranges_[open->second].second = seen_;
      return;
    }
    ReviewComment comment;
    comment.id = name.empty() ? "#" + std::to_string(marks_->comments.size() + 1) : name;
    comment.author = node.child("dc:creator").text().get();
    comment.date = node.child("dc:date").text().get();
    for (pugi::xml_node paragraph : node.children()) {
      const std::string_view childName = paragraph.name();
      if (childName != "text:p" && childName != "text:h") continue;
      std::string line;
      for (pugi::xml_node piece = paragraph.first_child(); piece; piece = piece.next_sibling()) {
        line += piece.type() == pugi::node_pcdata ? piece.value() : piece.text().get();
      }
      if (!line.empty()) comment.text += (comment.text.empty() ? "" : " ") + line;
    }
    for (const char* parent : {"loext:parent-name", "office:parent-name"}) {
      if (const char* value = node.attribute(parent).value(); *value) comment.answers = value;
    }
    comment.firstParagraph = comment.lastParagraph = ordinal_;
    if (!name.empty()) annotations_[name] = marks_->comments.size();
    ranges_.emplace_back(seen_, seen_);
    marks_->comments.push_back(std::move(comment));
  }

 public:
  // The comments' ranges, for the replies recorded by nothing but their range.
  const std::vector<std::pair<long, long>>& ranges() const { return ranges_; }

 private:
  // OpenDocument collapses white space in text content, as HTML does.
  static void appendCollapsed(std::string& text, const char* value) {
    for (const char* c = value; *c; ++c) {
      const bool space = *c == ' ' || *c == '\n' || *c == '\t' || *c == '\r';
      if (space && !text.empty() && text.back() == ' ') continue;
      text += space ? ' ' : *c;
    }
  }

  // A table: a row of two cells is shown side by side (the header block),
  // any other row cell after cell.
  void table(const pugi::xml_node& node, int depth) {
    for (const pugi::xml_node& row : rowsOf(node)) {
      std::vector<pugi::xml_node> cells;
      for (pugi::xml_node cell : row.children("table:table-cell")) cells.push_back(cell);
      if (cells.size() != 2 || row_) {
        for (const pugi::xml_node& cell : cells) blocks(cell, ListContext{}, depth + 1);
        continue;
      }
      row_ = true;
      cells_.clear();
      for (const pugi::xml_node& cell : cells) {
        cells_.emplace_back();
        blocks(cell, ListContext{}, depth + 1);
      }
      row_ = false;
      rendering_.addSideBySide(cells_[0], cells_[1]);
    }
  }

  static std::vector<pugi::xml_node> rowsOf(const pugi::xml_node& table) {
    std::vector<pugi::xml_node> rows;
    for (pugi::xml_node child : table.children()) {
      const std::string_view name = child.name();
      if (name == "table:table-row") rows.push_back(child);
      if (name == "table:table-header-rows" || name == "table:table-rows" || name == "table:table-row-group") {
        for (pugi::xml_node row : child.children("table:table-row")) rows.push_back(row);
      }
    }
    return rows;
  }

  std::string path_;
  const OdtStyles& styles_;
  Limits limits_;
  ReadOptions options_;
  ReviewMarks* marks_;                              // filled when reading the comments
  std::map<std::string, std::string> authors_;      // change id → its author
  std::map<std::string, std::size_t> annotations_;  // office:name → comment
  std::vector<std::pair<long, long>> ranges_;
  long seen_ = 0;  // text characters rendered so far
  Rendering rendering_;
  int ordinal_ = 0;
  std::vector<pugi::xml_node> paragraphs_;
  bool skipping_ = false;
  std::map<std::string, bool> insertions_;
  std::map<std::string, pugi::xml_node> deletions_;
  std::map<std::string, Counters*> lists_;
  std::map<std::string, Counters*> lastOfStyle_;
  std::vector<std::unique_ptr<Counters>> storage_;
  Counters outlineCounters_{};
  bool row_ = false;
  std::vector<std::vector<RenderedLine>> cells_;
};

}  // namespace

std::vector<pugi::xml_node> odtParagraphs(const std::string& path, const pugi::xml_node& text, const Limits& limits) {
  // The order does not depend on the styles (they give the labels) nor on the
  // reading of tracked changes (deleted paragraphs are never numbered).
  const OdtStyles styles;
  OdtRenderer renderer(path, styles, limits, ReadOptions{}, text.child("text:tracked-changes"), nullptr);
  renderer.render(text);
  return renderer.paragraphs();
}

namespace {

Rendering renderOdt(const std::string& path, std::string_view bytes, const Limits& limits, const ReadOptions& options,
                    ReviewMarks* marks) {
  ZipArchive archive(path, bytes, limits);
  const std::optional<std::string> content = archive.read("content.xml");
  if (!content) fail(path, "tệp OpenDocument thiếu phần content.xml", "the OpenDocument file has no content.xml part");
  const pugi::xml_document document = parseXmlPart(path, "content.xml", *content);
  OdtStyles styles;
  if (const std::optional<std::string> stylesBytes = archive.read("styles.xml")) {
    const pugi::xml_document stylesDocument = parseXmlPart(path, "styles.xml", *stylesBytes);
    const pugi::xml_node root = stylesDocument.child("office:document-styles");
    styles.read(root.child("office:styles"));
    styles.read(root.child("office:automatic-styles"));
  }
  const pugi::xml_node root = document.child("office:document-content");
  styles.read(root.child("office:automatic-styles"));
  const pugi::xml_node text = root.child("office:body").child("office:text");
  if (!text)
    fail(path, "content.xml không có thân văn bản (office:text)", "content.xml has no text body (office:text)");
  const pugi::xml_node changes = text.child("text:tracked-changes");
  OdtRenderer renderer(path, styles, limits, options, changes, marks);
  Rendering rendering = renderer.render(text);
  rendering.format = Format::odt;
  if (changes.child("text:changed-region")) rendering.addTrackedChangesNote(options.original);
  if (marks) linkSameRangeReplies(marks->comments, renderer.ranges());
  return rendering;
}

}  // namespace

Rendering readOdt(const std::string& path, std::string_view bytes, const Limits& limits, const ReadOptions& options) {
  return renderOdt(path, bytes, limits, options, nullptr);
}

ReviewMarks readOdtReviewMarks(const std::string& path, std::string_view bytes, const Limits& limits) {
  ReviewMarks marks;
  renderOdt(path, bytes, limits, ReadOptions{}, &marks);
  return marks;
}

}  // namespace rasoat::input
