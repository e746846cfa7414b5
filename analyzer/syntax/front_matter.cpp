// The front matter: header block, title, legal bases (Căn cứ) and the enacting
// line. The grammar marks each line's kind; which plain line is header, title
// or enacting text follows from the order of the lines.
#include <algorithm>
#include <cctype>

#include "LayoutLexer.h"
#include "syntax/tree_builder.h"
#include "text/utf8.h"

namespace rasoat::syntax {

namespace {

using Lexer = rasoat::grammar::LayoutLexer;
using Items = std::vector<LayoutParser::InlineItemContext*>;

enum class FrontState { header, title, afterTitle, basis, enacting };

size_t itemType(LayoutParser::InlineItemContext* item) {
  return item->getStart()->getType();
}

// "QUY CHẾ" -> "Quy chế": the kind, written the usual way.
std::string kindName(const std::string& matching) {
  std::u32string kind = text::decodeUtf8(matching);
  if (!kind.empty() && kind[0] < 0x80) kind[0] = static_cast<char32_t>(std::toupper(static_cast<int>(kind[0])));
  return text::encodeUtf8(kind);
}

std::vector<int> numbersIn(const std::string& text) {
  std::vector<int> numbers;
  int value = -1;
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      value = (value < 0 ? 0 : value) * 10 + (c - '0');
      if (value > 100000) value = 100000;
    } else if (value >= 0) {
      numbers.push_back(value);
      value = -1;
    }
  }
  if (value >= 0) numbers.push_back(value);
  return numbers;
}

// The document-number token of an item ("Số 01-QC/ĐU", "24-QĐ/TW"), if any.
antlr4::Token* documentNumberToken(LayoutParser::InlineItemContext* item) {
  auto* reference = item->crossReference();
  if (!reference) return nullptr;
  LayoutParser::DocumentRefContext* documentRef = reference->documentRef();
  if (!documentRef && reference->refScope()) documentRef = reference->refScope()->documentRef();
  if (!documentRef) return nullptr;
  auto* number = documentRef->DOC_NUMBER() ? documentRef->DOC_NUMBER() : documentRef->DOC_CODE();
  return number ? number->getSymbol() : nullptr;
}

bool isWord(LayoutParser::InlineItemContext* item, const char* word) {
  return itemType(item) == Lexer::WORD && matchingText(item->getStart()) == word;
}

}  // namespace

std::optional<DocumentNumber> TreeBuilder::documentNumberOf(antlr4::Token* token) const {
  if (!token) return std::nullopt;
  // The code starts at the first digit or dot of the token: "Số: 01-QC/ĐU" -> "01-QC/ĐU".
  const std::u32string& matching = source_.matching();
  std::size_t start = token->getStartIndex();
  const std::size_t stop = token->getStopIndex();
  while (start < stop && !((matching[start] >= U'0' && matching[start] <= U'9') || matching[start] == U'.' ||
                           matching[start] == U'…')) {
    ++start;
  }
  DocumentNumber number;
  number.range = originalRange(source_, start, stop);
  std::string compact;
  for (char c : originalText(source_, number.range)) {
    if (c != ' ') compact += c;
  }
  number.text = compact;
  const auto dash = compact.find('-');
  const auto slash = compact.find('/', dash == std::string::npos ? 0 : dash);
  if (dash != std::string::npos && slash != std::string::npos) {
    number.serial = compact.substr(0, dash);
    number.type = compact.substr(dash + 1, slash - dash - 1);
    number.issuer = compact.substr(slash + 1);
  } else {
    number.serial = compact;
  }
  return number;
}

std::optional<Date> TreeBuilder::dateOf(antlr4::Token* token) const {
  std::vector<int> numbers = numbersIn(matchingText(token));
  if (numbers.size() < 3) return std::nullopt;
  Date date{numbers[0], numbers[1], numbers[2], originalRange(source_, token->getStartIndex(), token->getStopIndex())};
  return date;
}

void TreeBuilder::transformFrontMatter(LayoutParser::FrontMatterContext& context, Document& document) {
  FrontState state = FrontState::header;
  std::vector<LineView> titleLines;
  std::vector<std::vector<LineView>> basisLines;
  std::string annex;
  for (auto* front : context.frontLine()) {
    if (front->blankLine()) {
      if (state == FrontState::title) state = FrontState::afterTitle;
      continue;
    }
    if (auto* title = front->titleLine()) {
      LineView line = lineOf(title->TITLE_START()->getSymbol(), title->inlineItem());
      if (state == FrontState::header || state == FrontState::title) {
        titleLines.push_back(line);
        state = FrontState::title;
        continue;
      }
      appendTextTo(document, line);
      state = FrontState::enacting;
      continue;
    }
    if (auto* annexLine = front->annexLine()) {
      annex = lineOf(annexLine->ANNEX_START()->getSymbol(), annexLine->inlineItem()).contentText();
      if (state == FrontState::header || state == FrontState::title) state = FrontState::afterTitle;
      continue;
    }
    if (auto* basis = front->basisLine()) {
      basisLines.push_back({lineOf(basis->BASIS_START()->getSymbol(), basis->inlineItem())});
      state = FrontState::basis;
      continue;
    }
    LineView line = front->plainLine()
                        ? lineOf(front->plainLine()->getStart(), front->plainLine()->inlineItem())
                        : lineOf(front->dashLine()->DASH_START()->getSymbol(), front->dashLine()->inlineItem());
    switch (state) {
      case FrontState::header: transformHeaderLine(line, document.header); break;
      case FrontState::title: titleLines.push_back(line); break;
      case FrontState::afterTitle:
        if (!annex.empty() && annex.back() != ')') {
          annex += " " + line.contentText();
        } else {
          appendTextTo(document, line);
        }
        break;
      case FrontState::basis: {
        // A basis line that ends with no punctuation was wrapped.
        const std::string previous = basisLines.back().back().contentText();
        const bool wrapped = !previous.empty() && !basisLines.back().back().endsSentence() && previous.back() != ',';
        if (wrapped) {
          basisLines.back().push_back(line);
        } else {
          appendTextTo(document, line);
          state = FrontState::enacting;
        }
        break;
      }
      case FrontState::enacting: appendTextTo(document, line); break;
    }
  }
  if (!titleLines.empty()) {
    document.title = transformTitle(titleLines);
    document.title->annex = annex;
  }
  for (const auto& lines : basisLines) document.bases.push_back(transformBasis(lines));
}

void TreeBuilder::appendTextTo(Document& document, const LineView& line) {
  const std::string& text = line.contentText();
  if (text.empty()) return;
  if (!document.enacting.empty()) document.enacting += " ";
  document.enacting += text;
  const Range range = line.contentRange();
  if (!document.enactingRange)
    document.enactingRange = range;
  else
    document.enactingRange->end = range.end;
}

// One header line: organisation (left column), motto, number, place and date;
// the columns are split where the line has a wide gap.
void TreeBuilder::transformHeaderLine(const LineView& line, Header& header) {
  std::vector<Items> segments(1);
  for (auto* item : line.items()) {
    if (itemType(item) == Lexer::GAP) {
      if (!segments.back().empty()) segments.emplace_back();
    } else {
      segments.back().push_back(item);
    }
  }
  for (const Items& segment : segments) {
    if (segment.empty()) continue;
    const Range range{originalRange(source_, segment.front()).begin, originalRange(source_, segment.back()).end};
    if (!header.range) header.range = range;
    header.range->end = std::max(header.range->end, range.end);
    bool handled = false;
    for (std::size_t i = 0; i < segment.size() && !handled; ++i) {
      LayoutParser::InlineItemContext* item = segment[i];
      if (itemType(item) == Lexer::MOTTO) {
        header.motto = handled = true;
      } else if (auto* token = documentNumberToken(item); token && i == 0) {
        header.number = documentNumberOf(token);
        handled = true;
      } else if (itemType(item) == Lexer::DATE) {
        header.date = dateOf(item->getStart());
        Items before(segment.begin(), segment.begin() + static_cast<long>(i));
        while (!before.empty() && itemType(before.front()) == Lexer::PUNCT) before.erase(before.begin());
        header.place = trimmed(textOfItems(before), ",");
        handled = true;
      }
    }
    const bool onlyStars = segment.size() == 1 && itemType(segment[0]) == Lexer::PUNCT;
    if (!handled && !onlyStars) header.organisations.push_back(trimmed(textOfItems(segment)));
  }
}

// "QUY CHẾ LÀM VIỆC / của Ban Chấp hành Đảng bộ phường Giang Biên, nhiệm kỳ 2020 - 2025".
Title TreeBuilder::transformTitle(const std::vector<LineView>& lines) {
  Title title;
  title.kind = kindName(trimmed(matchingText(lines.front().start()), "\n"));
  title.range = lines.front().contentRange();
  Items all;
  for (const LineView& line : lines) {
    const std::string& text = line.contentText();
    if (!title.text.empty() && !text.empty()) title.text += " ";
    title.text += text;
    title.range.end = std::max(title.range.end, line.contentRange().end);
    all.insert(all.end(), line.items().begin(), line.items().end());
  }
  Items committee;
  bool inCommittee = false;
  for (auto* item : all) {
    if (itemType(item) == Lexer::TERM) {
      std::vector<int> years = numbersIn(matchingText(item->getStart()));
      if (years.size() == 2) {
        title.termFrom = years[0];
        title.termTo = years[1];
      }
    }
    if (isWord(item, "của") && committee.empty()) {
      inCommittee = true;
      continue;
    }
    const bool stop = itemType(item) == Lexer::TERM || isWord(item, "khóa") || isWord(item, "nhiệm") ||
                      (itemType(item) == Lexer::PUNCT && matchingText(item->getStart()) == "(");
    if (inCommittee && stop) inCommittee = false;
    if (inCommittee) committee.push_back(item);
  }
  title.committee = trimmed(textOfItems(committee), ",");
  return title;
}

// "- Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;"
LegalBasis TreeBuilder::transformBasis(const std::vector<LineView>& lines) {
  LegalBasis basis;
  Items all;
  basis.range = lines.front().contentRange();
  for (const LineView& line : lines) {
    if (!basis.text.empty()) basis.text += " ";
    basis.text += line.contentText();
    basis.range.end = std::max(basis.range.end, line.contentRange().end);
    all.insert(all.end(), line.items().begin(), line.items().end());
  }
  enum class Part { kind, after, issuer, subject } part = Part::kind;
  Items kind, issuer, subject;
  for (std::size_t index = 0; index < all.size(); ++index) {
    auto* item = all[index];
    const size_t type = itemType(item);
    if (type == Lexer::CHARTER && basis.kind.empty() && part == Part::kind) {
      basis.kind = "Điều lệ Đảng";
      part = Part::after;
      continue;
    }
    if (auto* token = documentNumberToken(item); token && !basis.number) {
      basis.number = documentNumberOf(token);
      auto* reference = item->crossReference();
      auto* documentRef = reference->documentRef() ? reference->documentRef() : reference->refScope()->documentRef();
      if (basis.kind.empty()) {
        std::string kindText = textOfItems(kind);
        if (auto* docKind = documentRef->DOC_KIND()) {
          const auto* symbol = docKind->getSymbol();
          if (!kindText.empty()) kindText += " ";
          kindText += originalText(source_, originalRange(source_, symbol->getStartIndex(), symbol->getStopIndex()));
        }
        basis.kind = trimmed(kindText);
      }
      part = Part::after;
      continue;
    }
    if ((type == Lexer::DATE || type == Lexer::DATE_NUM) && !basis.date) {
      basis.date = dateOf(item->getStart());
      if (part == Part::kind) part = Part::after;
      continue;
    }
    if (isWord(item, "của") && part != Part::subject && part != Part::issuer) {
      part = Part::issuer;
      continue;
    }
    if (isWord(item, "về") && part != Part::subject) {
      part = Part::subject;
      continue;
    }
    // "của Ban Bí thư ban hành Quy chế ...": the issuer ends where its act begins.
    if (part == Part::issuer && !issuer.empty() && index + 1 < all.size() && isWord(item, "ban") &&
        isWord(all[index + 1], "hành")) {
      part = Part::subject;
    }
    if (part == Part::kind && !(type == Lexer::WORD && matchingText(item->getStart()) == "vào")) kind.push_back(item);
    if (part == Part::issuer) issuer.push_back(item);
    if (part == Part::subject) subject.push_back(item);
  }
  if (basis.kind.empty() && !basis.number) {
    // "Căn cứ vào tình hình thực tiễn của địa phương": no document; the phrase is the subject.
    const bool namesDocument = !all.empty() && itemType(all.front()) == Lexer::DOC_KIND;
    if (namesDocument) {
      basis.kind = trimmed(textOfItems(kind), ";,.");
    } else {
      Items phrase;
      for (auto* item : all) {
        if (!(phrase.empty() && isWord(item, "vào"))) phrase.push_back(item);
      }
      issuer.clear();
      subject = phrase;
    }
  }
  basis.issuer = trimmed(textOfItems(issuer), ";,.");
  basis.subject = trimmed(textOfItems(subject), ";,.");
  return basis;
}

}  // namespace rasoat::syntax
