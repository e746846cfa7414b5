#include "cli/session.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string_view>

#include "base/input_error.h"
#include "checks/rule_packs.h"
#include "cli/progress_line.h"
#include "report/terminal_text.h"

namespace rasoat::cli {

Session::Session(CommonOptions options)
    : options_(std::move(options)),
      language_(options_.language == "en" ? Language::en : Language::vi),
      workspace_(options_.limits, this, options_.reading) {}

bool Session::colourFor(int fd) const {
  if (options_.colour != "auto") return options_.colour == "always";
  // https://no-color.org: any non-empty NO_COLOR turns colour off.
  const char* noColour = std::getenv("NO_COLOR");
  if (noColour != nullptr && *noColour != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string_view(term) == "dumb") return false;
  return isatty(fd) != 0;
}

// "file:line:column: error: message", and exit status 2 at the end.
void Session::reportInputError(const InputError& error, bool withColumn) {
  ++inputErrors_;
  errors_.push_back(error);
  ProgressLine::clearForMessage();
  std::string where = report::terminalSafe(error.path());
  if (error.position()) {
    where += ":" + std::to_string(error.position()->line);
    if (withColumn) where += ":" + std::to_string(error.position()->column);
  }
  std::cerr << where << ": error: " << report::terminalSafe(error.message().in(language_)) << "\n";
}

void Session::warning(const std::string& path, const LocalizedText& message) {
  ProgressLine::clearForMessage();
  std::cerr << report::terminalSafe(path) << ": warning: " << report::terminalSafe(message.in(language_)) << "\n";
}

void Session::note(const std::string& path, const LocalizedText& message) {
  ProgressLine::clearForMessage();
  std::cerr << report::terminalSafe(path) << ": note: " << report::terminalSafe(message.in(language_)) << "\n";
}

std::optional<model::Lexicon> Session::loadLexicon(const std::string& directory) {
  try {
    return directory.empty() ? model::Lexicon::loadDefault() : model::Lexicon::loadDirectory(directory);
  } catch (const InputError& error) {
    reportInputError(error, false);
    return std::nullopt;
  }
}

std::optional<checks::RulePacks> Session::loadRulePacks() {
  try {
    return checks::loadRulePacks(model::Lexicon::defaultRulesDirectory() + "/packs");
  } catch (const InputError& error) {
    reportInputError(error, false);
    return std::nullopt;
  }
}

void Session::printDiagnostics() const {
  report::TextStyle style{language_, colourFor(STDERR_FILENO)};
  auto lookup = [this](const std::string& path) { return find(path); };
  ProgressLine::clearForMessage();
  for (const Diagnostic& diagnostic : workspace_.sink().sorted())
    std::cerr << report::renderDiagnostic(diagnostic, lookup, style);
}

int Session::exitStatus(Severity failOn) const {
  if (inputErrors_ > 0) return kUsageOrInputError;
  for (const Diagnostic& diagnostic : workspace_.sink().all()) {
    if (static_cast<int>(diagnostic.severity) <= static_cast<int>(failOn)) return kFindings;
  }
  return kSuccess;
}

}  // namespace rasoat::cli
