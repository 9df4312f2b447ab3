import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkFramework } from '../../../core/check.ts';
import { importCsv, splitCell } from '../../../core/import/csv.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/csv');
const read = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

interface Imported {
  name: string;
  dimensions: Array<{ id: string; name: string; kind: string; description?: string }>;
  levels: Array<{ id: string; name?: string }>;
  tracks: Array<{ roles: Array<{ id: string; title: string; level: string; expectations: Record<string, string[]> }> }>;
}

function run(csv: string, options = {}) {
  const result = importCsv(csv, options);
  expect(result.text, result.diagnostics.map((d) => d.message).join('\n')).toBeDefined();
  return { ...result, doc: parse(result.text!) as Imported };
}

/** Every string in the output, in document order. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

/** Compares texts without bullet marks, brackets and spacing, which the import may change. */
function normal(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/(^|\s)([•*\-–]|\d{1,2}[.)])(?=\s)/g, ' ')
    .replace(/[•()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Checks that the text of every cell of the CSV survives in the imported YAML. */
function expectEveryCellKept(csv: string, yamlText: string) {
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: '', delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy' }).data;
  const all = strings(parse(yamlText));
  const joined = normal(all.join(' '));
  // Header cells may survive only in the comment that says how each column was read.
  const words = new Set(normal(yamlText.replace(/"/g, ' ')).split(' '));
  rows.forEach((row, r) =>
    row.forEach((cell) => {
      if (cell.trim() === '') return;
      // Header cells are split into title and level code; body cells must survive as running text.
      if (r === 0) for (const word of normal(cell).split(' ')) expect(words, `header word "${word}"`).toContain(word);
      else expect(joined, `cell ${JSON.stringify(cell)}`).toContain(normal(cell));
    }),
  );
}

function errors(text: string) {
  return checkFramework(text).diagnostics.filter((d) => d.severity === 'error');
}

describe('importCsv: a clean matrix', () => {
  const csv = read('clean.csv');
  const { doc, notes, text, diagnostics } = run(csv, { name: 'Acme Engineering' });

  it('makes one dimension per row, one level and role per column, with nothing to guess', () => {
    expect(doc.name).toBe('Acme Engineering');
    expect(doc.dimensions.map((d) => [d.id, d.kind])).toEqual([
      ['technical-skills', 'hard'],
      ['system-design', 'hard'],
      ['communication', 'soft'],
      ['collaboration', 'soft'],
    ]);
    expect(doc.dimensions[0]!.description).toBe('Code, tests and debugging.');
    expect(doc.levels).toEqual([
      { id: 'L1', name: 'Engineer I' },
      { id: 'L2', name: 'Engineer II' },
      { id: 'L3', name: 'Senior Engineer' },
      { id: 'L4', name: 'Staff Engineer' },
    ]);
    expect(doc.tracks[0]!.roles.map((r) => [r.title, r.level])).toEqual([
      ['Engineer I', 'L1'],
      ['Engineer II', 'L2'],
      ['Senior Engineer', 'L3'],
      ['Staff Engineer', 'L4'],
    ]);
    expect(notes).toEqual([]);
  });

  it('validates with no problems at all', () => {
    expect(diagnostics).toEqual([]);
    expect(checkFramework(text!).diagnostics).toEqual([]);
  });

  it("keeps every cell's text", () => expectEveryCellKept(csv, text!));

  it('explains itself at the top of the file', () => {
    expect(text).toMatch(/^# Imported from a spreadsheet by `rungs import`\./);
  });
});

describe('importCsv: a ragged matrix', () => {
  const csv = read('ragged.csv');
  const { doc, notes, text } = run(csv);

  it('validates with no errors', () => expect(errors(text!)).toEqual([]));
  it("keeps every cell's text, including cells beyond the header", () => expectEveryCellKept(csv, text!));

  it('turns the extra column into a level and says which rows were short or long', () => {
    expect(doc.levels.map((l) => l.id)).toEqual(['L1', 'L2', 'L3', 'L4']);
    expect(doc.tracks[0]!.roles[3]!.expectations.coding).toEqual(['Shapes standards across teams.']);
    expect(notes.join('\n')).toMatch(/Rows 4, 5 and 7 have fewer cells/);
    expect(notes.join('\n')).toMatch(/Row 3 has more cells than the header/);
  });

  it('reads name-only rows as headings and names the unnamed row', () => {
    expect(doc.dimensions.map((d) => d.id)).toEqual(['coding', 'testing', 'competency-3', 'feedback']);
    expect(doc.dimensions[0]!.description).toBe('Part of "Engineering basics".');
    expect(doc.dimensions[3]!.description).toBe('Part of "Working with people".');
    expect(notes.join('\n')).toMatch(/Row 5 had no competency name/);
    expect(notes.join('\n')).toMatch(/"Engineering basics" \(row 2\)/);
  });

  it('lists the empty cells and the guessed level codes', () => {
    expect(notes.join('\n')).toMatch(/5 cells were empty \(Testing at Senior/);
    expect(notes.join('\n')).toMatch(/given L1, L2, L3 and L4 by position/);
    expect(text).toContain('# - Row 5 had no competency name');
  });
});

describe('importCsv: multi-line cells', () => {
  const csv = read('multiline.csv');
  const { doc, notes, text } = run(csv);
  const role = (level: string) => doc.tracks[0]!.roles.find((r) => r.level === level)!;

  it('validates with no errors', () => expect(errors(text!)).toEqual([]));
  it("keeps every cell's text", () => expectEveryCellKept(csv, text!));

  it('splits on bullet marks and joins continuation lines', () => {
    expect(role('E1').expectations.delivery).toEqual(['Finishes assigned tasks on time', 'Updates the ticket as work progresses']);
    expect(role('E2').expectations.delivery).toEqual([
      'Ships features in small increments',
      'Watches a release for an hour after it goes out and rolls back when metrics dip',
    ]);
    expect(role('E2').expectations.craft).toEqual(['Designs APIs with the consumer in mind', 'Reviews code within a day']);
    expect(role('E3').expectations.delivery).toEqual(['Leads a project of three engineers', 'Negotiates scope with product']);
  });

  it('splits unmarked lines and inline bullets, and says how many cells it split', () => {
    expect(role('E1').expectations.craft).toEqual(['Writes readable code', 'Adds a test for every bug fix']);
    expect(role('E2').expectations.influence).toEqual(['Proposes a process improvement each quarter and carries it out']);
    expect(role('E3').expectations.craft).toEqual(['Owns a critical system', 'Leads incident reviews', 'Raises the testing bar']);
    expect(notes.join('\n')).toMatch(/Split 7 cells/);
  });

  it('takes level codes from headers like "Junior Engineer (E1)"', () => {
    expect(doc.levels).toEqual([
      { id: 'E1', name: 'Junior Engineer' },
      { id: 'E2', name: 'Engineer' },
      { id: 'E3', name: 'Senior Engineer' },
    ]);
  });
});

describe('importCsv: byte-order mark and semicolons', () => {
  const csv = read('bom-semicolon.csv');
  const { doc, notes, text } = run(csv);

  it('validates with no errors', () => expect(errors(text!)).toEqual([]));
  it("keeps every cell's text, including a quoted semicolon", () => {
    expectEveryCellKept(csv, text!);
    expect(doc.tracks[0]!.roles[1]!.expectations.communication).toEqual(['Présente son travail en démo; explique les choix.']);
  });

  it('detects the separator, drops the mark and reads "L1 - Title" headers', () => {
    expect(notes).toContain('Read the columns as separated by semicolons.');
    expect(strings(doc).some((s) => s.includes('\uFEFF'))).toBe(false);
    expect(doc.dimensions.map((d) => d.name)).toEqual(['Qualité du code', 'Communication', 'Leadership']);
    expect(doc.levels).toEqual([
      { id: 'L1', name: 'Ingénieur' },
      { id: 'L2', name: 'Ingénieur confirmé' },
      { id: 'L3', name: 'Ingénieur senior' },
    ]);
    expect(doc.tracks[0]!.roles.map((r) => r.id)).toEqual(['ingenieur', 'ingenieur-confirme', 'ingenieur-senior']);
  });
});

describe('importCsv: other shapes', () => {
  it('reads tab-separated text with no header row', () => {
    const csv = 'Craft\t"Writes code\nwith tests"\tOwns a system and its reliability over many months of change\nInfluence\tAsks questions\tLeads the team to decisions and writes them down for others\n';
    const { doc, notes, text } = run(csv);
    expect(doc.levels.map((l) => l.id)).toEqual(['L1', 'L2']);
    expect(doc.dimensions.map((d) => d.name)).toEqual(['Craft', 'Influence']);
    expect(notes.join('\n')).toMatch(/there is no header/);
    expect(notes.join('\n')).toMatch(/separated by tabs/);
    expectEveryCellKept(csv, text!);
  });

  it('puts columns that run from senior to junior the right way round', () => {
    const { doc, notes } = run('Competency,Staff (L4),Senior (L3),Engineer (L2)\nCraft,Sets standards.,Owns a system.,Ships features.\n');
    expect(doc.levels.map((l) => l.id)).toEqual(['L2', 'L3', 'L4']);
    expect(doc.tracks[0]!.roles[0]!.expectations.craft).toEqual(['Ships features.']);
    expect(notes.join('\n')).toMatch(/reversed/);
  });

  it('keeps two columns with the same level code apart', () => {
    const { doc, notes, text } = run('Competency,Senior (L5),Staff (L5)\nCraft,Owns a system.,Sets standards.\n');
    expect(doc.levels.map((l) => l.id)).toEqual(['L5', 'L5-2']);
    expect(notes.join('\n')).toMatch(/share the level code L5/);
    expect(errors(text!)).toEqual([]);
  });

  it('uses kind and description columns and duplicates competency names safely', () => {
    const { doc, text } = run('Skill,Type,Definition,One (L1),Two (L2)\nTalk,Behavioural,Speaking up.,a,b\nTalk,Technical,,c,d\n');
    expect(doc.dimensions).toEqual([
      { id: 'talk', name: 'Talk', kind: 'soft', description: 'Type: Behavioural. Speaking up.' },
      { id: 'talk-2', name: 'Talk', kind: 'hard', description: 'Type: Technical.' },
    ]);
    expect(errors(text!)).toEqual([]);
  });

  it('warns about management-looking columns placed on one track', () => {
    const { notes } = run('Competency,Senior Engineer (L5),Engineering Manager (L6)\nPeople,Mentors.,Manages a team.\n');
    expect(notes.join('\n')).toMatch(/"Engineering Manager \(L6\)"|"Engineering Manager"/);
  });

  it('refuses input it cannot use, without throwing', () => {
    expect(importCsv('').diagnostics[0]!.code).toBe('import/empty');
    expect(importCsv('\uFEFF \n\n').diagnostics[0]!.code).toBe('import/empty');
    expect(importCsv(',,,\n,,\n').diagnostics[0]!.code).toBe('import/empty');
    expect(importCsv('just one column\nanother\n').diagnostics[0]!.code).toBe('import/one-column');
    expect(importCsv('Competency,L1\n').diagnostics[0]!.code).toBe('import/no-rows');
    for (const junk of ['"unclosed,quote\nrow,2', '\u0000\u0001,\u0002', 'a,b\n'.repeat(2000), ';;;\n"";""']) {
      const result = importCsv(junk);
      if (result.text !== undefined) expect(errors(result.text)).toEqual([]);
      else expect(result.diagnostics.length).toBeGreaterThan(0);
    }
  });
});

describe('splitCell', () => {
  it('handles the bullet styles found in spreadsheets', () => {
    expect(splitCell('')).toEqual([]);
    expect(splitCell('One line.')).toEqual(['One line.']);
    expect(splitCell('•First\n•Second')).toEqual(['First', 'Second']);
    expect(splitCell('- First\n  wrapped\n- Second')).toEqual(['First wrapped', 'Second']);
    expect(splitCell('1) First\n2) Second')).toEqual(['First', 'Second']);
    expect(splitCell('A • B • C')).toEqual(['A', 'B', 'C']);
    expect(splitCell('Lead-in:\n* one\n* two')).toEqual(['Lead-in:', 'one', 'two']);
    expect(splitCell('-5% latency is a goal')).toEqual(['-5% latency is a goal']);
    expect(splitCell('First\r\nSecond')).toEqual(['First', 'Second']);
  });
});

describe('importCsv: individual-contributor and manager variants', () => {
  // Shaped like a published matrix: 8 role columns, two of them manager variants of IC columns.
  const variants = read('ic-manager-variants.csv');

  it('puts each variant on its twin level, the IC one on the IC track and the manager one on a management track, joined by equivalent', () => {
    const { doc, diagnostics } = run(variants);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(doc.levels.map((l) => l.name)).toEqual(['Engineer 1', 'Engineer 2', 'Senior Engineer 1', 'Senior Engineer 2', 'Staff Engineer', 'Principal Engineer']);
    const framework = checkFramework(importCsv(variants).text ?? '').framework;
    const [ic, management] = framework.tracks;
    expect(ic).toMatchObject({ kind: 'ic' });
    expect(management).toMatchObject({ kind: 'management' });
    expect(ic?.roles.map((r) => [r.title, r.levelId])).toEqual([
      ['Engineer 1', 'L1'],
      ['Engineer 2', 'L2'],
      ['Senior Engineer 1', 'L3'],
      ['Senior Engineer 2', 'L4'],
      ['Staff Engineer', 'L5'],
      ['Principal Engineer', 'L6'],
    ]);
    expect(management?.roles.map((r) => [r.title, r.levelId, framework.index.roles.get(r.equivalent ?? '')?.title])).toEqual([
      ['Senior Engineer 2 (People Manager)', 'L4', 'Senior Engineer 2'],
      ['Principal Engineer (People Manager)', 'L6', 'Principal Engineer'],
    ]);
    expect(management?.roles[0]?.expectations.find((x) => x.dimensionId === 'people')?.bullets).toEqual(['Manages a team of five to eight engineers.']);
  });

  it.each([
    ['(IC) / (Manager)', 'Senior (IC)', 'Senior (Manager)'],
    ['IC / EM', 'Senior - IC', 'Senior - EM'],
    ['leading IC / EM', 'IC Senior', 'EM Senior'],
  ])('reads %s markers as twins', (_name, icHeader, managerHeader) => {
    const { doc } = run(`Competency,Junior,${icHeader},${managerHeader}\nCraft,Learns.,Leads design.,Leads people.\n`);
    expect(doc.levels).toHaveLength(2);
    expect(doc.tracks.map((t) => t.roles.map((r) => r.level))).toEqual([['L1', 'L2'], ['L2']]);
  });

  it('lets a level marker in the header win over the column position', () => {
    const { doc } = run('Competency,Engineer (L3),Senior Engineer (L5),Engineering Manager M5\nCraft,Learns.,Leads design.,Leads people.\n');
    expect(doc.levels.map((l) => l.id)).toEqual(['L3', 'L5', 'M5']);
  });

  it('warns, naming the columns, when two roles on one track get the same title', () => {
    const result = importCsv('Competency,Senior Engineer,Senior Engineer\nCraft,Leads design.,Leads more design.\n');
    const warning = result.diagnostics.find((d) => d.code === 'import/same-title');
    expect(warning).toMatchObject({ severity: 'warning' });
    expect(warning?.message).toContain('column 2 ("Senior Engineer") and column 3 ("Senior Engineer")');
  });
});
