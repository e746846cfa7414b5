#include "cli/session.h"

#include <unistd.h>

#include <iostream>

#include "base/input_error.h"
#include "checks/rule_packs.h"
#include "report/terminal_text.h"

namespace rasoat::cli {

Session::Session(CommonOptions options)
    : options_(std::move(options)),
      language_(options_.language == "en" ? Language::en : Language::vi),
      colour_(options_.colour == "always" || (options_.colour == "auto" && isatty(STDERR_FILENO) != 0)) {}

// Reads a file into the session; throws InputError.
const text::SourceText* Session::read(const std::string& path) {
  // A path given twice is read once: replacing it would leave the first
  // pointer dangling.
  if (const auto it = sources_.find(path); it != sources_.end()) return it->second.get();
  auto source = std::make_unique<text::SourceText>(text::SourceText::load(path, options_.limits, options_.reading));
  const text::SourceText* loaded = source.get();
  for (const LocalizedText& note : loaded->readingNotes()) {
    std::cerr << report::terminalSafe(path) << ": note: " << report::terminalSafe(note.in(language_)) << "\n";
  }
  sources_[path] = std::move(source);
  return loaded;
}

// "file:line:column: error: message", and exit status 2 at the end.
void Session::reportInputError(const InputError& error, bool withColumn) {
  ++inputErrors_;
  std::string where = report::terminalSafe(error.path());
  if (error.position()) {
    where += ":" + std::to_string(error.position()->line);
    if (withColumn) where += ":" + std::to_string(error.position()->column);
  }
  std::cerr << where << ": error: " << report::terminalSafe(error.message().in(language_)) << "\n";
}

const text::SourceText* Session::load(const std::string& path) {
  // Loaded once: documents already analysed keep pointing at it.
  if (const text::SourceText* loaded = find(path)) return loaded;
  try {
    return read(path);
  } catch (const InputError& error) {
    reportInputError(error, true);
    return nullptr;
  }
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

const text::SourceText* Session::loadQuietly(const std::string& path) {
  try {
    return read(path);
  } catch (const InputError& error) {
    std::cerr << report::terminalSafe(error.path()) << ": warning: "
              << (language_ == Language::vi ? "bỏ qua tệp trong kho văn bản: " : "skipping corpus file: ")
              << report::terminalSafe(error.message().in(language_)) << "\n";
    return nullptr;
  }
}

const text::SourceText* Session::find(const std::string& path) const {
  auto found = sources_.find(path);
  return found == sources_.end() ? nullptr : found->second.get();
}

void Session::printDiagnostics() const {
  report::TextStyle style{language_, colour_};
  auto lookup = [this](const std::string& path) { return find(path); };
  for (const Diagnostic& diagnostic : sink_.sorted()) std::cerr << report::renderDiagnostic(diagnostic, lookup, style);
}

int Session::exitStatus(Severity failOn) const {
  if (inputErrors_ > 0) return kUsageOrInputError;
  for (const Diagnostic& diagnostic : sink_.all()) {
    if (static_cast<int>(diagnostic.severity) <= static_cast<int>(failOn)) return kFindings;
  }
  return kSuccess;
}

}  // namespace rasoat::cli
