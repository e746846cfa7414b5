#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/localized_text.h"
#include "base/source_position.h"
#include "syntax/syntax_tree.h"

namespace rasoat::amend {

// The address of a unit of the amended regulation, as an instruction writes
// it: "điểm c khoản 2 Điều 4" is {article 4, clause 2, point c}. Levels not
// written are empty. Numbers are kept as written ("9a", "II").
struct UnitPath {
  std::string chapter;
  std::string section;
  std::string article;
  std::string clause;
  std::string point;

  bool empty() const;
  // The deepest level written: what the path names.
  syntax::UnitKind kind() const;
  // "điểm c khoản 2 Điều 4", "Chương II": as a reader says it.
  std::string describe() const;
  // The path one level up ("khoản 2 Điều 4" for "điểm c khoản 2 Điều 4").
  UnitPath parent() const;
};

enum class Action {
  replace,       // sửa đổi (, bổ sung) ... như sau: "..."
  replaceTitle,  // sửa đổi tên Điều 5 như sau: "..."
  insert,        // bổ sung ... : "..."
  repeal,        // bãi bỏ ...
  replacePhrase  // thay cụm từ "A" bằng cụm từ "B" (bỏ cụm từ "A": B empty)
};

enum class Placement { byNumber, after, before };

// One line of new text cut out of the amending document (the quotes, the
// indentation and the punctuation after the closing quote removed), and where
// its first character is in that document.
struct PayloadLine {
  std::string text;
  Position origin;
};

// One instruction: what to do, to which units, with what.
struct Instruction {
  Action action = Action::replace;
  std::vector<UnitPath> targets;  // the units changed, added or repealed; the scope of a phrase change
  Placement placement = Placement::byNumber;
  std::optional<UnitPath> anchor;  // "sau Điều 9": the unit the new one follows or precedes
  bool wholeDocument = false;      // "trong toàn văn Quy chế"
  std::string phrase;              // thay cụm từ "phrase" ...
  std::string replacement;         // ... bằng cụm từ "replacement"
  std::vector<PayloadLine> payload;
  std::string document;  // the number of the document its units are in, when written ("Điều 5 Quy chế số 01-QC/ĐU")
  std::string text;      // the instruction as written (its first line)
  Range range;           // in the amending document
};

// An amending document: which regulation it amends and its instructions.
struct Amendment {
  std::string path;
  std::string amends;  // the number of the amended regulation: "01-QC/ĐU"; empty when not written
  std::vector<Instruction> instructions;
};

// Where a line of the consolidated text comes from: a line of the base
// regulation, or a line of new text in the amending document.
// column in `path` = column in the consolidated line + columnShift.
struct LineOrigin {
  std::string path;
  int line = 0;
  int columnShift = 0;
  std::optional<Position> amendedAt;  // the instruction that changed a base line in place (a phrase)
};

struct ConsolidatedLine {
  std::string text;
  LineOrigin origin;
};

// An instruction that could not be applied: check A003 reports it.
struct Failure {
  std::string path;  // the amending document
  Range range;       // the instruction
  LocalizedText message;
};

// The consolidated text (văn bản hợp nhất) and where each line came from.
struct Consolidation {
  std::vector<ConsolidatedLine> lines;
  std::vector<Failure> failures;

  std::string text() const;
  // The place in the base or amending document that a place in the
  // consolidated text shows; nothing outside the text.
  std::optional<std::pair<std::string, Position>> originOf(Position position) const;
};

}  // namespace rasoat::amend
