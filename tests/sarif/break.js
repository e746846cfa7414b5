#!/usr/bin/env node
// Writes a copy of a valid SARIF log with one deliberate defect, so that the
// SARIF test can show that its validators reject what they must.
// Usage: node break.js VALID_LOG DEFECT OUT
'use strict';

const fs = require('fs');

// Each defect touches the first result that has a location.
const defects = {
  'level-fatal': (log, result) => { result.level = 'fatal'; },  // not in the enum of result.level
  'no-version': (log) => { delete log.version; },  // a required property of the log
  'start-line-zero': (log, result) => { result.locations[0].physicalLocation.region.startLine = 0; },  // lines count from 1
  'no-rule-id': (log, result) => { delete result.ruleId; delete result.ruleIndex; },  // SARIF §3.27.5, not the schema
  'uri-with-leading-slash': (log, result) => {  // a relative reference that cannot be resolved against a base
    result.locations[0].physicalLocation.artifactLocation.uri = '/tmp/quy-che.qc';
  },
};

const [input, defect, output] = process.argv.slice(2);
if (!defects[defect] || !output) {
  console.error(`usage: node break.js VALID_LOG {${Object.keys(defects).join('|')}} OUT`);
  process.exit(64);
}
const log = JSON.parse(fs.readFileSync(input, 'utf8'));
const result = log.runs[0].results.find((r) => r.locations?.[0]?.physicalLocation?.region);
if (!result) {
  console.error(`${input}: no result with a region to break`);
  process.exit(1);
}
defects[defect](log, result);
fs.writeFileSync(output, JSON.stringify(log, null, 2));
