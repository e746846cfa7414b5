#pragma once

#include <ostream>

#include "report/report_data.h"

// The sections of the HTML report, one file each (html_report.cpp assembles them).
namespace rasoat::report::html {

void writeMatrix(std::ostream& out, const AuthorityMatrix& matrix, Language language);
// `id` makes the SVG's marker ids unique in a page with several documents.
void writeGraph(std::ostream& out, const AuthorityGraph& graph, Language language, int id);
void writeFindings(std::ostream& out, const std::vector<FindingView>& findings, Language language);
void writeNotFormalised(std::ostream& out, const std::vector<model::ClauseStatus>& clauses, Language language);

// "Ban Thường vụ (cấp trên)" for a body of a higher organisation.
std::string bodyName(const std::string& name, bool upper, Language language);

}  // namespace rasoat::report::html
