#include "syntax/alignment.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "text/word_diff.h"

namespace rasoat::syntax {

namespace {

// Pairs with a similarity below these are not the same unit: lower for units
// that kept their number (an amended clause is still that clause), higher for
// units that must be found by content alone.
constexpr double kSameNumberThreshold = 0.3;
constexpr double kContentThreshold = 0.5;
constexpr double kSameNumberBonus = 0.15;
// Beyond this many pairs, only pairs within kWindow places are scored.
constexpr std::size_t kAllPairsLimit = 250'000;
constexpr double kWindow = 100;

// The words of a unit and all it contains.
void collectText(const Unit& unit, std::string& out) {
  out += ' ';
  out += unit.title;
  out += ' ';
  out += unit.text;
  for (const Unit& child : unit.children) collectText(child, out);
}

struct Item {
  const Unit* unit = nullptr;
  std::string key;  // the whole unit's words, for exact matches
  text::WordBag bag;
};

std::vector<Item> itemsOf(const std::vector<const Unit*>& units, bool titleOnly) {
  std::vector<Item> items;
  for (const Unit* unit : units) {
    std::string content;
    if (titleOnly) {
      content = unit->title;
    } else {
      collectText(*unit, content);
    }
    items.push_back(Item{unit, text::wordKey(content), text::wordBag(content)});
  }
  return items;
}

bool sameNumber(const Unit& a, const Unit& b) {
  return a.number && b.number && text::wordKey(*a.number) == text::wordKey(*b.number);
}

struct Matching {
  std::vector<int> ofBefore;       // index into after, or -1
  std::vector<int> ofAfter;        // index into before, or -1
  std::vector<double> similarity;  // by before index
};

// Exact content first (so that a moved or renumbered unit finds itself), then
// the best-scoring remaining pairs, greedily.
Matching matchUnits(const std::vector<const Unit*>& before, const std::vector<const Unit*>& after,
                    bool titleOnly = false) {
  const std::vector<Item> a = itemsOf(before, titleOnly);
  const std::vector<Item> b = itemsOf(after, titleOnly);
  Matching matching{std::vector<int>(a.size(), -1), std::vector<int>(b.size(), -1), std::vector<double>(a.size(), 0)};
  auto pair = [&](std::size_t i, std::size_t j, double similarity) {
    matching.ofBefore[i] = static_cast<int>(j);
    matching.ofAfter[j] = static_cast<int>(i);
    matching.similarity[i] = similarity;
  };
  // Identical units: the same number first, then in order.
  std::map<std::string, std::vector<std::size_t>> byKey;
  for (std::size_t i = 0; i < a.size(); ++i) byKey[a[i].key].push_back(i);
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t j = 0; j < b.size(); ++j) {
      if (matching.ofAfter[j] >= 0 || b[j].key.empty()) continue;
      const auto it = byKey.find(b[j].key);
      if (it == byKey.end()) continue;
      for (std::size_t i : it->second) {
        if (matching.ofBefore[i] >= 0) continue;
        if (pass == 0 && !sameNumber(*a[i].unit, *b[j].unit)) continue;
        pair(i, j, 1.0);
        break;
      }
    }
  }
  struct Candidate {
    double score;
    double similarity;
    std::size_t i, j;
  };
  std::vector<Candidate> candidates;
  // In very long documents only units near their old place (or with their old
  // number) are scored, to keep the work near-linear.
  const bool large = a.size() * b.size() > kAllPairsLimit;
  auto nearby = [&](std::size_t i, std::size_t j) {
    const double expected = static_cast<double>(i) * static_cast<double>(b.size()) / static_cast<double>(a.size());
    return std::abs(expected - static_cast<double>(j)) <= kWindow;
  };
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (matching.ofBefore[i] >= 0) continue;
    for (std::size_t j = 0; j < b.size(); ++j) {
      if (matching.ofAfter[j] >= 0) continue;
      const bool numbered = sameNumber(*a[i].unit, *b[j].unit);
      if (large && !numbered && !nearby(i, j)) continue;
      const double similarity = text::bagSimilarity(a[i].bag, b[j].bag);
      if (similarity < (numbered ? kSameNumberThreshold : kContentThreshold)) continue;
      candidates.push_back({similarity + (numbered ? kSameNumberBonus : 0.0), similarity, i, j});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& x, const Candidate& y) { return x.score > y.score; });
  for (const Candidate& candidate : candidates) {
    if (matching.ofBefore[candidate.i] < 0 && matching.ofAfter[candidate.j] < 0)
      pair(candidate.i, candidate.j, candidate.similarity);
  }
  return matching;
}

// The paired units, in the new order, that keep their old relative order (a
// longest increasing subsequence of old positions); the others were moved.
std::set<int> inOrder(const Matching& matching) {
  std::vector<int> sequence;  // old index of each pair, in new order
  std::vector<int> newIndex;
  for (std::size_t j = 0; j < matching.ofAfter.size(); ++j) {
    if (matching.ofAfter[j] >= 0) {
      sequence.push_back(matching.ofAfter[j]);
      newIndex.push_back(static_cast<int>(j));
    }
  }
  std::vector<int> tails, tailIndex, parent(sequence.size(), -1);
  for (std::size_t k = 0; k < sequence.size(); ++k) {
    const auto position = std::lower_bound(tails.begin(), tails.end(), sequence[k]) - tails.begin();
    if (position > 0) parent[k] = tailIndex[static_cast<std::size_t>(position - 1)];
    if (static_cast<std::size_t>(position) == tails.size()) {
      tails.push_back(sequence[k]);
      tailIndex.push_back(static_cast<int>(k));
    } else {
      tails[static_cast<std::size_t>(position)] = sequence[k];
      tailIndex[static_cast<std::size_t>(position)] = static_cast<int>(k);
    }
  }
  std::set<int> kept;  // new indices
  for (int k = tailIndex.empty() ? -1 : tailIndex.back(); k >= 0; k = parent[static_cast<std::size_t>(k)])
    kept.insert(newIndex[static_cast<std::size_t>(k)]);
  return kept;
}

const char* kindWord(UnitKind kind) {
  switch (kind) {
    case UnitKind::chapter: return "Chương";
    case UnitKind::section: return "Mục";
    case UnitKind::article: return "Điều";
    case UnitKind::clause: return "khoản";
    case UnitKind::point: return "điểm";
    default: return "";
  }
}

// A chapter as written ("Chương II", "CHƯƠNG II", "PHẦN THỨ NHẤT"), without a final stop.
std::string chapterMarker(const Unit& chapter) {
  std::string marker = chapter.marker;
  while (!marker.empty() && (marker.back() == '.' || marker.back() == ':' || marker.back() == ' ')) marker.pop_back();
  if (!marker.empty()) return marker;
  return chapter.number ? "Chương " + *chapter.number : "";
}

std::string labelOf(const std::string& parent, const Unit& unit) {
  std::string own;
  if (unit.kind == UnitKind::chapter) {
    own = chapterMarker(unit);
  } else if (unit.number) {
    own = std::string(kindWord(unit.kind)) + " " + *unit.number;
  } else {
    own = unit.kind == UnitKind::item ? unit.marker : "đoạn";
  }
  return parent.empty() ? own : parent + " " + own;
}

AlignedRow pairRow(const Unit* before, const Unit* after, int depth, double similarity, bool moved) {
  AlignedRow row;
  row.kind = (after ? after : before)->kind;
  row.depth = depth;
  row.before = before;
  row.after = after;
  if (!before) {
    row.status = ChangeStatus::added;
    return row;
  }
  if (!after) {
    row.status = ChangeStatus::removed;
    return row;
  }
  row.similarity = similarity;
  row.amended = text::wordKey(ownText(*before)) != text::wordKey(ownText(*after));
  row.renumbered = !sameNumber(*before, *after) && (before->number || after->number);
  row.moved = moved;
  row.status = row.amended      ? ChangeStatus::amended
               : row.moved      ? ChangeStatus::moved
               : row.renumbered ? ChangeStatus::renumbered
                                : ChangeStatus::unchanged;
  return row;
}

std::vector<const Unit*> pointers(const std::vector<Unit>& units) {
  std::vector<const Unit*> list;
  list.reserve(units.size());
  for (const Unit& unit : units) list.push_back(&unit);
  return list;
}

void alignChildren(const Unit* before, const Unit* after, int depth, const std::string& beforeLabel,
                   const std::string& afterLabel, std::vector<AlignedRow>& rows);

// Emits the rows of a list of units: the new ones in order, each removed one
// after its old predecessor's counterpart.
void emitSequence(const std::vector<const Unit*>& a, const std::vector<const Unit*>& b, int depth,
                  const std::string& beforeLabel, const std::string& afterLabel, std::vector<AlignedRow>& rows) {
  const Matching matching = matchUnits(a, b);
  const std::set<int> ordered = inOrder(matching);
  auto emit = [&](const Unit* x, const Unit* y, double similarity, bool moved) {
    AlignedRow row = pairRow(x, y, depth, similarity, moved);
    row.beforeLabel = x ? labelOf(beforeLabel, *x) : "";
    row.afterLabel = y ? labelOf(afterLabel, *y) : "";
    const std::string childBefore = row.beforeLabel, childAfter = row.afterLabel;
    rows.push_back(std::move(row));
    alignChildren(x, y, depth + 1, childBefore, childAfter, rows);
  };
  auto emitRemovedFrom = [&](std::size_t from) {
    for (std::size_t k = from; k < a.size() && matching.ofBefore[k] < 0; ++k) emit(a[k], nullptr, 0, false);
  };
  emitRemovedFrom(0);
  for (std::size_t j = 0; j < b.size(); ++j) {
    const int i = matching.ofAfter[j];
    if (i < 0) {
      emit(nullptr, b[j], 0, false);
      continue;
    }
    emit(a[static_cast<std::size_t>(i)], b[j], matching.similarity[static_cast<std::size_t>(i)],
         !ordered.count(static_cast<int>(j)));
    emitRemovedFrom(static_cast<std::size_t>(i) + 1);
  }
}

void alignChildren(const Unit* before, const Unit* after, int depth, const std::string& beforeLabel,
                   const std::string& afterLabel, std::vector<AlignedRow>& rows) {
  static const std::vector<const Unit*> none;
  emitSequence(before ? pointers(before->children) : none, after ? pointers(after->children) : none, depth, beforeLabel,
               afterLabel, rows);
}

// The articles of a document in order, with the chapter each is in.
struct Placed {
  std::vector<const Unit*> articles;
  std::vector<const Unit*> chapterOf;  // null outside chapters
  std::vector<const Unit*> chapters;
};

void place(const Unit& unit, const Unit* chapter, Placed& placed) {
  for (const Unit& child : unit.children) {
    if (child.kind == UnitKind::chapter) {
      placed.chapters.push_back(&child);
      place(child, &child, placed);
    } else if (child.kind == UnitKind::section) {
      place(child, chapter, placed);
    } else if (child.kind == UnitKind::article) {
      placed.articles.push_back(&child);
      placed.chapterOf.push_back(chapter);
    }
  }
}

std::string chapterLabel(const Unit* chapter) {
  return chapter ? chapterMarker(*chapter) : "";
}

int indexOf(const std::vector<const Unit*>& list, const Unit* unit) {
  const auto it = std::find(list.begin(), list.end(), unit);
  return it == list.end() ? -1 : static_cast<int>(it - list.begin());
}

}  // namespace

const char* changeStatusName(ChangeStatus status) {
  switch (status) {
    case ChangeStatus::unchanged: return "unchanged";
    case ChangeStatus::amended: return "amended";
    case ChangeStatus::added: return "added";
    case ChangeStatus::removed: return "removed";
    case ChangeStatus::moved: return "moved";
    case ChangeStatus::renumbered: return "renumbered";
  }
  return "unchanged";
}

std::string ownText(const Unit& unit) {
  if (unit.kind == UnitKind::chapter || unit.kind == UnitKind::section || unit.kind == UnitKind::article)
    return unit.title;
  return unit.text;
}

std::vector<AlignedRow> alignDocuments(const Document& before, const Document& after) {
  Placed a, b;
  place(before.root, nullptr, a);
  place(after.root, nullptr, b);
  const Matching chapters = matchUnits(a.chapters, b.chapters, true);
  const std::set<int> chaptersInOrder = inOrder(chapters);
  const Matching articles = matchUnits(a.articles, b.articles);
  const std::set<int> articlesInOrder = inOrder(articles);

  std::vector<AlignedRow> rows;
  std::set<const Unit*> chaptersShown;
  std::function<void(const Unit*, const Unit*)> showChapter = [&](const Unit* oldChapter, const Unit* newChapter) {
    if (!oldChapter && !newChapter) return;
    if (chaptersShown.count(newChapter ? newChapter : oldChapter)) return;
    if (newChapter) {
      const int j = indexOf(b.chapters, newChapter);
      const int i = chapters.ofAfter[static_cast<std::size_t>(j)];
      oldChapter = i >= 0 ? a.chapters[static_cast<std::size_t>(i)] : nullptr;
      if (oldChapter) chaptersShown.insert(oldChapter);
      AlignedRow row = pairRow(oldChapter, newChapter, 0, 1.0, !chaptersInOrder.count(j));
      row.beforeLabel = chapterLabel(oldChapter);
      row.afterLabel = chapterLabel(newChapter);
      rows.push_back(std::move(row));
    } else {
      const int mapped = chapters.ofBefore[static_cast<std::size_t>(indexOf(a.chapters, oldChapter))];
      if (mapped >= 0) return showChapter(nullptr, b.chapters[static_cast<std::size_t>(mapped)]);
      AlignedRow row = pairRow(oldChapter, nullptr, 0, 0, false);
      row.beforeLabel = chapterLabel(oldChapter);
      rows.push_back(std::move(row));
    }
    chaptersShown.insert(newChapter ? newChapter : oldChapter);
  };
  // A paired article is moved when it left its place in the order or its
  // chapter is not the counterpart of its old one.
  auto chapterMoved = [&](std::size_t i, std::size_t j) {
    // Chapters introduced or dropped altogether move no article.
    if (a.chapters.empty() || b.chapters.empty()) return false;
    const Unit* oldChapter = a.chapterOf[i];
    const Unit* newChapter = b.chapterOf[j];
    if (!oldChapter || !newChapter) return oldChapter != newChapter;
    const int mapped = chapters.ofBefore[static_cast<std::size_t>(indexOf(a.chapters, oldChapter))];
    return mapped < 0 || b.chapters[static_cast<std::size_t>(mapped)] != newChapter;
  };
  auto emitArticle = [&](int i, int j) {
    const Unit* x = i >= 0 ? a.articles[static_cast<std::size_t>(i)] : nullptr;
    const Unit* y = j >= 0 ? b.articles[static_cast<std::size_t>(j)] : nullptr;
    if (y) {
      showChapter(nullptr, b.chapterOf[static_cast<std::size_t>(j)]);
    } else {
      showChapter(a.chapterOf[static_cast<std::size_t>(i)], nullptr);
    }
    bool moved = false;
    if (x && y) {
      moved = !articlesInOrder.count(j) || chapterMoved(static_cast<std::size_t>(i), static_cast<std::size_t>(j));
    }
    AlignedRow row = pairRow(x, y, 1, x && y ? articles.similarity[static_cast<std::size_t>(i)] : 0, moved);
    row.beforeLabel = x ? labelOf("", *x) : "";
    row.afterLabel = y ? labelOf("", *y) : "";
    if (x) row.beforeChapter = chapterLabel(a.chapterOf[static_cast<std::size_t>(i)]);
    if (y) row.afterChapter = chapterLabel(b.chapterOf[static_cast<std::size_t>(j)]);
    const std::string childBefore = row.beforeLabel, childAfter = row.afterLabel;
    rows.push_back(std::move(row));
    alignChildren(x, y, 2, childBefore, childAfter, rows);
  };
  auto emitRemovedFrom = [&](std::size_t from) {
    for (std::size_t k = from; k < a.articles.size() && articles.ofBefore[k] < 0; ++k)
      emitArticle(static_cast<int>(k), -1);
  };
  emitRemovedFrom(0);
  for (std::size_t j = 0; j < b.articles.size(); ++j) {
    const int i = articles.ofAfter[j];
    emitArticle(i, static_cast<int>(j));
    if (i >= 0) emitRemovedFrom(static_cast<std::size_t>(i) + 1);
  }
  // Chapters left with no article in the rows.
  for (const Unit* chapter : b.chapters) showChapter(nullptr, chapter);
  for (const Unit* chapter : a.chapters) showChapter(chapter, nullptr);
  return rows;
}

}  // namespace rasoat::syntax
