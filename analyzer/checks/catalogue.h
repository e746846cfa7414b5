#pragma once

#include <memory>

#include "amend/amendment.h"
#include "checks/check.h"

// The factories of the catalogue; registry.cpp lists them sorted by code.
namespace rasoat::checks {

std::unique_ptr<Check> makeStructureChange();          // A001
std::unique_ptr<Check> makeAuthorityChange();          // A002
std::unique_ptr<Check> makeMissingTarget();            // A003
std::unique_ptr<Check> makeNoActor();                  // C001
std::unique_ptr<Check> makeNoDeadline();               // C002
std::unique_ptr<Check> makeVagueTerms();               // C003
std::unique_ptr<Check> makeNoAccountability();         // C004
std::unique_ptr<Check> makeDelegationCycle();          // D001
std::unique_ptr<Check> makeExcessDelegation();         // D002
std::unique_ptr<Check> makeRequiredMatter();           // G001
std::unique_ptr<Check> makeScopeGap();                 // G002
std::unique_ptr<Check> makeDelegationWithoutReport();  // G003
std::unique_ptr<Check> makeMissingMeetingRule();       // G004
std::unique_ptr<Check> makeRequiredByHigher();         // G005
std::unique_ptr<Check> makeReservedPower();            // H001
std::unique_ptr<Check> makeLooserParameter();          // H002
std::unique_ptr<Check> makeForbiddenDelegation();      // H003
std::unique_ptr<Check> makeProhibitionContradicted();  // H004
std::unique_ptr<Check> makeReplacedCitation();         // H005
std::unique_ptr<Check> makeOverlap();                  // O001
std::unique_ptr<Check> makeRedundantProvision();       // O002
std::unique_ptr<Check> makeContradiction();            // O003
std::unique_ptr<Check> makeJointDecision();            // O004
std::unique_ptr<Check> makeSyntaxError();              // S001
std::unique_ptr<Check> makeNumbering();                // S002
std::unique_ptr<Check> makeReferences();               // S003
std::unique_ptr<Check> makeEmptyUnit();                // S004
std::unique_ptr<Check> makeUnknownActor();             // S005
std::unique_ptr<Check> makeNotFormalised();            // S006
std::unique_ptr<Check> makePartlyRead();               // S007

// A003's findings for the instructions that could not be applied; `rasoat
// apply` reports them the same way, without running the catalogue.
std::vector<Diagnostic> missingTargetFindings(const std::vector<amend::Failure>& failures);

}  // namespace rasoat::checks
