import { checkFramework } from '../../core/check.ts';
import { compareRoles } from '../../core/compare/compare-roles.ts';
import { renderComparisonHtml } from '../../core/compare/render-compare.ts';
import { diffFrameworks } from '../../core/diff/framework-diff.ts';
import { renderDiffHtml } from '../../core/diff/render-diff.ts';

/** What the compare view shows: two roles of the open framework, or the framework against another version. */
export type CompareRequest =
  | { kind: 'roles'; text: string; from: string; to: string }
  | { kind: 'versions'; text: string; earlierText: string; earlierLabel: string };

export type ComparePage = { ok: true; html: string; title: string } | { ok: false; message: string };

/**
 * The page for a comparison, the same HTML `rungs compare` and `rungs diff --format html` print,
 * so the studio and the command line never disagree. Rows carry `data-role-id` and `data-bullet`
 * for jumping to the lines they come from.
 */
export function comparePage(request: CompareRequest): ComparePage {
  const { framework } = checkFramework(request.text);
  if (request.kind === 'roles') {
    for (const id of [request.from, request.to]) if (!framework.index.roles.has(id)) return { ok: false, message: `There is no role \`${id}\` in this framework any more.` };
    const comparison = compareRoles(framework, request.from, request.to);
    return { ok: true, html: renderComparisonHtml(comparison), title: `${comparison.from.title} → ${comparison.to.title}` };
  }
  const earlier = checkFramework(request.earlierText);
  if (earlier.diagnostics.some((d) => d.code.startsWith('yaml/') && d.severity === 'error')) return { ok: false, message: `${request.earlierLabel} is not readable YAML, so there is nothing to compare with.` };
  const diff = diffFrameworks(earlier.framework, framework);
  return { ok: true, html: renderDiffHtml(diff, earlier.framework, framework), title: `Changes since ${request.earlierLabel}` };
}
