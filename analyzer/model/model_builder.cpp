#include "model/model_builder.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <ranges>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "model/abbreviations.h"
#include "model/clause_reader.h"
#include "model/number_limits.h"
#include "model/reading_certainty.h"
#include "model/statement.h"
#include "text/matching.h"

namespace rasoat::model {

void fillDocumentInfo(const syntax::Document& document, DocumentModel& model);  // document_info.cpp

namespace {

using Kind = Element::Kind;
using Link = Element::Link;
using syntax::Unit;
using syntax::UnitKind;

// The statements of a clause: the elements between two ';' or '.'.
std::vector<std::pair<std::size_t, std::size_t>> statementsOf(const std::vector<Element>& elements) {
  std::vector<std::pair<std::size_t, std::size_t>> statements;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= elements.size(); ++i) {
    const bool stop = i == elements.size() ||
                      (elements[i].kind == Kind::punctuation && (elements[i].text == ";" || elements[i].text == "."));
    if (!stop) continue;
    if (i > begin) statements.emplace_back(begin, i);
    begin = i + 1;
  }
  return statements;
}

// language.md §3: a clause whose subject, power and matter are all resolved is
// formalised; "chịu trách nhiệm trước Ban Chấp hành về lĩnh vực được phân công"
// names its recipient but not what it answers for.
bool resolved(const Provision& provision) {
  return provision.actor.resolved() && provision.matter.has_value();
}

bool endsWithColon(const std::string& text) {
  const auto last = text.find_last_not_of(" \t\n");
  return last != std::string::npos && text[last] == ':';
}

// What the builder knows of one clause or point.
struct UnitRecord {
  std::string path;                     // "4.2.a"
  bool readable = true;                 // the clause grammar accepted its text
  std::vector<std::string> unread;      // unreadParts of its text
  std::vector<std::string> exceptions;  // unreadExceptions of its text: for powers only
  std::vector<std::string> triggers;    // unreadTriggers: a power's limit; a duty's time ("Khi …, báo cáo")
};

class Builder {
 public:
  Builder(const syntax::Document& document, const Lexicon& lexicon, const Limits& limits, DocumentModel& model)
      : document_(document),
        limits_(limits),
        lexicon_(lexicon),
        reader_(lexicon_),
        model_(model),
        statements_(lexicon_, [this](const Tag& tag) { return resolve(tag); }) {}

  void run() {
    fillDocumentInfo(document_, model_);
    placeBlocCommittee();
    readAbbreviations(document_.root, reader_, lexicon_, folded_);
    for (const Unit& child : document_.root.children) visitContainer(child);
    removeDuplicates();
    identifyAndRate();
  }

 private:
  // "Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh Thanh Hóa" names the province
  // but sits under its Tỉnh ủy (cue `bloc_committees`): the level below the
  // province, so that the Tỉnh ủy's bodies are the level above, not its own.
  // A model regulation keeps the level its title names, its issuer's
  // ("… các đảng bộ trực thuộc Tỉnh ủy"; checks/decision_scope.cpp).
  void placeBlocCommittee() {
    if (model_.level != Level::province || model_.kind == DocumentKind::modelRegulation) return;
    const std::string name = " " + text::matchKey(model_.organisation) + " ";
    for (const std::string& phrase : lexicon_.cue("bloc_committees")) {
      if (name.find(" " + phrase + " ") == std::string::npos) continue;
      model_.level = Level::district;
      return;
    }
  }

  void visitContainer(const Unit& unit) {
    if (unit.kind == UnitKind::article) return visitArticle(unit);
    for (const Unit& child : unit.children) visitContainer(child);
  }

  void visitArticle(const Unit& article) {
    const std::string name = "Điều " + article.number.value_or("?");
    const std::string title = text::matchKey(article.title);
    const bool definitions = titleMentions(title, "definition_titles");
    if (definitions) readDefinitions(article);
    // "Nguyên tắc làm việc": its clauses state principles, not tasks.
    principles_ = titleMentions(title, "principle_titles");
    // A verb-first duty takes the body of its article's title only when the
    // title says that body's duties ("Nhiệm vụ, quyền hạn của Ban Thường vụ")
    // or is that body's name alone ("Điều 4. Chi ủy"); "Quan hệ với Ban
    // Thường vụ Quận ủy" gives no subject (C001 can find it).
    // A meeting title ("Chế độ họp của Ban Chấp hành") names whose meetings.
    const TitleBody body = subjectOfTitle(article.title);
    Inherited inherited;
    if (body.alone || titleMentions(title, "duty_titles")) inherited.subject = body.actors;
    if (titleMentions(title, "meeting_titles")) inherited.meetingBody = body.actors;
    const std::string path = article.number.value_or("x");
    const auto& children = article.children;
    for (std::size_t k = 0; k < children.size(); ++k) {
      const std::size_t points = pointsLedBy(children, k);
      if (points == 0) {
        visitUnit(children[k], name, path, inherited, definitions);
        continue;
      }
      // "Điều 5. …\nBan Thường vụ không uỷ quyền … những việc sau:\na) …": a
      // lead-in paragraph with no number has the points or clauses after it
      // under it, as a numbered clause would; its subject, negation and verb go
      // over them.
      Unit lead = children[k];
      lead.children.assign(children.begin() + static_cast<long>(k) + 1,
                           children.begin() + static_cast<long>(k + 1 + points));
      visitUnit(lead, name, path, inherited, definitions);
      k += points;
    }
  }

  // How many numbered clauses or points follow the unnumbered lead-in at `at`
  // (0 when it is none): they run to the next paragraph without a number.
  static std::size_t pointsLedBy(const std::vector<Unit>& children, std::size_t at) {
    const Unit& unit = children[at];
    if (unit.kind != UnitKind::clause || unit.number || !unit.children.empty() || !endsWithColon(unit.text)) return 0;
    std::size_t count = 0;
    const auto led = [](const Unit& next) {
      return next.kind == UnitKind::point || (next.kind == UnitKind::clause && next.number);
    };
    while (at + 1 + count < children.size() && led(children[at + 1 + count])) ++count;
    return count;
  }

  // Reads a clause or point and the points under it. Returns whether it
  // completed powers its parent left pending ("... những vấn đề sau:").
  // `parent` is the caller's own; its pending powers are lent to this unit's
  // reading and given back (PendingLoan).
  bool visitUnit(const Unit& unit, const std::string& parentName, const std::string& parentPath, Inherited& parent,
                 bool definition) {
    std::string name = parentName;
    if (unit.number) name += (unit.kind == UnitKind::clause ? " khoản " : " điểm ") + *unit.number;
    const std::string path = registerPath(unit, parentPath);
    const bool counted = unit.number.has_value() && (unit.kind == UnitKind::clause || unit.kind == UnitKind::point);
    const SourceRef source{document_.path, unit.position, unit.textRange, name, unit.text, {}};

    Inherited mine{parent.subject, parent.meetingBody, {}, {}, parent.topic, parent.contents, parent.duty};
    bool listsContents = false;
    std::optional<NotFormalised> reason;
    if (definition) reason = NotFormalised::definition;
    bool usedPending = false;
    const std::size_t firstProvision = model_.provisions.size();
    // "Lãnh đạo công tác cán bộ; quyết định những vấn đề sau:": only the
    // statement the colon ends waits for the points.
    std::size_t lastStatementProvision = firstProvision;
    const std::size_t firstParameter = model_.parameters.size();
    if (!definition && unit.text.size() > kMaxClauseBytes) reason = NotFormalised::tooLong;
    if (!definition && unit.text.size() <= kMaxClauseBytes) {
      ClauseReading reading = readUnitText(unit.text);
      if (!reading.readable) reason = NotFormalised::unreadable;
      recordUnread(unit, reading, parent);
      std::vector<Atom> sentenceScope;
      std::vector<std::string> sentenceMatters;
      const PendingLoan loan(parent.pending, mine.pending);
      for (const auto& [begin, end] : statementsOf(reading.elements)) {
        lastStatementProvision = model_.provisions.size();
        StatementResult result = statements_.interpret(reading.elements, begin, end, mine, source);
        for (std::size_t k = 0; k < result.provisions.size() && k < result.unread.size(); ++k)
          result.provisions[k].reading.notUnderstood = std::move(result.unread[k]);
        scopeBySentence(reading.elements, begin, end, sentenceScope, result.provisions);
        reportOnWhatCameBefore(reading.elements, begin, sentenceMatters, result.provisions);
        usedPending = usedPending || result.usedPending;
        // Moved, not copied: the result is not read again.
        model_.provisions.insert(model_.provisions.end(), std::make_move_iterator(result.provisions.begin()),
                                 std::make_move_iterator(result.provisions.end()));
        model_.parameters.insert(model_.parameters.end(), std::make_move_iterator(result.parameters.begin()),
                                 std::make_move_iterator(result.parameters.end()));
      }
      if (dropNumbersOverLimits(firstProvision, firstParameter, unit)) reason = NotFormalised::numberOverLimits;
      listsContents = model_.provisions.size() == firstProvision && namesItsParts(reading);
      // "2. Về mua sắm, sửa chữa tài sản:": a lead-in with no verb that names
      // matters gives them to the points that name none.
      if (model_.provisions.size() == firstProvision && endsWithColon(unit.text)) topicOf(reading, mine.topic);
    }
    // "... quyết định những vấn đề sau:": the powers wait for the points' matters.
    mine.pending.clear();
    mine.contents = listsContents && endsWithColon(unit.text);
    if (endsWithColon(unit.text) && !unit.children.empty()) {
      auto pendingBegin = std::stable_partition(model_.provisions.begin() + static_cast<long>(lastStatementProvision),
                                                model_.provisions.end(),
                                                [](const Provision& p) { return p.matter && *p.matter != "chung"; });
      mine.pending.assign(pendingBegin, model_.provisions.end());
      model_.provisions.erase(pendingBegin, model_.provisions.end());
      // "Quyết định các vấn đề về công tác cán bộ, gồm: a) Bổ nhiệm …": a power
      // over a family of matters stays and goes to the points; once they name
      // the members decided, dropFamiliesItsPointsName removes it.
      for (auto at = model_.provisions.begin() + static_cast<long>(lastStatementProvision);
           at != model_.provisions.end(); ++at)
        if (at->matter && namesAFamily(*at->matter)) mine.pending.push_back(*at);
    }
    bool childCompleted = false;
    std::size_t statusIndex = model_.clauses.size();
    if (counted) model_.clauses.push_back(ClauseStatus{source, false, std::nullopt});
    const std::size_t firstChildProvision = model_.provisions.size();
    for (const Unit& child : unit.children)
      childCompleted = visitUnit(child, name, path, mine, definition) || childCompleted;
    dropFamiliesItsPointsName(lastStatementProvision, firstChildProvision);

    if (counted) {
      const auto mine = [&](const auto& element) { return element.source.position == unit.position; };
      // Every power the clause gives, not only one of them.
      const auto from =
          model_.provisions.begin() + static_cast<long>(std::min(firstProvision, model_.provisions.size()));
      const bool any =
          std::any_of(from, model_.provisions.end(), mine) &&
          std::all_of(from, model_.provisions.end(), [&](const Provision& p) { return !mine(p) || resolved(p); });
      // Only this clause's and its points' parameters can be its own (they were appended since).
      const auto fromParameter =
          model_.parameters.begin() + static_cast<long>(std::min(firstParameter, model_.parameters.size()));
      const bool parameters = std::any_of(fromParameter, model_.parameters.end(),
                                          [&](const Parameter& p) { return mine(p) && p.actor.resolved(); });
      ClauseStatus& status = model_.clauses[statusIndex];
      // "Ban Thường vụ có trách nhiệm:" says what its points say.
      const bool introducesPoints =
          endsWithColon(unit.text) &&
          std::any_of(model_.clauses.begin() + static_cast<long>(statusIndex) + 1, model_.clauses.end(),
                      [](const ClauseStatus& child) { return child.formalised; });
      status.formalised = any || parameters || childCompleted || introducesPoints;
      if (!status.formalised) status.reason = reason ? *reason : reasonFor(unit, firstProvision);
      if (principles_ && status.reason == NotFormalised::noActor) status.reason = NotFormalised::principle;
    }
    dropBareVerbs(firstProvision, unit);
    return usedPending;
  }

  // The powers of a lead-in awaiting their matters ("... quyết định những vấn
  // đề sau:"), read by each of its points while their statements are
  // interpreted (which only reads them): swapped into the point's Inherited and
  // back, where a copy per point and nested unit was 2 % of `rasoat model`.
  class PendingLoan {
   public:
    PendingLoan(std::vector<Provision>& owner, std::vector<Provision>& borrower) : owner_(owner), borrower_(borrower) {
      owner_.swap(borrower_);
    }
    PendingLoan(const PendingLoan&) = delete;
    PendingLoan& operator=(const PendingLoan&) = delete;
    PendingLoan(PendingLoan&&) = delete;
    PendingLoan& operator=(PendingLoan&&) = delete;
    ~PendingLoan() { owner_.swap(borrower_); }

   private:
    std::vector<Provision>& owner_;
    std::vector<Provision>& borrower_;
  };

  // "Thực hiện nguyên tắc tập trung dân chủ …": a verb with neither a body nor
  // a matter is no provision. It has served to say why the clause is not
  // formalised (C001 reads that reason); it is not kept in the model.
  void dropBareVerbs(std::size_t firstProvision, const Unit& unit) {
    auto& provisions = model_.provisions;
    const auto bare = [&](const Provision& p) {
      const bool nobody = !p.actor.resolved() && !p.actor.vague && p.actor.text.empty();
      return p.source.position == unit.position && nobody && !p.matter;
    };
    const auto from = provisions.begin() + static_cast<long>(std::min(firstProvision, provisions.size()));
    provisions.erase(std::remove_if(from, provisions.end(), bare), provisions.end());
  }

  // "Giữa hai phiên họp, Ban Thường vụ ủy quyền …; Thường trực báo cáo …": a
  // category that opens a sentence (before its first verb) scopes every
  // statement of the sentence, up to its full stop (tests/fixtures/clauses/table.yaml).
  // "Phê duyệt các khoản chi …; hằng quý báo cáo Ban Thường vụ", "tổ chức
  // thực hiện Quy chế này; hằng năm báo cáo chi bộ kết quả thực hiện": a
  // report that names no matter, in the same sentence, reports on the matters
  // of the statement before it (as it does inside one statement).
  static void reportOnWhatCameBefore(const std::vector<Element>& elements, std::size_t begin,
                                     std::vector<std::string>& before, std::vector<Provision>& provisions) {
    if (begin == 0 || elements[begin - 1].text == ".") before.clear();
    std::vector<Provision> inherited;
    for (Provision& provision : provisions) {
      if (provision.modality != Modality::REPORT || provision.matter || before.empty()) continue;
      provision.matter = before.front();
      for (std::size_t k = 1; k < before.size(); ++k) {
        inherited.push_back(provision);
        inherited.back().matter = before[k];
      }
    }
    provisions.insert(provisions.end(), inherited.begin(), inherited.end());
    std::vector<std::string> said;
    for (const Provision& provision : provisions) {
      if (provision.modality == Modality::REPORT || !provision.matter) continue;
      if (std::find(said.begin(), said.end(), *provision.matter) == said.end()) said.push_back(*provision.matter);
    }
    if (!said.empty()) before = said;
  }

  static void scopeBySentence(const std::vector<Element>& elements, std::size_t begin, std::size_t end,
                              std::vector<Atom>& scope, std::vector<Provision>& provisions) {
    const bool opensSentence = begin == 0 || elements[begin - 1].text == ".";
    if (opensSentence) {
      scope.clear();
      for (std::size_t i = begin; i < end && elements[i].kind != Kind::verbs; ++i) {
        if (elements[i].kind == Kind::category && !elements[i].tags.empty())
          scope.push_back(Atom{elements[i].tags.front().meaning.id, Comparison::eq, std::nullopt, std::nullopt});
      }
      return;
    }
    for (Provision& provision : provisions) {
      for (const Atom& fact : scope) {
        auto& atoms = provision.condition.atoms;
        const bool said =
            std::any_of(atoms.begin(), atoms.end(), [&](const Atom& a) { return a.attribute == fact.attribute; });
        if (!said) atoms.insert(atoms.begin(), fact);
      }
    }
  }

  // A provision or parameter of this clause with a number over the limits is
  // dropped (the clause is then not formalised) and the number reported once.
  bool dropNumbersOverLimits(std::size_t firstProvision, std::size_t firstParameter, const Unit& unit) {
    std::optional<NumberOverLimit> over;
    auto check = [&](const auto& element) {
      auto found = numberOverLimits(element, limits_);
      if (found && !over) over = found;
      return found.has_value();
    };
    auto& provisions = model_.provisions;
    provisions.erase(std::remove_if(provisions.begin() + static_cast<long>(firstProvision), provisions.end(), check),
                     provisions.end());
    auto& parameters = model_.parameters;
    parameters.erase(std::remove_if(parameters.begin() + static_cast<long>(firstParameter), parameters.end(), check),
                     parameters.end());
    if (!over) return false;
    Diagnostic diagnostic;
    diagnostic.severity = Severity::error;
    diagnostic.path = document_.path;
    diagnostic.range = Range{unit.position, unit.position};
    diagnostic.message = over->message;
    model_.diagnostics.push_back(std::move(diagnostic));
    return true;
  }

  // "Báo cáo định kỳ của các chi bộ gồm các nội dung sau:": a lead-in that
  // gives no power and says what something consists of (cue `definition_links`).
  // "Chi bộ là hạt nhân chính trị …, có nhiệm vụ, quyền hạn sau:" defines its
  // subject first and then introduces duties: a deontic marker or a verb after
  // the link makes the points powers again.
  bool namesItsParts(const ClauseReading& reading) const {
    const auto& links = lexicon_.cue("definition_links");
    const auto& elements = reading.elements;
    const auto link = std::find_if(elements.rbegin(), elements.rend(), [&](const Element& element) {
      return std::find(links.begin(), links.end(), element.text) != links.end();
    });
    if (link == elements.rend()) return false;
    return std::none_of(elements.rbegin(), link, [](const Element& element) {
      return element.kind == Kind::deontic || element.kind == Kind::verbs;
    });
  }

  static void topicOf(const ClauseReading& reading, std::vector<std::string>& topic) {
    const auto& elements = reading.elements;
    // A topic only: opened by "về" or "đối với", with no verb and no deontic
    // marker ("Chi bộ … có nhiệm vụ sau:" introduces duties, not a matter).
    if (elements.empty() || (elements.front().link != Link::about && elements.front().link != Link::regarding)) return;
    const bool more = std::any_of(elements.begin(), elements.end(),
                                  [](const Element& e) { return e.kind == Kind::verbs || e.kind == Kind::deontic; });
    if (more) return;
    std::vector<std::string> named;
    for (const Element& e : elements)
      if (e.kind == Kind::matter && !e.tags.empty()) named.push_back(e.tags.front().meaning.id);
    if (named.size() == 1) topic = named;
  }

  // "Quyết định những vấn đề về công tác cán bộ sau đây: a) Bổ nhiệm …": once
  // the points name the members decided, the lead-in's power over the family
  // says nothing more (a family conflicts with nothing by itself).
  void dropFamiliesItsPointsName(std::size_t leadIn, std::size_t points) {
    const auto named = [&](const Provision& family) {
      return std::any_of(model_.provisions.begin() + static_cast<long>(points), model_.provisions.end(),
                         [&](const Provision& p) {
                           return p.matter && family.matter && p.modality == family.modality &&
                                  lexicon_.isDescendant(*p.matter, *family.matter);
                         });
    };
    const auto first = model_.provisions.begin() + static_cast<long>(leadIn);
    const auto last = model_.provisions.begin() + static_cast<long>(points);
    const auto kept = std::stable_partition(
        first, last, [&](const Provision& p) { return !(p.matter && namesAFamily(*p.matter) && named(p)); });
    model_.provisions.erase(kept, last);
  }

  bool namesAFamily(const std::string& matter) const {
    const auto& matters = lexicon_.matters();
    return std::any_of(matters.begin(), matters.end(),
                       [&](const MatterEntry& entry) { return entry.parent == matter; });
  }

  // Why a clause produced nothing usable. Its provisions were all appended
  // from firstProvision on: the ones before belong to earlier units, and
  // scanning them made the model quadratic in the document's length.
  NotFormalised reasonFor(const Unit& unit, std::size_t firstProvision) const {
    bool anyProvision = false;
    const auto ofUnit = [&](const Provision& p) { return p.source.position == unit.position; };
    const auto from = model_.provisions.begin() + static_cast<long>(std::min(firstProvision, model_.provisions.size()));
    const bool someActor =
        std::any_of(from, model_.provisions.end(), [&](const Provision& p) { return ofUnit(p) && resolved(p); });
    for (auto at = from; at != model_.provisions.end(); ++at) {
      const Provision& provision = *at;
      if (!ofUnit(provision)) continue;
      anyProvision = true;
      if (provision.actor.vague) return NotFormalised::vagueActor;
      if (!provision.actor.text.empty() && !provision.actor.resolved()) return NotFormalised::unknownActor;
      // "Không nói ai thực hiện" (C001) only when the clause names nobody: a
      // body named where the grammar did not place a subject, or another of its
      // powers read whole, makes it a partial reading.
      // Words not understood where the subject stands ("Tổng Biên tập báo
      // cáo …", a head of unit the lexicon does not know) may be the actor.
      if (!provision.actor.resolved())
        return someActor || namesABody(unit.text) || provision.reading.subjectUnread ? NotFormalised::actorNotPlaced
                                                                                     : NotFormalised::noActor;
    }
    return anyProvision ? NotFormalised::noMatter : NotFormalised::noPowerVerb;
  }

  // Whether a known body stands where a subject does: opening the clause or a
  // comma-separated part of it, with words after it that do not go on with a
  // list ("nếu có vướng mắc, Ban Thường vụ tổng hợp, trình …"); not after a
  // verb or a link as its recipient ("báo cáo với Thường trực"), nor as an
  // item of a list ("tình hình tư tưởng của cán bộ, đảng viên và …"). When it
  // says yes the clause is an info (read in part), never a C001.
  // "Những việc thuộc thẩm quyền của Ban Thường vụ … phải được thảo luận tập
  // thể và biểu quyết tại phiên họp Ban Thường vụ": a passive with its agent
  // left implicit; a body it names anywhere may be that agent.
  bool namesABody(const std::string& text) const {
    const std::vector<Element>& elements = reader_.read(text).elements;
    if (passiveVerb(elements) && std::any_of(elements.begin(), elements.end(), [](const Element& e) {
          return e.kind == Kind::actors && !e.tags.empty();
        }))
      return true;
    for (std::size_t i = 0; i + 1 < elements.size(); ++i) {
      if (elements[i].kind != Kind::actors || elements[i].tags.empty()) continue;
      const bool opens = i == 0 || elements[i - 1].kind == Kind::punctuation || elements[i - 1].link == Link::comma;
      const Element& next = elements[i + 1];
      const bool listGoesOn = next.link == Link::and_ || next.link == Link::or_ || next.link == Link::comma;
      if (opens && next.kind != Kind::punctuation && !listGoesOn) return true;
    }
    return false;
  }

  // A passive marker ("được", cue `passive`) right before a verb, as the
  // clause's predicate: "trong lâm phần được giao, phải báo cáo ngay …" has
  // its predicate in the deontic marker after it, and the passive only
  // qualifies a noun.
  bool passiveVerb(const std::vector<Element>& elements) const {
    const auto& passive = lexicon_.cue("passive");
    const auto isPassive = [&](const Element& e) {
      return e.kind == Kind::deontic && std::find(passive.begin(), passive.end(), e.text) != passive.end();
    };
    for (std::size_t i = 0; i + 1 < elements.size(); ++i) {
      if (!isPassive(elements[i]) || elements[i + 1].kind != Kind::verbs) continue;
      const bool predicateLater =
          std::any_of(elements.begin() + static_cast<long>(i) + 2, elements.end(),
                      [&](const Element& e) { return e.kind == Kind::deontic && !isPassive(e); });
      if (!predicateLater) return true;
    }
    return false;
  }

  bool titleMentions(const std::string& title, const char* cue) const {
    const auto& cues = lexicon_.cue(cue);
    return std::any_of(cues.begin(), cues.end(),
                       [&](const std::string& word) { return title.find(word) != std::string::npos; });
  }

  struct TitleBody {
    std::vector<ActorRef> actors;  // the one body the title names, if one
    bool alone = false;            // the title is that body's name and nothing else
  };

  TitleBody subjectOfTitle(const std::string& title) {
    ClauseReading reading = readUnitText(title);
    const auto& elements = reading.elements;
    for (std::size_t i = 0; i < elements.size(); ++i) {
      if (elements[i].kind != Kind::actors) continue;
      TitleBody body;
      for (const Tag& tag : elements[i].tags) body.actors.push_back(resolve(tag));
      // A title naming several bodies gives no single subject.
      if (body.actors.size() != 1) return {};
      std::vector<const Element*> rest;
      for (const Element& e : elements)
        if (&e != &elements[i] && e.kind != Kind::punctuation) rest.push_back(&e);
      // "Phó Bí thư Đảng ủy là Thủ trưởng cơ quan", "Phó Bí thư Đảng ủy, Chủ
      // tịch Ủy ban nhân dân xã": one person and the office they also hold
      // (cues `definition_links`, `chair_of`); the party post is the subject.
      const auto said = [&](const char* cue, const std::string& word) {
        const auto& words = lexicon_.cue(cue);
        return std::find(words.begin(), words.end(), word) != words.end();
      };
      std::string between;  // the words between the post and the other office
      for (std::size_t k = 0; k + 1 < rest.size(); ++k) between += (between.empty() ? "" : " ") + rest[k]->text;
      const bool holdsOffice = rest.size() >= 2 && rest.back()->kind == Kind::actors &&
                               (said("definition_links", between) || said("chair_of", between));
      body.alone = rest.empty() || holdsOffice;
      return body;
    }
    return {};
  }

  // "Đảng ủy là Ban Chấp hành ...", "Thường trực Đảng ủy gồm ...": local aliases.
  void readDefinitions(const Unit& article) {
    for (const Unit& clause : article.children) {
      const std::string whole = text::matchKey(clause.text);
      if (givesAbbreviation(whole, lexicon_)) continue;
      for (const std::string& key : definitionsIn(whole)) readDefinition(key);
    }
  }

  // "Chữ viết tắt: BCH là Ban Chấp hành …; BTV là Ban Thường vụ Đảng ủy": after
  // a label, one definition per part of the clause.
  std::vector<std::string> definitionsIn(const std::string& clause) const {
    std::string rest = clause;
    std::size_t link = rest.size();
    for (const std::string& word : lexicon_.cue("definition_links")) link = std::min(link, rest.find(" " + word + " "));
    const auto colon = rest.find(": ");
    if (colon < link) rest = rest.substr(colon + 2);
    std::vector<std::string> parts;
    for (std::size_t from = 0; from <= rest.size();) {
      const auto semicolon = std::min(rest.find(';', from), rest.size());
      const std::string part = text::matchKey(rest.substr(from, semicolon - from));
      if (!part.empty()) parts.push_back(part);
      from = semicolon + 1;
    }
    return parts;
  }

  void readDefinition(const std::string& key) {
    for (const std::string& word : lexicon_.cue("definition_links")) {
      const auto at = key.find(" " + word + " ");
      if (at == std::string::npos) continue;
      const std::string term = key.substr(0, at);
      // Only a term defined as a body ("X là Ban Chấp hành ...") becomes an alias of it;
      // "cán bộ thuộc diện ... là ..." defines a matter, not a body.
      ClauseReading right = reader_.read(key.substr(at));
      const bool definesBody = right.elements.size() > 1 && right.elements[1].kind == Kind::actors &&
                               !right.elements[1].tags.empty() && namesNoMatter(term);
      // "Thường trực Tỉnh ủy gồm Bí thư, các Phó Bí thư": a known body (read
      // with its organisation word) is described, not renamed.
      const ClauseReading left = reader_.read(term);
      const bool known = left.elements.size() == 1 && left.elements.front().kind == Kind::actors;
      if (definesBody && !known && !lexicon_.meanings(Lexicon::phraseKey(term))) {
        lexicon_.addAlias(term, right.elements[1].tags.front().meaning);
      }
      break;
    }
  }

  // A term that is not a matter or a task: "Tổ điều phối", not "cán bộ thuộc diện ...".
  bool namesNoMatter(const std::string& term) const {
    ClauseReading reading = reader_.read(term);
    return std::none_of(reading.elements.begin(), reading.elements.end(), [](const Element& element) {
      return element.kind == Kind::matter || element.kind == Kind::managedBy || element.kind == Kind::verbs;
    });
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
    const ActorEntry* entry = lexicon_.actor(*actor.id);
    if (entry && entry->level == "central") level = "central";
    const std::optional<Level> named = levelFromName(level);
    if (level == "central") {
      actor.organisation = Organisation::central;
    } else if (level == "upper") {
      actor.organisation = Organisation::upper;
    } else if (level == "committee") {
      // "Bí thư Đảng ủy Trung tâm" in a cell's regulation is the committee's
      // Bí thư, the level above; in a committee's own regulation, its own.
      actor.organisation = model_.level == Level::cell ? Organisation::upper : Organisation::own;
    } else if (named && levelRank(*named) >= 0) {
      actor.level = named;
      const int own = levelRank(model_.level);
      const int theirs = levelRank(*named);
      actor.organisation = own < 0 || theirs == own ? Organisation::own
                           : theirs < own           ? Organisation::upper
                                                    : Organisation::lower;
    }
    // "Đảng ủy Bưu điện tỉnh", "Ban Thường vụ Đảng ủy phường" in a cell's
    // regulation: a cell has no committee of its own (actors.yaml, level
    // `committee`), so the committee's bodies it names are the level above.
    if (entry && entry->level == "committee" && model_.level == Level::cell && actor.organisation == Organisation::own)
      actor.organisation = Organisation::upper;
    return actor;
  }

  // "4.2.a": the unit's numbers from its article down; a second unit with the
  // same numbers (two "khoản 2", S002) gets "~2", so that ids stay unique.
  std::string registerPath(const Unit& unit, const std::string& parentPath) {
    std::string path = parentPath;
    if (unit.number) path += "." + *unit.number;
    const auto key = std::make_pair(unit.position.line, unit.position.column);
    if (auto known = units_.find(key); known != units_.end()) return known->second.path;
    std::string unique = path;
    for (int n = 2; !usedPaths_.insert(unique).second; ++n) unique = path + "~" + std::to_string(n);
    units_[key].path = unique;
    return unique;
  }

  // What the clause left unread; a point completing its lead-in's powers
  // ("… không ủy quyền … các việc sau:") also carries what the lead-in left unread.
  void recordUnread(const Unit& unit, const ClauseReading& reading, const Inherited& parent) {
    UnitRecord& record = units_[std::make_pair(unit.position.line, unit.position.column)];
    record.readable = reading.readable;
    record.unread = unreadParts(reading.elements, lexicon_);
    record.exceptions = unreadExceptions(reading.elements);
    record.triggers = unreadTriggers(reading.elements, lexicon_);
    if (parent.pending.empty()) return;
    const UnitRecord& lead = units_[std::make_pair(parent.pending.front().source.position.line,
                                                   parent.pending.front().source.position.column)];
    record.readable = record.readable && lead.readable;
    for (const std::string& part : lead.unread) {
      if (std::find(record.unread.begin(), record.unread.end(), part) == record.unread.end())
        record.unread.push_back(part);
    }
    record.exceptions.insert(record.exceptions.end(), lead.exceptions.begin(), lead.exceptions.end());
    record.triggers.insert(record.triggers.end(), lead.triggers.begin(), lead.triggers.end());
  }

  // Stable ids ("4.2.a#1", parameters "4.2.a#p1") and how sure each reading is.
  void identifyAndRate() {
    std::map<std::string, int> provisionsIn;
    for (Provision& provision : model_.provisions) {
      const UnitRecord& record = recordOf(provision.source);
      provision.id = record.path + "#" + std::to_string(++provisionsIn[record.path]);
      std::vector<std::string> unread = record.unread;
      unread.insert(unread.end(), record.exceptions.begin(), record.exceptions.end());
      // A trigger is a duty's time, and a delegation is what it is under any
      // trigger (forbidden, reported back or not); it limits the other powers.
      const bool limited = provision.modality != Modality::REPORT && provision.modality != Modality::EXECUTE &&
                           provision.modality != Modality::ACCOUNTABLE && provision.modality != Modality::DELEGATE;
      if (limited) unread.insert(unread.end(), record.triggers.begin(), record.triggers.end());
      provision.reading = readingOf(provision, unread, record.readable, lexicon_);
    }
    std::map<std::string, int> parametersIn;
    for (Parameter& parameter : model_.parameters) {
      const UnitRecord& record = recordOf(parameter.source);
      parameter.id = record.path + "#p" + std::to_string(++parametersIn[record.path]);
      parameter.reading = readingOf(parameter, record.unread, record.readable);
    }
  }

  const UnitRecord& recordOf(const SourceRef& source) {
    UnitRecord& record = units_[std::make_pair(source.position.line, source.position.column)];
    if (record.path.empty()) record.path = "x";
    return record;
  }

  // Two readings of one clause are one provision when they say the same; a
  // body of the document's level and the same body a level up ("Ban Thường vụ"
  // and "Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh") are two recipients.
  void removeDuplicates() {
    std::set<std::tuple<int, int, std::string, std::string, std::string, std::string, std::string, std::string, int>>
        seen;
    // Compacted in place: a second vector, grown by doubling, moved every
    // provision into memory touched for the first time (3 % of `rasoat model`
    // on the 2 MB benchmark, mostly page faults); unique provisions before the
    // first duplicate are not moved at all.
    auto& provisions = model_.provisions;
    auto kept = provisions.begin();
    for (auto at = provisions.begin(); at != provisions.end(); ++at) {
      const Provision& provision = *at;
      auto key = std::make_tuple(provision.source.position.line, provision.source.position.column,
                                 actorId(provision.actor), std::string(modalityName(provision.modality)),
                                 provision.power, provision.matter.value_or("?"), provision.condition.formula(),
                                 provision.recipient ? actorId(*provision.recipient) : "",
                                 provision.recipient ? static_cast<int>(provision.recipient->organisation) : -1);
      if (!seen.insert(std::move(key)).second) continue;
      if (kept != at) *kept = std::move(*at);
      ++kept;
    }
    provisions.erase(kept, provisions.end());
  }

  // A title or text of the document's tree, folded once: readAbbreviations
  // folded them all before the first clause was read.
  ClauseReading readUnitText(const std::string& text) const {
    const auto found = folded_.find(&text);
    return found == folded_.end() ? reader_.read(text) : reader_.readFolded(found->second);
  }

  std::map<std::pair<int, int>, UnitRecord> units_;  // by the unit's position
  std::set<std::string> usedPaths_;
  bool principles_ = false;  // inside an article of working principles
  const syntax::Document& document_;
  const Limits& limits_;
  Lexicon lexicon_;  // a copy: the definitions article adds local aliases
  ClauseReader reader_;
  FoldedTexts folded_;  // by the address of the text in document_'s tree
  DocumentModel& model_;
  StatementInterpreter statements_;
};

}  // namespace

DocumentModel documentInfo(const syntax::Document& document) {
  DocumentModel model;
  fillDocumentInfo(document, model);
  return model;
}

DocumentModel buildModel(const syntax::Document& document, const Lexicon& lexicon, const Limits& limits) {
  DocumentModel model;
  Builder(document, lexicon, limits, model).run();
  return model;
}

}  // namespace rasoat::model
