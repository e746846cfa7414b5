#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/lexicon.h"
#include "model/model.h"

namespace rasoat::model {

// A lexicon phrase found in a clause.
struct Tag {
  Meaning meaning;
  std::string text;               // folded phrase as it appears
  std::string organisationLevel;  // "district" for "Ban Thường vụ Quận ủy"
};

// One recognised phrase of a clause, in order (see grammar/ClauseParser.g4).
struct Element {
  enum class Kind {
    actors,
    negation,  // "không", "chưa", "không có quyền"
    deontic,
    verbs,
    matter,
    managedBy,
    share,
    frequency,
    deadline,
    occasion,
    condition,
    exception,
    category,
    vague,
    punctuation,
    other
  };
  Kind kind = Kind::other;
  // A link word the clause lexer types (grammar/ClauseLexer.g4), so that the
  // interpreter asks for the role of a word, never for its spelling.
  enum class Link { none, of, for_, by, with, regarding, about, and_, or_, comma, dash };  // dash: "-" or "/"
  Link link = Link::none;
  bool number = false;      // a number (digits or words) that no bound, deadline or share took
  std::vector<Tag> tags;    // actors, verbs, matter, deontic, managedBy, category, vague
  std::string attribute;    // condition: the attribute written before it, if any
  std::vector<Atom> atoms;  // condition: its comparisons (attribute filled later)
  std::optional<Frequency> frequency;
  std::optional<Quantity> quantity;  // deadline, share
  std::optional<Occasion> occasion;
  Comparison op = Comparison::eq;  // share
  bool negated = false;            // managedBy: "không thuộc diện ..."
  bool conjoined = false;          // actors: some joined by "và" ("Bí thư và Phó Bí thư")
  std::string text;                // folded text of the element
};

struct ClauseReading {
  std::vector<Element> elements;
  bool readable = true;  // the clause grammar accepted it
};

// Reads the text of a clause or point with the clause grammar, after tagging
// lexicon phrases (longest match first).
class ClauseReader {
 public:
  explicit ClauseReader(const Lexicon& lexicon) : lexicon_(lexicon) {}
  ClauseReading read(const std::string& text) const;
  // The same, for a text already folded by text::matchKey.
  ClauseReading readFolded(const std::string& key) const;

 private:
  void dropApposition(Element& element) const;

  const Lexicon& lexicon_;
};

}  // namespace rasoat::model
