import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY, SARIF_SCHEMA, formatSarif, sarifLog } from '../../../cli/report/sarif.ts';
import { diagnosticCodes } from '../../../core/index.ts';
import { makeOrgFolder, root, rungsIn } from './org-folder.ts';
import { sampleReports } from './sample-reports.ts';

const schemaFile = (name: string) => JSON.parse(readFileSync(path.join(root, 'tests/fixtures/sarif', name), 'utf8')) as object;

/**
 * The official SARIF 2.1.0 schema (OASIS, draft-07) and sarif-sdk's 2020-12 restatement, with
 * formats (uri, date-time) checked. The OASIS schema writes the language pattern as
 * `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`, whose stray `]` only a non-Unicode RegExp accepts
 * (as a literal), so patterns compile without the `u` flag rather than editing the vendored file.
 */
function validators() {
  const options = { allErrors: true, strict: false, unicodeRegExp: false };
  const draft7 = new Ajv(options);
  addFormats(draft7);
  const draft2020 = new Ajv2020(options);
  addFormats(draft2020);
  return [draft7.compile(schemaFile('sarif-schema-2.1.0.json')), draft2020.compile(schemaFile('sarif-sdk-2.1.0.schema.json'))];
}

function expectSchemaValid(log: unknown) {
  for (const validate of validators()) {
    const valid = validate(log);
    expect(validate.errors ?? [], 'SARIF schema errors').toEqual([]);
    expect(valid).toBe(true);
  }
}

let cwd: string;
beforeAll(() => {
  cwd = makeOrgFolder();
});
afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe('--format sarif', () => {
  it('is valid SARIF 2.1.0 for a run with findings, related places, a library and an unreadable file', () => {
    const log = JSON.parse(formatSarif(sampleReports(), '/repo')) as Sarif.Log;
    expectSchemaValid(log);
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
  });

  it('catches a broken log: the schema check can fail', () => {
    const log = sarifLog(sampleReports(), '/repo') as unknown as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = 'warn';
    const [validate] = validators();
    expect(validate!(log)).toBe(false);
  });

  it('lists every registered code as a rule, and each result points at its rule', () => {
    const run = sarifLog(sampleReports(), '/repo').runs[0]!;
    const rules = run.tool.driver.rules!;
    expect(run.tool.driver).toMatchObject({ name: 'Rungs', version: '0.1.0', informationUri: 'https://rungs.dev' });
    expect(rules.map((r) => r.id)).toEqual(diagnosticCodes.map((c) => c.code));
    expect(rules.find((r) => r.id === 'wording/vague')).toMatchObject({
      shortDescription: { text: diagnosticCodes.find((c) => c.code === 'wording/vague')!.summary },
      defaultConfiguration: { level: 'note' },
      helpUri: 'https://rungs.dev/docs/rules#wording-vague',
    });
    for (const result of run.results!) expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
    expect(run.results!.map((r) => [r.ruleId, r.level])).toEqual([
      ['growth/copied-expectation', 'warning'],
      ['wording/vague', 'note'],
      ['id/duplicate', 'error'],
    ]);
  });

  it('puts a library\'s problem in the library\'s file, with related places and relative forward-slash URIs', () => {
    const run = sarifLog(sampleReports(), '/repo').runs[0]!;
    const duplicate = run.results![2]!;
    expect(duplicate.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'org/shared/engineering.yaml' },
      region: { startLine: 4, startColumn: 9, endLine: 4, endColumn: 11 },
    });
    expect(duplicate.relatedLocations).toEqual([
      {
        id: 0,
        message: { text: 'also defined here' },
        physicalLocation: { artifactLocation: { uri: 'org/data.yaml' }, region: { startLine: 5, startColumn: 9, endLine: 5, endColumn: 11 } },
      },
    ]);
    expect(run.invocations![0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'org/odd,%20name:%2050%25.yaml' } } }] }],
    });
  });

  it('gives each finding a distinct fingerprint that survives moving the text', () => {
    const fingerprint = (reports = sampleReports()) => sarifLog(reports, '/repo').runs[0]!.results!.map((r) => r.partialFingerprints![FINGERPRINT_KEY]);
    const before = fingerprint();
    expect(new Set(before).size).toBe(before.length);
    const moved = sampleReports();
    for (const d of moved[0]!.diagnostics) d.line += 3;
    expect(fingerprint(moved)).toEqual(before);
  });

  it('comes from the CLI as a schema-valid report of the organisation folder, to stdout or -o', () => {
    const run = rungsIn(cwd, ['validate', 'org', '--format', 'sarif']);
    expect(run.code).toBe(0);
    const log = JSON.parse(run.stdout) as Sarif.Log;
    expectSchemaValid(log);
    expect(log.runs[0]!.results!.map((r) => [r.ruleId, r.locations![0]!.physicalLocation!.artifactLocation!.uri])).toEqual([
      ['parity/missing-ic-twin', 'org/data/data-engineering.yml'],
    ]);
    expect(rungsIn(cwd, ['validate', 'org', '--format', 'sarif', '-o', 'rungs.sarif']).stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(cwd, 'rungs.sarif'), 'utf8'))).toEqual(log);
  });
});
