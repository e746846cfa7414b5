#include "cli/check_command.h"

#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "checks/registry.h"
#include "checks/rule_packs.h"
#include "checks/runner.h"
#include "cli/baseline.h"
#include "cli/checked_documents.h"
#include "cli/help_text.h"
#include "cli/output_file.h"
#include "cli/output_target.h"
#include "cli/progress_line.h"
#include "cli/statistics.h"
#include "report/finding_positions.h"
#include "report/fingerprint.h"
#include "report/json_findings.h"
#include "report/sarif.h"
#include "report/terminal_text.h"
#include "report/text_diagnostics.h"

namespace rasoat::cli {

namespace {

struct CheckOptions : DocumentInputs {
  std::string format = "text";
  std::string failOn = "error";
  bool failOnGiven = false;
  std::string dumpSmt;
  std::string output;
  bool statistics = false;
};

Severity severityOf(const std::string& name) {
  if (name == "warning") return Severity::warning;
  if (name == "info") return Severity::info;
  return Severity::error;
}

void printSummary(std::ostream& out, const std::vector<std::unique_ptr<checks::CheckedDocument>>& documents,
                  const std::vector<Diagnostic>& findings, const std::string& accepted, Language language,
                  double seconds) {
  int checked = 0, clauses = 0, formalised = 0;
  for (const auto& document : documents) {
    if (!document->checked) continue;
    ++checked;
    clauses += document->model.clauseCount();
    formalised += document->model.formalisedCount();
  }
  int counts[3] = {0, 0, 0};
  for (const auto& finding : findings) {
    if (finding.severity != Severity::note) ++counts[static_cast<int>(finding.severity)];
  }
  // No clause read is no coverage to speak of, not a full one.
  const std::string coverage = clauses == 0 ? "–" : fmt::format("{:.1f}%", 100.0 * formalised / clauses);
  if (language == Language::vi) {
    out << fmt::format(
        "{} văn bản, {} khoản/điểm, hình thức hóa {}/{} ({}): {} lỗi, {} cảnh báo, {} thông tin{} ({:.2f} giây)\n",
        checked, clauses, formalised, clauses, coverage, counts[0], counts[1], counts[2], accepted, seconds);
  } else {
    out << fmt::format(
        "{} documents, {} clauses and points, {}/{} formalised ({}): {} errors, {} warnings, {} infos{} ({:.2f} "
        "s)\n",
        checked, clauses, formalised, clauses, coverage, counts[0], counts[1], counts[2], accepted, seconds);
  }
}

int runCheck(CheckOptions options, CommonOptions common, const CLI::App& app) {
  const auto started = std::chrono::steady_clock::now();
  if (!applyProjectConfig(options, common, app, options.failOnGiven ? nullptr : &options.failOn))
    return kUsageOrInputError;
  Session session(common);
  // From the start: reading many documents takes longer than checking them.
  auto progress = std::make_unique<ProgressLine>(session.language());
  const std::optional<checks::RulePacks> packs = loadCheckInputs(options, session);
  if (!packs) return kUsageOrInputError;
  const auto& documents = session.workspace().documents();
  const model::Lexicon& lexicon = session.workspace().lexicon();

  // Every output is written whole or not at all, and never over an input
  // (the corpus files included).
  const std::vector<std::string> inputs = inputPaths(options, session.workspace());
  OutputTarget output(session.language());
  if (!output.open(options.output, inputs)) return kUsageOrInputError;
  std::ostream& out = output.stream();
  std::unique_ptr<OutputFile> smtFile;
  if (!options.dumpSmt.empty()) {
    smtFile = std::make_unique<OutputFile>(options.dumpSmt, inputs);
    if (!smtFile->ok()) {
      std::cerr << "rasoat: error: " << report::terminalSafe(smtFile->message().in(session.language())) << "\n";
      return kUsageOrInputError;
    }
  }
  const checks::Selection selection(options.select, options.ignore);
  {
    checks::runChecksInParallel(documents, lexicon, *packs, selection, session.sink(), threadCount(options.jobs),
                                smtFile ? &smtFile->stream() : nullptr,
                                [&progress](std::size_t done, std::size_t total) { progress->update(done, total); });
  }
  progress.reset();  // erased before the findings are printed
  if (smtFile && !smtFile->commit()) {
    std::cerr << "rasoat: error: " << report::terminalSafe(smtFile->message().in(session.language())) << "\n";
    return kUsageOrInputError;
  }

  std::vector<Diagnostic> selected = selectedFindings(session, selection);
  report::locateFindings(
      selected,
      [&documents](const std::string& path) -> const syntax::Document* {
        for (const auto& document : documents) {
          if (document->tree.path == path) return &document->tree;
        }
        return nullptr;
      },
      [&session](const std::string& path) { return session.find(path); });
  const report::FindingIdentities identities(documents);
  const std::optional<TriagedFindings> triaged =
      acceptFindings(options.accepting, selected, identities, inputs, session.language());
  if (!triaged) return kUsageOrInputError;
  const std::vector<Diagnostic>& findings = triaged->reported;
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (options.format == "sarif") {
    std::vector<report::SarifRule> rules;
    for (const auto& check : checks::allChecks()) {
      const auto& info = check->info();
      std::ifstream help(checks::explanationPath(info.code));
      std::ostringstream text;
      text << help.rdbuf();
      rules.push_back(report::SarifRule{info.code, info.name, info.severity, info.summary, text.str()});
    }
    out << report::toSarif(triaged->all, rules, session.language())
               .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
        << "\n";
  } else if (options.format == "json") {
    nlohmann::ordered_json json{{"version", 1},
                                {"documents", nlohmann::ordered_json::array()},
                                {"findings", nlohmann::ordered_json::array()},
                                {"accepted", triaged->accepted()}};
    for (const auto& document : documents) {
      if (!document->checked) continue;
      json["documents"].push_back({{"path", report::validUtf8(document->tree.path)},
                                   {"number", document->model.number},
                                   {"clauses", document->model.clauseCount()},
                                   {"formalised", document->model.formalisedCount()}});
    }
    for (const auto& entry : triaged->all) {
      if (entry.acceptedBecause) continue;
      nlohmann::ordered_json finding = report::findingJson(entry.diagnostic, session.language());
      // The numbered clause its identity rests on; else where the finding is
      // ("Điều 9" for a duplicated article heading), not nothing.
      finding["unit"] = entry.unit.empty() ? entry.diagnostic.unitPath : entry.unit;
      finding["fingerprint"] =
          entry.fingerprint.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(entry.fingerprint);
      json["findings"].push_back(std::move(finding));
    }
    if (options.statistics) json["statistics"] = statisticsJson(countByCode(findings));
    out << json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  } else if (options.statistics) {
    printStatistics(out, countByCode(findings), session.language());
    printSummary(out, documents, findings, acceptedSuffix(*triaged, session.language()), session.language(), seconds);
  } else {
    report::TextStyle style{session.language(), options.output.empty() && session.colourFor(STDOUT_FILENO)};
    auto lookup = [&session](const std::string& path) { return session.find(path); };
    for (const auto& finding : findings) out << report::renderDiagnostic(finding, lookup, style);
    printSummary(out, documents, findings, acceptedSuffix(*triaged, session.language()), session.language(), seconds);
  }
  if (!output.finish(!session.hadInputError())) return kUsageOrInputError;
  if (session.hadInputError()) return kUsageOrInputError;
  const Severity failOn = severityOf(options.failOn);
  for (const auto& finding : findings) {
    if (static_cast<int>(finding.severity) <= static_cast<int>(failOn)) return kFindings;
  }
  return kSuccess;
}

}  // namespace

void addCheckCommand(CLI::App& app, CommonOptions& common, int& status) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* command = app.add_subcommand(
      "check", say(common, "Kiểm tra quy chế: chồng chéo, lỗ hổng, trái với cấp trên, cấu trúc, tính rõ ràng",
                   "Check regulations: overlaps, gaps, conflicts with higher levels, structure, clarity"));
  command
      ->add_option("files", options->files,
                   say(common, "Các tệp quy chế, hoặc thư mục chứa chúng", "Regulation files, or directories of them"))
      ->required();
  addDocumentInputOptions(*command, *options, common);
  command
      ->add_option("--format", options->format,
                   say(common, "text (mặc định), json hoặc sarif", "text (default), json or sarif"))
      ->check(CLI::IsMember({"text", "json", "sarif"}));
  CLI::Option* failOn =
      command
          ->add_option("--fail-on", options->failOn,
                       say(common, "Trả mã 1 khi có phát hiện từ mức: error (mặc định), warning, info",
                           "Exit 1 when a finding reaches: error (default), warning, info"))
          ->check(CLI::IsMember({"error", "warning", "info"}));
  command->add_option("--dump-smt", options->dumpSmt,
                      say(common, "Ghi SMT-LIB của mọi truy vấn Z3 vào tệp này",
                          "Write the SMT-LIB of every solver query to this file"));
  command->add_option("--output,-o", options->output,
                      say(common, "Ghi kết quả vào tệp này (trọn vẹn hoặc không ghi)",
                          "Write the report to this file (whole or not at all)"));
  command->add_flag("--statistics", options->statistics,
                    say(common, "Chỉ in số phát hiện theo từng mã (văn bản) hoặc thêm mục \"statistics\" (JSON)",
                        "Print only the number of findings per code (text), or add \"statistics\" (JSON)"));
  addAcceptOptions(*command, options->accepting, common);
  command->callback([options, failOn, &app, &common, &status] {
    options->failOnGiven = failOn->count() > 0;
    status = runCheck(*options, common, app);
  });
}

void addCatalogueCommands(CLI::App& app, CommonOptions& common, int& status) {
  auto code = std::make_shared<std::string>();
  CLI::App* explain = app.add_subcommand("explain", say(common, "Giải thích một phép kiểm tra", "Explain one check"));
  explain->add_option("code", *code, say(common, "Mã kiểm tra, ví dụ O001", "Check code, e.g. O001"))->required();
  explain->callback([code, &common, &status] {
    const checks::Check* check = checks::findCheck(*code);
    if (!check) {
      std::cerr << "rasoat: error: " << (common.language == "en" ? "unknown check code " : "không có mã kiểm tra ")
                << *code << "\n";
      status = kUsageOrInputError;
      return;
    }
    std::ifstream in(checks::explanationPath(*code));
    if (!in) {
      std::cerr << "rasoat: error: missing explanation " << checks::explanationPath(*code) << "\n";
      status = kUsageOrInputError;
      return;
    }
    std::cout << in.rdbuf();
    status = kSuccess;
  });
  CLI::App* rules =
      app.add_subcommand("rules", say(common, "Danh mục các phép kiểm tra", "List the catalogue of checks"));
  rules->callback([&common, &status] {
    const Language language = common.language == "en" ? Language::en : Language::vi;
    for (const auto& check : checks::allChecks()) {
      const auto& info = check->info();
      std::cout << fmt::format("{}  {:<8} {:<26} {}\n", info.code, severityName(info.severity), info.name,
                               info.summary.in(language));
    }
    status = kSuccess;
  });
}

}  // namespace rasoat::cli
