#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "checks/check.h"
#include "model/lexicon.h"
#include "model/model.h"

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

struct AuthorityMatrix {
  std::vector<MatrixColumn> columns;
  std::vector<MatrixRow> rows;
  int unplaced = 0;  // powers with no definite actor or matter, left out
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

// A clause quoted next to a finding.
struct QuotedClause {
  std::string path;
  int line = 0;
  std::string document;  // the document's number
  std::string unit;      // "Điều 5 khoản 2", empty when the place is not a numbered clause
  std::string text;
  LocalizedText note;  // what the finding says about it (related locations)
};

struct FindingView {
  Diagnostic diagnostic;
  QuotedClause clause;
  std::vector<QuotedClause> related;
};

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
  std::vector<model::ClauseStatus> notFormalised;
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

struct ReportData {
  std::vector<DocumentReport> documents;
  std::vector<std::string> higherDocuments;  // every parent used, once
  std::vector<std::string> missingHigher;    // cited but not found: not compared against
  int clauses = 0;
  int formalised = 0;
  SeverityCounts counts;
  std::vector<FamilyCount> families;      // in catalogue order: S C O G D H A
  std::vector<Diagnostic> otherFindings;  // input errors and findings outside the checked documents
};

// The report of the checked documents among `documents`.
ReportData assembleReport(const std::vector<std::unique_ptr<checks::CheckedDocument>>& documents,
                          const std::vector<Diagnostic>& findings, const model::Lexicon& lexicon);

}  // namespace rasoat::report
