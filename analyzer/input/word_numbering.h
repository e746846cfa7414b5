#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>

#include <pugixml.hpp>

#include "base/limits.h"

namespace rasoat::input {

// The numbering a paragraph asks for: w:numPr (w:numId, w:ilvl), from the
// paragraph or from its style.
struct NumberingRequest {
  std::optional<std::string> numId;
  std::optional<int> level;
};

// Paragraph styles (word/styles.xml) as far as numbering needs them: a style
// can carry w:numPr, and inherits it through w:basedOn.
class WordStyles {
 public:
  WordStyles() = default;
  explicit WordStyles(const pugi::xml_document& styles);

  // The numbering the style gives (through its w:basedOn chain), and the
  // default paragraph style's when `styleId` is empty.
  NumberingRequest numberingOf(const std::string& styleId) const;
  const std::string& defaultParagraphStyle() const { return default_; }

 private:
  struct Style {
    std::string basedOn;
    NumberingRequest numbering;
  };
  std::map<std::string, Style> styles_;
  std::string default_;
};

// Word's automatic numbering (word/numbering.xml): w:num → w:abstractNum →
// w:lvl, with the counters of every list across the whole document, so that
// each numbered paragraph gets the number Word displays in front of it.
class WordNumbering {
 public:
  WordNumbering(std::string path, const pugi::xml_document* numbering, WordStyles styles, const Limits& limits);

  // The number shown for the next paragraph of list `numId` at `level` (with
  // the space or tab Word puts after it), counting it. `paragraph` and
  // `styleId` are for the error messages and the style-linked levels.
  // Throws InputError on a reference to a list or a level that does not exist.
  std::string next(const std::string& numId, std::optional<int> level, const std::string& styleId, int paragraph);

 private:
  struct Level {
    std::string format = "decimal";
    std::string text;
    int start = 1;
    std::optional<int> restart;  // w:lvlRestart: 0 never, n after level n (1-based)
    std::string suffix = "tab";
    bool legal = false;
    std::string style;
  };
  using Levels = std::array<Level, 9>;
  struct Abstract {
    Levels levels;
    std::string numStyleLink;
    std::string styleLink;
  };
  struct Num {
    std::string abstractId;
    std::map<int, int> startOverrides;
    std::map<int, Level> levelOverrides;
  };
  struct Counters {
    std::array<int, 9> value{};
    std::array<bool, 9> used{};
  };

  // The abstract numbering behind a list, through numbering styles; throws when there is none.
  std::string abstractIdOf(const std::string& numId, int paragraph, int depth = 0) const;
  Levels levelsOf(const std::string& numId, int paragraph) const;
  std::string listKey(const std::string& numId, int paragraph) const;
  std::string formatValue(const Level& level, int value, bool legal) const;

  std::string path_;
  Limits limits_;
  std::map<std::string, Abstract> abstracts_;
  std::map<std::string, Num> nums_;
  WordStyles styles_;  // numbering styles (w:numStyleLink) name their list through w:numPr
  std::map<std::string, Counters> counters_;
};

}  // namespace rasoat::input
