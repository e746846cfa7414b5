#include "model/clause_reader.h"

#include <antlr4-runtime.h>

#include "ClauseLexer.h"
#include "ClauseParser.h"
#include "text/matching.h"

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
    case Meaning::Kind::organisation:
    case Meaning::Kind::phrase: return ClauseLexer::WORD;
  }
  return ClauseLexer::WORD;
}

// When one phrase has several meanings, which one a clause means.
const Meaning* preferred(const std::vector<Meaning>& meanings) {
  static const Meaning::Kind order[] = {Meaning::Kind::actor,     Meaning::Kind::verb,        Meaning::Kind::deontic,
                                        Meaning::Kind::managedBy, Meaning::Kind::category,    Meaning::Kind::vagueActor,
                                        Meaning::Kind::vagueTime, Meaning::Kind::matter,      Meaning::Kind::attribute,
                                        Meaning::Kind::phrase,    Meaning::Kind::organisation};
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

// "các cơ quan , đơn vị" -> "các cơ quan, đơn vị": the phrase as it reads.
std::string displayText(std::string key) {
  for (std::size_t at; (at = key.find(" ,")) != std::string::npos;) key.erase(at, 1);
  return key;
}

// Token stream with lexicon phrases merged, and what each merged token means.
// The lexer and its input live as long as the tokens: error recovery asks a
// token for its source.
struct TaggedTokens {
  std::unique_ptr<antlr4::ANTLRInputStream> input;
  std::unique_ptr<ClauseLexer> lexer;
  std::vector<std::unique_ptr<antlr4::Token>> tokens;
  std::vector<std::optional<Tag>> tags;
};

TaggedTokens tag(const Lexicon& lexicon, const std::string& folded) {
  TaggedTokens out;
  out.input = std::make_unique<antlr4::ANTLRInputStream>(folded);
  out.lexer = std::make_unique<ClauseLexer>(out.input.get());
  out.lexer->removeErrorListeners();
  std::vector<std::unique_ptr<antlr4::Token>> raw = out.lexer->getAllTokens();
  std::vector<std::string> words;
  for (const auto& token : raw) words.push_back(text::matchKey(token->getText()));

  std::size_t i = 0;
  while (i < raw.size()) {
    const std::size_t longest =
        std::min<std::size_t>(static_cast<std::size_t>(lexicon.longestPhraseTokens()), raw.size() - i);
    const std::vector<Meaning>* found = nullptr;
    std::size_t length = 0;
    std::string key;
    for (std::size_t n = longest; n >= 1 && !found; --n) {
      key.clear();
      for (std::size_t k = i; k < i + n; ++k) key += (k > i ? " " : "") + words[k];
      found = lexicon.meanings(key);
      length = n;
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
    if (!meaning || meaning->kind == Meaning::Kind::organisation) {
      out.tokens.push_back(std::move(raw[i]));
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
    out.tags.push_back(Tag{*meaning, displayText(key), {}});
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

std::string foldedText(antlr4::ParserRuleContext* context) {
  std::string out;
  appendTokens(context, out);
  return text::matchKey(out);
}

class ElementBuilder {
 public:
  explicit ElementBuilder(const TaggedTokens& tagged) : tagged_(tagged) {}

  Element transformElement(ClauseParser::ElementContext& context);

 private:
  std::vector<Tag> tagsIn(antlr4::ParserRuleContext& context) const;
  std::optional<Quantity> transformQuantity(ClauseParser::QuantityContext* context) const;
  std::optional<Quantity> transformAmount(ClauseParser::AmountContext* context) const;
  std::vector<Atom> transformBound(ClauseParser::BoundContext& context) const;
  std::optional<Frequency> transformFrequency(ClauseParser::FrequencyContext& context) const;
  Unit unitOf(ClauseParser::PeriodContext& context) const;

  const TaggedTokens& tagged_;
};

std::vector<Tag> ElementBuilder::tagsIn(antlr4::ParserRuleContext& context) const {
  std::vector<Tag> tags;
  for (auto index = context.getStart()->getTokenIndex(); index <= context.getStop()->getTokenIndex(); ++index) {
    if (index < tagged_.tags.size() && tagged_.tags[index]) tags.push_back(*tagged_.tags[index]);
  }
  return tags;
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
    auto top = parseNumberWords(foldedText(context->numberWords(0)));
    auto bottom = parseNumberWords(foldedText(context->numberWords(1)));
    if (top && bottom && bottom->exact() != "0") amount = ratio(*top, *bottom);
  } else if (!context->numberWords().empty()) {
    amount = parseNumberWords(foldedText(context->numberWords(0)));
  }
  if (amount) amount->text = foldedText(context);
  return amount;
}

std::optional<Quantity> ElementBuilder::transformQuantity(ClauseParser::QuantityContext* context) const {
  if (!context) return std::nullopt;
  std::optional<Quantity> amount = transformAmount(context->amount());
  if (!amount) return std::nullopt;
  if (auto* unit = context->unit()) {
    const std::string word = foldedText(unit);
    if (unit->MONEY()) {
      int power = 0;
      if (word.rfind("nghìn", 0) == 0 || word.rfind("ngàn", 0) == 0) power = 3;
      if (word.rfind("triệu", 0) == 0) power = 6;
      if (word.rfind("tỷ", 0) == 0 || word.rfind("tỉ", 0) == 0) power = 9;
      amount = scaled(*amount, power);
      amount->unit = Unit::dong;
    } else if (unit->WORKDAYS()) {
      amount->unit = Unit::workday;
    } else if (unit->DAYS()) {
      amount->unit = Unit::day;
    } else if (unit->WEEKS()) {
      amount->unit = Unit::week;
    } else if (unit->MONTHS()) {
      amount->unit = Unit::month;
    } else if (unit->QUARTERS()) {
      amount->unit = Unit::quarter;
    } else if (unit->YEARS()) {
      amount->unit = Unit::year;
    } else if (unit->PERSONS()) {
      amount->unit = Unit::person;
    } else if (unit->MEMBERS()) {
      amount->unit = amount->denominator == 1 ? Unit::member : Unit::fraction;
    }
  }
  amount->text = foldedText(context);
  return amount;
}

std::vector<Atom> ElementBuilder::transformBound(ClauseParser::BoundContext& context) const {
  auto atom = [](Comparison op, std::optional<Quantity> q) { return Atom{"", op, std::move(q), std::nullopt}; };
  if (auto* range = dynamic_cast<ClauseParser::RangeBoundContext*>(&context)) {
    auto low = transformQuantity(range->quantity(0));
    auto high = transformQuantity(range->quantity(1));
    // "từ 20 đến 50 tỷ đồng": the unit written once applies to both ends.
    if (low && high && low->unit == Unit::count && high->unit != Unit::count) {
      auto rescaled = transformAmount(range->quantity(0)->amount());
      if (rescaled && high->unit == Unit::dong) {
        const std::string word = foldedText(range->quantity(1)->unit());
        int power = word.rfind("tỷ", 0) == 0      ? 9
                    : word.rfind("triệu", 0) == 0 ? 6
                    : word.rfind("nghìn", 0) == 0 ? 3
                                                  : 0;
        low = scaled(*rescaled, power);
      }
      low->unit = high->unit;
    }
    return {atom(Comparison::ge, low), atom(range->TO_BELOW() ? Comparison::lt : Comparison::le, high)};
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

std::optional<Frequency> ElementBuilder::transformFrequency(ClauseParser::FrequencyContext& context) const {
  Frequency frequency;
  const Quantity one = *parseDigits("1");
  if (auto* every = dynamic_cast<ClauseParser::EveryPeriodContext*>(&context)) {
    auto period = transformQuantity(every->quantity());
    if (!period) return std::nullopt;
    frequency.period = *period;
    frequency.times = transformAmount(every->amount());
  } else if (auto* per = dynamic_cast<ClauseParser::TimesPerPeriodContext*>(&context)) {
    frequency.period = per->period()->amount() ? transformAmount(per->period()->amount()).value_or(one) : one;
    frequency.period.unit = unitOf(*per->period());
    frequency.times = per->amount() ? transformAmount(per->amount()) : std::optional<Quantity>(one);
    if (per->GE()) frequency.op = Comparison::ge;
    if (per->LE()) frequency.op = Comparison::le;
  } else if (auto* each = dynamic_cast<ClauseParser::EachPeriodContext*>(&context)) {
    frequency.period = each->period()->amount() ? transformAmount(each->period()->amount()).value_or(one) : one;
    frequency.period.unit = unitOf(*each->period());
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

Element ElementBuilder::transformElement(ClauseParser::ElementContext& context) {
  Element element;
  element.text = foldedText(&context);
  using Kind = Element::Kind;
  if (context.actors()) {
    element.kind = Kind::actors;
  } else if (context.deontic()) {
    element.kind = Kind::deontic;
  } else if (context.verbs()) {
    element.kind = Kind::verbs;
  } else if (context.matter()) {
    element.kind = Kind::matter;
  } else if (context.managedBy()) {
    element.kind = Kind::managedBy;
  } else if (auto* share = context.share()) {
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
  } else if (auto* frequency = context.frequency()) {
    element.kind = Kind::frequency;
    element.frequency = transformFrequency(*frequency);
  } else if (auto* deadline = context.deadline()) {
    element.kind = Kind::deadline;
    element.quantity = transformQuantity(deadline->quantity());
  } else if (auto* condition = context.condition()) {
    element.kind = Kind::condition;
    element.atoms = transformBound(*condition->bound());
    if (condition->ATTRIBUTE()) {
      const auto index = condition->ATTRIBUTE()->getSymbol()->getTokenIndex();
      if (tagged_.tags[index]) element.attribute = tagged_.tags[index]->meaning.id;
    }
  } else if (context.exceptionMark()) {
    element.kind = Kind::exception;
  } else if (context.category()) {
    element.kind = Kind::category;
  } else if (context.vague()) {
    element.kind = Kind::vague;
  } else if (context.punctuation()) {
    element.kind = Kind::punctuation;
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
  TaggedTokens tagged = tag(lexicon_, text::matchKey(text));
  // Nothing to read ("Điều 1." without a title, "1." without text): the ANTLR
  // 4.9 ListTokenSource throws a bare string on an empty token list, which
  // ended the whole run (found by fuzzing, tests/fuzz/regressions/clause).
  if (tagged.tokens.empty()) return {};
  // The parser only sees the tokens; the tags stay aligned by token index.
  antlr4::ListTokenSource source(std::move(tagged.tokens));
  antlr4::CommonTokenStream stream(&source);
  ClauseParser parser(&stream);
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
  ElementBuilder builder(tagged);
  for (auto* element : tree->element()) reading.elements.push_back(builder.transformElement(*element));
  return reading;
}

}  // namespace rasoat::model
