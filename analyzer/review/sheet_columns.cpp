#include "review/sheet_columns.h"

#include <yaml-cpp/yaml.h>

#include "base/input_error.h"
#include "model/lexicon.h"
#include "text/word_diff.h"

namespace rasoat::review {

namespace {

const std::pair<const char*, SheetColumn> kColumnNames[] = {{"unit", SheetColumn::unit},
                                                            {"comment", SheetColumn::comment},
                                                            {"reviewer", SheetColumn::reviewer},
                                                            {"wording", SheetColumn::wording}};

// Whether `phrase` occurs in `key` as whole words.
bool holdsWords(const std::string& key, const std::string& phrase) {
  for (auto at = key.find(phrase); at != std::string::npos; at = key.find(phrase, at + 1)) {
    const auto end = at + phrase.size();
    if ((at == 0 || key[at - 1] == ' ') && (end == key.size() || key[end] == ' ')) return true;
  }
  return false;
}

}  // namespace

SheetHeadings SheetHeadings::load(const std::string& path) {
  SheetHeadings headings;
  try {
    const YAML::Node root = YAML::LoadFile(path);
    const YAML::Node columns = root["columns"];
    if (!columns || !columns.IsMap()) throw InputError(path, {"thiếu mục \"columns\"", "\"columns\" is missing"});
    for (const auto& [name, column] : kColumnNames) {
      const YAML::Node list = columns[name];
      if (!list) continue;
      if (!list.IsSequence()) {
        throw InputError(path,
                         {std::string("\"columns.") + name + "\" phải là một danh sách",
                          std::string("\"columns.") + name + "\" must be a list"},
                         Position{list.Mark().line + 1, list.Mark().column + 1});
      }
      for (const auto& phrase : list) headings.phrases_.emplace_back(text::wordKey(phrase.as<std::string>()), column);
    }
  } catch (const YAML::Exception& error) {
    throw InputError(path, {"tệp YAML sai: " + error.msg, "malformed YAML: " + error.msg},
                     Position{error.mark.line + 1, error.mark.column + 1});
  }
  return headings;
}

SheetHeadings SheetHeadings::loadDefault() {
  return load(model::Lexicon::defaultRulesDirectory() + "/review/sheet.yaml");
}

std::optional<SheetColumn> SheetHeadings::columnOf(const std::string& heading) const {
  const std::string key = text::wordKey(heading);
  std::optional<SheetColumn> best;
  std::size_t longest = 0;
  for (const auto& [phrase, column] : phrases_) {
    if (phrase.size() > longest && holdsWords(key, phrase)) {
      best = column;
      longest = phrase.size();
    }
  }
  return best;
}

std::map<SheetColumn, std::size_t> SheetHeadings::read(const std::vector<std::string>& cells) const {
  std::map<SheetColumn, std::size_t> columns;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (const auto column = columnOf(cells[i])) columns.emplace(*column, i);
  }
  if (!columns.count(SheetColumn::comment) && !columns.count(SheetColumn::wording)) return {};
  return columns;
}

}  // namespace rasoat::review
