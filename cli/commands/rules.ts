import { Command, Option } from 'commander';
import { DOCS_FILE, diagnosticCodes, docsAnchor, docsUrl } from '../../core/diagnostic-codes.ts';

/** One code as `rungs rules --format json` prints it. */
export interface RuleListing {
  code: string;
  group: string;
  severity: string;
  configurable: boolean;
  summary: string;
  docs: string;
}

/** Every code of the registry, in documentation order, with where it is explained. */
export function ruleListings(): RuleListing[] {
  return diagnosticCodes.map((c) => ({
    code: c.code,
    group: c.group,
    severity: c.severity,
    configurable: c.group === 'rule',
    summary: c.summary,
    docs: docsUrl(c.code),
  }));
}

/** Aligned columns: code, default severity, then the summary (left free to wrap). */
export function formatRulesText(listings: readonly RuleListing[]): string {
  const width = Math.max(...listings.map((l) => l.code.length));
  const rows = listings.map((l) => `${l.code.padEnd(width)}  ${l.severity.padEnd(7)}  ${l.configurable ? '' : '(fixed) '}${l.summary}`);
  return `${['CODE'.padEnd(width) + '  DEFAULT  WHAT IT CHECKS', ...rows].join('\n')}\n\nEach code has a section in ${DOCS_FILE} (for example ${DOCS_FILE}#${docsAnchor('growth/copied-expectation')}). Codes marked (fixed) cannot be configured; change the others in the file (lint: { rules: { <code>: off | info | warning | error } }) or for one run (rungs validate --rule <code>=<level>).\n`;
}

/** `rungs rules`: lists every diagnostic code, its default severity and what it checks. */
export function rulesCommand(): Command {
  return new Command('rules')
    .description('list every problem code Rungs reports, its default severity and what it checks')
    .addOption(new Option('-f, --format <format>', 'output format: `text` for people, `json` for scripts').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nCodes marked (fixed) are YAML, format and import problems; the others can be configured.\n\nExamples:\n  rungs rules\n  rungs rules --format json')
    .action((options: { format: 'text' | 'json' }) => {
      const listings = ruleListings();
      process.stdout.write(options.format === 'json' ? `${JSON.stringify(listings, null, 2)}\n` : formatRulesText(listings));
    });
}
