#include "model/statement.h"

#include <algorithm>

namespace rasoat::model {

namespace {

using Kind = Element::Kind;

bool isTime(const std::string& unit) {
  return unit == "day" || unit == "workday" || unit == "week" || unit == "month";
}

bool takesRecipient(Modality modality) {
  return modality == Modality::REPORT || modality == Modality::DELEGATE || modality == Modality::ACCOUNTABLE ||
         modality == Modality::PROPOSE;
}

// An actor after "của", "cho", "với", "trước" ... is not the subject.
bool afterLinkWord(const std::vector<Element>& elements, std::size_t at, std::size_t begin) {
  if (at <= begin) return false;
  const Element& previous = elements[at - 1];
  if (previous.kind != Kind::other) return false;
  static const char* links[] = {"của", "cho", "với", "trước", "đến", "tới", "theo", "về", "lên", "từ"};
  return std::any_of(std::begin(links), std::end(links), [&](const char* link) { return previous.text == link; });
}

bool mentions(const std::vector<Element>& elements, std::size_t from, std::size_t to,
              std::initializer_list<const char*> words) {
  for (std::size_t i = from; i < to; ++i) {
    for (const char* word : words) {
      if (elements[i].text.find(word) != std::string::npos) return true;
    }
  }
  return false;
}

// "3 tháng" -> 3 months, "hằng quý" -> 3 months, "mỗi năm" -> 12 months; weeks and days stay as they are.
Quantity periodInMonths(const Quantity& period) {
  Quantity months = period;
  if (period.unit == "quarter") months = multiplied(period, 3);
  if (period.unit == "year") months = multiplied(period, 12);
  if (period.unit == "quarter" || period.unit == "year" || period.unit == "month") months.unit = "month";
  return months;
}

}  // namespace

std::vector<ActorRef> StatementInterpreter::actorsOf(const Element& element) const {
  std::vector<ActorRef> actors;
  for (const Tag& tag : element.tags) {
    if (tag.meaning.kind == Meaning::Kind::actor) actors.push_back(resolve_(tag));
  }
  return actors;
}

std::string StatementInterpreter::defaultAttribute(const std::string& matter, const Quantity& quantity) const {
  const std::string unit = quantity.unit == "dong" ? "money" : quantity.unit;
  for (const MatterEntry* entry = lexicon_.matter(matter); entry; entry = lexicon_.matter(entry->parent)) {
    for (const AttributeEntry& attribute : entry->attributes) {
      if (attribute.unit == unit) return attribute.id;
    }
    if (entry->parent.empty()) break;
  }
  return {};
}

std::vector<Atom> StatementInterpreter::atomsIn(const std::vector<Element>& elements, Span span,
                                                const std::string& matter, std::optional<Quantity>& deadline) const {
  std::vector<Atom> atoms;
  for (std::size_t i = span.begin; i < span.end; ++i) {
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
        if (tag.meaning.kind == Meaning::Kind::actor)
          atoms.push_back(Atom{"dien_quan_ly", "=", std::nullopt, tag.meaning.id});
      }
    }
  }
  return atoms;
}

// "chủ trương đầu tư các dự án": the project, not investment in general; each matter once.
std::vector<std::string> StatementInterpreter::mostSpecific(const std::vector<std::string>& matters) const {
  std::vector<std::string> kept;
  for (const std::string& matter : matters) {
    const bool general = std::any_of(matters.begin(), matters.end(), [&](const std::string& other) {
      return other != matter && lexicon_.isDescendant(other, matter);
    });
    if (!general && std::find(kept.begin(), kept.end(), matter) == kept.end()) kept.push_back(matter);
  }
  return kept;
}

std::vector<StatementInterpreter::Group> StatementInterpreter::groupsOf(const std::vector<Element>& elements,
                                                                        Span rule) const {
  std::vector<Group> groups;
  for (std::size_t i = rule.begin; i < rule.end; ++i) {
    if (elements[i].kind != Kind::verbs) continue;
    const bool nominal = !groups.empty() && i > rule.begin && elements[i - 1].kind == Kind::other &&
                         (elements[i - 1].text == "việc" || elements[i - 1].text == "công tác");
    groups.push_back(Group{i, rule.end, nominal, {}});
  }
  for (std::size_t g = 0; g + 1 < groups.size(); ++g) groups[g].objectEnd = groups[g + 1].at;
  return groups;
}

void StatementInterpreter::findMatters(const std::vector<Element>& elements, Span rule, std::size_t subjectAt,
                                       std::vector<Group>& groups) const {
  for (Group& group : groups) {
    const Tag& verb = elements[group.at].tags.front();
    for (std::size_t i = group.at + 1; i < group.objectEnd; ++i) {
      const Element& element = elements[i];
      if (element.kind == Kind::matter && !element.tags.empty())
        group.matters.push_back(element.tags.front().meaning.id);
      if (element.kind == Kind::managedBy && group.matters.empty()) group.matters.push_back("can_bo");
      // "bầu Ban Thường vụ", "lãnh đạo các chi bộ": a body as the object.
      const bool bodyObject =
          element.kind == Kind::actors && i == group.at + 1 && !takesRecipient(verb.meaning.modality);
      if (bodyObject && !verb.meaning.actorObject.empty()) group.matters.push_back(verb.meaning.actorObject);
    }
  }
  // "việc thực hiện nghị quyết": the nominal verb's matters belong to the group before.
  for (std::size_t g = groups.size(); g-- > 1;) {
    if (!groups[g].nominal) continue;
    groups[g - 1].matters.insert(groups[g - 1].matters.end(), groups[g].matters.begin(), groups[g].matters.end());
    groups[g - 1].objectEnd = groups[g].objectEnd;
  }
  // Passive "X do Ban Chấp hành quyết định": the object comes before the subject.
  if (!groups.empty() && groups.front().matters.empty() && subjectAt > rule.begin) {
    for (std::size_t i = rule.begin; i < subjectAt; ++i) {
      if (elements[i].kind == Kind::matter && !elements[i].tags.empty())
        groups.front().matters.push_back(elements[i].tags.front().meaning.id);
    }
  }
  for (Group& group : groups) group.matters = mostSpecific(group.matters);
  // "Lãnh đạo, chỉ đạo và kiểm tra ..." split over groups share the object written last;
  // a report with no object reports on what the group before it did.
  for (std::size_t g = groups.size(); g-- > 0;) {
    if (groups[g].matters.empty() && g + 1 < groups.size() && !groups[g + 1].nominal)
      groups[g].matters = groups[g + 1].matters;
  }
  for (std::size_t g = 1; g < groups.size(); ++g) {
    const bool report = elements[groups[g].at].tags.front().meaning.modality == Modality::REPORT;
    if (report && groups[g].matters.empty()) groups[g].matters = groups[g - 1].matters;
  }
}

void StatementInterpreter::readParameters(const std::vector<Element>& elements, Span statement, Span rule,
                                          const std::vector<ActorRef>& subject, const SourceRef& source,
                                          StatementResult& result) const {
  // Whose meeting or vote: the subject, else the body named in the statement.
  std::vector<ActorRef> owners = subject;
  for (std::size_t i = statement.begin; i < statement.end && owners.empty(); ++i) {
    if (elements[i].kind == Kind::actors) owners = actorsOf(elements[i]);
  }
  if (owners.empty()) owners.push_back(ActorRef{});
  const bool meeting = mentions(elements, rule.begin, rule.end, {"họp"});
  const bool quorum = mentions(elements, statement.begin, statement.end, {"hợp lệ", "tham dự", "có mặt", "dự họp"});
  const bool vote = mentions(elements, statement.begin, statement.end,
                             {"đồng ý", "tán thành", "biểu quyết", "nhất trí", "thông qua", "quyết định", "đa số"});
  for (std::size_t i = rule.begin; i < rule.end; ++i) {
    const Element& element = elements[i];
    for (const ActorRef& actor : owners) {
      if (element.kind == Kind::frequency && element.frequency && meeting && !element.frequency->onDemand) {
        const Quantity period = periodInMonths(element.frequency->period);
        result.parameters.push_back(Parameter{actor, "meeting_frequency", "hop", element.frequency->op, period,
                                              element.frequency->times, source});
      } else if (element.kind == Kind::share && element.quantity && (quorum || vote)) {
        result.parameters.push_back(Parameter{actor, quorum ? "quorum" : "vote_threshold", "hop", element.op,
                                              *element.quantity, std::nullopt, source});
      }
    }
  }
}

void StatementInterpreter::completePending(const std::vector<Element>& elements, Span rule, Span statement,
                                           Inherited& inherited, const SourceRef& source,
                                           StatementResult& result) const {
  std::vector<std::string> matters;
  for (std::size_t i = rule.begin; i < rule.end; ++i) {
    if (elements[i].kind == Kind::matter && !elements[i].tags.empty())
      matters.push_back(elements[i].tags.front().meaning.id);
    if (elements[i].kind == Kind::managedBy && matters.empty()) matters.push_back("can_bo");
  }
  matters = mostSpecific(matters);
  if (matters.empty()) return;
  std::optional<Quantity> ignored;
  const std::vector<Atom> exception = atomsIn(elements, Span{rule.end, statement.end}, "", ignored);
  for (const Provision& pending : inherited.pending) {
    for (const std::string& matter : matters) {
      Provision provision = pending;
      provision.matter = matter;
      provision.source = source;
      std::vector<Atom> atoms = atomsIn(elements, rule, matter, provision.deadline);
      provision.condition.atoms.insert(provision.condition.atoms.end(), atoms.begin(), atoms.end());
      if (!exception.empty()) provision.condition.exceptions.push_back(exception);
      result.provisions.push_back(std::move(provision));
      result.usedPending = true;
    }
  }
}

StatementResult StatementInterpreter::interpret(const std::vector<Element>& elements, std::size_t begin,
                                                std::size_t end, Inherited& inherited, const SourceRef& source) const {
  StatementResult result;
  const Span statement{begin, end};
  Span rule = statement;
  for (std::size_t i = begin; i < end; ++i) {
    if (elements[i].kind == Kind::exception) {
      rule.end = i;
      break;
    }
  }
  std::size_t firstVerb = rule.end;
  for (std::size_t i = rule.begin; i < rule.end && firstVerb == rule.end; ++i) {
    if (elements[i].kind == Kind::verbs) firstVerb = i;
  }
  // Subject, deontic marker and vagueness, before the first verb.
  std::size_t subjectAt = rule.begin;
  Deontic deontic = Deontic::none;
  bool vagueTime = false;
  for (std::size_t i = rule.begin; i < rule.end; ++i) {
    const Element& element = elements[i];
    if (element.kind == Kind::actors && i < firstVerb && !afterLinkWord(elements, i, rule.begin)) {
      inherited.subject = actorsOf(element);
      subjectAt = i;
    } else if (element.kind == Kind::deontic && i < firstVerb && !element.tags.empty()) {
      deontic = element.tags.front().meaning.deontic;
    } else if (element.kind == Kind::vague && !element.tags.empty()) {
      if (element.tags.front().meaning.kind == Meaning::Kind::vagueTime) {
        vagueTime = true;
      } else if (i < firstVerb) {
        ActorRef vague;
        vague.vague = true;
        vague.text = element.tags.front().text;
        inherited.subject = {vague};
      }
    }
  }
  readParameters(elements, statement, rule, inherited.subject, source, result);

  std::vector<Group> groups = groupsOf(elements, rule);
  if (groups.empty()) {
    if (!inherited.pending.empty()) completePending(elements, rule, statement, inherited, source, result);
    return result;
  }
  findMatters(elements, rule, subjectAt, groups);

  std::optional<Quantity> ignored;
  const std::vector<Atom> exception = atomsIn(elements, Span{rule.end, statement.end}, "", ignored);
  std::optional<Quantity> leadDeadline;
  const std::vector<Atom> lead = atomsIn(elements, Span{rule.begin, groups.front().at}, "", leadDeadline);
  std::optional<Quantity> deadline = leadDeadline;
  std::optional<Frequency> frequency;
  for (std::size_t i = statement.begin; i < statement.end; ++i) {
    if (elements[i].kind == Kind::deadline && elements[i].quantity) deadline = elements[i].quantity;
    if (elements[i].kind == Kind::frequency && elements[i].frequency && i < rule.end) frequency = elements[i].frequency;
  }
  const std::vector<ActorRef> actors =
      inherited.subject.empty() ? std::vector<ActorRef>{ActorRef{}} : inherited.subject;

  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].nominal) continue;
    const Element& verbs = elements[groups[g].at];
    const Modality modality = verbs.tags.front().meaning.modality;
    // "ủy quyền cho Thường trực quyết định X": the power delegated is the next group's.
    const bool delegates = modality == Modality::DELEGATE && g + 1 < groups.size();
    const Group& object = delegates ? groups[g + 1] : groups[g];
    // "ủy quyền cho Ban Thường vụ, Thường trực": one provision per recipient.
    std::vector<std::optional<ActorRef>> recipients;
    for (std::size_t i = groups[g].at + 1; i < object.objectEnd && recipients.empty() && takesRecipient(modality);
         ++i) {
      if (elements[i].kind == Kind::actors) {
        for (const ActorRef& actor : actorsOf(elements[i])) recipients.emplace_back(actor);
      }
    }
    if (recipients.empty()) recipients.emplace_back(std::nullopt);
    std::vector<std::string> matters = object.matters;
    if (matters.empty()) matters.push_back("?");
    for (const Tag& verb : verbs.tags) {
      if (verb.meaning.kind != Meaning::Kind::verb) continue;
      for (const std::string& matter : matters) {
        std::optional<Quantity> ownDeadline = deadline;
        std::vector<Atom> atoms = lead;
        const std::vector<Atom> own = atomsIn(elements, Span{groups[g].at + 1, object.objectEnd}, matter, ownDeadline);
        atoms.insert(atoms.end(), own.begin(), own.end());
        for (const ActorRef& actor : actors) {
          for (const std::optional<ActorRef>& recipient : recipients) {
            Provision provision;
            provision.actor = actor;
            for (const ActorRef& other : actors) {
              if (other.id != actor.id) provision.jointWith.push_back(other.id);
            }
            provision.modality = verb.meaning.modality;
            provision.power = verb.meaning.phrase;
            provision.deontic = deontic;
            provision.matter = matter;
            provision.condition.atoms = atoms;
            if (!exception.empty()) provision.condition.exceptions.push_back(exception);
            provision.recipient = recipient;
            provision.deadline = ownDeadline;
            provision.frequency = frequency;
            provision.vagueTime = vagueTime;
            provision.source = source;
            result.provisions.push_back(std::move(provision));
          }
        }
      }
    }
    if (delegates) ++g;  // the delegated power is the recipient's, not the subject's
  }
  return result;
}

}  // namespace rasoat::model
