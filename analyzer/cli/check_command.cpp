#include "cli/check_command.h"

#include <algorithm>
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
#include "cli/amendment_inputs.h"
#include "cli/output_file.h"
#include "cli/project_config.h"
#include "model/model_builder.h"
#include "report/json_findings.h"
#include "report/sarif.h"
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
  std::string lexiconDirectory;
  unsigned jobs = 0;  // 0: one per core
};

Severity severityOf(const std::string& name) {
  if (name == "warning") return Severity::warning;
  if (name == "info") return Severity::info;
  return Severity::error;
}

// The regulations of the corpus directories, for finding parents by number.
std::vector<std::string> corpusFiles(const std::vector<std::string>& directories) {
  std::set<std::string> files;
  for (const auto& directory : directories) {
    std::error_code error;
    if (!fs::is_directory(directory, error)) continue;
    for (fs::recursive_directory_iterator it(directory, fs::directory_options::skip_permission_denied, error), end;
         it != end && !error; it.increment(error)) {
      if (it->is_regular_file(error) && it->path().extension() == ".qc")
        files.insert(it->path().lexically_normal().string());
    }
  }
  return {files.begin(), files.end()};
}

std::unique_ptr<checks::CheckedDocument> analyse(const text::SourceText& source, const model::Lexicon& lexicon,
                                                 DiagnosticSink& sink, bool checked) {
  auto document = std::make_unique<checks::CheckedDocument>();
  document->source = &source;
  DiagnosticSink ignored;
  document->tree = syntax::parseLayout(source, checked ? sink : ignored);
  // A corpus document is read in full only if a checked document cites it.
  document->model = checked ? model::buildModel(document->tree, lexicon) : model::documentInfo(document->tree);
  document->checked = checked;
  return document;
}

// The base of an amending document: not checked itself, but read in full, as
// the version the consolidated text replaces.
std::unique_ptr<checks::CheckedDocument> analyseAmended(const AmendedRegulation& amended, const model::Lexicon& lexicon,
                                                        DiagnosticSink& sink) {
  auto base = analyse(*amended.base, lexicon, sink, false);
  base->model = model::buildModel(base->tree, lexicon);
  return base;
}

// Reads in full the corpus documents that are parents of a checked document,
// at any depth; the others stay unread.
void readParents(std::vector<std::unique_ptr<checks::CheckedDocument>>& documents, const model::Lexicon& lexicon) {
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
      document->model = model::buildModel(document->tree, lexicon);
  }
}

void printSummary(const std::vector<std::unique_ptr<checks::CheckedDocument>>& documents,
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
    std::cout << fmt::format(
        "{} văn bản, {} khoản/điểm, hình thức hóa {}/{} ({:.1f}%): {} lỗi, {} cảnh báo, {} thông tin ({:.2f} giây)\n",
        checked, clauses, formalised, clauses, coverage, counts[0], counts[1], counts[2], seconds);
  } else {
    std::cout << fmt::format(
        "{} documents, {} clauses and points, {}/{} formalised ({:.1f}%): {} errors, {} warnings, {} infos ({:.2f} "
        "s)\n",
        checked, clauses, formalised, clauses, coverage, counts[0], counts[1], counts[2], seconds);
  }
}

// Fills what the command line left unset from rasoat.yaml.
bool applyProjectConfig(CheckOptions& options, CommonOptions& common, bool languageGiven) {
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
    return true;
  } catch (const InputError& error) {
    const std::string line = error.position() ? ":" + std::to_string(error.position()->line) : "";
    std::cerr << error.path() << line
              << ": error: " << error.message().in(common.language == "en" ? Language::en : Language::vi) << "\n";
    return false;
  }
}

int runCheck(CheckOptions options, CommonOptions common, bool languageGiven) {
  const auto started = std::chrono::steady_clock::now();
  if (!applyProjectConfig(options, common, languageGiven)) return kUsageOrInputError;
  Session session(common);
  std::optional<model::Lexicon> lexicon = session.loadLexicon(options.lexiconDirectory);
  if (!lexicon) return kUsageOrInputError;
  std::optional<checks::RulePacks> packs = session.loadRulePacks();
  if (!packs) return kUsageOrInputError;

  std::vector<std::unique_ptr<checks::CheckedDocument>> documents;
  std::set<std::string> seen;
  // An amending document given with its base is checked as the consolidated text.
  std::optional<AmendmentInputs> amendmentInputs = resolveAmendmentInputs(session, options.files);
  if (!amendmentInputs) {
    session.printDiagnostics();
    return kUsageOrInputError;
  }
  for (const auto& path : amendmentInputs->regulations) {
    if (!seen.insert(fs::path(path).lexically_normal().string()).second) continue;
    if (const auto* source = session.find(path)) documents.push_back(analyse(*source, *lexicon, session.sink(), true));
  }
  for (const auto& amended : amendmentInputs->amended) {
    seen.insert(fs::path(amended->base->path()).lexically_normal().string());
    seen.insert(fs::path(amended->amending->path()).lexically_normal().string());
    documents.push_back(analyseAmended(*amended, *lexicon, session.sink()));
    documents.push_back(analyse(*amended->consolidated, *lexicon, session.sink(), true));
    documents.back()->previous = documents[documents.size() - 2].get();
    documents.back()->consolidation = amended->consolidation;
  }
  std::vector<const checks::CheckedDocument*> against;
  for (const auto& path : options.against) {
    if (const auto* source = session.load(path)) {
      documents.push_back(analyse(*source, *lexicon, session.sink(), false));
      against.push_back(documents.back().get());
      seen.insert(fs::path(path).lexically_normal().string());
    }
  }
  std::vector<std::string> directories = options.corpus;
  if (directories.empty()) {
    for (const auto& path : options.files)
      directories.push_back(fs::path(path).parent_path().empty() ? "." : fs::path(path).parent_path().string());
  }
  for (const auto& path : corpusFiles(directories)) {
    if (!seen.insert(path).second) continue;
    if (const auto* source = session.loadQuietly(path))
      documents.push_back(analyse(*source, *lexicon, session.sink(), false));
  }
  checks::linkParents(documents, against, session.sink());
  readParents(documents, *lexicon);

  // The SMT-LIB dump is written whole or not at all, and never over an input.
  std::vector<std::string> inputs = options.files;
  inputs.insert(inputs.end(), options.against.begin(), options.against.end());
  std::unique_ptr<OutputFile> smtFile;
  if (!options.dumpSmt.empty()) {
    smtFile = std::make_unique<OutputFile>(options.dumpSmt, inputs);
    if (!smtFile->ok()) {
      std::cerr << "rasoat: error: " << smtFile->error() << "\n";
      return kUsageOrInputError;
    }
  }
  const checks::Selection selection(options.select, options.ignore);
  const unsigned threads = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  checks::runChecksInParallel(documents, *lexicon, *packs, selection, session.sink(), threads,
                              smtFile ? &smtFile->stream() : nullptr);
  if (smtFile && !smtFile->commit()) {
    std::cerr << "rasoat: error: " << smtFile->error() << "\n";
    return kUsageOrInputError;
  }

  std::vector<Diagnostic> findings;
  for (auto& diagnostic : session.sink().sorted()) {
    if (!diagnostic.code.empty() && !selection.enabled(diagnostic.code)) continue;
    // Findings on a consolidated text are reported where the user wrote the line.
    for (const auto& amended : amendmentInputs->amended) amended->remap(diagnostic);
    findings.push_back(std::move(diagnostic));
  }
  std::stable_sort(findings.begin(), findings.end(), diagnosticLess);
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
    std::cout << report::toSarif(findings, rules, session.language()).dump(2) << "\n";
  } else if (options.format == "json") {
    nlohmann::ordered_json json{
        {"version", 1}, {"documents", nlohmann::ordered_json::array()}, {"findings", nlohmann::ordered_json::array()}};
    for (const auto& document : documents) {
      if (!document->checked) continue;
      json["documents"].push_back({{"path", document->tree.path},
                                   {"number", document->model.number},
                                   {"clauses", document->model.clauseCount()},
                                   {"formalised", document->model.formalisedCount()}});
    }
    for (const auto& finding : findings) json["findings"].push_back(report::findingJson(finding, session.language()));
    std::cout << json.dump(2) << "\n";
  } else {
    report::TextStyle style{session.language(), session.colour()};
    auto lookup = [&session](const std::string& path) { return session.find(path); };
    for (const auto& finding : findings) std::cout << report::renderDiagnostic(finding, lookup, style);
    printSummary(documents, findings, session.language(), seconds);
  }
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
  command->add_option("--lexicon", options->lexiconDirectory, "Directory of lexicon YAML files");
  command->callback([options, failOn, &app, &common, &status] {
    options->failOnGiven = failOn->count() > 0;
    status = runCheck(*options, common, app.get_option("--lang")->count() > 0);
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
