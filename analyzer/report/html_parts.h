#pragma once

#include <map>
#include <ostream>
#include <string>
#include <utility>

#include "report/report_data.h"

// The sections of the HTML report, one file each (html_report.cpp assembles them).
namespace rasoat::report::html {

// Where each finding of a document is in the page: (code, line it names) ->
// anchor, so that a mark in the matrix links to the finding that explains it.
using FindingAnchors = std::map<std::pair<std::string, int>, std::string>;
FindingAnchors findingAnchors(const std::vector<FindingView>& findings, int document);
std::string findingAnchor(int document, std::size_t finding);

void writeMatrix(std::ostream& out, const AuthorityMatrix& matrix, const FindingAnchors& anchors, Language language);
// `id` makes the SVG's marker ids unique in a page with several documents.
// `heading` (HTML) is kept on one page with the picture.
void writeGraph(std::ostream& out, const AuthorityGraph& graph, Language language, int id,
                const std::string& heading = "");
void writeFindings(std::ostream& out, const std::vector<FindingView>& findings, int document, Language language);
void writeNotFormalised(std::ostream& out, const std::vector<UnreadClause>& clauses, Language language);

// The overview of a report on many documents (hasOverview): the table of the
// documents, each linked to its section (documentAnchor), and the frequent findings.
void writeOverview(std::ostream& out, const ReportData& data, Language language);
std::string documentAnchor(int document);

// "Ban Thường vụ (cấp trên)" for a body of a higher organisation.
std::string bodyName(const std::string& name, bool upper, Language language);

}  // namespace rasoat::report::html
