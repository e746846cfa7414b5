#include "cli/check_command.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "base/input_error.h"
#include "checks/registry.h"
#include "checks/rule_packs.h"
#include "checks/runner.h"
#include "cli/corpus_files.h"
#include "cli/limit_options.h"
#include "cli/output_file.h"
#include "cli/output_target.h"
#include "cli/project_config.h"
#include "model/model_builder.h"
#include "report/json_findings.h"
#include "report/sarif.h"
#include "report/terminal_text.h"
#include "report/text_diagnostics.h"
#include "syntax/layout_parser.h"

namespace rasoat::cli {

namespace {

namespace fs = std::filesystem;

struct CheckOptions {
  std::vector<std::string> files;
  std::vector<std::string> against;
  std::vector<std::string> corpus;
  std::string format = "text";
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string failOn = "error";
  bool failOnGiven = false;
  std::string dumpSmt;
  std::string output;
  std::string lexiconDirectory;
  unsigned jobs = 0;  // 0: one per core
};

Severity severityOf(const std::string& name) {
  if (name == "warning") return Severity::warning;
  if (name == "info") return Severity::info;
  return Severity::error;
}

std::unique_ptr<checks::CheckedDocument> analyse(const text::SourceText& source, const model::Lexicon& lexicon,
                                                 DiagnosticSink& sink, bool checked, const Limits& limits) {
  auto document = std::make_unique<checks::CheckedDocument>();
  document->source = &source;
  DiagnosticSink ignored;
  document->tree = syntax::parseLayout(source, checked ? sink : ignored, limits);
  // A corpus document is read in full only if a checked document cites it.
  document->model = checked ? model::buildModel(document->tree, lexicon, limits) : model::documentInfo(document->tree);
  for (const auto& diagnostic : document->model.diagnostics) sink.report(diagnostic);
  document->checked = checked;
  return document;
}

// Reads in full the corpus documents that are parents of a checked document,
// at any depth; the others stay unread.
void readParents(std::vector<std::unique_ptr<checks::CheckedDocument>>& documents, const model::Lexicon& lexicon,
                 const Limits& limits) {
  std::set<const checks::CheckedDocument*> needed;
  std::vector<const checks::CheckedDocument*> pending;
  for (const auto& document : documents) {
    if (document->checked) pending.push_back(document.get());
  }
  while (!pending.empty()) {
    const checks::CheckedDocument* current = pending.back();
    pending.pop_back();
    for (const auto* parent : current->parents) {
      if (needed.insert(parent).second) pending.push_back(parent);
    }
  }
  for (auto& document : documents) {
    if (!document->checked && needed.count(document.get()))
      document->model = model::buildModel(document->tree, lexicon, limits);
  }
}

void printSummary(std::ostream& out, const std::vector<std::unique_ptr<checks::CheckedDocument>>& documents,
                  const std::vector<Diagnostic>& findings, Language language, double seconds) {
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
  const double coverage = clauses == 0 ? 100.0 : 100.0 * formalised / clauses;
  if (language == Language::vi) {
    out << fmt::format(
        "{} văn bản, {} khoản/điểm, hình thức hóa {}/{} ({:.1f}%): {} lỗi, {} cảnh báo, {} thông tin ({:.2f} giây)\n",
        checked, clauses, formalised, clauses, coverage, counts[0], counts[1], counts[2], seconds);
  } else {
    out << fmt::format(
        "{} documents, {} clauses and points, {}/{} formalised ({:.1f}%): {} errors, {} warnings, {} infos ({:.2f} "
        "s)\n",
        checked, clauses, formalised, clauses, coverage, counts[0], counts[1], counts[2], seconds);
  }
}

// Fills what the command line left unset from rasoat.yaml.
bool applyProjectConfig(CheckOptions& options, CommonOptions& common, const CLI::App& app) {
  const bool languageGiven = app.get_option("--lang")->count() > 0;
  try {
    const auto config = findProjectConfig(options.files.front());
    if (!config) return true;
    // A selection on the command line replaces the file's selection as a whole.
    if (options.select.empty() && options.ignore.empty()) {
      options.select = config->select;
      options.ignore = config->ignore;
    }
    if (!options.failOnGiven && !config->failOn.empty()) options.failOn = config->failOn;
    if (!languageGiven && !config->language.empty()) common.language = config->language;
    if (options.corpus.empty()) options.corpus = config->corpus;
    if (options.lexiconDirectory.empty()) options.lexiconDirectory = config->lexicon;
    for (const auto& [key, value] : config->limits) {
      if (!limitGiven(app, key)) common.limits.*limitField(key) = value;
    }
    return true;
  } catch (const InputError& error) {
    const std::string line = error.position() ? ":" + std::to_string(error.position()->line) : "";
    std::cerr << report::terminalSafe(error.path()) << line
              << ": error: " << error.message().in(common.language == "en" ? Language::en : Language::vi) << "\n";
    return false;
  }
}

// Cited documents that are not in the corpus: said once per document (on
// stderr, like the other notes about the corpus), checked without them.
void noteMissingParents(const std::vector<std::unique_ptr<checks::CheckedDocument>>& documents, Language language) {
  for (const auto& document : documents) {
    if (!document->checked) continue;
    std::string numbers;
    for (const auto& citation : checks::missingParents(*document, documents))
      numbers += (numbers.empty() ? "" : ", ") + citation.number;
    if (numbers.empty()) continue;
    std::cerr << report::terminalSafe(document->tree.path) << ": note: "
              << report::terminalSafe(
                     language == Language::vi
                         ? "văn bản được trích dẫn không có trong kho (--corpus), kiểm tra mà không có: "
                         : "cited documents not in the corpus (--corpus), checked without them: ")
              << report::terminalSafe(numbers) << "\n";
  }
}

int runCheck(CheckOptions options, CommonOptions common, const CLI::App& app) {
  const auto started = std::chrono::steady_clock::now();
  if (!applyProjectConfig(options, common, app)) return kUsageOrInputError;
  Session session(common);
  std::optional<model::Lexicon> lexicon = session.loadLexicon(options.lexiconDirectory);
  if (!lexicon) return kUsageOrInputError;
  std::optional<checks::RulePacks> packs = session.loadRulePacks();
  if (!packs) return kUsageOrInputError;

  std::vector<std::unique_ptr<checks::CheckedDocument>> documents;
  std::set<std::string> seen;
  for (const auto& path : options.files) {
    if (!seen.insert(fs::path(path).lexically_normal().string()).second) continue;
    if (const auto* source = session.load(path))
      documents.push_back(analyse(*source, *lexicon, session.sink(), true, session.limits()));
  }
  std::vector<const checks::CheckedDocument*> against;
  for (const auto& path : options.against) {
    if (const auto* source = session.load(path)) {
      documents.push_back(analyse(*source, *lexicon, session.sink(), false, session.limits()));
      against.push_back(documents.back().get());
      seen.insert(fs::path(path).lexically_normal().string());
    }
  }
  std::vector<std::string> directories = options.corpus;
  if (directories.empty()) {
    for (const auto& path : options.files)
      directories.push_back(fs::path(path).parent_path().empty() ? "." : fs::path(path).parent_path().string());
  }
  std::vector<std::string> inputs = options.files;
  inputs.insert(inputs.end(), options.against.begin(), options.against.end());
  for (const auto& path : corpusFiles(directories, session.language())) {
    inputs.push_back(path);
    if (!seen.insert(path).second) continue;
    if (const auto* source = session.loadQuietly(path))
      documents.push_back(analyse(*source, *lexicon, session.sink(), false, session.limits()));
  }
  checks::linkParents(documents, against, session.sink(), session.limits());
  readParents(documents, *lexicon, session.limits());
  noteMissingParents(documents, session.language());

  // Every output is written whole or not at all, and never over an input
  // (the corpus files included).
  OutputTarget output;
  if (!output.open(options.output, inputs)) return kUsageOrInputError;
  std::ostream& out = output.stream();
  std::unique_ptr<OutputFile> smtFile;
  if (!options.dumpSmt.empty()) {
    smtFile = std::make_unique<OutputFile>(options.dumpSmt, inputs);
    if (!smtFile->ok()) {
      std::cerr << "rasoat: error: " << report::terminalSafe(smtFile->error()) << "\n";
      return kUsageOrInputError;
    }
  }
  const checks::Selection selection(options.select, options.ignore);
  const unsigned threads = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  checks::runChecksInParallel(documents, *lexicon, *packs, selection, session.sink(), threads,
                              smtFile ? &smtFile->stream() : nullptr);
  if (smtFile && !smtFile->commit()) {
    std::cerr << "rasoat: error: " << report::terminalSafe(smtFile->error()) << "\n";
    return kUsageOrInputError;
  }

  std::vector<Diagnostic> findings;
  for (auto& diagnostic : session.sink().sorted()) {
    if (diagnostic.code.empty() || selection.enabled(diagnostic.code)) findings.push_back(std::move(diagnostic));
  }
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
    out << report::toSarif(findings, rules, session.language())
               .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
        << "\n";
  } else if (options.format == "json") {
    nlohmann::ordered_json json{
        {"version", 1}, {"documents", nlohmann::ordered_json::array()}, {"findings", nlohmann::ordered_json::array()}};
    for (const auto& document : documents) {
      if (!document->checked) continue;
      json["documents"].push_back({{"path", report::validUtf8(document->tree.path)},
                                   {"number", document->model.number},
                                   {"clauses", document->model.clauseCount()},
                                   {"formalised", document->model.formalisedCount()}});
    }
    for (const auto& finding : findings) json["findings"].push_back(report::findingJson(finding, session.language()));
    out << json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  } else {
    report::TextStyle style{session.language(), session.colour()};
    auto lookup = [&session](const std::string& path) { return session.find(path); };
    for (const auto& finding : findings) out << report::renderDiagnostic(finding, lookup, style);
    printSummary(out, documents, findings, session.language(), seconds);
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
      "check", "Check regulations: overlaps, gaps, conflicts with higher levels, structure, clarity");
  command->add_option("files", options->files, "Regulation files (.qc)")->required();
  command->add_option("--against", options->against, "Higher-level documents to check against (besides those cited)")
      ->allow_extra_args(false);
  command
      ->add_option("--corpus", options->corpus,
                   "Directories where cited documents are looked up (default: the files' directories)")
      ->allow_extra_args(false);
  command->add_option("--format", options->format, "text (default), json or sarif")
      ->check(CLI::IsMember({"text", "json", "sarif"}));
  command->add_option("--select", options->select, "Only these codes or prefixes (O001, O, S00), comma-separated")
      ->delimiter(',')
      ->allow_extra_args(false);
  command->add_option("--ignore", options->ignore, "Skip these codes or prefixes, comma-separated")
      ->delimiter(',')
      ->allow_extra_args(false);
  CLI::Option* failOn =
      command->add_option("--fail-on", options->failOn, "Exit 1 when a finding reaches: error (default), warning, info")
          ->check(CLI::IsMember({"error", "warning", "info"}));
  command->add_option("--jobs,-j", options->jobs, "Documents checked in parallel (default: one per core)");
  command->add_option("--dump-smt", options->dumpSmt, "Write the SMT-LIB of every solver query to this file");
  command->add_option("--output,-o", options->output, "Write the report to this file (whole or not at all)");
  command->add_option("--lexicon", options->lexiconDirectory, "Directory of lexicon YAML files");
  command->callback([options, failOn, &app, &common, &status] {
    options->failOnGiven = failOn->count() > 0;
    status = runCheck(*options, common, app);
  });
}

void addCatalogueCommands(CLI::App& app, CommonOptions& common, int& status) {
  auto code = std::make_shared<std::string>();
  CLI::App* explain = app.add_subcommand("explain", "Explain one check");
  explain->add_option("code", *code, "Check code, e.g. O001")->required();
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
  CLI::App* rules = app.add_subcommand("rules", "List the catalogue of checks");
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
