#include "text/word_diff.h"

#include <algorithm>
#include <map>

#include "text/matching.h"
#include "text/utf8.h"

namespace rasoat::text {

namespace {

bool isSpace(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0 || c == 0x2007 || c == 0x202F ||
         c == 0x3000 || (c >= 0x2000 && c <= 0x200B);
}

bool isWordChar(char32_t c) {
  return isLetter(c) || isCombiningMark(c) || (c >= U'0' && c <= U'9');
}

// Decodes one code point at `offset` (valid UTF-8 assumed, U+FFFD otherwise)
// and returns its length in bytes.
std::size_t nextCodePoint(std::string_view text, std::size_t offset, char32_t& out) {
  const auto lead = static_cast<unsigned char>(text[offset]);
  std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  length = std::min(length, text.size() - offset);
  const std::u32string decoded = decodeUtf8(text.substr(offset, length));
  out = decoded.empty() ? U'\uFFFD' : decoded.front();
  return length;
}

// The trace of Myers' algorithm keeps one array of 2(N+M) entries per edit;
// past this many entries the middle is reported as replaced whole.
constexpr std::size_t kMaxTraceEntries = 16'000'000;

// The edit script as a list of operations on the two token lists, by Myers'
// O((N+M)D) greedy algorithm with the trace kept for the walk back; empty
// when the script needs more than `maxEdits` edits.
std::vector<DiffOp> myers(const std::vector<WordToken>& a, const std::vector<WordToken>& b, int maxEdits) {
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  const int max = std::min(n + m, maxEdits);
  const int offset = max + 1;
  std::vector<int> v(static_cast<std::size_t>(2 * max + 3), 0);
  std::vector<std::vector<int>> trace;
  int found = -1;
  for (int d = 0; d <= max && found < 0; ++d) {
    trace.push_back(v);
    for (int k = -d; k <= d; k += 2) {
      const auto at = [&](int index) -> int& {
        const int slot = index + offset;  // never negative: index >= -max, offset = max + 1
        return v[static_cast<std::size_t>(slot)];
      };
      int x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      int y = x - k;
      while (x < n && y < m && a[static_cast<std::size_t>(x)].key == b[static_cast<std::size_t>(y)].key) ++x, ++y;
      at(k) = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return {};
  // Walk back from (n, m), collecting the operations in reverse.
  std::vector<DiffOp> ops;
  int x = n, y = m;
  for (int d = found; d > 0; --d) {
    const std::vector<int>& previous = trace[static_cast<std::size_t>(d)];
    const auto at = [&](int index) {
      const int slot = index + offset;  // never negative: index >= -max, offset = max + 1
      return previous[static_cast<std::size_t>(slot)];
    };
    const int k = x - y;
    const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
    const int previousK = down ? k + 1 : k - 1;
    const int previousX = at(previousK);
    const int previousY = previousX - previousK;
    while (x > previousX && y > previousY) ops.push_back(DiffOp::same), --x, --y;
    ops.push_back(down ? DiffOp::added : DiffOp::removed);
    x = previousX;
    y = previousY;
  }
  while (x > 0 && y > 0) ops.push_back(DiffOp::same), --x, --y;
  std::reverse(ops.begin(), ops.end());
  return ops;
}

// The common head and tail are kept as they are; the middle goes to Myers'
// algorithm, or is replaced whole when it is too long and too different.
std::vector<DiffOp> editScript(const std::vector<WordToken>& a, const std::vector<WordToken>& b) {
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head].key == b[head].key) ++head;
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail].key == b[b.size() - 1 - tail].key)
    ++tail;
  const std::vector<WordToken> middleA(a.begin() + static_cast<std::ptrdiff_t>(head),
                                       a.end() - static_cast<std::ptrdiff_t>(tail));
  const std::vector<WordToken> middleB(b.begin() + static_cast<std::ptrdiff_t>(head),
                                       b.end() - static_cast<std::ptrdiff_t>(tail));
  const std::size_t width = 2 * (middleA.size() + middleB.size()) + 3;
  const int maxEdits =
      static_cast<int>(std::min<std::size_t>(middleA.size() + middleB.size(), kMaxTraceEntries / width));
  std::vector<DiffOp> middle = myers(middleA, middleB, maxEdits);
  if (middle.empty() && !(middleA.empty() && middleB.empty())) {
    middle.assign(middleA.size(), DiffOp::removed);
    middle.insert(middle.end(), middleB.size(), DiffOp::added);
  }
  std::vector<DiffOp> ops(head, DiffOp::same);
  ops.insert(ops.end(), middle.begin(), middle.end());
  ops.insert(ops.end(), tail, DiffOp::same);
  return ops;
}

void append(std::vector<DiffSpan>& spans, DiffOp op, std::string_view text) {
  if (text.empty()) return;
  if (!spans.empty() && spans.back().op == op) {
    spans.back().text += text;
  } else {
    spans.push_back(DiffSpan{op, std::string(text)});
  }
}

// One side's spans: each token with its op; the gap before a token joins the
// change only when the tokens on both sides of it are changed.
std::vector<DiffSpan> spansOf(std::string_view text, const std::vector<WordToken>& tokens,
                              const std::vector<DiffOp>& ops) {
  std::vector<DiffSpan> spans;
  std::size_t cursor = 0;
  DiffOp previous = DiffOp::same;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const DiffOp op = ops[i];
    const DiffOp gapOp = (i > 0 && op != DiffOp::same && previous == op) ? op : DiffOp::same;
    append(spans, gapOp, text.substr(cursor, tokens[i].begin - cursor));
    append(spans, op, text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
    cursor = tokens[i].end;
    previous = op;
  }
  append(spans, DiffOp::same, text.substr(cursor));
  return spans;
}

}  // namespace

std::vector<WordToken> tokenizeWords(std::string_view text) {
  std::vector<WordToken> tokens;
  std::size_t offset = 0;
  std::size_t wordStart = std::string_view::npos;
  auto closeWord = [&](std::size_t end) {
    if (wordStart == std::string_view::npos) return;
    tokens.push_back(WordToken{matchKey(text.substr(wordStart, end - wordStart)), wordStart, end});
    wordStart = std::string_view::npos;
  };
  while (offset < text.size()) {
    char32_t c = 0;
    const std::size_t length = nextCodePoint(text, offset, c);
    if (isWordChar(c)) {
      if (wordStart == std::string_view::npos) wordStart = offset;
    } else {
      closeWord(offset);
      if (!isSpace(c)) tokens.push_back(WordToken{matchKey(text.substr(offset, length)), offset, offset + length});
    }
    offset += length;
  }
  closeWord(text.size());
  return tokens;
}

bool WordDiff::changed() const {
  auto isChange = [](const DiffSpan& span) { return span.op != DiffOp::same; };
  return std::any_of(before.begin(), before.end(), isChange) || std::any_of(after.begin(), after.end(), isChange);
}

WordDiff diffWords(std::string_view before, std::string_view after) {
  const std::vector<WordToken> a = tokenizeWords(before);
  const std::vector<WordToken> b = tokenizeWords(after);
  const std::vector<DiffOp> script = editScript(a, b);
  std::vector<DiffOp> opsA, opsB;
  for (DiffOp op : script) {
    if (op != DiffOp::added) opsA.push_back(op);
    if (op != DiffOp::removed) opsB.push_back(op);
  }
  return WordDiff{spansOf(before, a, opsA), spansOf(after, b, opsB)};
}

WordBag wordBag(std::string_view text) {
  WordBag counts;
  for (const WordToken& token : tokenizeWords(text)) {
    char32_t first = 0;
    nextCodePoint(token.key, 0, first);
    if (isWordChar(first)) ++counts[token.key];
  }
  return counts;
}

double wordSimilarity(std::string_view a, std::string_view b) {
  return bagSimilarity(wordBag(a), wordBag(b));
}

double bagSimilarity(const WordBag& countsA, const WordBag& countsB) {
  int totalA = 0, totalB = 0, common = 0;
  for (const auto& [word, count] : countsA) {
    totalA += count;
    if (auto it = countsB.find(word); it != countsB.end()) common += std::min(count, it->second);
  }
  for (const auto& [word, count] : countsB) totalB += count;
  if (totalA + totalB == 0) return 1.0;
  return 2.0 * common / (totalA + totalB);
}

std::string wordKey(std::string_view text) {
  std::string key;
  for (const WordToken& token : tokenizeWords(text)) {
    if (!key.empty()) key += ' ';
    key += token.key;
  }
  return key;
}

}  // namespace rasoat::text
