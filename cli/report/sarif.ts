import type * as Sarif from 'sarif';
import { diagnosticCodes, docsUrl, type Severity } from '../../core/index.ts';
import { jsonTerminalSafe } from '../terminal.ts';
import { RUNGS_HOME, RUNGS_VERSION } from '../version.ts';
import { fingerprints, findingsOf, relatedFile, repositoryPath, type FileReport } from './file-report.ts';

const levelOf: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };

/** The schema SARIF files name; GitHub code scanning and the SARIF viewers recognise it. */
export const SARIF_SCHEMA = 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json';

/** The key of Rungs' own partial fingerprint (versioned, so a change of recipe can get a new key). */
export const FINGERPRINT_KEY = 'rungsFinding/v1';

/**
 * Every code of the registry as a SARIF rule, in registry order, so a result's `ruleIndex` is the
 * code's place in core/diagnostic-codes.ts and code-scanning tools can show each rule's summary,
 * its default level and a link to its section of docs/rules.md.
 */
export function sarifRules(): Sarif.ReportingDescriptor[] {
  return diagnosticCodes.map((info) => ({
    id: info.code,
    shortDescription: { text: info.summary },
    fullDescription: { text: `Rungs checks that ${info.summary}.` },
    help: { text: `${info.summary}. See ${docsUrl(info.code)}`, markdown: `${info.summary}. [Read more](${docsUrl(info.code)})` },
    helpUri: docsUrl(info.code),
    defaultConfiguration: { level: levelOf[info.severity] },
    properties: { group: info.group },
  }));
}

function location(file: string, range: { line: number; column: number; endLine: number; endColumn: number }, cwd: string): Sarif.Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(repositoryPath(file, cwd)) },
      region: { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn },
    },
  };
}

/**
 * A SARIF 2.1.0 log of one run: the rules, one result per finding (in a library's file when the
 * problem is there), related places as `relatedLocations`, stable `partialFingerprints`, and the
 * files that could not be read as tool execution notifications (the run then did not succeed).
 * Columns count UTF-16 code units, as Rungs' positions do; region ends are exclusive, as SARIF's are.
 */
export function sarifLog(reports: readonly FileReport[], cwd: string = process.cwd()): Sarif.Log {
  const rules = sarifRules();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const findings = findingsOf(reports);
  const prints = fingerprints(findings, cwd);
  const results: Sarif.Result[] = findings.map(({ file, diagnostic: d, report }, i) => {
    const result: Sarif.Result = {
      ruleId: d.code,
      level: levelOf[d.severity],
      message: { text: d.message },
      locations: [location(file, d, cwd)],
      partialFingerprints: { [FINGERPRINT_KEY]: prints[i]! },
    };
    const index = ruleIndex.get(d.code);
    if (index !== undefined) result.ruleIndex = index;
    if (d.related && d.related.length > 0) {
      result.relatedLocations = d.related.map((r, id) => ({ id, ...location(relatedFile(report, r), r, cwd), message: { text: r.message } }));
    }
    return result;
  });
  const unreadable = reports.filter((r) => r.error !== undefined);
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Rungs', version: RUNGS_VERSION, semanticVersion: RUNGS_VERSION, informationUri: RUNGS_HOME, rules } },
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map((r) => ({
              level: 'error',
              message: { text: r.error! },
              locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(repositoryPath(r.file, cwd)) } } }],
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** The SARIF log as the text `--format sarif` prints. */
export function formatSarif(reports: readonly FileReport[], cwd: string = process.cwd()): string {
  return jsonTerminalSafe(JSON.stringify(sarifLog(reports, cwd), null, 2)) + '\n';
}
