import { pairBullets } from '../compare/pair-bullets.ts';
import type { Framework, Role } from '../model/types.ts';
import { escapeHtml } from '../render/escape.ts';
import { levelLabel } from '../render/format.ts';
import type { PrintInput } from '../render/print.ts';
import { inlineHtml } from '../render/text.ts';

/**
 * The steps a person rates themselves on per dimension. Until the framework carries its own
 * proficiency scale, the five steps the file format defines as its default are used.
 */
export const defaultRatingScale = ['Awareness', 'Foundational', 'Working', 'Practitioner', 'Expert'] as const;

export interface WorksheetItem {
  text: string;
  /** True when `--from` was given and this expectation is new at the target level. */
  isNew: boolean;
}

export interface WorksheetDimension {
  id: string;
  name: string;
  items: WorksheetItem[];
}

/** A self-assessment or promotion worksheet for one role: what to show evidence for. */
export interface Worksheet {
  role: { id: string; title: string; level: string; track: string };
  from?: { id: string; title: string };
  dimensions: WorksheetDimension[];
  scale: readonly string[];
}

function roleOf(framework: Framework, id: string): Role {
  const role = framework.index.roles.get(id);
  if (!role) throw new Error(`buildWorksheet needs a known role, got ${id}`);
  return role;
}

/**
 * The worksheet's content: every expectation of the target role, by dimension in the framework
 * order; with `fromId`, the ones that are new against that role (not kept, not a rewording of
 * one of its bullets) are marked.
 */
export function buildWorksheet(framework: Framework, roleId: string, fromId?: string): Worksheet {
  const role = roleOf(framework, roleId);
  const from = fromId === undefined ? undefined : roleOf(framework, fromId);
  const dimensionName = (id: string) => framework.index.dimensions.get(id)?.name ?? id;
  const dimensions = role.expectations
    .filter((e) => e.bullets.length > 0)
    .map((e): WorksheetDimension => {
      let fresh: Set<number> | undefined;
      if (from) {
        const before = from.expectations.filter((x) => x.dimensionId === e.dimensionId).flatMap((x) => x.bullets);
        fresh = new Set(pairBullets(before, e.bullets).added.map((a) => a.index));
      }
      return { id: e.dimensionId, name: dimensionName(e.dimensionId), items: e.bullets.map((text, i) => ({ text, isNew: fresh?.has(i) ?? false })) };
    });
  const level = framework.index.levels.get(role.levelId);
  return {
    role: { id: role.id, title: role.title, level: levelLabel(level, role.levelId), track: framework.index.tracks.get(role.trackId)?.name ?? role.trackId },
    ...(from ? { from: { id: from.id, title: from.title } } : {}),
    dimensions,
    scale: defaultRatingScale,
  };
}

/** The number of expectations on the worksheet: one checkbox each. */
export function worksheetItemCount(sheet: Worksheet): number {
  return sheet.dimensions.reduce((n, d) => n + d.items.length, 0);
}

const styles = `
:root{--ink:#16202b;--muted:#4a5563;--rule:#c9d0d9;--faint:#e6eaef;--new:#1f6b3f;--new-wash:#e8f5ec}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Color Emoji",sans-serif}
.page{max-width:860px;margin:0 auto;padding:40px 36px 64px}
h1{font-size:26px;line-height:1.2;margin:0 0 4px}
.lede{color:var(--muted);margin:0 0 18px}
.who{display:grid;grid-template-columns:repeat(3,1fr);gap:8px 18px;margin:0 0 22px}
.who label{font-size:12px;color:var(--muted);display:block}
.who input{width:100%;border:0;border-bottom:1px solid var(--rule);font:inherit;padding:4px 0;background:transparent}
h2{font-size:18px;margin:26px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--ink);break-after:avoid}
.item{border:1px solid var(--rule);border-radius:6px;padding:8px 10px;margin:0 0 8px;break-inside:avoid}
.item .expectation{display:flex;gap:8px;align-items:flex-start;font-weight:500}
.item input[type=checkbox]{width:16px;height:16px;margin:3px 0 0;flex:none}
.new{display:inline-block;font-size:11px;font-weight:700;letter-spacing:0.05em;text-transform:uppercase;color:var(--new);background:var(--new-wash);border-radius:3px;padding:0 5px;margin-left:6px}
.evidence{display:block;font-size:12px;color:var(--muted);margin:6px 0 0}
textarea{display:block;width:100%;min-height:3.6em;border:0;font:inherit;resize:vertical;background:repeating-linear-gradient(to bottom,transparent 0,transparent calc(1.8em - 1px),var(--faint) calc(1.8em - 1px),var(--faint) 1.8em);line-height:1.8em;padding:0}
fieldset.rating{border:1px solid var(--rule);border-radius:6px;margin:10px 0 0;padding:6px 10px;break-inside:avoid}
fieldset.rating legend{font-size:12px;color:var(--muted);padding:0 4px}
fieldset.rating label{margin-right:14px;white-space:nowrap}
.notes{break-inside:avoid;margin-top:10px}
.notes textarea{min-height:5.4em}
.summary textarea{min-height:9em}
@page{margin:14mm 14mm}
@media print{.page{padding:0;max-width:none}textarea{resize:none;min-height:5.4em}.item,.notes,fieldset.rating{break-inside:avoid}}
`;

/**
 * The worksheet as an HTML form that works without JavaScript and prints for handwriting:
 * one checkbox per expectation, lined space for evidence, a self-rating per dimension, the
 * manager's notes, and a summary.
 */
export function renderWorksheetHtml(sheet: Worksheet): string {
  const e = escapeHtml;
  let n = 0;
  const sections = sheet.dimensions.map((d) => {
    const items = d.items.map((item) => {
      n += 1;
      const id = `expectation-${n}`;
      return (
        `<div class="item"><label class="expectation" for="${id}"><input type="checkbox" id="${id}" name="${id}"><span>${inlineHtml(item.text)}${item.isNew ? '<span class="new">New at this level</span>' : ''}</span></label>` +
        `<label class="evidence" for="${id}-evidence">Evidence (what you did, when, with whom, the result)</label><textarea id="${id}-evidence" name="${id}-evidence" rows="2"></textarea></div>`
      );
    });
    const rating = sheet.scale.map((step, i) => `<label><input type="radio" name="rating-${e(d.id)}" value="${i + 1}"> ${e(step)}</label>`).join('');
    return (
      `<section data-dimension="${e(d.id)}"><h2>${e(d.name)}</h2>\n${items.join('\n')}\n` +
      `<fieldset class="rating"><legend>Self-rating for ${e(d.name)}</legend>${rating}</fieldset>\n` +
      `<div class="notes"><label class="evidence" for="notes-${e(d.id)}">Manager's notes</label><textarea id="notes-${e(d.id)}" name="notes-${e(d.id)}" rows="3"></textarea></div></section>`
    );
  });
  const fromText = sheet.from ? ` Expectations new since ${e(sheet.from.title)} are marked “New at this level”.` : '';
  const title = `${sheet.from ? 'Promotion worksheet' : 'Self-assessment'}: ${sheet.role.title}`;
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="Rungs">\n' +
    `<title>${e(title)}</title>\n<style>${styles}</style>\n</head>\n<body>\n<form class="page" action="#">\n` +
    `<h1>${e(title)}</h1>\n<p class="lede">${e(sheet.role.track)}, ${e(sheet.role.level)}. Tick what you already do consistently and write down the evidence.${fromText}</p>\n` +
    '<div class="who"><div><label for="person">Name</label><input id="person" name="person"></div><div><label for="manager">Manager</label><input id="manager" name="manager"></div><div><label for="date">Date</label><input id="date" name="date"></div></div>\n' +
    `${sections.join('\n')}\n` +
    '<section class="summary"><h2>Summary</h2><label class="evidence" for="summary">Strengths, gaps and the next steps you agree on</label><textarea id="summary" name="summary" rows="6"></textarea></section>\n' +
    '</form>\n</body>\n</html>\n'
  );
}

/** Markdown for a wiki or a shared document: task-list checkboxes and space for evidence. */
export function renderWorksheetMarkdown(sheet: Worksheet, safeText: (text: string) => string): string {
  const title = `${sheet.from ? 'Promotion worksheet' : 'Self-assessment'}: ${sheet.role.title}`;
  const out = [`# ${safeText(title)}`, '', `${safeText(sheet.role.track)}, ${safeText(sheet.role.level)}. Tick what you already do consistently and write down the evidence.`, '', 'Name: ______  Manager: ______  Date: ______'];
  for (const d of sheet.dimensions) {
    out.push('', `## ${safeText(d.name)}`, '');
    for (const item of d.items) out.push(`- [ ] ${safeText(item.text.replace(/\s+/g, ' ').trim())}${item.isNew ? ' **(new at this level)**' : ''}`, '  - Evidence: ');
    out.push('', `Self-rating: ${sheet.scale.map((s) => `[ ] ${s}`).join(' · ')}`, '', "Manager's notes:", '');
  }
  out.push('', '## Summary', '', 'Strengths, gaps and the next steps you agree on:', '');
  return out.join('\n') + '\n';
}

const footerStyle = 'font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:8px;color:#4a5563;width:100%;margin:0 14mm;display:flex;justify-content:space-between';

/** The worksheet as Chromium prints it: generous margins for handwriting, page numbers below. */
export function worksheetPrintInput(sheet: Worksheet, paper: 'a4' | 'letter' = 'a4'): PrintInput {
  const title = escapeHtml(`${sheet.from ? 'Promotion worksheet' : 'Self-assessment'}: ${sheet.role.title}`);
  return {
    html: renderWorksheetHtml(sheet),
    pdf: {
      pageSize: paper === 'letter' ? 'Letter' : 'A4',
      margins: { top: 0.6, right: 0.55, bottom: 0.7, left: 0.55 },
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: `<div style='${footerStyle}'><span>${title}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
      printBackground: true,
      preferCSSPageSize: false,
    },
  };
}
