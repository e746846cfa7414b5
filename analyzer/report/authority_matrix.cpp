#include "report/authority_matrix.h"

#include <algorithm>

#include <fmt/format.h>

#include "wording/wording.h"

namespace rasoat::report {

namespace {

// Columns by rank in the decision line, agencies after, the higher level's last.
std::vector<MatrixColumn> columnsOf(const model::DocumentModel& model, const model::Lexicon& lexicon) {
  std::map<std::string, MatrixColumn> columns;
  for (const auto& provision : model.provisions) {
    if (!placeable(provision.actor) || !provision.matter) continue;
    const std::string key = actorKey(provision.actor);
    columns.try_emplace(key, MatrixColumn{key, *provision.actor.id, actorLabel(provision.actor, lexicon),
                                          provision.actor.organisation != model::Organisation::own});
  }
  auto position = [&lexicon](const MatrixColumn& column) {
    const auto& actors = lexicon.actors();
    const auto found = std::find_if(actors.begin(), actors.end(), [&](const auto& a) { return a.id == column.actor; });
    const int rank = found != actors.end() && found->rank ? *found->rank : 1000;
    return std::make_tuple(column.upper, rank, found - actors.begin(), column.key);
  };
  std::vector<MatrixColumn> sorted;
  sorted.reserve(columns.size());
  for (auto& [key, column] : columns) sorted.push_back(std::move(column));
  std::sort(sorted.begin(), sorted.end(), [&](const auto& a, const auto& b) { return position(a) < position(b); });
  return sorted;
}

// Rows in the order of the lexicon's taxonomy (related matters side by side).
std::vector<MatrixRow> rowsOf(const model::DocumentModel& model, const model::Lexicon& lexicon, std::size_t width) {
  std::set<std::string> used;
  for (const auto& provision : model.provisions) {
    if (placeable(provision.actor) && provision.matter.has_value()) used.insert(*provision.matter);
  }
  std::vector<MatrixRow> rows;
  for (const auto& matter : lexicon.matters()) {
    if (used.erase(matter.id))
      rows.push_back(MatrixRow{matter.id, matter.name, false, {}, std::vector<MatrixCell>(width)});
  }
  for (const auto& matter : used) rows.push_back(MatrixRow{matter, matter, false, {}, std::vector<MatrixCell>(width)});
  return rows;
}

// A cell's powers by kind, then in reading order; one clause giving the same
// kind of power twice ("lãnh đạo, chỉ đạo") is listed once, with both marks.
void tidy(MatrixCell& cell) {
  auto key = [](const PowerEntry& p) {
    return std::make_tuple(p.modality, p.prohibited(), p.line, p.unit, p.condition.vi);
  };
  std::stable_sort(cell.powers.begin(), cell.powers.end(),
                   [&](const auto& a, const auto& b) { return key(a) < key(b); });
  std::vector<PowerEntry> merged;
  for (auto& power : cell.powers) {
    if (!merged.empty() && key(merged.back()) == key(power)) {
      PowerEntry& kept = merged.back();
      kept.overlap |= power.overlap;
      kept.conflict |= power.conflict;
      for (const auto& code : power.codes) {
        if (std::find(kept.codes.begin(), kept.codes.end(), code) == kept.codes.end()) kept.codes.push_back(code);
      }
      continue;
    }
    merged.push_back(std::move(power));
  }
  cell.powers = std::move(merged);
}

}  // namespace

bool MatrixCell::overlap() const {
  return std::any_of(powers.begin(), powers.end(), [](const PowerEntry& power) { return power.overlap; });
}

bool MatrixCell::conflict() const {
  return std::any_of(powers.begin(), powers.end(), [](const PowerEntry& power) { return power.conflict; });
}

std::string actorKey(const model::ActorRef& actor) {
  const std::string id = model::actorId(actor);
  return actor.organisation == model::Organisation::own
             ? id
             : std::string(model::organisationName(actor.organisation)) + ":" + id;
}

std::string actorLabel(const model::ActorRef& actor, const model::Lexicon& lexicon) {
  const std::string id = model::actorId(actor);
  const auto* entry = lexicon.actor(id);
  return entry ? entry->name : id;
}

bool placeable(const model::ActorRef& actor) {
  return actor.resolved() && !actor.vague;
}

LocalizedText conditionWords(const model::Condition& condition, const model::Lexicon& lexicon) {
  // An unconditional power shows no condition in its cell (not "mọi trường hợp").
  LocalizedText text = wording::describeAtoms(condition.atoms, lexicon);
  for (const auto& exception : condition.exceptions) {
    const LocalizedText words = wording::describeAtoms(exception, lexicon);
    text.vi += (text.vi.empty() ? "trừ khi " : ", trừ khi ") + words.vi;
    text.en += (text.en.empty() ? "except when " : ", except when ") + words.en;
  }
  return text;
}

AuthorityMatrix buildMatrix(const model::DocumentModel& model, const FindingMarks& marks,
                            const model::Lexicon& lexicon) {
  AuthorityMatrix matrix;
  matrix.columns = columnsOf(model, lexicon);
  matrix.rows = rowsOf(model, lexicon, matrix.columns.size());
  std::map<std::string, std::size_t> columnAt, rowAt;
  for (std::size_t i = 0; i < matrix.columns.size(); ++i) columnAt[matrix.columns[i].key] = i;
  for (std::size_t i = 0; i < matrix.rows.size(); ++i) rowAt[matrix.rows[i].matter] = i;
  for (const auto& provision : model.provisions) {
    if (!placeable(provision.actor) || !provision.matter) {
      ++matrix.unplaced;
      matrix.unplacedPowers.push_back(
          UnplacedPower{provision.source.unit, provision.source.position.line, provision.modality, provision.actor.text,
                        placeable(provision.actor), provision.matter.has_value(), provision.source.text});
      continue;
    }
    PowerEntry power{provision.modality,
                     provision.deontic,
                     provision.source.unit,
                     provision.source.position.line,
                     conditionWords(provision.condition, lexicon),
                     provision.source.text,
                     false,
                     false,
                     {}};
    MatrixRow& row = matrix.rows[rowAt.at(*provision.matter)];
    if (const auto found = marks.overlap.find(&provision); found != marks.overlap.end()) {
      power.overlap = true;
      power.codes.insert(power.codes.end(), found->second.begin(), found->second.end());
    }
    if (const auto found = marks.conflict.find(&provision); found != marks.conflict.end()) {
      power.conflict = true;
      power.codes.insert(power.codes.end(), found->second.begin(), found->second.end());
    }
    if (const auto found = marks.gaps.find(*provision.matter); found != marks.gaps.end()) {
      row.gap = true;
      row.gapCodes.assign(found->second.begin(), found->second.end());
    }
    row.cells[columnAt.at(actorKey(provision.actor))].powers.push_back(std::move(power));
  }
  for (auto& row : matrix.rows) {
    for (auto& cell : row.cells) tidy(cell);
  }
  return matrix;
}

}  // namespace rasoat::report
