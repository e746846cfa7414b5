#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/source_position.h"

namespace rasoat::syntax {

// The typed syntax tree of one regulation: what the layout says, with every
// element's position in the original file. Texts are the original text (as the
// user wrote it); wrapped lines of one clause are joined with a space.

enum class UnitKind { document, chapter, section, article, clause, point, item };

const char* unitKindName(UnitKind kind);

// The place of a point letter in the Vietnamese order a b c d đ e g h i k l
// m n o p q r s t u v x y (0 for a), or -1 for another character.
int pointLetterOrder(char32_t letter);

// One place a cross-reference points to. Levels left empty were not written;
// `relative` says which enclosing unit supplies them ("Điều này", or a bare
// "khoản 2" inside an article).
struct ReferenceTarget {
  std::string document;  // "24-QĐ/TW", "Điều lệ Đảng"; empty = this document
  std::string chapter;
  std::string section;
  std::string article;
  std::string clause;
  std::string point;
  std::string relative;  // "", "article", "clause", "point", "chapter", "section", "document"
};

// "khoản 2 Điều 5", "các Điều 5, 6 và 7", "Điều 23 Quy định số 24-QĐ/TW".
struct CrossReference {
  Range range;
  std::string text;
  std::vector<ReferenceTarget> targets;
};

// A chapter (also "Phần thứ nhất", "I."), section, article, clause, point or
// dash item.
struct Unit {
  UnitKind kind = UnitKind::clause;
  std::optional<std::string> number;  // as written: "II", "4", "2", "a", "1.1"; none for paragraphs and dashes
  std::string marker;                 // the marker as written: "Chương II", "Điều 4.", "2.", "a)", "-"
  std::string title;                  // chapters, sections, articles
  std::string note;                   // a parenthesised line under a chapter title
  std::string text;                   // clauses, points, items
  Position position;                  // where the unit's first line starts (its marker)
  Range range;                        // from the marker to the end of the unit's last line
  Range textRange;                    // the first line of its text or title
  std::vector<int> lines;             // original lines of its own text (first is the marker line)
  std::vector<CrossReference> references;
  std::vector<Unit> children;
};

struct DocumentNumber {
  std::string text;    // "01-QC/ĐU"
  std::string serial;  // "01"
  std::string type;    // "QC"
  std::string issuer;  // "ĐU"
  Range range;
};

struct Date {
  int day = 0;
  int month = 0;
  int year = 0;
  Range range;
};

struct Header {
  std::vector<std::string> organisations;  // left column, top to bottom
  bool motto = false;                      // "ĐẢNG CỘNG SẢN VIỆT NAM"
  std::optional<DocumentNumber> number;
  std::string place;
  std::optional<Date> date;
  std::optional<Range> range;
};

struct Title {
  std::string kind;       // "Quy chế", "Quy định", ...
  std::string text;       // the title lines joined
  std::string committee;  // "Ban Chấp hành Đảng bộ phường Giang Biên"
  std::optional<int> termFrom;
  std::optional<int> termTo;
  std::string annex;  // "(Ban hành kèm theo Quyết định số ...)"
  Range range;
};

// "- Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về ..."
struct LegalBasis {
  std::string text;
  std::string kind;  // "Điều lệ Đảng", "Quy định", "Quy chế làm việc", ...
  std::optional<DocumentNumber> number;
  std::optional<Date> date;
  std::string issuer;
  std::string subject;
  Range range;
};

struct Closing {
  std::vector<std::string> authority;  // "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ"
  std::vector<std::string> signer;     // "BÍ THƯ", the name
  std::vector<std::string> recipients;
  Range range;
};

struct Document {
  std::string path;
  Header header;
  std::optional<Title> title;
  std::vector<LegalBasis> bases;
  std::string enacting;
  std::optional<Range> enactingRange;
  Unit root;  // kind document; children are chapters or articles
  std::optional<Closing> closing;
};

// Counts of the units of a document, for summaries and coverage.
struct UnitCounts {
  int chapters = 0;
  int sections = 0;
  int articles = 0;
  int clauses = 0;
  int points = 0;
  int items = 0;
  int references = 0;
};

UnitCounts countUnits(const Unit& root);

}  // namespace rasoat::syntax
