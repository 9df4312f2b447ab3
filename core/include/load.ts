import type { Diagnostic } from '../diagnostics.ts';
import type { DiagnosticCode } from '../diagnostic-codes.ts';
import { parseFramework } from '../parse.ts';
import { rangeOf } from '../positions.ts';
import { validateSchema } from '../validate.ts';
import { documentKind, includeEntries } from './document-kind.ts';
import type { IncludeHost } from './host.ts';
import type { Source } from './merge.ts';

/** The most libraries one framework may pull in, through every level of includes. */
export const MAX_LIBRARIES = 100;

/** The libraries a file includes, depth first (a library's own includes before it), each once. */
export interface LoadedLibraries {
  libraries: (Source & { file: string })[];
  /** Problems of the includes themselves and of each library's YAML and schema. */
  diagnostics: Diagnostic[];
}

/**
 * Follows `include` from the checked file through every library, reading each file once. A
 * refused include (outside the root, absolute) is never read; a cycle is reported with its
 * whole path and not followed again.
 */
export function loadLibraries(main: Source & { name: string }, host: IncludeHost): LoadedLibraries {
  const libraries: (Source & { file: string })[] = [];
  const diagnostics: Diagnostic[] = [];
  const done = new Set<string>();

  const report = (from: Source, index: number, code: DiagnosticCode, message: string): void => {
    diagnostics.push({
      code,
      severity: 'error',
      message,
      ...(from.file !== undefined ? { file: from.file } : {}),
      path: `/include/${index}`,
      ...rangeOf(from.parsed, `/include/${index}`),
    });
  };

  const visit = (from: Source, fromName: string, stack: readonly string[]): void => {
    for (const entry of includeEntries(from.parsed.data)) {
      const resolved = host.resolve(fromName, entry.path);
      if ('error' in resolved) {
        report(from, entry.index, 'include/outside-root', resolved.error);
        continue;
      }
      const file = resolved.file;
      if (stack.includes(file)) {
        const cycle = [...stack.slice(stack.indexOf(file)), file].join(' → ');
        report(from, entry.index, 'include/cycle', `Include cycle: ${cycle}. A library cannot include, directly or not, a file that includes it.`);
        continue;
      }
      if (done.has(file)) continue;
      if (libraries.length >= MAX_LIBRARIES) {
        report(from, entry.index, 'include/unreadable', `More than ${MAX_LIBRARIES} libraries are included: Rungs stops here.`);
        return;
      }
      done.add(file);
      const read = host.read(file);
      if ('error' in read) {
        report(from, entry.index, 'include/unreadable', read.error);
        continue;
      }
      const parsed = parseFramework(read.text);
      const library = { file, parsed };
      for (const d of parsed.diagnostics) diagnostics.push({ ...d, file });
      if (parsed.broken) continue;
      if (documentKind(parsed.data) === 'framework') {
        report(from, entry.index, 'include/not-a-library', `${file} is a framework (it has \`tracks\`): only libraries, files with \`rungs: 1\` and no tracks, can be included.`);
        continue;
      }
      for (const d of validateSchema(parsed, 'library')) diagnostics.push({ ...d, file });
      visit(library, file, [...stack, file]);
      libraries.push(library);
    }
  };

  visit(main, main.name, [main.name]);
  return { libraries, diagnostics };
}
