#include "model/lexicon.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <stdexcept>
#include <unordered_map>

#include <antlr4-runtime.h>
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "ClauseLexer.h"
#include "base/input_error.h"
#include "syntax/lexer_input.h"
#include "text/matching.h"
#include "text/utf8.h"

namespace rasoat::model {

namespace {

constexpr std::array<std::pair<Modality, std::string_view>, 9> kModalities = {{
    {Modality::DECIDE, "DECIDE"},
    {Modality::ADVISE, "ADVISE"},
    {Modality::PROPOSE, "PROPOSE"},
    {Modality::DIRECT, "DIRECT"},
    {Modality::SUPERVISE, "SUPERVISE"},
    {Modality::EXECUTE, "EXECUTE"},
    {Modality::REPORT, "REPORT"},
    {Modality::DELEGATE, "DELEGATE"},
    {Modality::ACCOUNTABLE, "ACCOUNTABLE"},
}};

// Splits a phrase into clause tokens exactly as clauses are split.
std::vector<std::string> clauseTokens(std::string_view phrase) {
  // Through the caching simulator: the model asks for the key of nearly every
  // plain word, and ANTLR's own simulator walks the ATN again for each letter
  // above U+007F (syntax/lexer_input.h).
  syntax::CodePointStream input(text::decodeUtf8(text::matchKey(phrase)));
  syntax::CachingLexer<grammar::ClauseLexer> lexer(input);
  lexer.removeErrorListeners();
  std::vector<std::string> words;
  for (auto token = lexer.nextToken(); token->getType() != antlr4::Token::EOF; token = lexer.nextToken()) {
    words.push_back(text::matchKey(token->getText()));
  }
  return words;
}

// The cue lists of words.yaml (`cues`): a fixed set, each read by one part of
// the model or the checks. A lexicon that names another, or leaves one out, is
// refused when it loads.
constexpr std::array<std::string_view, 40> kCueNames = {"meeting",
                                                        "hearing",
                                                        "quorum",
                                                        "vote",
                                                        "nominal",
                                                        "passive",
                                                        "subordinate",
                                                        "object_end",
                                                        "prepositions",
                                                        "links",
                                                        "joint_rule",
                                                        "timing",
                                                        "principle_titles",
                                                        "object_start",
                                                        "body_heads",
                                                        "offices",
                                                        "assignment",
                                                        "meeting_partners",
                                                        "complement_links",
                                                        "duty_titles",
                                                        "meeting_titles",
                                                        "definition_titles",
                                                        "definition_links",
                                                        "abbreviation_links",
                                                        "meeting_occasions",
                                                        "special_meetings",
                                                        "noun_heads",
                                                        "manner",
                                                        "references",
                                                        "noun_modifiers",
                                                        "scope_limits",
                                                        "people",
                                                        "chair_of",
                                                        "purpose",
                                                        "existential",
                                                        "triggers",
                                                        "absence",
                                                        "contrast",
                                                        "determiners",
                                                        "bloc_committees"};

// The place of a cue name in kCueNames; kCueNames.size() when unknown.
std::size_t cueIndex(std::string_view name) {
  // Asked several times per element: the length and first letter rule out
  // nearly every other name before the bytes are compared.
  for (std::size_t index = 0; index < kCueNames.size(); ++index) {
    const std::string_view known = kCueNames[index];
    if (known.size() == name.size() && !name.empty() && known[0] == name[0] && known == name) return index;
  }
  return kCueNames.size();
}

bool knownCue(std::string_view name) {
  return cueIndex(name) < kCueNames.size();
}

std::string cueNameList() {
  std::string names;
  for (std::string_view name : kCueNames) names += (names.empty() ? "" : ", ") + std::string(name);
  return names;
}

Meaning meaningOf(Meaning::Kind kind, std::string id, Deontic deontic = Deontic::none) {
  Meaning meaning;
  meaning.kind = kind;
  meaning.id = std::move(id);
  meaning.deontic = deontic;
  return meaning;
}

}  // namespace

std::string_view modalityName(Modality modality) {
  for (const auto& [value, name] : kModalities) {
    if (value == modality) return name;
  }
  return "DECIDE";
}

std::optional<Modality> modalityFromName(std::string_view name) {
  for (const auto& [value, text] : kModalities) {
    if (text == name) return value;
  }
  return std::nullopt;
}

std::string_view deonticName(Deontic deontic) {
  switch (deontic) {
    case Deontic::none: return "none";
    case Deontic::obligation: return "obligation";
    case Deontic::permission: return "permission";
    case Deontic::prohibition: return "prohibition";
  }
  return "none";
}

namespace {
// Looks a std::string key up by string_view, without making a string first.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

std::string computePhraseKey(std::string_view phrase) {
  std::string key;
  for (const std::string& word : clauseTokens(phrase)) {
    if (!key.empty()) key += ' ';
    key += word;
  }
  return key;
}
}  // namespace

std::string Lexicon::phraseKey(std::string_view phrase) {
  // The model asks for the key of nearly every plain word of a clause, and the
  // same few thousand words come back: their keys are kept, per thread (the
  // key depends on the phrase alone). Only short phrases, so that the cache
  // never holds whole clauses, and a bounded number of them.
  constexpr std::size_t kLongestCached = 64;
  constexpr std::size_t kMostCached = 1 << 16;
  if (phrase.size() > kLongestCached) return computePhraseKey(phrase);
  thread_local std::unordered_map<std::string, std::string, TextHash, std::equal_to<>> cache;
  if (const auto found = cache.find(phrase); found != cache.end()) return found->second;
  if (cache.size() >= kMostCached) cache.clear();
  std::string key = computePhraseKey(phrase);
  cache.emplace(std::string(phrase), key);
  return key;
}

int Lexicon::phraseTokenCount(std::string_view phrase) {
  return static_cast<int>(clauseTokens(phrase).size());
}

// Reads one YAML file into the lexicon, reporting problems at their line.
class Lexicon::Loader {
 public:
  Loader(Lexicon& lexicon, std::string path) : lexicon_(lexicon), path_(std::move(path)) {}

  void load() {
    YAML::Node root;
    try {
      root = YAML::LoadFile(path_);
    } catch (const YAML::ParserException& error) {
      fail(error.mark.line + 1, fmt::format("YAML không hợp lệ: {}", error.msg),
           fmt::format("malformed YAML: {}", error.msg));
    } catch (const YAML::BadFile&) {
      throw InputError(path_, {"không đọc được tệp từ vựng", "cannot read the lexicon file"});
    }
    if (!root.IsMap())
      fail(root.Mark().line + 1, "tệp từ vựng phải là một bảng (mapping)", "a lexicon file must be a mapping");
    for (const auto& section : root)
      readSection(section.first.as<std::string>(), section.second, section.first.Mark().line + 1);
  }

 private:
  [[noreturn]] void fail(int line, std::string vi, std::string en) const {
    throw InputError(path_, {std::move(vi), std::move(en)}, Position{line, 1});
  }

  static int lineOf(const YAML::Node& node) { return node.Mark().line + 1; }

  // An optional true/false field; anything else is an error naming its line.
  bool flag(const YAML::Node& node, const char* key) const {
    const YAML::Node value = node[key];
    if (!value) return false;
    const std::string& text = value.Scalar();
    if (text != "true" && text != "false")
      fail(lineOf(value), fmt::format("'{}' phải là true hoặc false", key),
           fmt::format("'{}' must be true or false", key));
    return text == "true";
  }

  std::string scalar(const YAML::Node& node, const char* key, bool required = true) const {
    const YAML::Node value = node[key];
    if (!value || !value.IsScalar()) {
      if (!required) return {};
      fail(lineOf(node), fmt::format("thiếu trường '{}'", key), fmt::format("missing field '{}'", key));
    }
    return value.as<std::string>();
  }

  std::vector<std::string> list(const YAML::Node& node, const char* key) const {
    std::vector<std::string> values;
    const YAML::Node value = node[key];
    if (!value) return values;
    if (!value.IsSequence())
      fail(lineOf(value), fmt::format("'{}' phải là một danh sách", key), fmt::format("'{}' must be a list", key));
    for (const auto& item : value) values.push_back(item.as<std::string>());
    return values;
  }

  void add(const std::string& phrase, Meaning meaning, int line) {
    const std::string key = phraseKey(phrase);
    if (key.empty()) fail(line, "cụm từ rỗng", "empty phrase");
    auto& meanings = lexicon_.phrases_[key];
    for (const Meaning& existing : meanings) {
      if (existing.kind == meaning.kind && existing.id != meaning.id) {
        fail(line, fmt::format("cụm từ '{}' bị trùng: đã dùng cho '{}'", phrase, existing.id),
             fmt::format("duplicated alias '{}': already used for '{}'", phrase, existing.id));
      }
      if (existing.kind == meaning.kind) return;  // the same alias twice for one entry
    }
    meaning.phrase = phrase;
    meanings.push_back(std::move(meaning));
    lexicon_.notePhrase(phrase);
  }

  void readSection(const std::string& name, const YAML::Node& node, int line) {
    if (name == "actors") return readActors(node);
    if (name == "organisations") return readOrganisations(node);
    if (name == "verbs") return readVerbs(node);
    if (name == "deontic") return readDeontic(node);
    if (name == "matters") return readMatters(node);
    if (name == "vague") return readVague(node);
    if (name == "categories") return readCategories(node);
    if (name == "occasions") return readOccasions(node);
    if (name == "cues") return readCues(node, line);
    if (name == "phrases") {
      for (const auto& phrase : node)
        add(phrase.as<std::string>(), meaningOf(Meaning::Kind::phrase, ""), lineOf(phrase));
      return;
    }
    if (name == "management") {
      for (const auto& phrase : node)
        add(phrase.as<std::string>(), meaningOf(Meaning::Kind::managedBy, ""), lineOf(phrase));
      return;
    }
    fail(line, fmt::format("phần '{}' không được hỗ trợ", name),
         fmt::format("unknown section '{}'; expected actors, organisations, verbs, deontic, matters, vague, "
                     "categories, occasions, management, phrases or cues",
                     name));
  }

  void readCues(const YAML::Node& node, int line) {
    if (!node.IsMap()) fail(line, "'cues' phải là một bảng (mapping)", "'cues' must be a mapping");
    for (const auto& cue : node) {
      const std::string name = cue.first.as<std::string>();
      if (!knownCue(name)) {
        fail(lineOf(cue.first), fmt::format("nhóm từ '{}' không được hỗ trợ", name),
             fmt::format("unknown cue '{}'; expected one of {}", name, cueNameList()));
      }
      if (!cue.second.IsSequence())
        fail(lineOf(cue.second), fmt::format("'{}' phải là một danh sách", name),
             fmt::format("'{}' must be a list", name));
      const std::size_t index = cueIndex(name);
      lexicon_.cues_.resize(kCueNames.size());
      lexicon_.cueGiven_.resize(kCueNames.size());
      lexicon_.cueGiven_[index] = true;
      auto& words = lexicon_.cues_[index];
      for (const auto& word : cue.second) words.push_back(phraseKey(word.as<std::string>()));
    }
    for (std::string_view name : kCueNames) {
      if (cueIndex(name) >= lexicon_.cueGiven_.size() || !lexicon_.cueGiven_[cueIndex(name)]) {
        fail(line, fmt::format("thiếu nhóm từ '{}' trong 'cues'", name),
             fmt::format("missing cue '{}' in 'cues'", name));
      }
    }
  }

  void readActors(const YAML::Node& node) {
    for (const auto& entry : node) {
      ActorEntry actor{scalar(entry, "id"), scalar(entry, "name"),         scalar(entry, "kind"),
                       std::nullopt,        scalar(entry, "level", false), {}};
      if (actor.kind != "collective" && actor.kind != "individual" && actor.kind != "agency") {
        fail(lineOf(entry), fmt::format("loại chủ thể '{}' không hợp lệ", actor.kind),
             fmt::format("unknown actor kind '{}'; expected collective, individual or agency", actor.kind));
      }
      if (!actor.level.empty() && actor.level != "central" && actor.level != "committee") {
        fail(lineOf(entry), fmt::format("cấp của chủ thể '{}' không hợp lệ", actor.level),
             fmt::format("unknown actor level '{}'; expected central or committee", actor.level));
      }
      if (entry["rank"]) actor.rank = entry["rank"].as<int>();
      actor.asObject = scalar(entry, "as_object", false);
      if (!actor.asObject.empty()) objectMatters_.emplace_back(actor.asObject, lineOf(entry));
      if (lexicon_.actor(actor.id))
        fail(lineOf(entry), "mã chủ thể bị trùng: " + actor.id, "duplicated actor id " + actor.id);
      for (const auto& alias : list(entry, "aliases"))
        add(alias, meaningOf(Meaning::Kind::actor, actor.id), lineOf(entry));
      add(actor.name, meaningOf(Meaning::Kind::actor, actor.id), lineOf(entry));
      lexicon_.actors_.push_back(std::move(actor));
    }
  }

  void readOrganisations(const YAML::Node& node) {
    for (const auto& entry : node) {
      const std::string level = scalar(entry, "level");
      for (const auto& words : list(entry, "words"))
        add(words, meaningOf(Meaning::Kind::organisation, level), lineOf(entry));
    }
  }

  void readVerbs(const YAML::Node& node) {
    for (const auto& entry : node) {
      const std::string name = scalar(entry, "modality");
      const auto modality = modalityFromName(name);
      if (!modality) {
        fail(lineOf(entry), fmt::format("phương thức '{}' không hợp lệ", name),
             fmt::format("unknown modality '{}'; expected DECIDE, ADVISE, PROPOSE, DIRECT, SUPERVISE, EXECUTE, REPORT, "
                         "DELEGATE or ACCOUNTABLE",
                         name));
      }
      Meaning meaning = meaningOf(Meaning::Kind::verb, std::string(modalityName(*modality)));
      meaning.modality = *modality;
      meaning.actorObject = scalar(entry, "actor_object", false);
      if (!meaning.actorObject.empty()) objectMatters_.emplace_back(meaning.actorObject, lineOf(entry));
      meaning.impliedMatter = scalar(entry, "implied_matter", false);
      if (!meaning.impliedMatter.empty()) objectMatters_.emplace_back(meaning.impliedMatter, lineOf(entry));
      add(scalar(entry, "phrase"), meaning, lineOf(entry));
    }
  }

  void readDeontic(const YAML::Node& node) {
    const std::pair<const char*, Deontic> kinds[] = {{"obligation", Deontic::obligation},
                                                     {"permission", Deontic::permission},
                                                     {"prohibition", Deontic::prohibition}};
    for (const auto& [key, deontic] : kinds) {
      for (const auto& phrase : list(node, key)) {
        add(phrase, meaningOf(Meaning::Kind::deontic, key, deontic), lineOf(node));
      }
    }
  }

  void readMatters(const YAML::Node& node) {
    std::vector<std::pair<std::string, int>> parents;
    for (const auto& entry : node) {
      MatterEntry matter{scalar(entry, "id"), scalar(entry, "name"), scalar(entry, "parent", false), {}};
      matter.namesTopics = flag(entry, "names_topics");
      matter.perBody = flag(entry, "per_body");
      matter.namesOwner = flag(entry, "names_owner");
      if (lexicon_.matter(matter.id))
        fail(lineOf(entry), "mã vấn đề bị trùng: " + matter.id, "duplicated matter id " + matter.id);
      for (const auto& attribute : entry["attributes"]) {
        AttributeEntry entryAttribute{scalar(attribute, "id"), scalar(attribute, "name"), scalar(attribute, "unit")};
        for (const auto& phrase : list(attribute, "phrases")) {
          add(phrase, meaningOf(Meaning::Kind::attribute, entryAttribute.id), lineOf(attribute));
        }
        matter.attributes.push_back(std::move(entryAttribute));
      }
      for (const auto& alias : list(entry, "aliases"))
        add(alias, meaningOf(Meaning::Kind::matter, matter.id), lineOf(entry));
      if (!matter.parent.empty()) parents.emplace_back(matter.parent, lineOf(entry));
      lexicon_.matters_.push_back(std::move(matter));
    }
    for (const auto& [parent, line] : parents) {
      if (!lexicon_.matter(parent)) {
        fail(line, fmt::format("vấn đề cha '{}' không tồn tại", parent),
             fmt::format("parent matter '{}' does not exist", parent));
      }
      // A matter that is its own ancestor would make the hierarchy endless.
      std::size_t steps = 0;
      for (const MatterEntry* up = lexicon_.matter(parent); up; up = lexicon_.parent(up->id)) {
        if (++steps > lexicon_.matters_.size()) {
          fail(line, fmt::format("vòng lặp trong cây vấn đề qua '{}'", parent),
               fmt::format("the matter hierarchy loops through '{}'", parent));
        }
      }
    }
  }

  void readVague(const YAML::Node& node) {
    for (const auto& phrase : list(node, "actors")) add(phrase, meaningOf(Meaning::Kind::vagueActor, ""), lineOf(node));
    for (const auto& phrase : list(node, "times")) add(phrase, meaningOf(Meaning::Kind::vagueTime, ""), lineOf(node));
  }

  void readCategories(const YAML::Node& node) {
    for (const auto& entry : node) {
      const std::string attribute = scalar(entry, "attribute");
      Meaning meaning = meaningOf(Meaning::Kind::category, attribute);
      meaning.onlyAsCase = flag(entry, "only_as_case");
      for (const auto& phrase : list(entry, "phrases")) add(phrase, meaning, lineOf(entry));
    }
  }

  // "occasions: {meeting: [tại kỳ họp, …], next_meeting: [kỳ họp gần nhất, …]}"
  // (ClauseParser.g4 `occasion` makes a meeting the next one before "gần nhất").
  void readOccasions(const YAML::Node& node) {
    if (!node.IsMap()) fail(lineOf(node), "'occasions' phải là một bảng", "'occasions' must be a map");
    for (const auto& entry : node) {
      const std::string kind = entry.first.as<std::string>();
      if (kind != "meeting" && kind != "next_meeting") {
        fail(lineOf(entry.first), fmt::format("loại dịp '{}' không được hỗ trợ", kind),
             fmt::format("unknown occasion kind '{}'; expected meeting or next_meeting", kind));
      }
      for (const auto& phrase : list(node, kind.c_str()))
        add(phrase, meaningOf(Meaning::Kind::occasion, kind), lineOf(entry.first));
    }
  }

  Lexicon& lexicon_;
  std::string path_;

 public:
  // Verbs name matters by id; checked once every file is read.
  std::vector<std::pair<std::string, int>> objectMatters_;
  const std::string& path() const { return path_; }
  [[noreturn]] void failAt(int line, std::string vi, std::string en) const { fail(line, std::move(vi), std::move(en)); }
};

Lexicon Lexicon::loadFiles(const std::vector<std::string>& files) {
  Lexicon lexicon;
  std::vector<Loader> loaders;
  for (const std::string& file : files) {
    loaders.emplace_back(lexicon, file);
    loaders.back().load();
  }
  for (const Loader& loader : loaders) {
    for (const auto& [matter, line] : loader.objectMatters_) {
      if (!lexicon.matter(matter)) {
        loader.failAt(line, fmt::format("vấn đề '{}' không tồn tại", matter),
                      fmt::format("matter '{}' does not exist", matter));
      }
    }
  }
  return lexicon;
}

Lexicon Lexicon::loadDirectory(const std::string& directory) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(directory, error)) {
    throw InputError(directory, {"không tìm thấy thư mục từ vựng", "lexicon directory not found"});
  }
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(directory)) {
    if (entry.path().extension() == ".yaml" || entry.path().extension() == ".yml")
      files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return loadFiles(files);
}

Lexicon Lexicon::loadDefault() {
  return loadDirectory(defaultRulesDirectory() + "/lexicon");
}

void Lexicon::addAlias(const std::string& phrase, Meaning meaning) {
  const std::string key = phraseKey(phrase);
  if (key.empty()) return;
  meaning.phrase = phrase;
  auto& meanings = phrases_[key];
  meanings.erase(
      std::remove_if(meanings.begin(), meanings.end(), [&](const Meaning& m) { return m.kind == meaning.kind; }),
      meanings.end());
  meanings.push_back(std::move(meaning));
  notePhrase(phrase);
}

void Lexicon::notePhrase(std::string_view phrase) {
  const std::vector<std::string> tokens = clauseTokens(phrase);
  if (tokens.empty()) return;
  const int count = static_cast<int>(tokens.size());
  int& longest = longestFrom_[tokens.front()];
  longest = std::max(longest, count);
}

int Lexicon::longestPhraseFrom(const std::string& firstToken) const {
  const auto found = longestFrom_.find(firstToken);
  return found == longestFrom_.end() ? 0 : found->second;
}

const ActorEntry* Lexicon::actor(std::string_view id) const {
  auto found = std::find_if(actors_.begin(), actors_.end(), [&](const ActorEntry& a) { return a.id == id; });
  return found == actors_.end() ? nullptr : &*found;
}

const MatterEntry* Lexicon::matter(std::string_view id) const {
  auto found = std::find_if(matters_.begin(), matters_.end(), [&](const MatterEntry& m) { return m.id == id; });
  return found == matters_.end() ? nullptr : &*found;
}

bool Lexicon::isDescendant(std::string_view matterId, std::string_view ancestor) const {
  for (const MatterEntry* current = matter(matterId); current; current = matter(current->parent)) {
    if (current->id == ancestor) return true;
    if (current->parent.empty()) break;
  }
  return false;
}

bool Lexicon::hasAttribute(std::string_view matterId, std::string_view attribute) const {
  for (const MatterEntry* current = matter(matterId); current; current = matter(current->parent)) {
    for (const AttributeEntry& known : current->attributes) {
      if (known.id == attribute) return true;
    }
    if (current->parent.empty()) break;
  }
  return false;
}

const MatterEntry* Lexicon::parent(std::string_view matterId) const {
  const MatterEntry* entry = matter(matterId);
  return entry && !entry->parent.empty() ? matter(entry->parent) : nullptr;
}

std::vector<const MatterEntry*> Lexicon::children(std::string_view matterId) const {
  std::vector<const MatterEntry*> found;
  for (const MatterEntry& entry : matters_) {
    if (entry.parent == matterId) found.push_back(&entry);
  }
  return found;
}

bool Lexicon::isLeaf(std::string_view matterId) const {
  return matter(matterId) && children(matterId).empty();
}

std::vector<std::string> Lexicon::leaves(std::string_view matterId) const {
  if (!matter(matterId)) return {};
  if (isLeaf(matterId)) return {std::string(matterId)};
  std::vector<std::string> found;
  for (const MatterEntry* child : children(matterId)) {
    for (std::string& leaf : leaves(child->id)) found.push_back(std::move(leaf));
  }
  return found;
}

bool Lexicon::leavesMeet(std::string_view a, std::string_view b) const {
  return a == b && isLeaf(a);
}

const std::vector<std::string>& Lexicon::cue(std::string_view name) const {
  const std::size_t index = cueIndex(name);
  // A name outside the fixed set is a mistake in the code, not in the data.
  if (index >= kCueNames.size()) throw std::logic_error("unknown cue name: " + std::string(name));
  static const std::vector<std::string> none;
  return index < cues_.size() ? cues_[index] : none;
}

const std::vector<Meaning>* Lexicon::meanings(const std::string& key) const {
  auto found = phrases_.find(key);
  return found == phrases_.end() ? nullptr : &found->second;
}

}  // namespace rasoat::model
