#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "text/word_diff.h"

// The one Word writer of rasoat (the comparison table and the report): a
// WordprocessingML package laid out as party documents are (Hướng dẫn
// 36-HD/VPTW): A4, Times New Roman 13 pt (Liberation Serif, its metric twin,
// named as the alternative), margins top and bottom 20 mm, left 30 mm, right
// 15 mm, page numbers centred at the top from page 2, the issuing body at the
// top left and "ĐẢNG CỘNG SẢN VIỆT NAM" at the top right. pugixml writes the
// XML and libzip the package, in memory.
namespace rasoat::report::docx {

// A piece of text and its marks; a newline in the text starts a paragraph.
struct Run {
  std::string text;
  text::DiffOp op = text::DiffOp::same;  // added: underlined; removed: struck through
  bool bold = false;
  bool italic = false;
};
using Runs = std::vector<Run>;

Runs fromSpans(const std::vector<text::DiffSpan>& spans, bool bold = false);

enum class Align { left, centre, both };

enum class RowLook { header, part, heading, plain };

class Document;

// A table whose first row repeats on every page and whose rows never split
// across pages.
class Table {
 public:
  void addRow(const std::vector<Runs>& cells, RowLook look);

 private:
  friend class Document;
  struct Node;
  std::shared_ptr<Node> node_;
  std::vector<int> widths_;
  std::vector<Align> aligns_;
  int fontPoints_ = 0;
};

class Document {
 public:
  explicit Document(bool landscape);
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  // The two-column block of party documents: the issuing body (lines, the
  // last bold) and a star at the left, the motto at the right; then the
  // document's name in capitals and the lines that say what it is about.
  void addTitleBlock(const std::vector<std::string>& issuer, const std::string& motto, const std::string& name,
                     const std::vector<std::string>& about);
  void addHeading(const std::string& text);
  void addParagraph(const Runs& runs, Align align = Align::both);
  // Columns as shares of the text width; body cells justified unless `aligns` says otherwise.
  // `points`: a smaller font for a wide table (the authority matrix), 0 for the body's.
  Table addTable(const std::vector<int>& shares, const std::vector<std::string>& headings,
                 const std::vector<Align>& aligns = {}, int points = 0);

  // Writes the package; an error message (English), empty on success.
  std::string write(std::ostream& out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rasoat::report::docx
