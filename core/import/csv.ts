// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the node and web tsconfigs reach this file through imports only, so the declaration must be pulled in from here.
/// <reference path="./papaparse.d.ts" />
// The minified build is the package's browser entry: unlike papaparse.js it has no `require('stream')`,
// so the same import bundles for the studio and runs in Node.
import Papa from 'papaparse/papaparse.min.js';
import { Document } from 'yaml';
import { checkFramework } from '../check.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { freshId, importProblem, listWords, slugify, type ImportResult } from './common.ts';

/** Options for `importCsv`. */
export interface CsvImportOptions {
  /** The framework's name; defaults to "Imported career framework". */
  name?: string;
}

const NAME_LIMIT = 120;

/** Header words that mark the column holding competency names. */
const nameHeader = /^(competenc(y|ies)|dimensions?|skills?|areas?|topics?|criteri(a|on)|names?|behaviou?rs?|attributes?|capabilit(y|ies))$/i;
/** Header words that mark a column saying whether a competency is hard or soft. */
const kindHeader = /^(kind|type|skill type|hard\s*\/\s*soft|category|group|pillar)$/i;
/** Header words that mark a column describing the competency. */
const descriptionHeader = /^(descriptions?|definitions?|summary|about|meaning|what it means|details?)$/i;

const hardValue = /\b(hard|technical|tech|craft|engineering)\b/i;
const softValue = /\b(soft|behaviou?ral|behaviou?rs?|people|leadership|interpersonal|communication|collaboration|personal)\b/i;
/** Words in a competency name that suggest a technical (hard) skill when no kind column says so. */
const hardName =
  /\b(technical|technology|tech|code|coding|programming|software|design|architecture|systems?|debugging|testing|tests?|quality|security|operations?|operational|reliability|infrastructure|data|performance|craft|tooling|delivery|execution|engineering|expertise|knowledge|domain)\b/i;

/** A leading bullet marker: a typographic bullet (space optional) or -, *, +, 1., 1) followed by a space. */
const bulletMarker = /^(?:[•·▪◦‣●○■□►▸➢➤✓✔]\s*|[-–—*+]\s+|\d{1,2}[.)]\s+)/;

/** Column headers of matrices usually read "Senior Engineer (L5)", "L5 - Senior Engineer" or "L5". */
const levelCode = '[A-Za-z]{0,8}\\s?-?\\d{1,3}[A-Za-z0-9.]*';
const titleThenCode = new RegExp(`^(.*?)\\s*[([]\\s*(${levelCode})\\s*[)\\]]$`);
const codeThenTitle = new RegExp(`^(${levelCode})\\s*[-–—:|]\\s*(.+)$`);
// A header that is only a code ("L5", "IC 3", "Level 4"); "Engineer 1" is a title, not a code.
const codeOnly = /^((?:[A-Za-z]{0,4}|level)\s?-?\d{1,3}[A-Za-z0-9.]*)$/i;
/** "Engineering Manager M3": a short upper-case code with digits after the title ("Engineer 2" is a title). */
const titleThenBareCode = /^(.*\S)\s+([A-Z]{1,3}\d{1,2})$/;
const managementTitle = /\b(manager|director|head of|vp|vice president|cto|chief)\b/i;

/** Which of a pair of twin columns a header marks: the individual-contributor or the manager variant. */
type Variant = 'ic' | 'management';

interface Column {
  index: number;
  title: string;
  levelId: string;
  /** True when the level id came from the header rather than from the column's position. */
  explicit: boolean;
  variant?: Variant;
  /** The variant marker as the header wrote it, e.g. "People Manager". */
  marker?: string;
}

/** Columns that become one level: a single column, or an IC column and its manager twin. */
interface LevelGroup {
  title: string;
  levelId: string;
  explicit: boolean;
  columns: Column[];
}

const icMarker = /^(individual contributors?|ic|ic track|individual contributor track|technical track|engineering track)$/i;
const managerMarker = /^(people managers?|managers?|management|management track|manager track|people leaders?|people leadership|people management|em|mgr)$/i;
const variantOf = (text: string): Variant | undefined => (icMarker.test(text.trim()) ? 'ic' : managerMarker.test(text.trim()) ? 'management' : undefined);

/**
 * Takes a variant marker out of a header: "(Individual Contributor)", "[People Manager]", "(IC)",
 * "(Manager)", or a bare "IC" / "EM" before or after the title ("Senior Engineer 2 - IC").
 */
function readVariant(header: string): { rest: string; variant?: Variant; marker?: string } {
  const text = header.replace(/\s+/g, ' ').trim();
  for (const m of text.matchAll(/[([]\s*([^()[\]]+?)\s*[)\]]/g)) {
    const variant = variantOf(m[1] ?? '');
    if (variant) return { rest: `${text.slice(0, m.index)} ${text.slice((m.index ?? 0) + m[0].length)}`.replace(/\s+/g, ' ').trim(), variant, marker: (m[1] ?? '').trim() };
  }
  const trailing = /^(.+?)\s*(?:[-–—:|/,]\s*|\s)(IC|EM|Individual Contributor|People Manager)$/i.exec(text);
  if (trailing?.[1] && trailing[2]) return { rest: trailing[1].trim(), variant: variantOf(trailing[2]) ?? 'ic', marker: trailing[2] };
  const leading = /^(IC|EM)\s*(?:[-–—:|/,]\s*|\s)(.+)$/i.exec(text);
  if (leading?.[1] && leading[2]) return { rest: leading[2].trim(), variant: variantOf(leading[1]) ?? 'ic', marker: leading[1] };
  return { rest: text };
}

function cleanLevelId(raw: string): string {
  return raw.replace(/\s+/g, '').replace(/^[^A-Za-z0-9]+/, '').replace(/[^A-Za-z0-9._-]/g, '-');
}

function readHeader(cell: string, position: number): { title: string; levelId?: string } {
  const text = cell.replace(/\s+/g, ' ').trim();
  if (text === '') return { title: `Level ${position}` };
  let m = titleThenCode.exec(text);
  if (m && m[1] && m[2]) return { title: m[1].trim(), levelId: cleanLevelId(m[2]) };
  m = codeThenTitle.exec(text);
  if (m && m[1] && m[2]) return { title: m[2].trim(), levelId: cleanLevelId(m[1]) };
  m = codeOnly.exec(text);
  if (m && m[1]) return { title: text, levelId: cleanLevelId(m[1]) };
  m = titleThenBareCode.exec(text);
  if (m && m[1] && m[2]) return { title: m[1].trim(), levelId: cleanLevelId(m[2]) };
  return { title: text };
}

/**
 * Splits one cell into bullets. Lines that start with a bullet marker start a new bullet and
 * unmarked lines continue the previous one (spreadsheets wrap long bullets by hand); without any
 * marker every line is a bullet. A one-line cell with inline "•" separators is split on them.
 */
export function splitCell(cell: string): string[] {
  const lines = cell
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return [];
  if (lines.some((l) => bulletMarker.test(l))) {
    const bullets: string[] = [];
    for (const line of lines) {
      const marked = bulletMarker.test(line);
      const body = line.replace(bulletMarker, '').trim();
      if (body === '') continue;
      if (marked || bullets.length === 0) bullets.push(body);
      else bullets[bullets.length - 1] += ` ${body}`;
    }
    return bullets;
  }
  if (lines.length === 1 && lines[0]?.includes('•')) {
    return lines[0]
      .split('•')
      .map((b) => b.trim())
      .filter((b) => b !== '');
  }
  // A line that starts in lower case finishes the sentence above it rather than starting a new one.
  const bullets: string[] = [];
  for (const line of lines) {
    if (bullets.length > 0 && /^\p{Ll}/u.test(line)) bullets[bullets.length - 1] += ` ${line}`;
    else bullets.push(line);
  }
  return bullets;
}

function looksLikeContent(row: readonly string[]): boolean {
  return row.slice(1).some((cell) => cell.includes('\n') || bulletMarker.test(cell.trim()) || cell.trim().length > 60);
}

/** Row numbers as people see them in a spreadsheet (1-based), compressed for a message. */
function rowList(rows: number[]): string {
  const shown = rows.slice(0, 8).map(String);
  return rows.length > 8 ? `${shown.join(', ')} and ${rows.length - 8} more` : listWords(shown);
}

/** Keeps lines of a header comment short enough to read in an editor. */
function wrap(text: string, width = 96): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(current);
  return lines;
}

/**
 * Turns a competency matrix exported from a spreadsheet (one row per competency, one column per
 * level or role) into framework YAML. It accepts comma, semicolon, tab or pipe separated text,
 * with or without a byte-order mark; header cells such as "Senior Engineer (L5)" give a role's
 * title and level, and optional columns give each competency's kind and description. Every
 * cell's text ends up in the output, and every guess is explained in `notes` and in a comment at
 * the top of the file. It never throws; input it cannot use at all yields diagnostics only.
 */
export function importCsv(csvText: string, options: CsvImportOptions = {}): ImportResult {
  const notes: string[] = [];
  const source = (typeof csvText === 'string' ? csvText : '').replace(/^\uFEFF/, '');
  if (source.trim() === '') {
    return { notes, diagnostics: [importProblem('import/empty', 'The spreadsheet is empty: there is nothing to import.')] };
  }

  const parsed = Papa.parse(source, { delimiter: '', delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: 'greedy' });
  const delimiterName: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'vertical bars' };
  const quoteRows = parsed.errors.filter((e) => e.type === 'Quotes').map((e) => (e.row ?? 0) + 1);
  if (quoteRows.length > 0) {
    notes.push(`A quote is never closed near row ${rowList(quoteRows)}, so the text after it was read as one cell. Check that cell in the result.`);
  }
  const rows = parsed.data.map((row) => row.map((cell) => (typeof cell === 'string' ? cell.trim() : '')));

  // Spreadsheet exports often pad every row with empty trailing columns; they carry no text.
  let width = Math.max(0, ...rows.map((r) => r.length));
  while (width > 0 && rows.every((r) => (r[width - 1] ?? '') === '')) width -= 1;
  if (rows.length === 0 || width === 0) {
    return { notes, diagnostics: [importProblem('import/empty', 'The spreadsheet has no text in any cell: there is nothing to import.')] };
  }
  if (width < 2) {
    return {
      notes,
      diagnostics: [
        importProblem(
          'import/one-column',
          'The spreadsheet has a single column. Rungs expects one row per competency and one column per level, separated by commas, semicolons or tabs.',
        ),
      ],
    };
  }
  if (parsed.meta.delimiter !== ',') notes.push(`Read the columns as separated by ${delimiterName[parsed.meta.delimiter] ?? `"${parsed.meta.delimiter}"`}.`);

  const first = rows[0] ?? [];
  const hasHeader = !looksLikeContent(first);
  const header = hasHeader ? first : [];
  const body = (hasHeader ? rows.slice(1) : rows).map((row, i) => ({ row, line: i + (hasHeader ? 2 : 1) }));
  if (!hasHeader) notes.push('The first row holds expectations rather than column titles, so there is no header: the first column is read as competency names and the others as levels, numbered from left to right.');

  const short = body.filter(({ row }) => row.length < width && row.slice(1).some((c) => c !== '')).map((r) => r.line);
  const long = hasHeader ? body.filter(({ row }) => row.length > header.length && row.slice(header.length).some((c) => c !== '')).map((r) => r.line) : [];
  if (short.length > 0) notes.push(`Row${short.length > 1 ? 's' : ''} ${rowList(short)} ${short.length > 1 ? 'have' : 'has'} fewer cells than the widest row; the missing cells were read as empty.`);
  if (long.length > 0) {
    notes.push(`Row${long.length > 1 ? 's' : ''} ${rowList(long)} ${long.length > 1 ? 'have' : 'has'} more cells than the header, so the extra columns became levels with made-up titles.`);
  }

  // Which column is which.
  const headerText = (i: number) => (header[i] ?? '').replace(/\s+/g, ' ').trim();
  const nameIndex = Array.from({ length: width }, (_, i) => i).find((i) => nameHeader.test(headerText(i))) ?? 0;
  if (hasHeader && !nameHeader.test(headerText(nameIndex)) && headerText(nameIndex) !== '') {
    notes.push(`Read the first column ("${headerText(nameIndex)}") as the competency names.`);
  }
  const kindIndex = hasHeader ? Array.from({ length: width }, (_, i) => i).find((i) => i !== nameIndex && kindHeader.test(headerText(i))) : undefined;
  const descriptionIndex = hasHeader
    ? Array.from({ length: width }, (_, i) => i).find((i) => i !== nameIndex && i !== kindIndex && descriptionHeader.test(headerText(i)))
    : undefined;

  const levelColumns: Column[] = [];
  for (let i = 0; i < width; i += 1) {
    if (i === nameIndex || i === kindIndex || i === descriptionIndex) continue;
    const position = levelColumns.length + 1;
    const variant = readVariant(header[i] ?? '');
    const read = readHeader(variant.rest, position);
    levelColumns.push({
      index: i,
      title: read.title,
      levelId: read.levelId ?? '',
      explicit: read.levelId !== undefined,
      ...(variant.variant ? { variant: variant.variant, marker: variant.marker } : {}),
    });
  }
  if (levelColumns.length === 0) {
    return { notes, diagnostics: [importProblem('import/no-level-columns', 'No column is left for levels once the competency, kind and description columns are set aside.')] };
  }

  // An IC column and a manager column with the same title otherwise are twins: one level, two tracks.
  const groups: LevelGroup[] = [];
  for (const column of levelColumns) {
    const twin = column.variant
      ? groups.find((g) => g.title.toLowerCase() === column.title.toLowerCase() && g.columns.every((c) => c.variant !== undefined && c.variant !== column.variant))
      : undefined;
    if (twin) {
      twin.columns.push(column);
      if (!twin.explicit && column.explicit) {
        twin.levelId = column.levelId;
        twin.explicit = true;
      } else if (twin.explicit && column.explicit && twin.levelId !== column.levelId) {
        notes.push(`"${column.title}" has level ${twin.levelId} in one variant's column and ${column.levelId} in the other's; both were put on ${twin.levelId}, since twins share a level.`);
      }
    } else groups.push({ title: column.title, levelId: column.levelId, explicit: column.explicit, columns: [column] });
  }
  const twinned = groups.filter((g) => g.columns.length > 1);
  if (twinned.length > 0) {
    notes.push(`Read ${listWords(twinned.map((g) => `"${g.title}"`))} as twins: an individual-contributor and a people-manager variant of one level, placed on the same level of the engineering and management tracks.`);
  }

  // Published matrices sometimes run from the most senior level to the most junior.
  const numbers = groups.map((g) => (g.explicit ? Number(/(\d+)(?!.*\d)/.exec(g.levelId)?.[1]) : NaN));
  if (groups.length > 1 && numbers.every((n) => Number.isFinite(n)) && numbers.every((n, i) => i === 0 || n < (numbers[i - 1] ?? 0))) {
    groups.reverse();
    notes.push('The level columns run from senior to junior, so they were reversed: Rungs lists levels from the most junior to the most senior.');
  }

  const guessedLevels = groups.filter((g) => !g.explicit);
  const takenLevels = new Set<string>();
  for (const group of groups) if (group.explicit) group.levelId = freshLevel(group.levelId, takenLevels, notes);
  groups.forEach((group, i) => {
    if (!group.explicit) group.levelId = freshLevel(`L${i + 1}`, takenLevels, notes);
  });
  for (const group of groups) for (const column of group.columns) column.levelId = group.levelId;
  if (guessedLevels.length > 0) {
    notes.push(
      `No level code in the title${guessedLevels.length > 1 ? 's' : ''} of ${listWords(guessedLevels.map((g) => `"${g.title}"`))}, so ${guessedLevels.length > 1 ? 'they were' : 'it was'} given ${listWords(guessedLevels.map((g) => g.levelId))} by position. Write titles like "Senior Engineer (L5)" to choose the codes yourself.`,
    );
  }
  const untitled = levelColumns.filter((c) => (header[c.index] ?? '').trim() === '');
  if (hasHeader && untitled.length > 0) notes.push(`Column${untitled.length > 1 ? 's' : ''} ${listWords(untitled.map((c) => String(c.index + 1)))} had no title and became ${listWords(untitled.map((c) => `"${c.title}"`))}.`);

  // One dimension per row; rows with only a name are headings for the rows below them.
  const takenDimensions = new Set<string>();
  const dimensions: Array<{ id: string; name: string; kind: 'hard' | 'soft'; description?: string }> = [];
  const expectations = new Map<number, Map<string, string[]>>(levelColumns.map((c) => [c.index, new Map()]));
  const guessedKinds: { hard: string[]; soft: string[] } = { hard: [], soft: [] };
  const headings: string[] = [];
  const unnamed: number[] = [];
  const emptyCells: string[] = [];
  const longNames: string[] = [];
  let splitCells = 0;
  let group: string | undefined;
  body.forEach(({ row, line }, n) => {
    const cell = (i: number | undefined) => (i === undefined ? '' : (row[i] ?? ''));
    const levelTexts = levelColumns.map((c) => cell(c.index));
    const rawName = cell(nameIndex).replace(/\s+/g, ' ');
    const next = body[n + 1];
    const isHeading = rawName !== '' && levelTexts.every((t) => t === '') && cell(descriptionIndex) === '' && cell(kindIndex) === '' && next !== undefined;
    if (isHeading) {
      group = rawName;
      headings.push(`"${rawName}" (row ${line})`);
      return;
    }
    if (rawName === '') unnamed.push(line);
    const fullName = rawName === '' ? `Competency ${dimensions.length + 1}` : rawName;
    const name = fullName.length > NAME_LIMIT ? `${fullName.slice(0, NAME_LIMIT - 1).trimEnd()}…` : fullName;
    if (name !== fullName) longNames.push(`row ${line}`);
    const id = freshId(slugify(fullName, `competency-${dimensions.length + 1}`), takenDimensions);

    const kindText = cell(kindIndex);
    let kind: 'hard' | 'soft';
    const descriptionParts: string[] = [];
    if (kindText !== '' && (hardValue.test(kindText) || softValue.test(kindText))) {
      kind = hardValue.test(kindText) && !softValue.test(kindText) ? 'hard' : softValue.test(kindText) && !hardValue.test(kindText) ? 'soft' : hardName.test(fullName) ? 'hard' : 'soft';
      if (!/^(hard|soft)$/i.test(kindText)) descriptionParts.push(`${headerText(kindIndex ?? 0) || 'Kind'}: ${kindText}.`);
    } else {
      kind = hardName.test(fullName) ? 'hard' : 'soft';
      guessedKinds[kind].push(name);
      if (kindText !== '') descriptionParts.push(`${headerText(kindIndex ?? 0) || 'Kind'}: ${kindText}.`);
    }
    if (group !== undefined) descriptionParts.push(`Part of "${group}".`);
    if (cell(descriptionIndex) !== '') descriptionParts.push(cell(descriptionIndex));
    if (name !== fullName) descriptionParts.push(`Full name: ${fullName}`);
    const description = descriptionParts.join(' ');
    dimensions.push({ id, name, kind, ...(description === '' ? {} : { description }) });

    levelColumns.forEach((column, i) => {
      const text = levelTexts[i] ?? '';
      const bullets = splitCell(text);
      if (bullets.length === 0) {
        emptyCells.push(`${name} at ${column.title}`);
        return;
      }
      if (bullets.length > 1) splitCells += 1;
      expectations.get(column.index)?.set(id, bullets);
    });
  });
  if (dimensions.length === 0) {
    return { notes, diagnostics: [importProblem('import/no-rows', 'The spreadsheet has column titles but no competency rows below them.')] };
  }
  if (headings.length > 0) notes.push(`Read ${listWords(headings)} as heading${headings.length > 1 ? 's' : ''}: no level has text in ${headings.length > 1 ? 'those rows' : 'that row'}, so ${headings.length > 1 ? 'each' : 'it'} is kept in the description of the competencies below it.`);
  if (unnamed.length > 0) notes.push(`Row${unnamed.length > 1 ? 's' : ''} ${rowList(unnamed)} had no competency name and got a numbered one; rename ${unnamed.length > 1 ? 'them' : 'it'}.`);
  if (longNames.length > 0) notes.push(`Shortened competency names longer than ${NAME_LIMIT} characters (${listWords(longNames)}); the full text is in the description.`);
  if (guessedKinds.hard.length > 0 || guessedKinds.soft.length > 0) {
    const parts = [
      guessedKinds.hard.length > 0 ? `hard: ${listWords(guessedKinds.hard)}` : '',
      guessedKinds.soft.length > 0 ? `soft: ${listWords(guessedKinds.soft)}` : '',
    ].filter((p) => p !== '');
    notes.push(`Guessed from the names whether each competency is a hard or a soft skill (${parts.join('; ')}). Change "kind" where the guess is wrong.`);
  }
  if (splitCells > 0) notes.push(`Split ${splitCells} cell${splitCells > 1 ? 's' : ''} with several lines or bullet marks into separate bullets.`);
  if (emptyCells.length > 0) {
    const shown = emptyCells.slice(0, 6);
    notes.push(
      `${emptyCells.length} cell${emptyCells.length > 1 ? 's were' : ' was'} empty (${listWords(shown)}${emptyCells.length > shown.length ? ` and ${emptyCells.length - shown.length} more` : ''}); Rungs will ask for expectations there when you check the file.`,
    );
  }

  const takenRoles = new Set<string>();
  const roleIds = new Map<number, string>();
  const roleOf = (column: Column) => {
    // The manager variant keeps its marker in the title, so the twins read apart.
    const fullTitle = column.variant === 'management' ? `${column.title} (${column.marker ?? 'Manager'})` : column.title;
    const title = fullTitle.length > NAME_LIMIT ? `${fullTitle.slice(0, NAME_LIMIT - 1).trimEnd()}…` : fullTitle;
    const bullets = expectations.get(column.index) ?? new Map<string, string[]>();
    const id = freshId(slugify(fullTitle, `role-${column.levelId.toLowerCase()}`), takenRoles);
    roleIds.set(column.index, id);
    return {
      id,
      title,
      level: column.levelId,
      ...(title !== fullTitle ? { summary: fullTitle } : {}),
      expectations: Object.fromEntries(dimensions.filter((d) => bullets.has(d.id)).map((d) => [d.id, bullets.get(d.id) ?? []])),
    };
  };
  const ordered = groups.flatMap((g) => g.columns);
  const icColumns = ordered.filter((c) => c.variant !== 'management');
  const managerColumns = ordered.filter((c) => c.variant === 'management');
  const roles = icColumns.map(roleOf);
  const managerRoles = managerColumns.map((column) => {
    const role = roleOf(column);
    const twin = groups.find((g) => g.columns.includes(column))?.columns.find((c) => c !== column);
    const twinId = twin ? roleIds.get(twin.index) : undefined;
    return twinId ? { ...role, equivalent: twinId } : role;
  });
  const managerLike = icColumns.filter((c) => managementTitle.test(c.title)).map((c) => `"${c.title}"`);
  if (managerLike.length > 0) {
    notes.push(`${managerColumns.length > 0 ? 'Columns without a variant marker were placed on the engineering track' : 'All columns were placed on one engineering track'}, including ${listWords(managerLike)}. If those are management roles, move them to a track with kind "management".`);
  }
  const tracks = [
    ...(roles.length > 0 ? [{ id: 'engineering', name: 'Engineering', kind: 'ic', roles }] : []),
    ...(managerRoles.length > 0 ? [{ id: 'management', name: 'Engineering management', kind: 'management', roles: managerRoles }] : []),
  ];

  // Two columns that become roles of one title on one track cannot be told apart by readers.
  const sameTitle: Diagnostic[] = [];
  for (const [track, columns] of [['Engineering', icColumns], ['Engineering management', managerColumns]] as const) {
    const byTitle = new Map<string, Column[]>();
    for (const c of columns) byTitle.set(c.title.toLowerCase(), [...(byTitle.get(c.title.toLowerCase()) ?? []), c]);
    for (const same of byTitle.values()) {
      if (same.length < 2) continue;
      const named = same.map((c) => `column ${c.index + 1} ("${headerText(c.index)}")`);
      sameTitle.push({
        ...importProblem('import/same-title', `${listWords(named)} all become the role "${same[0]?.title ?? ''}" on the ${track} track; rename them so readers can tell the roles apart.`),
        severity: 'warning',
      });
    }
  }

  const framework = {
    rungs: 1,
    name: options.name?.trim() || 'Imported career framework',
    description: 'Imported from a spreadsheet with `rungs import`. Review the notes at the top of the file, then edit freely.',
    dimensions,
    levels: groups.map((g) => ({ id: g.levelId, ...(g.title !== g.levelId ? { name: g.title.slice(0, NAME_LIMIT) } : {}) })),
    tracks,
  };
  const doc = new Document(framework);
  // The titles of the name, kind and description columns are not content, but they are the
  // user's text too: the comment records how each column was read.
  const columnRoles = [
    hasHeader && headerText(nameIndex) !== '' ? `"${headerText(nameIndex)}" gave the competency names` : 'the first column gave the competency names',
    kindIndex !== undefined ? `"${headerText(kindIndex)}" whether each is a hard or soft skill` : '',
    descriptionIndex !== undefined ? `"${headerText(descriptionIndex)}" their descriptions` : '',
    `${levelColumns.length} column${levelColumns.length > 1 ? 's' : ''} the levels`,
  ].filter((p) => p !== '');
  const comment = [
    ' Imported from a spreadsheet by `rungs import`.',
    ...wrap(`Columns: ${listWords(columnRoles)}.`).map((line, i) => (i === 0 ? ` ${line}` : `   ${line}`)),
    notes.length > 0 ? ' What Rungs had to guess or change while importing:' : ' Nothing had to be guessed.',
    ...notes.flatMap((note) => wrap(note).map((line, i) => (i === 0 ? ` - ${line}` : `   ${line}`))),
    ' Check the result with `rungs validate` and edit it like any other framework.',
  ];
  doc.commentBefore = comment.join('\n');
  const text = doc.toString({ lineWidth: 0 });
  return { text, notes, diagnostics: [...sameTitle, ...checkFramework(text).diagnostics] };
}

function freshLevel(id: string, taken: Set<string>, notes: string[]): string {
  const fresh = freshId(id, taken);
  if (fresh !== id) notes.push(`Two columns share the level code ${id}; the second became ${fresh}, since each column is its own level.`);
  return fresh;
}
