#!/usr/bin/env node
// The verdict on SARIF logs, from two validators:
//  - the SARIF Multitool's report (its own SARIF log, written with -o): the
//    Multitool exits 0 whatever it finds, so its findings are read here;
//  - the SARIF 2.1.0 JSON schema that the Multitool ships, checked with ajv:
//    the Multitool 5.7.0 says nothing at all about a log with a value outside an
//    enum (a result with "level": "fatal" gets no finding, not even the others).
// Usage: node verdict.js MULTITOOL_REPORT LOG...
// Prints one line per problem. Exit status: a bit set per validator that
// objected: 1 the Multitool, 2 the schema; 4 the Multitool did not run to the end.
'use strict';

const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');

// The one configuration warning expected: tests/sarif/multitool.config.xml turns
// off SARIF2006 (it fetches every URI of the log over the network).
const expectedNotifications = new Set(['WRN999.RuleExplicitlyDisabled']);

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function multitoolProblems(reportFile) {
  let status = 0;
  const report = readJson(reportFile);
  for (const run of report.runs || []) {
    for (const result of run.results || []) {
      const level = result.level || 'warning';
      if (level !== 'error' && level !== 'warning') continue;
      const where = result.locations?.[0]?.physicalLocation;
      const file = where?.artifactLocation?.uri || '?';
      const line = where?.region?.startLine || '?';
      const rule = run.tool.driver.rules?.[result.ruleIndex] || {};
      const template = rule.messageStrings?.[result.message?.id]?.text;
      const args = result.message?.arguments || [];
      const text = template ? template.replace(/\{(\d+)\}/g, (_, i) => args[Number(i)] ?? '') : result.message?.text;
      console.log(`multitool: ${file}(${line}): ${level} ${result.ruleId}: ${text || args.join(' ')}`);
      status |= 1;
    }
    for (const invocation of run.invocations || []) {
      const notes = [...(invocation.toolConfigurationNotifications || []), ...(invocation.toolExecutionNotifications || [])];
      for (const note of notes) {
        const id = note.descriptor?.id || '?';
        if (expectedNotifications.has(id) || (note.level || 'warning') === 'note') continue;
        console.log(`multitool: tool ${note.level || 'warning'} ${id}: ${note.message?.text}`);
        status |= 4;
      }
      if (invocation.executionSuccessful !== true) {
        console.log('multitool: the run did not succeed');
        status |= 4;
      }
    }
  }
  return status;
}

function schemaProblems(logs) {
  const multitool = require('@microsoft/sarif-multitool');  // the path of the platform's binary
  const schema = readJson(path.join(path.dirname(multitool), 'sarif-2.1.0.json'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  let status = 0;
  for (const log of logs) {
    if (validate(readJson(log))) continue;
    for (const error of validate.errors) {
      console.log(`schema: ${log}: ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
    }
    status |= 2;
  }
  return status;
}

const [reportFile, ...logs] = process.argv.slice(2);
if (!reportFile || logs.length === 0) {
  console.error('usage: node verdict.js MULTITOOL_REPORT LOG...');
  process.exit(64);
}
process.exit(multitoolProblems(reportFile) | schemaProblems(logs));
