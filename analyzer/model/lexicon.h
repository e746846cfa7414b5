#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rasoat::model {

// The kinds of power a clause gives (language.md §3).
enum class Modality { DECIDE, ADVISE, PROPOSE, DIRECT, SUPERVISE, EXECUTE, REPORT, DELEGATE, ACCOUNTABLE };
std::string_view modalityName(Modality modality);
std::optional<Modality> modalityFromName(std::string_view name);

enum class Deontic { none, obligation, permission, prohibition };
std::string_view deonticName(Deontic deontic);

struct ActorEntry {
  std::string id;
  std::string name;
  std::string kind;  // collective | individual | agency
  std::optional<int> rank;
  std::string level;     // "central" for Bộ Chính trị ...; "committee" for a committee's bodies, which a
                         // cell does not have; empty = the document's own organisation
  std::string asObject;  // the matter a verb is about when this body is its object ("quản lý đảng viên")
};

struct AttributeEntry {
  std::string id;
  std::string name;
  std::string unit;  // money | count | days | months | fraction | actor
};

struct MatterEntry {
  std::string id;
  std::string name;
  std::string parent;
  std::vector<AttributeEntry> attributes;
  // "nghị quyết chuyên đề về phát triển kinh tế - xã hội": the matters after
  // "về" say what this one is about; they are not matters of the clause.
  bool namesTopics = false;
  // "chương trình công tác của Ban Thường vụ": each body has its own, and the
  // Ban Thường vụ's is not the Ban Chấp hành's that a parent may reserve.
  bool perBody = false;
  bool namesOwner = false;  // "hội nghị Ban Chấp hành": a body right after the phrase is its owner
};

// What one phrase of the lexicon means.
struct Meaning {
  enum class Kind {
    actor,
    verb,
    deontic,
    matter,
    attribute,
    vagueActor,
    vagueTime,
    category,
    managedBy,
    organisation,
    occasion,
    phrase
  };
  Kind kind = Kind::actor;
  std::string id;  // actor, matter, attribute or category-attribute id; organisation level; occasion kind
  Modality modality = Modality::DECIDE;
  Deontic deontic = Deontic::none;
  std::string phrase;         // as written in the lexicon
  std::string actorObject;    // verbs: the matter when the object is a body ("bầu Ban Thường vụ")
  std::string impliedMatter;  // verbs: the matter when there is no object ("bầu bổ sung khi khuyết")
  bool onlyAsCase = false;  // categories: a condition only as the case an exception names ("trừ trường hợp đột xuất")
};

// The analyser's vocabulary, loaded from rules/lexicon/*.yaml and validated:
// a malformed file, an unknown modality, a duplicated alias or a matter whose
// parent does not exist is an InputError naming the file and line.
class Lexicon {
 public:
  static Lexicon loadFiles(const std::vector<std::string>& files);
  static Lexicon loadDirectory(const std::string& directory);
  // The lexicon shipped with rasoat: <defaultRulesDirectory()>/lexicon.
  static Lexicon loadDefault();
  // Where rasoat's rules are (rules_directory.cpp): $RASOAT_RULES; else the rules
  // installed beside the binary (<prefix>/bin/rasoat → <prefix>/share/rasoat/rules);
  // else the source tree's rules/ of a build that was not installed.
  static std::string defaultRulesDirectory();

  // Adds a local alias (from a document's definitions article).
  void addAlias(const std::string& phrase, Meaning meaning);

  const ActorEntry* actor(std::string_view id) const;
  const MatterEntry* matter(std::string_view id) const;
  const std::vector<ActorEntry>& actors() const { return actors_; }
  const std::vector<MatterEntry>& matters() const { return matters_; }
  bool isDescendant(std::string_view matter, std::string_view ancestor) const;
  // Whether an attribute belongs to the matter or one of its ancestors.
  bool hasAttribute(std::string_view matter, std::string_view attribute) const;
  // The matter taxonomy as a hierarchy of families and leaves (matters.yaml).
  // A family is a matter with children ("can_bo": bổ nhiệm, điều động, ...);
  // a leaf has none. Unknown ids have no parent, no children and are no leaf.
  const MatterEntry* parent(std::string_view matter) const;
  std::vector<const MatterEntry*> children(std::string_view matter) const;
  bool isLeaf(std::string_view matter) const;
  // The leaves under a matter (itself when it is a leaf).
  std::vector<std::string> leaves(std::string_view matter) const;
  // Whether two provisions' matters can overlap or conflict: both are leaves
  // and the same leaf. A clause that names only a family meets nothing by
  // itself (model-and-checks.md §6).
  bool leavesMeet(std::string_view a, std::string_view b) const;

  // Meanings of a phrase key (see phraseKey), empty when unknown.
  const std::vector<Meaning>* meanings(const std::string& key) const;
  // Cue words of words.yaml ("meeting", "quorum", "vote", "nominal", "subordinate", "links"), folded.
  const std::vector<std::string>& cue(std::string_view name) const;
  // The most tokens of a phrase that starts with this (folded) token; 0 when none does.
  int longestPhraseFrom(const std::string& firstToken) const;

  // The key under which a phrase is looked up: its clause tokens, folded and
  // joined by single spaces. "Ban  Thường Vụ" and "ban thường vụ" share one.
  static std::string phraseKey(std::string_view phrase);
  static int phraseTokenCount(std::string_view phrase);

 private:
  class Loader;
  void notePhrase(std::string_view phrase);
  std::vector<ActorEntry> actors_;
  std::vector<MatterEntry> matters_;
  // Looked up for every word of every clause: hashed, and with the longest
  // phrase that starts with each first token, so that a word that starts no
  // phrase costs one lookup.
  std::unordered_map<std::string, std::vector<Meaning>> phrases_;
  std::unordered_map<std::string, int> longestFrom_;
  // By the cue's place in the fixed list of names (lexicon.cpp): the
  // interpreter asks for a cue list several times per element.
  std::vector<std::vector<std::string>> cues_;
  std::vector<bool> cueGiven_;
};

}  // namespace rasoat::model
