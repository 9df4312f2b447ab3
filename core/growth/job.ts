import type { Framework, Role } from '../model/types.ts';
import { escapeHtml } from '../render/escape.ts';
import { formatBand, levelLabel, yearsLabel } from '../render/format.ts';
import { markdownLine } from '../render/markdown.ts';
import { blockHtml, inlineHtml } from '../render/text.ts';

/**
 * The placeholders a job-description template may use, each replaced by Markdown. Documented in
 * README and in `rungs job --help`; an unknown `{{name}}` is an error, so a typo cannot reach an
 * advert.
 */
export const jobPlaceholders = {
  title: 'the role title',
  level: 'the level, as "L5 · Senior"',
  track: 'the track name',
  summary: "the role's summary (empty when it has none)",
  scope: "the role's scope (empty when it has none)",
  years: 'typical years in role, as "2–4 years" (empty when not given)',
  band: 'the pay band, only with --band (empty otherwise)',
  'what-you-will-do': 'the expectations by dimension, as a Markdown list per dimension',
  'what-we-look-for': 'the dimensions and their descriptions, as a Markdown list',
  organization: 'the organisation from the framework (empty when not given)',
} as const;

export type JobPlaceholder = keyof typeof jobPlaceholders;

export interface JobOptions {
  /** Include the level's pay band (off by default: not every organisation publishes pay). */
  band?: boolean;
}

function roleOf(framework: Framework, id: string): Role {
  const role = framework.index.roles.get(id);
  if (!role) throw new Error(`a job description needs a known role, got ${id}`);
  return role;
}

interface JobContent {
  role: Role;
  title: string;
  level: string;
  track: string;
  organization?: string;
  band?: string;
  years?: string;
  /** Dimension name → the role's bullets, in the framework's order, as written. */
  duties: { name: string; bullets: string[] }[];
  lookFor: { name: string; description?: string }[];
}

function content(framework: Framework, roleId: string, options: JobOptions): JobContent {
  const role = roleOf(framework, roleId);
  const level = framework.index.levels.get(role.levelId);
  const duties = role.expectations
    .filter((e) => e.bullets.length > 0)
    .map((e) => ({ name: framework.index.dimensions.get(e.dimensionId)?.name ?? e.dimensionId, bullets: e.bullets }));
  const lookFor = role.expectations
    .filter((e) => e.bullets.length > 0)
    .map((e) => framework.index.dimensions.get(e.dimensionId))
    .filter((d) => d !== undefined)
    .map((d) => ({ name: d.name, ...(d.description ? { description: d.description } : {}) }));
  const years = yearsLabel(role);
  return {
    role,
    title: role.title,
    level: levelLabel(level, role.levelId),
    track: framework.index.tracks.get(role.trackId)?.name ?? role.trackId,
    ...(framework.organization ? { organization: framework.organization } : {}),
    ...(options.band && level?.band ? { band: formatBand(level.band) } : {}),
    ...(years ? { years } : {}),
    duties,
    lookFor,
  };
}

function markdownValues(c: JobContent): Record<JobPlaceholder, string> {
  const paragraph = (text: string | undefined) => (text === undefined ? '' : text.split(/\n{2,}/).map(markdownLine).join('\n\n'));
  return {
    title: markdownLine(c.title),
    level: markdownLine(c.level),
    track: markdownLine(c.track),
    summary: paragraph(c.role.summary),
    scope: c.role.scope === undefined ? '' : markdownLine(c.role.scope),
    years: c.years ?? '',
    band: c.band ?? '',
    'what-you-will-do': c.duties.map((d) => `**${markdownLine(d.name)}**\n\n${d.bullets.map((b) => `- ${markdownLine(b)}`).join('\n')}`).join('\n\n'),
    'what-we-look-for': c.lookFor.map((d) => `- **${markdownLine(d.name)}**${d.description ? `: ${markdownLine(d.description)}` : ''}`).join('\n'),
    organization: c.organization === undefined ? '' : markdownLine(c.organization),
  };
}

/** The template used when none is given; it shows every placeholder in use. */
export const defaultJobTemplate = `# {{title}}

*{{track}} · {{level}}*

{{summary}}

**Scope:** {{scope}}

## What you will do

{{what-you-will-do}}

## What we look for

{{what-we-look-for}}

**Pay band:** {{band}}
`;

/** A template placeholder that names nothing: the template has a typo. */
export class UnknownPlaceholder extends Error {
  constructor(
    readonly placeholder: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`Unknown placeholder {{${placeholder}}} at line ${line}, column ${column}`);
  }
}

/**
 * Fills a Markdown template. A line whose placeholders are all empty (a role without a scope,
 * no band) is left out, so the advert never prints "Scope:" with nothing after it.
 */
export function fillJobTemplate(template: string, values: Record<JobPlaceholder, string>): string {
  const lines = template.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  lines.forEach((line, index) => {
    let used = 0;
    let empty = 0;
    const filled = line.replace(/\{\{\s*([a-z-]+)\s*\}\}/g, (match: string, name: string, offset: number) => {
      if (!Object.prototype.hasOwnProperty.call(values, name)) throw new UnknownPlaceholder(name, index + 1, offset + 1);
      const value = values[name as JobPlaceholder];
      used += 1;
      if (value === '') empty += 1;
      return value;
    });
    if (used > 0 && used === empty) return;
    out.push(filled);
  });
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** A job description in Markdown, from the default template or the user's own. */
export function renderJobMarkdown(framework: Framework, roleId: string, options: JobOptions = {}, template = defaultJobTemplate): string {
  return fillJobTemplate(template, markdownValues(content(framework, roleId, options)));
}

const styles = `
:root{--ink:#16202b;--muted:#4a5563;--rule:#d9dee5}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Color Emoji",sans-serif}
.page{max-width:760px;margin:0 auto;padding:48px 36px 72px}
h1{font-size:32px;line-height:1.15;margin:0 0 6px;letter-spacing:-0.02em}
.meta{color:var(--muted);margin:0 0 20px}
h2{font-size:21px;margin:30px 0 10px;break-after:avoid}
h3{font-size:15px;margin:18px 0 6px;break-after:avoid}
ul{margin:0;padding-left:22px}
li{margin:3px 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:16px 0}
dt{font-weight:600}
dd{margin:0}
@page{margin:18mm 18mm}
@media print{.page{padding:0;max-width:none}}
`;

/** A job description as a standalone HTML page, in the rubric's type. */
export function renderJobHtml(framework: Framework, roleId: string, options: JobOptions = {}): string {
  const c = content(framework, roleId, options);
  const e = escapeHtml;
  const facts = [
    c.role.scope !== undefined ? `<dt>Scope</dt><dd>${inlineHtml(c.role.scope)}</dd>` : '',
    c.years ? `<dt>Typical time in role</dt><dd>${e(c.years)}</dd>` : '',
    c.band ? `<dt>Pay band</dt><dd>${e(c.band)}</dd>` : '',
  ].filter(Boolean);
  const duties = c.duties.map((d) => `<h3>${e(d.name)}</h3>\n<ul>\n${d.bullets.map((b) => `<li>${inlineHtml(b)}</li>`).join('\n')}\n</ul>`).join('\n');
  const lookFor = c.lookFor.map((d) => `<li><strong>${e(d.name)}</strong>${d.description ? `: ${inlineHtml(d.description)}` : ''}</li>`).join('\n');
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="Rungs">\n' +
    `<title>${e(c.title)}</title>\n<style>${styles}</style>\n</head>\n<body>\n<article class="page">\n` +
    `<h1>${e(c.title)}</h1>\n<p class="meta">${e([c.organization, c.track, c.level].filter(Boolean).join(' · '))}</p>\n` +
    (c.role.summary ? `${blockHtml(c.role.summary)}\n` : '') +
    (facts.length > 0 ? `<dl>${facts.join('')}</dl>\n` : '') +
    `<h2>What you will do</h2>\n${duties}\n<h2>What we look for</h2>\n<ul>\n${lookFor}\n</ul>\n</article>\n</body>\n</html>\n`
  );
}
