#pragma once

#include <ostream>
#include <string>

#include "report/report_data.h"

namespace rasoat::report {

// The report as a workbook: the overview on the first sheet (one row per
// document, as in the HTML report), every finding on the second, both with a
// filter on their header row. "" or what went wrong (English).
std::string writeOverviewXlsx(std::ostream& out, const ReportData& data, Language language);

}  // namespace rasoat::report
