#include "checks/registry.h"

#include <algorithm>
#include <cctype>

#include "checks/catalogue.h"

namespace rasoat::checks {

const std::vector<std::unique_ptr<Check>>& allChecks() {
  static const std::vector<std::unique_ptr<Check>> checks = [] {
    std::vector<std::unique_ptr<Check>> list;
    // Sorted by code; one line per check.
    list.push_back(makeStructureChange());          // A001
    list.push_back(makeAuthorityChange());          // A002
    list.push_back(makeMissingTarget());            // A003
    list.push_back(makeNoActor());                  // C001
    list.push_back(makeNoDeadline());               // C002
    list.push_back(makeVagueTerms());               // C003
    list.push_back(makeNoAccountability());         // C004
    list.push_back(makeDelegationCycle());          // D001
    list.push_back(makeExcessDelegation());         // D002
    list.push_back(makeRequiredMatter());           // G001
    list.push_back(makeScopeGap());                 // G002
    list.push_back(makeDelegationWithoutReport());  // G003
    list.push_back(makeMissingMeetingRule());       // G004
    list.push_back(makeRequiredByHigher());         // G005
    list.push_back(makeReservedPower());            // H001
    list.push_back(makeLooserParameter());          // H002
    list.push_back(makeForbiddenDelegation());      // H003
    list.push_back(makeProhibitionContradicted());  // H004
    list.push_back(makeReplacedCitation());         // H005
    list.push_back(makeOverlap());                  // O001
    list.push_back(makeRedundantProvision());       // O002
    list.push_back(makeContradiction());            // O003
    list.push_back(makeJointDecision());            // O004
    list.push_back(makeSyntaxError());              // S001
    list.push_back(makeNumbering());                // S002
    list.push_back(makeReferences());               // S003
    list.push_back(makeEmptyUnit());                // S004
    list.push_back(makeUnknownActor());             // S005
    list.push_back(makeNotFormalised());            // S006
    list.push_back(makePartlyRead());               // S007
    return list;
  }();
  return checks;
}

const Check* findCheck(std::string_view code) {
  for (const auto& check : allChecks()) {
    if (check->info().code == code) return check.get();
  }
  return nullptr;
}

std::vector<std::string> normaliseCodes(std::vector<std::string> patterns) {
  for (auto& pattern : patterns) {
    std::transform(pattern.begin(), pattern.end(), pattern.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  }
  return patterns;
}

std::vector<std::string> unknownCodes(const std::vector<std::string>& patterns) {
  std::vector<std::string> unknown;
  for (const auto& pattern : normaliseCodes(patterns)) {
    const bool known = pattern == "ALL" || std::any_of(allChecks().begin(), allChecks().end(), [&](const auto& check) {
                         return !pattern.empty() && check->info().code.rfind(pattern, 0) == 0;
                       });
    if (!known) unknown.push_back(pattern);
  }
  return unknown;
}

std::string explanationPath(std::string_view code) {
  return model::Lexicon::defaultRulesDirectory() + "/checks/" + std::string(code) + ".md";
}

}  // namespace rasoat::checks
