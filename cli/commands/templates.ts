import { Command, Option } from 'commander';
import { listTemplates, type TemplateInfo } from '../../core/templates/index.ts';

function trackSummary(info: TemplateInfo): string {
  return info.tracks.map((t) => `${t.name} (${t.roles})`).join(', ');
}

/** Lays rows out as aligned columns; the last column is left free so long text just wraps. */
function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

/** `rungs templates`: lists the built-in templates that `rungs new` can start from. */
export function templatesCommand(): Command {
  return new Command('templates')
    .description('list the built-in templates you can start a framework from')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((options: { format: 'text' | 'json' }) => {
      const templates = listTemplates();
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(templates, null, 2)}\n`);
        return;
      }
      const rows = [['NAME', 'LEVELS', 'TRACKS (roles)'], ...templates.map((t) => [t.name, String(t.levelCount), trackSummary(t)])];
      const details = templates.map((t) => `  ${t.name}: ${t.description}`).join('\n');
      process.stdout.write(
        `${table(rows)}\n\n${details}\n\nStart one with: rungs new --template <name> -o my-framework.yaml\n`,
      );
    });
}
