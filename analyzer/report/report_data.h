#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "checks/check.h"
#include "model/lexicon.h"
#include "model/model.h"
#include "report/clause_index.h"

// The working-group report's content, assembled once from the checked
// documents and the findings; the HTML and Markdown writers only lay it out.
namespace rasoat::report {

// One power a body holds on a matter: "quyết định (Điều 5 khoản 2), khi ...".
struct PowerEntry {
  model::Modality modality = model::Modality::DECIDE;
  model::Deontic deontic = model::Deontic::none;
  std::string unit;  // "Điều 5 khoản 2"
  int line = 0;
  LocalizedText condition;  // in words; empty when unconditional
  std::string clauseText;
  bool overlap = false;   // named by an overlap finding (O...)
  bool conflict = false;  // named by a finding against the higher level (H...)
  std::vector<std::string> codes;
  bool prohibited() const { return deontic == model::Deontic::prohibition; }
  // Listed under one heading in a cell: same kind of power, both allowed or both forbidden.
  bool sameKind(const PowerEntry& other) const {
    return modality == other.modality && prohibited() == other.prohibited();
  }
};

struct MatrixCell {
  std::vector<PowerEntry> powers;
  bool overlap() const;
  bool conflict() const;
};

// A column: one body, of this organisation or of a higher one.
struct MatrixColumn {
  std::string key;  // "BTV", "upper:BTV"
  std::string actor;
  std::string name;    // "Ban Thường vụ"
  bool upper = false;  // a body of a higher organisation
};

struct MatrixRow {
  std::string matter;
  std::string name;
  bool gap = false;  // part of its scope has no decision holder (G...)
  std::vector<std::string> gapCodes;
  std::vector<MatrixCell> cells;  // one per column
};

// A power the matrix could not place: who holds it or on what is not known.
struct UnplacedPower {
  std::string unit;  // "Điều 5 khoản 2"
  int line = 0;
  model::Modality modality = model::Modality::DECIDE;
  std::string actor;  // as written; empty when none was read
  bool actorKnown = false;
  bool matterKnown = false;
  std::string clauseText;
};

struct AuthorityMatrix {
  std::vector<MatrixColumn> columns;
  std::vector<MatrixRow> rows;
  int unplaced = 0;                           // powers with no definite actor or matter, left out
  std::vector<UnplacedPower> unplacedPowers;  // the same, listed
};

struct GraphNode {
  std::string key;  // a matrix column key
  std::string name;
  bool upper = false;
  int layer = 0;
  int order = 0;  // position within its layer
};

enum class EdgeKind { delegation, reporting };

// Who delegates to or reports to whom, on which matters, said where.
struct GraphEdge {
  std::string from;
  std::string to;
  EdgeKind kind = EdgeKind::delegation;
  std::vector<std::string> matters;  // names; "" when the matter is not definite
  std::vector<std::string> units;
  bool flagged = false;  // named by a finding (a delegation cycle, a forbidden delegation)
};

struct AuthorityGraph {
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
  int layers = 0;
};

struct FindingView {
  Diagnostic diagnostic;
  QuotedClause clause;
  std::vector<QuotedClause> related;
};

struct SeverityCounts {
  int error = 0;
  int warning = 0;
  int info = 0;
};

struct FamilyCount {
  std::string family;  // "O"
  SeverityCounts counts;
};

// What the overview says of a document: nothing to change, something to
// change (an error or a warning), or it could not be read at all.
enum class Verdict { passes, needsChanges, unreadable };

struct DocumentReport {
  std::string path;
  std::string number;
  std::string organisation;
  std::vector<std::string> parents;  // "05-QC/QU (path)"
  int clauses = 0;
  int formalised = 0;
  AuthorityMatrix matrix;
  AuthorityGraph graph;
  std::vector<FindingView> findings;
  std::vector<UnreadClause> notFormalised;
  SeverityCounts counts;                   // of its findings (S006 included)
  std::vector<FamilyCount> families;       // S C O G D H A, as ReportData::families
  std::vector<std::string> missingHigher;  // cited here, not found
  Verdict verdict() const;
};

// A document of the batch that could not be read (missing, not text, too big,
// ...): a row of the overview, saying why.
struct UnreadableDocument {
  std::string path;
  LocalizedText problem;
};

// A check that fires in many documents: the overview's second table.
struct FrequentFinding {
  std::string code;
  LocalizedText summary;  // the catalogue's
  int documents = 0;      // how many documents have it
  int findings = 0;       // how many times in all
};

struct ReportData {
  std::vector<DocumentReport> documents;  // in natural order of their names ("xã Số 2" before "xã Số 10")
  std::vector<UnreadableDocument> unreadable;
  std::vector<FrequentFinding> frequent;     // most documents first
  std::vector<std::string> higherDocuments;  // every parent used, once
  std::vector<std::string> missingHigher;    // cited but not found: not compared against
  int clauses = 0;
  int formalised = 0;
  SeverityCounts counts;
  std::vector<FamilyCount> families;      // in catalogue order: S C O G D H A
  std::vector<Diagnostic> otherFindings;  // input errors and findings outside the checked documents
  int accepted = 0;                       // findings accepted (baseline, rasoat.yaml) and so left out
};

// More than one document (readable or not): the report opens with the
// overview table, one row per document, and a table of the frequent findings.
bool hasOverview(const ReportData& data);

// The report of the checked documents among `documents`.
ReportData assembleReport(const std::vector<std::unique_ptr<checks::CheckedDocument>>& documents,
                          const std::vector<Diagnostic>& findings, const model::Lexicon& lexicon);

}  // namespace rasoat::report
