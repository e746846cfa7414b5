#include "model/model_builder.h"

#include <algorithm>
#include <map>

#include "model/clause_reader.h"
#include "text/matching.h"

namespace rasoat::model {

void fillDocumentInfo(const syntax::Document& document, DocumentModel& model);  // document_info.cpp

namespace {

using Kind = Element::Kind;
using syntax::Unit;
using syntax::UnitKind;

int levelRank(const std::string& level) {
  static const std::map<std::string, int> ranks = {{"central", 0}, {"province", 1}, {"district", 2}, {"commune", 3}, {"cell", 4}};
  auto found = ranks.find(level);
  return found == ranks.end() ? -1 : found->second;
}

bool isTime(const std::string& unit) { return unit == "day" || unit == "workday" || unit == "week" || unit == "month"; }

bool hasWord(const std::vector<Element>& elements, std::size_t from, std::size_t to, std::initializer_list<const char*> words) {
  for (std::size_t i = from; i < to; ++i) {
    for (const char* word : words) {
      if (elements[i].text.find(word) != std::string::npos) return true;
    }
  }
  return false;
}

// One statement of a clause: the elements between two ';' or '.'.
struct Statement {
  std::size_t begin = 0;
  std::size_t end = 0;
};

std::vector<Statement> statementsOf(const std::vector<Element>& elements) {
  std::vector<Statement> statements;
  Statement current;
  for (std::size_t i = 0; i < elements.size(); ++i) {
    const bool stop = elements[i].kind == Kind::punctuation && (elements[i].text == ";" || elements[i].text == ".");
    if (stop) {
      current.end = i;
      if (current.end > current.begin) statements.push_back(current);
      current.begin = i + 1;
    }
  }
  current.end = elements.size();
  if (current.end > current.begin) statements.push_back(current);
  return statements;
}

// A verb group and the span of elements its object lies in.
struct Group {
  std::size_t at = 0;
  std::size_t objectEnd = 0;
  bool nominal = false;  // "việc thực hiện": part of an object, not a power
};

class Builder {
 public:
  Builder(const syntax::Document& document, const Lexicon& lexicon, DocumentModel& model)
      : document_(document), lexicon_(lexicon), reader_(lexicon_), model_(model) {}

  void run() {
    fillDocumentInfo(document_, model_);
    for (const Unit& child : document_.root.children) visitContainer(child);
  }

 private:
  void visitContainer(const Unit& unit) {
    if (unit.kind == UnitKind::article) return visitArticle(unit);
    for (const Unit& child : unit.children) visitContainer(child);
  }

  void visitArticle(const Unit& article) {
    const std::string name = "Điều " + article.number.value_or("?");
    const bool definitions = text::matchKey(article.title).find("giải thích từ ngữ") != std::string::npos;
    if (definitions) readDefinitions(article);
    std::vector<ActorRef> subject = subjectOfTitle(article.title);
    for (const Unit& child : article.children) visitUnit(child, name, subject, definitions);
  }

  void visitUnit(const Unit& unit, const std::string& parentName, const std::vector<ActorRef>& inherited, bool definition) {
    std::string name = parentName;
    if (unit.number) name += (unit.kind == UnitKind::clause ? " khoản " : " điểm ") + *unit.number;
    const bool counted = unit.number.has_value() && (unit.kind == UnitKind::clause || unit.kind == UnitKind::point);
    std::vector<ActorRef> subject = inherited;
    interpret(unit, name, subject, counted, definition);
    for (const Unit& child : unit.children) visitUnit(child, name, subject, definition);
  }

  // "Trách nhiệm, quyền hạn của Ban Thường vụ": the subject of verb-first clauses.
  std::vector<ActorRef> subjectOfTitle(const std::string& title) {
    ClauseReading reading = reader_.read(title);
    for (const Element& element : reading.elements) {
      if (element.kind == Kind::actors) return actorsOf(element);
    }
    return {};
  }

  // "Thường trực là ...", "Đảng ủy là Ban Chấp hành ...": local aliases.
  void readDefinitions(const Unit& article) {
    for (const Unit& clause : article.children) {
      const std::string key = text::matchKey(clause.text);
      for (const char* link : {" là ", " gồm "}) {
        const auto at = key.find(link);
        if (at == std::string::npos) continue;
        ClauseReading right = reader_.read(key.substr(at));
        for (const Element& element : right.elements) {
          if (element.kind != Kind::actors || element.tags.empty()) continue;
          std::string term = key.substr(0, at);
          if (!lexicon_.meanings(Lexicon::phraseKey(term))) lexicon_.addAlias(term, element.tags.front().meaning);
          break;
        }
        break;
      }
    }
  }

  ActorRef resolve(const Tag& tag) const {
    ActorRef actor;
    actor.id = tag.meaning.id;
    actor.text = tag.text;
    std::string level = tag.organisationLevel;
    if (level.empty()) {
      // "Quận ủy" alone is a committee and names its level.
      if (const auto* meanings = lexicon_.meanings(tag.text)) {
        for (const Meaning& meaning : *meanings) {
          if (meaning.kind == Meaning::Kind::organisation) level = meaning.id;
        }
      }
    }
    if (const ActorEntry* entry = lexicon_.actor(actor.id); entry && entry->level == "central") level = "central";
    if (level == "central") {
      actor.organisation = "central";
    } else if (level == "upper") {
      actor.organisation = "upper";
    } else if (levelRank(level) >= 0) {
      actor.level = level;
      const int own = levelRank(model_.level);
      actor.organisation = own < 0 || levelRank(level) == own ? "own" : levelRank(level) < own ? "upper" : "lower";
    }
    return actor;
  }

  std::vector<ActorRef> actorsOf(const Element& element) const {
    std::vector<ActorRef> actors;
    for (const Tag& tag : element.tags) {
      if (tag.meaning.kind == Meaning::Kind::actor) actors.push_back(resolve(tag));
    }
    return actors;
  }

  SourceRef sourceOf(const Unit& unit, const std::string& name) const {
    return SourceRef{document_.path, unit.position, unit.textRange, name, unit.text};
  }

  void interpret(const Unit& unit, const std::string& name, std::vector<ActorRef>& subject, bool counted, bool definition);
  void interpretStatement(const std::vector<Element>& elements, const Statement& statement, const SourceRef& source,
                          std::vector<ActorRef>& subject, int& produced, std::string& reason);
  std::vector<Atom> atomsIn(const std::vector<Element>& elements, std::size_t from, std::size_t to,
                            const std::string& matter, std::optional<Quantity>& deadline) const;
  std::string defaultAttribute(const std::string& matter, const Quantity& quantity) const;

  const syntax::Document& document_;
  Lexicon lexicon_;  // a copy: the definitions article adds local aliases
  ClauseReader reader_;
  DocumentModel& model_;
};

std::string Builder::defaultAttribute(const std::string& matter, const Quantity& quantity) const {
  const std::string unit = quantity.unit == "dong" ? "money" : quantity.unit;
  for (const MatterEntry* entry = lexicon_.matter(matter); entry; entry = lexicon_.matter(entry->parent)) {
    for (const AttributeEntry& attribute : entry->attributes) {
      if (attribute.unit == unit) return attribute.id;
    }
    if (entry->parent.empty()) break;
  }
  return {};
}

std::vector<Atom> Builder::atomsIn(const std::vector<Element>& elements, std::size_t from, std::size_t to,
                                   const std::string& matter, std::optional<Quantity>& deadline) const {
  std::vector<Atom> atoms;
  for (std::size_t i = from; i < to; ++i) {
    const Element& element = elements[i];
    if (element.kind == Kind::condition) {
      for (Atom atom : element.atoms) {
        if (!atom.number) continue;
        if (element.attribute.empty() && isTime(atom.number->unit)) {
          deadline = atom.number;
          continue;
        }
        atom.attribute = element.attribute.empty() ? defaultAttribute(matter, *atom.number) : element.attribute;
        if (atom.attribute.empty()) atom.attribute = atom.number->unit == "dong" ? "gia_tri" : "so_luong";
        atoms.push_back(std::move(atom));
      }
    } else if (element.kind == Kind::category && !element.tags.empty()) {
      atoms.push_back(Atom{element.tags.front().meaning.id, "=", std::nullopt, "true"});
    } else if (element.kind == Kind::managedBy) {
      for (const Tag& tag : element.tags) {
        if (tag.meaning.kind == Meaning::Kind::actor) atoms.push_back(Atom{"dien_quan_ly", "=", std::nullopt, tag.meaning.id});
      }
    }
  }
  return atoms;
}

void Builder::interpret(const Unit& unit, const std::string& name, std::vector<ActorRef>& subject, bool counted, bool definition) {
  const SourceRef source = sourceOf(unit, name);
  int produced = 0;
  std::string reason;
  if (definition) {
    reason = "definition";
  } else {
    ClauseReading reading = reader_.read(unit.text);
    if (!reading.readable) reason = "unreadable";
    for (const Statement& statement : statementsOf(reading.elements)) {
      interpretStatement(reading.elements, statement, source, subject, produced, reason);
    }
  }
  if (counted) {
    ClauseStatus status{source, produced > 0, produced > 0 ? "" : (reason.empty() ? "no power verb" : reason)};
    model_.clauses.push_back(std::move(status));
  }
}

void Builder::interpretStatement(const std::vector<Element>& elements, const Statement& statement, const SourceRef& source,
                                 std::vector<ActorRef>& subject, int& produced, std::string& reason) {
  // The span up to an exception ("trừ trường hợp ...") is the rule; after it, the exception.
  std::size_t ruleEnd = statement.end;
  for (std::size_t i = statement.begin; i < statement.end; ++i) {
    if (elements[i].kind == Kind::exception) {
      ruleEnd = i;
      break;
    }
  }
  // Verb groups and the explicit subject before the first one.
  std::vector<Group> groups;
  Deontic deontic = Deontic::none;
  bool vagueTime = false;
  bool vagueActor = false;
  for (std::size_t i = statement.begin; i < ruleEnd; ++i) {
    const Element& element = elements[i];
    if (element.kind == Kind::verbs) {
      const bool nominal = i > statement.begin && elements[i - 1].kind == Kind::other &&
                           (elements[i - 1].text == "việc" || elements[i - 1].text == "công tác");
      groups.push_back(Group{i, ruleEnd, nominal && !groups.empty()});
    } else if (element.kind == Kind::actors && groups.empty()) {
      subject = actorsOf(element);
    } else if (element.kind == Kind::deontic && groups.empty() && !element.tags.empty()) {
      deontic = element.tags.front().meaning.deontic;
    } else if (element.kind == Kind::vague && !element.tags.empty()) {
      if (element.tags.front().meaning.kind == Meaning::Kind::vagueTime) vagueTime = true;
      else if (groups.empty()) vagueActor = true;
    }
  }
  for (std::size_t g = 0; g + 1 < groups.size(); ++g) groups[g].objectEnd = groups[g + 1].at;
  if (vagueActor) {
    ActorRef vague;
    vague.vague = true;
    subject = {vague};
  }

  // Parameters: meetings, quorums, votes.
  const bool meeting = hasWord(elements, statement.begin, ruleEnd, {"họp"});
  for (std::size_t i = statement.begin; i < ruleEnd; ++i) {
    const Element& element = elements[i];
    for (const ActorRef& actor : subject.empty() ? std::vector<ActorRef>{ActorRef{}} : subject) {
      if (element.kind == Kind::frequency && element.frequency && meeting && !element.frequency->onDemand) {
        model_.parameters.push_back(Parameter{actor, "meeting_frequency", "hop", element.frequency->op,
                                              element.frequency->period, element.frequency->times, source});
        ++produced;
      } else if (element.kind == Kind::share && element.quantity) {
        const bool quorum = hasWord(elements, statement.begin, statement.end, {"hợp lệ", "tham dự", "có mặt"});
        model_.parameters.push_back(Parameter{actor, quorum ? "quorum" : "vote_threshold", "hop", element.op,
                                              *element.quantity, std::nullopt, source});
        ++produced;
      }
    }
  }
  if (groups.empty()) {
    if (reason.empty() && produced == 0) reason = "no power verb";
    return;
  }

  // Exceptions: the conditions written after "trừ".
  std::optional<Quantity> ignoredDeadline;
  std::vector<Atom> exception = atomsIn(elements, ruleEnd, statement.end, "", ignoredDeadline);
  // Categories and conditions before the first verb apply to every group.
  std::optional<Quantity> leadDeadline;
  std::vector<Atom> lead = atomsIn(elements, statement.begin, groups.front().at, "", leadDeadline);

  // Matters of each group; a group with none takes the next group's.
  std::vector<std::vector<std::string>> matters(groups.size());
  for (std::size_t g = 0; g < groups.size(); ++g) {
    for (std::size_t i = groups[g].at + 1; i < groups[g].objectEnd; ++i) {
      if (elements[i].kind == Kind::matter && !elements[i].tags.empty()) matters[g].push_back(elements[i].tags.front().meaning.id);
      if (elements[i].kind == Kind::managedBy && matters[g].empty()) matters[g].push_back("can_bo");
    }
  }
  for (std::size_t g = groups.size(); g-- > 1;) {
    if (groups[g].nominal) {
      matters[g - 1].insert(matters[g - 1].end(), matters[g].begin(), matters[g].end());
      groups[g - 1].objectEnd = groups[g].objectEnd;
    }
  }
  for (std::size_t g = groups.size(); g-- > 0;) {
    if (matters[g].empty() && g + 1 < groups.size() && !groups[g + 1].nominal) matters[g] = matters[g + 1];
  }

  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].nominal) continue;
    const Element& verbs = elements[groups[g].at];
    // Recipient: the first actor after a REPORT, DELEGATE or ACCOUNTABLE verb.
    std::optional<ActorRef> recipient;
    std::size_t delegatedGroup = groups.size();
    for (std::size_t i = groups[g].at + 1; i < groups[g].objectEnd && !recipient; ++i) {
      if (elements[i].kind == Kind::actors) recipient = actorsOf(elements[i]).front();
    }
    if (verbs.tags.front().meaning.modality == Modality::DELEGATE && g + 1 < groups.size()) {
      delegatedGroup = g + 1;
      for (std::size_t i = groups[g].at + 1; i < groups[g + 1].at && !recipient; ++i) {
        if (elements[i].kind == Kind::actors) recipient = actorsOf(elements[i]).front();
      }
    }
    std::vector<std::string> groupMatters = delegatedGroup < groups.size() ? matters[delegatedGroup] : matters[g];
    if (groupMatters.empty()) groupMatters.push_back("?");
    for (const Tag& verb : verbs.tags) {
      if (verb.meaning.kind != Meaning::Kind::verb) continue;
      for (const std::string& matter : groupMatters) {
        std::optional<Quantity> deadline = leadDeadline;
        const std::size_t conditionEnd = delegatedGroup < groups.size() ? groups[delegatedGroup].objectEnd : groups[g].objectEnd;
        std::vector<Atom> atoms = lead;
        std::vector<Atom> own = atomsIn(elements, groups[g].at + 1, conditionEnd, matter, deadline);
        atoms.insert(atoms.end(), own.begin(), own.end());
        for (std::size_t i = groups[g].at + 1; i < statement.end; ++i) {
          if (elements[i].kind == Kind::deadline && elements[i].quantity) deadline = elements[i].quantity;
        }
        std::optional<Frequency> frequency;
        for (std::size_t i = statement.begin; i < ruleEnd; ++i) {
          if (elements[i].kind == Kind::frequency && elements[i].frequency) frequency = elements[i].frequency;
        }
        const std::vector<ActorRef> actors = subject.empty() ? std::vector<ActorRef>{ActorRef{}} : subject;
        for (const ActorRef& actor : actors) {
          Provision provision;
          provision.actor = actor;
          for (const ActorRef& other : actors) {
            if (&other != &actor && other.id != actor.id) provision.jointWith.push_back(other.id);
          }
          provision.modality = verb.meaning.modality;
          provision.power = verb.meaning.phrase;
          provision.deontic = deontic;
          provision.matter = matter;
          provision.condition.atoms = atoms;
          if (!exception.empty()) provision.condition.exceptions.push_back(exception);
          provision.recipient = recipient;
          provision.deadline = deadline;
          provision.frequency = frequency;
          provision.vagueTime = vagueTime;
          provision.source = source;
          const bool resolved = actor.id != "?" &&
                                (matter != "?" || (recipient && recipient->id != "?" &&
                                                   (provision.modality == Modality::REPORT ||
                                                    provision.modality == Modality::ACCOUNTABLE)));
          if (resolved) ++produced;
          else if (reason.empty()) reason = actor.id == "?" ? "no actor" : "no matter";
          model_.provisions.push_back(std::move(provision));
        }
      }
    }
  }
}

}  // namespace

DocumentModel buildModel(const syntax::Document& document, const Lexicon& lexicon) {
  DocumentModel model;
  Builder(document, lexicon, model).run();
  return model;
}

}  // namespace rasoat::model
