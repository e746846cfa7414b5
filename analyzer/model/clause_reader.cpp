#include "model/clause_reader.h"

#include <antlr4-runtime.h>

#include "ClauseLexer.h"
#include "ClauseParser.h"
#include "syntax/caching_parser.h"
#include "syntax/lexer_input.h"
#include "text/matching.h"
#include "text/utf8.h"

namespace rasoat::model {

namespace {

using grammar::ClauseLexer;
using grammar::ClauseParser;

// The lexicon token type of a meaning.
size_t tokenTypeOf(const Meaning& meaning) {
  switch (meaning.kind) {
    case Meaning::Kind::actor: return ClauseLexer::ACTOR;
    case Meaning::Kind::verb: return ClauseLexer::VERB;
    case Meaning::Kind::deontic:
      return meaning.deontic == Deontic::obligation   ? ClauseLexer::DEONTIC_MUST
             : meaning.deontic == Deontic::permission ? ClauseLexer::DEONTIC_MAY
                                                      : ClauseLexer::DEONTIC_MUST_NOT;
    case Meaning::Kind::matter: return ClauseLexer::MATTER;
    case Meaning::Kind::attribute: return ClauseLexer::ATTRIBUTE;
    case Meaning::Kind::vagueActor: return ClauseLexer::VAGUE_ACTOR;
    case Meaning::Kind::vagueTime: return ClauseLexer::VAGUE_TIME;
    case Meaning::Kind::category: return ClauseLexer::CATEGORY;
    case Meaning::Kind::managedBy: return ClauseLexer::MANAGED_BY;
    case Meaning::Kind::occasion: return ClauseLexer::OCCASION;
    case Meaning::Kind::organisation:
    case Meaning::Kind::phrase: return ClauseLexer::WORD;
  }
  return ClauseLexer::WORD;
}

// When one phrase has several meanings, which one a clause means.
const Meaning* preferred(const std::vector<Meaning>& meanings) {
  static const Meaning::Kind order[] = {Meaning::Kind::actor,     Meaning::Kind::verb,     Meaning::Kind::deontic,
                                        Meaning::Kind::managedBy, Meaning::Kind::category, Meaning::Kind::vagueActor,
                                        Meaning::Kind::vagueTime, Meaning::Kind::occasion, Meaning::Kind::matter,
                                        Meaning::Kind::attribute, Meaning::Kind::phrase,   Meaning::Kind::organisation};
  for (auto kind : order) {
    for (const Meaning& meaning : meanings) {
      if (meaning.kind == kind) return &meaning;
    }
  }
  return nullptr;
}

const Meaning* organisationMeaning(const std::vector<Meaning>& meanings) {
  for (const Meaning& meaning : meanings) {
    if (meaning.kind == Meaning::Kind::organisation) return &meaning;
  }
  return nullptr;
}

// "Đảng ủy xã" in a village cell's regulation: an organisation phrase that
// begins with an actor's name ("Đảng ủy") is that actor of that organisation.
// The actor meaning of the longest such beginning, or null.
const Meaning* actorBeginning(const Lexicon& lexicon, const std::vector<std::string>& words, std::size_t from,
                              std::size_t length) {
  for (std::size_t n = length - 1; n >= 1; --n) {
    std::string key;
    for (std::size_t k = from; k < from + n; ++k) key += (k > from ? " " : "") + words[k];
    if (const auto* meanings = lexicon.meanings(key)) {
      for (const Meaning& meaning : *meanings) {
        if (meaning.kind == Meaning::Kind::actor) return &meaning;
      }
    }
  }
  return nullptr;
}

// "các cơ quan , đơn vị" -> "các cơ quan, đơn vị": the phrase as it reads.
std::string displayText(std::string key) {
  for (std::size_t at; (at = key.find(" ,")) != std::string::npos;) key.erase(at, 1);
  return key;
}

// Token stream with lexicon phrases merged, and what each merged token means.
// The lexer and its input live as long as the tokens: error recovery asks a
// token for its source.
struct TaggedTokens {
  std::unique_ptr<syntax::CodePointStream> input;
  std::unique_ptr<syntax::CachingLexer<ClauseLexer>> lexer;
  std::vector<std::unique_ptr<antlr4::Token>> tokens;
  std::vector<std::optional<Tag>> tags;
  // The text of each token, by token index: a raw token's getText() encodes
  // its code points again on every call, and an element asks for its tokens'
  // texts once for itself and once for each quantity in it.
  std::vector<std::string> texts;
};

TaggedTokens tag(const Lexicon& lexicon, const std::string& folded) {
  TaggedTokens out;
  // Read at DFA speed: see syntax/lexer_input.h.
  out.input = std::make_unique<syntax::CodePointStream>(text::decodeUtf8(folded));
  out.lexer = std::make_unique<syntax::CachingLexer<ClauseLexer>>(*out.input);
  out.lexer->removeErrorListeners();
  std::vector<std::unique_ptr<antlr4::Token>> raw = out.lexer->getAllTokens();
  std::vector<std::string> words;
  words.reserve(raw.size());
  for (const auto& token : raw) words.push_back(token->getText());  // the text was folded whole (read())

  out.tokens.reserve(raw.size());
  out.tags.reserve(raw.size());
  out.texts.reserve(raw.size());
  // The keys of the phrases from a token, shortest first; one set of buffers
  // for the whole clause (most words start no phrase and need none).
  std::vector<std::string> keys;
  std::size_t i = 0;
  while (i < raw.size()) {
    const std::size_t longest =
        std::min<std::size_t>(static_cast<std::size_t>(lexicon.longestPhraseFrom(words[i])), raw.size() - i);
    // Looked up longest first.
    if (keys.size() < longest + 1) keys.resize(longest + 1);
    for (std::size_t n = 1; n <= longest; ++n) {
      if (n == 1) {
        keys[n].assign(words[i]);
      } else {
        keys[n].assign(keys[n - 1]).append(1, ' ').append(words[i + n - 1]);
      }
    }
    const std::vector<Meaning>* found = nullptr;
    std::size_t length = 1;
    std::string key;  // the phrase found, if any
    for (std::size_t n = longest; n >= 1 && !found; --n) {
      found = lexicon.meanings(keys[n]);
      if (found) {
        length = n;
        key = keys[n];
      }
    }
    const Meaning* meaning = found ? preferred(*found) : nullptr;
    // "Ban Thường vụ Quận ủy": an organisation word right after an actor qualifies it.
    const bool afterActor =
        !out.tags.empty() && out.tags.back() && out.tags.back()->meaning.kind == Meaning::Kind::actor;
    if (found && afterActor && organisationMeaning(*found)) {
      out.tags.back()->organisationLevel = organisationMeaning(*found)->id;
      out.tags.back()->text += " " + key;
      i += length;
      continue;
    }
    const Meaning* organisation = found ? organisationMeaning(*found) : nullptr;
    if (meaning && meaning == organisation && length > 1) {
      if (const Meaning* actor = actorBeginning(lexicon, words, i, length)) {
        auto token = std::make_unique<antlr4::CommonToken>(
            std::make_pair<antlr4::TokenSource*, antlr4::CharStream*>(out.lexer.get(), out.input.get()),
            ClauseLexer::ACTOR, antlr4::Token::DEFAULT_CHANNEL, raw[i]->getStartIndex(),
            raw[i + length - 1]->getStopIndex());
        token->setText(key);
        out.tokens.push_back(std::move(token));
        out.texts.push_back(key);
        out.tags.emplace_back(Tag{*actor, displayText(key), organisation->id});
        i += length;
        continue;
      }
    }
    if (!meaning || meaning->kind == Meaning::Kind::organisation) {
      out.tokens.push_back(std::move(raw[i]));
      out.texts.push_back(std::move(words[i]));  // no later step reads a word before i
      out.tags.emplace_back();
      ++i;
      continue;
    }
    auto token = std::make_unique<antlr4::CommonToken>(
        std::make_pair<antlr4::TokenSource*, antlr4::CharStream*>(out.lexer.get(), out.input.get()),
        tokenTypeOf(*meaning), antlr4::Token::DEFAULT_CHANNEL, raw[i]->getStartIndex(),
        raw[i + length - 1]->getStopIndex());
    token->setText(key);
    out.tokens.push_back(std::move(token));
    out.texts.push_back(key);
    out.tags.emplace_back(Tag{*meaning, displayText(key), {}});
    i += length;
  }
  return out;
}

// The tokens of a rule joined by spaces ("mười lăm"), folded; ANTLR's getText() glues them.
void appendTokens(antlr4::tree::ParseTree* tree, std::string& out) {
  if (auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(tree)) {
    if (terminal->getSymbol()->getType() == antlr4::Token::EOF) return;
    if (!out.empty()) out += ' ';
    out += terminal->getText();
    return;
  }
  for (auto* child : tree->children) appendTokens(child, out);
}

class ElementBuilder {
 public:
  // `clean`: the parse recovered from no error, so that the terminals under a
  // rule are exactly the tokens from its start to its stop.
  ElementBuilder(const TaggedTokens& tagged, bool clean) : tagged_(tagged), clean_(clean) {}

  Element transformElement(ClauseParser::ElementContext& context);
  Occasion transformOccasion(ClauseParser::OccasionContext& context, const std::string& text) const;

 private:
  std::string foldedText(antlr4::ParserRuleContext* context) const;
  std::vector<Tag> tagsIn(antlr4::ParserRuleContext& context) const;
  std::optional<Quantity> transformQuantity(ClauseParser::QuantityContext* context) const;
  std::optional<Quantity> transformAmount(ClauseParser::AmountContext* context) const;
  std::vector<Atom> transformBound(ClauseParser::BoundContext& context) const;
  std::pair<std::optional<Quantity>, std::optional<Quantity>> transformRange(ClauseParser::QuantityContext* low,
                                                                             ClauseParser::AmountContext* highAmount,
                                                                             ClauseParser::UnitContext* highUnit) const;
  std::optional<Frequency> transformFrequency(ClauseParser::FrequencyContext& context) const;
  Unit unitOf(ClauseParser::PeriodContext& context) const;

  const TaggedTokens& tagged_;
  bool clean_;
};

std::string ElementBuilder::foldedText(antlr4::ParserRuleContext* context) const {
  std::string out;
  const antlr4::Token* start = context->getStart();
  const antlr4::Token* stop = context->getStop();
  // After error recovery a rule may hold conjured tokens ("<missing ACTOR>")
  // or lack a stop: then the tree itself is walked.
  if (!clean_ || !start || !stop || stop->getTokenIndex() < start->getTokenIndex() ||
      stop->getTokenIndex() >= tagged_.texts.size()) {
    appendTokens(context, out);
    return text::matchKey(out);
  }
  // The tokens' texts are pieces of the folded clause (readFolded), and a
  // space between two of them separates nothing that folding joins or
  // changes: the joined text is already its own match key, and folding it
  // again (1.8 % of `rasoat model`) gave it back unchanged.
  for (auto index = start->getTokenIndex(); index <= stop->getTokenIndex(); ++index) {
    if (!out.empty()) out += ' ';
    out += tagged_.texts[index];
  }
  return out;
}

std::vector<Tag> ElementBuilder::tagsIn(antlr4::ParserRuleContext& context) const {
  std::vector<Tag> tags;
  for (auto index = context.getStart()->getTokenIndex(); index <= context.getStop()->getTokenIndex(); ++index) {
    if (index < tagged_.tags.size() && tagged_.tags[index]) tags.push_back(*tagged_.tags[index]);
  }
  return tags;
}

// The number words of a rule by value; "năm" (YEARS) before another number word is five.
std::vector<NumberWord> numberWordsOf(ClauseParser::NumberWordsContext& context) {
  using K = NumberWord::Kind;
  std::vector<NumberWord> words;
  for (auto* child : context.children) {
    auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(child);
    auto* word = dynamic_cast<ClauseParser::NumberWordContext*>(child);
    const size_t type = terminal ? terminal->getSymbol()->getType() : word ? word->getStart()->getType() : 0;
    switch (type) {
      case ClauseLexer::ONE: words.push_back({K::digit, 1}); break;
      case ClauseLexer::TWO: words.push_back({K::digit, 2}); break;
      case ClauseLexer::THREE: words.push_back({K::digit, 3}); break;
      case ClauseLexer::FOUR: words.push_back({K::digit, 4}); break;
      case ClauseLexer::FIVE:
      case ClauseLexer::YEARS: words.push_back({K::digit, 5}); break;
      case ClauseLexer::SIX: words.push_back({K::digit, 6}); break;
      case ClauseLexer::SEVEN: words.push_back({K::digit, 7}); break;
      case ClauseLexer::EIGHT: words.push_back({K::digit, 8}); break;
      case ClauseLexer::NINE: words.push_back({K::digit, 9}); break;
      case ClauseLexer::TEN: words.push_back({K::ten, 0}); break;
      case ClauseLexer::TENS: words.push_back({K::tens, 0}); break;
      case ClauseLexer::HUNDRED: words.push_back({K::hundred, 0}); break;
      default: break;
    }
  }
  return words;
}

std::optional<Quantity> ElementBuilder::transformAmount(ClauseParser::AmountContext* context) const {
  if (!context) return std::nullopt;
  std::optional<Quantity> amount;
  if (context->FRACTION()) {
    const std::string text = context->FRACTION()->getText();
    const auto slash = text.find('/');
    auto top = parseDigits(text.substr(0, slash));
    auto bottom = parseDigits(text.substr(slash + 1));
    if (top && bottom && bottom->exact() != "0") amount = ratio(*top, *bottom);
  } else if (context->NUMBER()) {
    amount = parseDigits(context->NUMBER()->getText());
    if (amount && context->PERCENT()) amount = ratio(*amount, *parseDigits("100"));
  } else if (context->HALF()) {
    amount = fraction(1, 2);
  } else if (context->PART()) {
    auto top = numberFromWords(numberWordsOf(*context->numberWords(0)));
    auto bottom = numberFromWords(numberWordsOf(*context->numberWords(1)));
    if (top && bottom && bottom->exact() != "0") amount = ratio(*top, *bottom);
  } else if (!context->numberWords().empty()) {
    amount = numberFromWords(numberWordsOf(*context->numberWords(0)));
  }
  if (amount) amount->text = foldedText(context);
  return amount;
}

// The unit a unit phrase names and the power of ten of its scale words
// ("tỷ đồng": dong, 9; "ha": area in square metres, 4).
struct UnitReading {
  Unit unit;
  int power = 0;
};

UnitReading readUnit(ClauseParser::UnitContext& unit) {
  if (auto* money = unit.money()) {
    int power = 0;
    for (auto* scale : money->scale()) power += scale->THOUSAND() ? 3 : scale->MILLION() ? 6 : 9;
    return {Unit::dong, power};
  }
  if (auto* area = unit.area()) return {Unit::squareMetre, area->HECTARES() ? 4 : 0};
  if (unit.WORKDAYS()) return {Unit::workday};
  if (unit.DAYS()) return {Unit::day};
  if (unit.WEEKS()) return {Unit::week};
  if (unit.MONTHS()) return {Unit::month};
  if (unit.QUARTERS()) return {Unit::quarter};
  if (unit.YEARS()) return {Unit::year};
  if (unit.PERSONS()) return {Unit::person};
  return {Unit::member};
}

// An amount in a unit: scaled, and a share of members is a fraction.
Quantity withUnit(Quantity amount, ClauseParser::UnitContext& context) {
  const UnitReading unit = readUnit(context);
  amount = scaled(amount, unit.power);
  amount.unit = unit.unit == Unit::member && amount.denominator != 1 ? Unit::fraction : unit.unit;
  return amount;
}

std::optional<Quantity> ElementBuilder::transformQuantity(ClauseParser::QuantityContext* context) const {
  if (!context) return std::nullopt;
  std::optional<Quantity> amount = transformAmount(context->amount());
  if (!amount) return std::nullopt;
  if (auto* unit = context->unit()) amount = withUnit(*amount, *unit);
  amount->text = foldedText(context);
  return amount;
}

// A range: "từ 20 đến 50 tỷ đồng" writes the unit once, at the end, for both ends.
std::pair<std::optional<Quantity>, std::optional<Quantity>> ElementBuilder::transformRange(
    ClauseParser::QuantityContext* low, ClauseParser::AmountContext* highAmount,
    ClauseParser::UnitContext* highUnit) const {
  std::optional<Quantity> high = transformAmount(highAmount);
  if (high && highUnit) high = withUnit(*high, *highUnit);
  std::optional<Quantity> from = transformQuantity(low);
  if (from && !low->unit() && highUnit) {
    from = withUnit(*transformAmount(low->amount()), *highUnit);
    from->text = foldedText(low);
  }
  return {from, high};
}

std::vector<Atom> ElementBuilder::transformBound(ClauseParser::BoundContext& context) const {
  auto atom = [](Comparison op, std::optional<Quantity> q) { return Atom{"", op, std::move(q), std::nullopt}; };
  auto range = [&](Comparison lowOp, ClauseParser::QuantityContext* low, bool below,
                   ClauseParser::QuantityContext* high) {
    auto [from, to] = transformRange(low, high->amount(), high->unit());
    if (to) to->text = foldedText(high);
    return std::vector<Atom>{atom(lowOp, from), atom(below ? Comparison::lt : Comparison::le, to)};
  };
  if (auto* bound = dynamic_cast<ClauseParser::RangeBoundContext*>(&context))
    return range(Comparison::ge, bound->quantity(0), bound->TO_BELOW() != nullptr, bound->quantity(1));
  // "trên 20 tỷ đến dưới 50 tỷ đồng", "trên 20 đến 50 tỷ đồng"
  if (auto* bound = dynamic_cast<ClauseParser::AboveRangeBoundContext*>(&context))
    return range(Comparison::gt, bound->quantity(0), bound->TO_BELOW() != nullptr, bound->quantity(1));
  // "20 - 50 tỷ đồng"
  if (auto* bound = dynamic_cast<ClauseParser::DashRangeBoundContext*>(&context)) {
    auto [from, to] = transformRange(bound->quantity(), bound->amount(), bound->unit());
    return {atom(Comparison::ge, from), atom(Comparison::le, to)};
  }
  if (auto* bound = dynamic_cast<ClauseParser::AtLeastBoundContext*>(&context))
    return {atom(Comparison::ge, transformQuantity(bound->quantity()))};
  if (auto* bound = dynamic_cast<ClauseParser::AtMostBoundContext*>(&context))
    return {atom(Comparison::le, transformQuantity(bound->quantity()))};
  if (auto* bound = dynamic_cast<ClauseParser::GreaterBoundContext*>(&context))
    return {atom(Comparison::gt, transformQuantity(bound->quantity()))};
  if (auto* bound = dynamic_cast<ClauseParser::LessBoundContext*>(&context))
    return {atom(Comparison::lt, transformQuantity(bound->quantity()))};
  if (auto* bound = dynamic_cast<ClauseParser::EqualBoundContext*>(&context))
    return {atom(Comparison::eq, transformQuantity(bound->quantity()))};
  return {};
}

Unit ElementBuilder::unitOf(ClauseParser::PeriodContext& context) const {
  if (context.DAYS()) return Unit::day;
  if (context.WORKDAYS()) return Unit::workday;
  if (context.WEEKS()) return Unit::week;
  if (context.MONTHS()) return Unit::month;
  if (context.QUARTERS()) return Unit::quarter;
  return Unit::year;
}

// "ít nhất": at least so many times a period; "tối đa": at most.
Comparison timesOp(antlr4::tree::TerminalNode* atLeast, antlr4::tree::TerminalNode* atMost) {
  return atLeast ? Comparison::ge : atMost ? Comparison::le : Comparison::eq;
}

// A bound written before a period bounds the interval from above: "ít nhất 3
// tháng một lần", "không quá 3 tháng một lần", "tối đa 3 tháng một lần" all
// mean meeting at least once in every 3 months.
Comparison periodBound(antlr4::tree::TerminalNode* atLeast, antlr4::tree::TerminalNode* atMost) {
  return atLeast || atMost ? Comparison::ge : Comparison::eq;
}

std::optional<Frequency> ElementBuilder::transformFrequency(ClauseParser::FrequencyContext& context) const {
  Frequency frequency;
  const Quantity one = *parseDigits("1");
  const auto periodOf = [&](ClauseParser::PeriodContext& period) {
    Quantity q = period.amount() ? transformAmount(period.amount()).value_or(one) : one;
    q.unit = unitOf(period);
    return q;
  };
  if (auto* every = dynamic_cast<ClauseParser::EveryPeriodContext*>(&context)) {
    auto period = transformQuantity(every->quantity());
    if (!period) return std::nullopt;
    frequency.period = *period;
    frequency.times = transformAmount(every->amount());
    frequency.op = periodBound(every->GE(), every->LE());
  } else if (auto* slash = dynamic_cast<ClauseParser::EveryPeriodSlashContext*>(&context)) {
    auto period = transformQuantity(slash->quantity());
    if (!period) return std::nullopt;
    frequency.period = *period;
    frequency.times = one;
    frequency.op = periodBound(slash->GE(), slash->LE());
  } else if (auto* times = dynamic_cast<ClauseParser::TimesSlashPeriodContext*>(&context)) {
    frequency.period = periodOf(*times->period());
    frequency.times = transformAmount(times->amount());
    frequency.op = timesOp(times->GE(), times->LE());
  } else if (auto* per = dynamic_cast<ClauseParser::TimesPerPeriodContext*>(&context)) {
    frequency.period = periodOf(*per->period());
    frequency.times = per->amount() ? transformAmount(per->amount()) : std::optional<Quantity>(one);
    frequency.op = timesOp(per->GE(), per->LE());
  } else if (auto* each = dynamic_cast<ClauseParser::EachPeriodContext*>(&context)) {
    frequency.period = periodOf(*each->period());
    frequency.times = one;
  } else if (auto* periodic = dynamic_cast<ClauseParser::EveryPeriod2Context*>(&context)) {
    auto period = transformQuantity(periodic->quantity());
    if (!period) return std::nullopt;
    frequency.period = *period;
    frequency.times = one;
  } else {
    frequency.onDemand = true;
  }
  return frequency;
}

bool isNumberToken(size_t tokenType) {
  switch (tokenType) {
    case ClauseLexer::NUMBER:
    case ClauseLexer::FRACTION:
    case ClauseLexer::PERCENT:
    case ClauseLexer::HALF: return true;
    default: return false;
  }
}

Element::Link linkOf(size_t tokenType) {
  switch (tokenType) {
    case ClauseLexer::OF: return Element::Link::of;
    case ClauseLexer::FOR: return Element::Link::for_;
    case ClauseLexer::BY: return Element::Link::by;
    case ClauseLexer::WITH: return Element::Link::with;
    case ClauseLexer::REGARDING: return Element::Link::regarding;
    case ClauseLexer::ABOUT: return Element::Link::about;
    case ClauseLexer::AND: return Element::Link::and_;
    case ClauseLexer::OR: return Element::Link::or_;
    case ClauseLexer::COMMA: return Element::Link::comma;
    case ClauseLexer::DASH:
    case ClauseLexer::SLASH: return Element::Link::dash;
    default: return Element::Link::none;
  }
}

// "tại kỳ họp gần nhất": the grammar's "gần nhất", or a phrase of the
// lexicon's `next_meeting` ("kỳ họp gần nhất"), makes it the next meeting.
Occasion ElementBuilder::transformOccasion(ClauseParser::OccasionContext& context, const std::string& text) const {
  const auto& tag = tagged_.tags[context.OCCASION()->getSymbol()->getTokenIndex()];
  const bool next = context.NEAREST() != nullptr || (tag && tag->meaning.id == "next_meeting");
  return Occasion{next ? Occasion::Kind::nextMeeting : Occasion::Kind::meeting, text};
}

Element ElementBuilder::transformElement(ClauseParser::ElementContext& context) {
  Element element;
  element.text = foldedText(&context);
  using Kind = Element::Kind;
  // An element holds one rule (ClauseParser.g4 `element`), none after an
  // error. Its rule index says which: the generated accessors (actors(),
  // negation(), …) would each try a dynamic_cast on every child, up to
  // fifteen per element.
  antlr4::ParserRuleContext* rule = nullptr;
  for (auto* child : context.children) {
    rule = dynamic_cast<antlr4::ParserRuleContext*>(child);
    if (rule) break;
  }
  switch (rule ? rule->getRuleIndex() : std::size_t{ClauseParser::RuleElement}) {
    case ClauseParser::RuleActors:
      element.kind = Kind::actors;
      element.conjoined = !static_cast<ClauseParser::ActorsContext*>(rule)->AND().empty();
      break;
    case ClauseParser::RuleNegation: element.kind = Kind::negation; break;
    case ClauseParser::RuleDeontic: element.kind = Kind::deontic; break;
    case ClauseParser::RuleVerbs: element.kind = Kind::verbs; break;
    case ClauseParser::RuleMatter: element.kind = Kind::matter; break;
    case ClauseParser::RuleManagedBy:
      element.kind = Kind::managedBy;
      element.negated = static_cast<ClauseParser::ManagedByContext*>(rule)->NOT() != nullptr;
      break;
    case ClauseParser::RuleShare: {
      auto* share = static_cast<ClauseParser::ShareContext*>(rule);
      element.kind = Kind::share;
      element.op = share->GE() || share->UPWARD() ? Comparison::ge
                   : share->GT()                  ? Comparison::gt
                   : share->LE()                  ? Comparison::le
                   : share->LT()                  ? Comparison::lt
                                                  : Comparison::eq;
      if (share->HALF_OVER() || share->MAJORITY()) {
        element.op = Comparison::gt;
        element.quantity = fraction(1, 2);
      } else {
        element.quantity = transformAmount(share->amount(0));
      }
      break;
    }
    case ClauseParser::RuleFrequency:
      element.kind = Kind::frequency;
      element.frequency = transformFrequency(*static_cast<ClauseParser::FrequencyContext*>(rule));
      break;
    case ClauseParser::RuleDeadline:
      element.kind = Kind::deadline;
      element.quantity = transformQuantity(static_cast<ClauseParser::DeadlineContext*>(rule)->quantity());
      break;
    case ClauseParser::RuleOccasion:
      element.kind = Kind::occasion;
      element.occasion = transformOccasion(*static_cast<ClauseParser::OccasionContext*>(rule), element.text);
      break;
    case ClauseParser::RuleCondition: {
      auto* condition = static_cast<ClauseParser::ConditionContext*>(rule);
      element.kind = Kind::condition;
      element.atoms = transformBound(*condition->bound());
      if (condition->ATTRIBUTE()) {
        const auto index = condition->ATTRIBUTE()->getSymbol()->getTokenIndex();
        if (tagged_.tags[index]) element.attribute = tagged_.tags[index]->meaning.id;
      }
      break;
    }
    case ClauseParser::RuleExceptionMark: element.kind = Kind::exception; break;
    case ClauseParser::RuleCategory: element.kind = Kind::category; break;
    case ClauseParser::RuleVague: element.kind = Kind::vague; break;
    case ClauseParser::RulePunctuation:
      element.kind = Kind::punctuation;
      element.link = linkOf(rule->getStart()->getType());
      break;
    case ClauseParser::RuleOther:
      element.link = linkOf(rule->getStart()->getType());
      element.number = isNumberToken(rule->getStart()->getType());
      break;
    default: break;
  }
  element.tags = tagsIn(context);
  return element;
}

class CountingErrors : public antlr4::BaseErrorListener {
 public:
  void syntaxError(antlr4::Recognizer*, antlr4::Token*, size_t, size_t, const std::string&,
                   std::exception_ptr) override {
    ++count;
  }
  int count = 0;
};

}  // namespace

ClauseReading ClauseReader::read(const std::string& text) const {
  return readFolded(text::matchKey(text));
}

ClauseReading ClauseReader::readFolded(const std::string& key) const {
  TaggedTokens tagged = tag(lexicon_, key);
  // Nothing to read ("Điều 1." without a title, "1." without text): the ANTLR
  // 4.9 ListTokenSource throws a bare string on an empty token list, which
  // ended the whole run (found by fuzzing, tests/fuzz/regressions/clause).
  if (tagged.tokens.empty()) return {};
  // The parser only sees the tokens; the tags stay aligned by token index.
  antlr4::ListTokenSource source(std::move(tagged.tokens));
  antlr4::CommonTokenStream stream(&source);
  syntax::CachingParser<ClauseParser> parser(&stream);
  CountingErrors errors;
  parser.removeErrorListeners();
  // Two stages, as ANTLR recommends: fast SLL prediction that gives up on the
  // first error, then full LL with error recovery only when SLL gave up.
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  ClauseParser::ClauseContext* tree = nullptr;
  try {
    tree = parser.clause();
  } catch (const antlr4::ParseCancellationException&) {
    stream.seek(0);
    parser.reset();
    parser.addErrorListener(&errors);
    parser.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
    tree = parser.clause();
  }

  ClauseReading reading;
  reading.readable = errors.count == 0;
  ElementBuilder builder(tagged, reading.readable);
  for (auto* element : tree->element()) reading.elements.push_back(builder.transformElement(*element));
  for (Element& element : reading.elements) dropApposition(element);
  return reading;
}

// "Phó Bí thư Đảng ủy, Tổng giám đốc Công ty": a party post and, after a
// comma, an office outside the party's decision line name one person holding
// both; the party post is the actor. With "và" they stay two.
void ClauseReader::dropApposition(Element& element) const {
  if (element.kind != Element::Kind::actors || element.conjoined || element.tags.size() != 2) return;
  const ActorEntry* post = lexicon_.actor(element.tags[0].meaning.id);
  const ActorEntry* office = lexicon_.actor(element.tags[1].meaning.id);
  const bool partyPost = post && post->kind == "individual" && post->rank;
  const bool outsideLine = office && office->kind == "agency" && !office->rank;
  if (partyPost && outsideLine) element.tags.pop_back();
}

}  // namespace rasoat::model
