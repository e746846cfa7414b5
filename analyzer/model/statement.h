#pragma once

#include <functional>
#include <initializer_list>
#include <set>
#include <string>
#include <vector>

#include "model/clause_reader.h"
#include "model/model.h"

namespace rasoat::model {

// What one clause or point passes down to the points under it.
struct Inherited {
  std::vector<ActorRef> subject;  // "Ban Thường vụ có trách nhiệm:" -> the points' subject
  // "Điều 12. Chế độ họp của Ban Chấp hành": whose meetings the article rules, not a subject of duties.
  std::vector<ActorRef> meetingBody;
  std::vector<Provision> pending;  // "... quyết định những vấn đề sau:" -> powers awaiting their matters
  std::vector<std::string> lastMatters;  // "...; giữa hai kỳ họp, Ban Thường vụ quyết định": the matter said before
  // "2. Về mua sắm tài sản:" then "- Ban Thường vụ quyết định đối với tài sản có
  // giá trị từ 50 triệu đồng trở lên;": the matter of a lead-in that gives no power.
  std::vector<std::string> topic;
  bool contents = false;  // "Báo cáo định kỳ … gồm các nội dung sau:" -> the points list contents, not tasks
  Deontic duty = Deontic::none;  // "Đảng viên có trách nhiệm:" -> the points are obligations
};

// What reading a statement produced.
struct StatementResult {
  std::vector<Provision> provisions;
  // For each provision, the words around its power verb that no rule or cue
  // accounts for (docs/model.md, "Reading certainty").
  std::vector<std::vector<std::string>> unread;
  std::vector<Parameter> parameters;
  bool usedPending = false;
  std::string reason;  // why nothing resolved, when nothing did
};

// Turns one statement of a clause (the elements between two ';' or '.') into
// provisions and parameters. `resolve` maps an actor tag to (organisation, body).
class StatementInterpreter {
 public:
  StatementInterpreter(const Lexicon& lexicon, std::function<ActorRef(const Tag&)> resolve)
      : lexicon_(lexicon), resolve_(std::move(resolve)) {}

  StatementResult interpret(const std::vector<Element>& elements, std::size_t begin, std::size_t end,
                            Inherited& inherited, const SourceRef& source) const;

 private:
  struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
  };
  struct Group {
    std::size_t at = 0;              // the verbs element
    std::size_t objectEnd = 0;       // its object runs up to here
    std::size_t conditionBegin = 0;  // its conditions start here (a report's are those of what it reports)
    bool nominal = false;            // "việc thực hiện": part of an object, not a power
    bool content = false;            // "ủy quyền cho X quyết định": the power handed over, not exercised
    bool negated = false;            // "không ủy quyền": the power is forbidden
    bool received = false;           // "được ủy quyền": the subject receives a delegation
    bool overseen = false;          // "kiểm tra các chi bộ thực hiện …": the act of bodies supervised or led
    bool opinionOnHearing = false;  // "nghe … báo cáo và cho ý kiến": the report heard, the opinion the hearer's
    std::vector<ActorRef> subject;
    std::vector<std::string> matters;
    std::set<std::string> listed;    // matters written as items of a list ("đầu tư và đất đai")
    std::optional<Deontic> deontic;  // "… mà phải …": a marker of its own, after an earlier verb
  };

  std::vector<ActorRef> actorsOf(const Element& element) const;
  bool individual(const ActorRef& actor) const;
  bool opensWith(const std::vector<Element>& elements, Span span, const char* cue) const;
  bool afterSubordinateCue(const std::vector<Element>& elements, std::size_t verb, std::size_t begin) const;
  bool inOccasion(const std::vector<Element>& elements, std::size_t verb, std::size_t begin) const;
  static std::optional<Occasion> occasionOf(const std::vector<Element>& elements, Span statement, Span rule,
                                            const std::vector<Group>& groups, std::size_t g);
  bool givesOpinionOnHearing(const std::vector<Element>& elements, std::size_t verb, std::size_t begin) const;
  bool heardFrom(const std::vector<Element>& elements, std::size_t verb, std::size_t begin) const;
  static void markOverseenActs(const std::vector<Element>& elements, std::vector<Group>& groups);
  bool linkedPhrase(const std::vector<Element>& elements, std::size_t at, std::size_t begin) const;
  bool endsWithCue(const Element& element, const char* cue) const;
  bool onlyTimeAfter(const std::vector<Element>& elements, std::size_t verb, std::size_t end) const;
  void meetingAsSubject(const std::vector<Element>& elements, Span opening, Inherited& inherited,
                        std::size_t& subjectAt) const;
  bool votingProcedure(const std::vector<Element>& elements, Span rule, const std::vector<Group>& groups) const;
  bool afterHearing(const std::vector<Element>& elements, std::size_t verb, std::size_t begin) const;
  std::vector<Group> groupsOf(const std::vector<Element>& elements, Span rule) const;
  void findSubjects(const std::vector<Element>& elements, Span rule, std::vector<Group>& groups, Inherited& inherited,
                    std::size_t& subjectAt) const;
  bool isCue(const Element& element, const char* cue) const;
  bool spells(const Element& element, const char* cue) const;
  bool isTopic(const std::vector<Element>& elements, std::size_t at, std::size_t begin) const;
  std::vector<ActorRef> bodyEndingName(const Element& matter) const;
  bool namesPeople(const std::vector<Element>& elements, std::size_t at) const;
  bool listedAfter(const std::vector<Element>& elements, std::size_t from, std::size_t at) const;
  std::vector<ActorRef> meetingNameOwner(const std::vector<Element>& elements, Span statement) const;
  std::vector<std::string> plainWordsLeft(const std::vector<Element>& elements, Span span,
                                          std::initializer_list<const char*> cues, bool spellMatters = false) const;
  std::vector<std::string> mattersIn(const std::vector<Element>& elements, Span span) const;
  std::optional<std::string> ofLowerOrganisations(const std::vector<Element>& elements, const Group& object) const;
  std::optional<std::string> ownedBySubject(const std::vector<Element>& elements, const Group& object,
                                            const std::string& matter, const ActorRef& subject) const;
  bool partyBody(const Element& element) const;
  bool objectIsEmpty(const std::vector<Element>& elements, const Group& group) const;
  std::size_t cueBefore(const std::vector<Element>& elements, std::size_t at, std::size_t begin, const char* cue) const;
  bool followsCue(const std::vector<Element>& elements, std::size_t at, std::size_t begin, const char* cue) const;
  std::optional<ActorRef> memberBody(const Element& share) const;
  std::optional<ActorRef> unknownBody(const std::vector<Element>& elements, std::size_t from, std::size_t end,
                                      bool wholeSpan) const;
  void recipientsBeforeCoordinatedVerbs(const std::vector<Element>& elements, const std::vector<Group>& groups,
                                        std::set<std::size_t>& skipped) const;
  void recipientsBeforeLaterVerbs(const std::vector<Element>& elements, const std::vector<Group>& groups,
                                  std::set<std::size_t>& skipped) const;
  bool officeOfSubject(const std::vector<Element>& elements, std::size_t at, std::size_t from) const;
  bool objectOpensAt(const std::vector<Element>& elements, std::size_t from, std::size_t at) const;
  bool contrastBetween(const std::vector<Element>& elements, std::size_t from, std::size_t to) const;
  bool namedCase(const std::vector<Element>& elements, std::size_t at) const;
  void handOverListedActs(const std::vector<Element>& elements, std::vector<Group>& groups) const;
  static Group handedOver(const std::vector<Group>& groups, std::size_t first);
  bool occasionBeforeObject(const std::vector<Element>& elements, const Group& group, std::size_t at) const;
  void findMatters(const std::vector<Element>& elements, Span rule, std::size_t subjectAt,
                   std::vector<Group>& groups) const;
  std::vector<Span> conditionSpansOf(const std::vector<Element>& elements, Span object,
                                     const std::vector<std::string>& matters, const std::string& matter) const;
  std::vector<Atom> atomsIn(const std::vector<Element>& elements, Span span, const std::string& matter,
                            std::optional<Quantity>& deadline) const;
  std::size_t exceptionEnd(const std::vector<Element>& elements, std::size_t begin, std::size_t end) const;
  std::string defaultAttribute(const std::string& matter, const Quantity& quantity) const;
  std::string attributeOf(const std::string& matter, const std::string& named, const Quantity& quantity) const;
  void readParameters(const std::vector<Element>& elements, Span statement, Span rule,
                      const std::vector<ActorRef>& subject, const std::vector<ActorRef>& meetingBody,
                      const SourceRef& source, StatementResult& result) const;
  void completePending(const std::vector<Element>& elements, Span rule, Span statement, Inherited& inherited,
                       const SourceRef& source, StatementResult& result,
                       std::optional<Modality> handedOver = std::nullopt) const;
  bool listOfDelegations(const std::vector<Element>& elements, Span rule, const Inherited& inherited,
                         std::size_t firstVerb) const;
  bool listOfDecisions(Span rule, const Inherited& inherited, std::size_t firstVerb) const;
  std::vector<std::string> unreadAround(const std::vector<Element>& elements, Span statement, std::size_t verb) const;
  std::vector<std::string> mostSpecific(const std::vector<std::string>& matters,
                                        const std::set<std::string>& listed) const;

  const Lexicon& lexicon_;
  std::function<ActorRef(const Tag&)> resolve_;
};

}  // namespace rasoat::model
