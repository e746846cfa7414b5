#pragma once

#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "cli/checked_documents.h"
#include "cli/session.h"

namespace rasoat::cli {

// The language of the help and of usage errors, read from the command line
// before it is parsed ("--lang en", "--lang=en"): CLI11 writes its help while
// parsing, so the language must be known before the options are declared.
std::string languageOfArguments(int argc, const char* const* argv);

// A help text in the run's language.
std::string say(const CommonOptions& common, std::string_view vi, std::string_view en);

// CLI11's labels ("Usage", "OPTIONS", ...) and the help flag in the run's language.
void localiseHelp(CLI::App& app, const CommonOptions& common);

// The options of every command that checks documents (check, report, ...):
// --against, --corpus, --select, --ignore, --jobs, --lexicon.
void addDocumentInputOptions(CLI::App& command, DocumentInputs& inputs, const CommonOptions& common);

// A usage error of the command line in the run's language, with what to do next.
std::string usageErrorMessage(const CLI::App& app, const CLI::ParseError& error, const CommonOptions& common, int argc,
                              const char* const* argv);

}  // namespace rasoat::cli
