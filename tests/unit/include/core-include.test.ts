import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkFramework, checkWithIncludes, memoryIncludeHost, type IncludeHost } from '../../../core/index.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');

/** Every file under a fixture folder, keyed by its path relative to that folder. */
function folder(name: string): Map<string, string> {
  const base = path.join(fixtures, name);
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(path.relative(base, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(base);
  return files;
}

function check(files: Map<string, string>, file: string, host: IncludeHost = memoryIncludeHost(files)) {
  return checkWithIncludes(file, files.get(file) ?? '', host);
}

describe('a framework that includes libraries', () => {
  const org = folder('org');

  it('merges the library entries first, in include order, then its own', () => {
    const result = check(org, 'backend.yaml');
    expect(result.libraries).toEqual(['shared/engineering.yaml']);
    expect(result.framework.levels.map((l) => l.id)).toEqual(['L1', 'L2', 'L3', 'L4']);
    expect(result.framework.dimensions.map((d) => d.id)).toEqual(['craft', 'delivery', 'collaboration', 'operations']);
    expect(result.framework.proficiency.map((s) => s.id)).toEqual(['learning', 'capable', 'skilled', 'leading']);
    expect(result.diagnostics).toEqual([]);
  });

  it('reports the one warning of the organisation where it is written', () => {
    expect(check(org, 'design.yaml').diagnostics.map((d) => [d.file, d.line, d.code])).toEqual([[undefined, 42, 'wording/years-requirement']]);
  });

  it('places a problem written in a library in that library, at its own line and pointer', () => {
    const files = new Map(org);
    const library = files.get('shared/engineering.yaml')!;
    const line = library.split('\n').findIndex((l) => l.trim() === 'name: Senior') + 1;
    files.set('shared/engineering.yaml', library.replace('name: Senior', 'name: "Senior\u200b"'));
    const found = check(files, 'backend.yaml').diagnostics.find((d) => d.code === 'text/invisible');
    expect(line).toBeGreaterThan(1);
    expect(found).toMatchObject({ file: 'shared/engineering.yaml', path: '/levels/2/name', line });
  });

  it('gives a file without include exactly what checkFramework gives', () => {
    const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
    const folders = [path.resolve(import.meta.dirname, '../../../templates'), path.join(fixtures, 'invalid'), path.join(fixtures, 'valid')];
    const files = folders.flatMap((folder) => readdirSync(folder).filter((n) => n.endsWith('.yaml')).map((n) => path.join(folder, n)));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const name = path.basename(file);
      const text = readFileSync(file, 'utf8');
      const alone = checkFramework(text);
      const withHost = checkWithIncludes(name, text, memoryIncludeHost(new Map()));
      expect(withHost.diagnostics, name).toEqual(alone.diagnostics);
      expect(withHost.framework, name).toEqual(alone.framework);
    }
  });

  it('does not call a shared level unused just because this family has no role on it', () => {
    const files = new Map(org);
    files.set('data.yaml', files.get('data.yaml')!.replace(/ {6}- id: data-4[\s\S]*$/, ''));
    expect(check(files, 'data.yaml').diagnostics.filter((d) => d.code === 'level/unused')).toEqual([]);
  });
});

describe('include problems', () => {
  it('names both files and lines when an id is defined in a library and in the file', () => {
    const [duplicate, ...rest] = check(folder('include/duplicate'), 'framework.yaml').diagnostics;
    expect(rest).toEqual([]);
    expect(duplicate).toMatchObject({ code: 'id/duplicate', severity: 'error', line: 7, column: 9 });
    expect(duplicate?.file).toBeUndefined();
    expect(duplicate?.message).toContain('already used in shared/levels.yaml on line 6');
    expect(duplicate?.related).toEqual([expect.objectContaining({ file: 'shared/levels.yaml', line: 6, column: 9, path: '/levels/1/id' })]);
  });

  it('names both libraries when two of them define the same id', () => {
    const files = new Map([
      ['a.yaml', 'rungs: 1\nlevels:\n  - id: L1\n'],
      ['b.yaml', 'rungs: 1\nname: B\nlevels:\n  - id: L1\n'],
      ['f.yaml', 'rungs: 1\nname: F\ninclude: [a.yaml, b.yaml]\ntracks: []\n'],
    ]);
    const duplicate = check(files, 'f.yaml').diagnostics.find((d) => d.code === 'id/duplicate');
    expect(duplicate).toMatchObject({ file: 'b.yaml', line: 4, related: [expect.objectContaining({ file: 'a.yaml', line: 3 })] });
    expect(duplicate?.message).toContain('in a.yaml on line 3');
  });

  it('reports a cycle with its whole path, once, and still checks the rest', () => {
    const result = check(folder('include/cycle'), 'framework.yaml');
    const cycles = result.diagnostics.filter((d) => d.code === 'include/cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatchObject({ file: 'extra.yaml', line: 3, severity: 'error' });
    expect(cycles[0]?.message).toContain('core.yaml → extra.yaml → core.yaml');
    expect(result.framework.dimensions.map((d) => d.id)).toEqual(['delivery', 'craft']);
  });

  it('reports a file that includes itself', () => {
    const files = new Map([['f.yaml', 'rungs: 1\nname: F\ninclude: [f.yaml]\ntracks: []\n']]);
    expect(check(files, 'f.yaml').diagnostics.map((d) => d.code)).toContain('include/cycle');
  });

  it('never reads an include it refuses', () => {
    const files = folder('include/escape');
    const inner = memoryIncludeHost(new Map([...files].filter(([name]) => name.startsWith('project/')).map(([name, text]) => [name.slice('project/'.length), text])));
    const read = vi.fn(inner.read);
    const result = checkWithIncludes('framework.yaml', files.get('project/framework.yaml')!, { resolve: inner.resolve, read });
    expect(read).not.toHaveBeenCalled();
    expect(result.diagnostics.filter((d) => d.code === 'include/outside-root').map((d) => d.line)).toEqual([4, 5]);
    expect(result.diagnostics.some((d) => d.code === 'id/duplicate')).toBe(false);
  });

  it('refuses to include a whole framework, and says which file is missing', () => {
    const files = new Map([
      ['team.yaml', 'rungs: 1\nname: Team\ntracks: []\nlevels: [{ id: L1 }]\ndimensions: [{ id: c, name: C }]\n'],
      ['f.yaml', 'rungs: 1\nname: F\ninclude: [team.yaml, missing.yaml]\ntracks: []\n'],
    ]);
    const codes = check(files, 'f.yaml').diagnostics.map((d) => [d.code, d.line, d.column]);
    expect(codes).toContainEqual(['include/not-a-library', 3, 11]);
    expect(codes).toContainEqual(['include/unreadable', 3, 22]);
  });

  it('reports a missing library once, not once per use of the ids it would define', () => {
    const framework = 'rungs: 1\nname: F\ninclude: [shared.yaml]\ntracks:\n  - id: ic\n    name: IC\n    kind: ic\n    roles:\n      - { id: a, title: A, level: L1 }\n      - { id: b, title: B, level: L9 }\n';
    const missing = check(new Map([['f.yaml', framework]]), 'f.yaml').diagnostics.filter((d) => d.severity === 'error');
    expect(missing.map((d) => d.code)).toEqual(['include/unreadable']);
    // Once the library is there, an id it does not define is reported again.
    const present = check(new Map([['f.yaml', framework], ['shared.yaml', 'rungs: 1\nlevels: [{ id: L1 }]\n']]), 'f.yaml').diagnostics;
    expect(present.filter((d) => d.severity === 'error').map((d) => [d.code, d.line])).toEqual([['ref/unknown-level', 10]]);
  });

  it('reports a library\'s own schema and YAML problems in the library', () => {
    const files = new Map([
      ['lib.yaml', 'rungs: 1\nlevels:\n  - id: L1\n    nmae: One\n'],
      ['broken.yaml', 'rungs: 1\nlevels: [\n'],
      ['f.yaml', 'rungs: 1\nname: F\ninclude: [lib.yaml, broken.yaml]\ndimensions: [{ id: c, name: C }]\ntracks: []\n'],
    ]);
    const found = check(files, 'f.yaml').diagnostics.map((d) => [d.file, d.code]);
    expect(found).toContainEqual(['lib.yaml', 'schema/additionalProperties']);
    expect(found).toContainEqual(['broken.yaml', 'yaml/syntax']);
  });
});

describe('a library checked on its own', () => {
  it('is clean when well formed: no tracks are needed and unstaffed levels are fine', () => {
    const org = folder('org');
    const result = check(org, 'shared/engineering.yaml');
    expect(result.kind).toBe('library');
    expect(result.diagnostics).toEqual([]);
  });

  it('still reports what a library can get wrong: duplicate ids, unknown keys', () => {
    const files = new Map([['lib.yaml', 'rungs: 1\nlevels:\n  - id: L1\n  - id: L1\ntracks_: []\n']]);
    expect(check(files, 'lib.yaml').diagnostics.map((d) => d.code).sort()).toEqual(['id/duplicate', 'schema/additionalProperties']);
  });

  it('requires dimensions and levels only of a framework without includes', () => {
    const without = checkFramework('rungs: 1\nname: F\ntracks: []\n').diagnostics.find((d) => d.code === 'schema/required');
    expect(without?.message).toMatch(/dimensions.*levels/);
    const withInclude = checkFramework('rungs: 1\nname: F\ninclude: [x.yaml]\ntracks: []\n').diagnostics;
    expect(withInclude.filter((d) => d.code === 'schema/required')).toEqual([]);
  });
});
