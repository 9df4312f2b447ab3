/**
 * Writes realistic, clean career frameworks of a requested size for benchmarks and tests.
 *
 * The output looks like what a large organisation writes: one shared level scale, 20+ dimensions,
 * several IC tracks that climb every level, management tracks that start mid-ladder with an IC
 * twin on every level they staff, moves and external mappings. Bullets are assembled from phrase
 * pools with a seeded generator, so each size is byte-for-byte reproducible and no bullet is
 * copied unchanged to the next level (which analysis would flag).
 *
 * Usage as a script: `tsx bench/generate-framework.ts 500000 [seed] > out.yaml`.
 */

/** What to generate. */
export interface GenerateOptions {
  /** Approximate size of the YAML text in bytes; tracks are added until it is reached. */
  targetBytes: number;
  /** Seed of the pseudo-random generator: same seed and size, same text. */
  seed?: number;
  /** Number of levels (8 to 12); defaults to one derived from the seed. */
  levels?: number;
}

/** Mulberry32: tiny, fast and good enough to vary wording deterministically. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIMENSIONS: readonly (readonly [string, string, 'hard' | 'soft'])[] = [
  ['technical-depth', 'Technical depth', 'hard'],
  ['system-design', 'System design', 'hard'],
  ['code-quality', 'Code quality', 'hard'],
  ['testing', 'Testing and verification', 'hard'],
  ['operations', 'Operational excellence', 'hard'],
  ['security', 'Security and privacy', 'hard'],
  ['data', 'Data and measurement', 'hard'],
  ['architecture', 'Architecture', 'hard'],
  ['performance', 'Performance and cost', 'hard'],
  ['tooling', 'Developer tooling', 'hard'],
  ['delivery', 'Delivery', 'hard'],
  ['product-sense', 'Product sense', 'soft'],
  ['communication', 'Written and verbal communication', 'soft'],
  ['collaboration', 'Collaboration', 'soft'],
  ['influence', 'Influence without authority', 'soft'],
  ['mentoring', 'Mentoring', 'soft'],
  ['people-development', 'People development', 'soft'],
  ['hiring', 'Hiring and interviewing', 'soft'],
  ['strategy', 'Strategic thinking', 'soft'],
  ['ownership', 'Ownership', 'soft'],
  ['judgement', 'Judgement and decision making', 'soft'],
  ['inclusion', 'Inclusion and culture', 'soft'],
  ['customer-focus', 'Customer focus', 'soft'],
  ['business-impact', 'Business impact', 'soft'],
];

const IC_TRACKS: readonly (readonly [string, string])[] = [
  ['backend', 'Backend engineering'],
  ['frontend', 'Frontend engineering'],
  ['mobile', 'Mobile engineering'],
  ['infrastructure', 'Infrastructure engineering'],
  ['data-engineering', 'Data engineering'],
  ['machine-learning', 'Machine learning engineering'],
  ['security-engineering', 'Security engineering'],
  ['site-reliability', 'Site reliability engineering'],
  ['quality', 'Quality engineering'],
  ['developer-experience', 'Developer experience'],
  ['embedded', 'Embedded systems'],
  ['platform', 'Platform engineering'],
];

const LEVEL_TITLES = ['Associate', 'Engineer I', 'Engineer II', 'Senior I', 'Senior II', 'Staff', 'Senior Staff', 'Principal', 'Senior Principal', 'Distinguished', 'Fellow', 'Senior Fellow'];

const VERBS = ['Designs', 'Ships', 'Owns', 'Reviews', 'Improves', 'Leads', 'Drives', 'Writes', 'Runs', 'Plans', 'Shapes', 'Simplifies', 'Measures', 'Coaches', 'Documents', 'Untangles', 'Anticipates', 'Negotiates', 'Sponsors', 'Clarifies', 'Prioritises', 'Scales', 'Automates', 'Audits', 'Retires', 'Explains', 'Aligns', 'Builds', 'Hardens', 'Refactors'];
const OBJECTS = ['small changes', 'well-tested features', 'service boundaries', 'the on-call rotation', 'incident reviews', 'design documents', 'migration plans', 'data pipelines', 'public interfaces', 'deployment tooling', 'the team roadmap', 'hiring loops', 'interview rubrics', 'performance budgets', 'observability dashboards', 'threat models', 'API contracts', 'release processes', 'technical debt', 'shared libraries', 'customer escalations', 'quarterly goals', 'capacity forecasts', 'cross-team dependencies', 'architecture reviews', 'experiment designs', 'accessibility audits', 'cost reports', 'runbooks', 'onboarding guides'];
const SCOPES = ['for a single component', 'within the team', 'across two or three teams', 'for a product area', 'across the organisation', 'for the whole company', 'with partner teams', 'in unfamiliar codebases', 'under tight deadlines', 'for critical systems', 'across several quarters', 'for external customers'];
const MANNERS = ['with guidance from a senior peer', 'with little supervision', 'independently', 'by setting the direction others follow', 'by building consensus early', 'by writing down the trade-offs', 'by teaching others to do the same', 'using evidence rather than opinion', 'while keeping risk visible', 'so that others can extend the work', 'without being asked', 'and measures the outcome'];
const TAILS = ['and shares what they learn.', 'and asks for help early when blocked.', 'and keeps stakeholders informed of progress.', 'and follows up until the problem is gone for good.', 'so that the next person starts from a better place.', 'and explains why in plain language.', 'and leaves the codebase simpler than they found it.', 'and spots risks before they become incidents.', 'and turns recurring problems into tooling.', 'and makes the team faster as a result.', 'and grows the people around them.', 'and adjusts the plan when the facts change.'];
const FILLERS = ['consistently', 'carefully', 'pragmatically', 'deliberately', 'openly', 'thoughtfully', 'reliably', 'quickly', 'calmly', 'visibly'];

/**
 * One expectation of 10 to 30 words. The phrase pools hold no `:` or `#`, so every bullet is a
 * valid plain YAML scalar; wider scopes come with higher levels, as in a real ladder.
 */
function bullet(random: () => number, level: number, salt: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const scope = SCOPES[Math.min(SCOPES.length - 1, Math.floor((level / 12) * SCOPES.length + random() * 3))] as string;
  const parts = [pick(VERBS), pick(FILLERS), pick(OBJECTS), scope, pick(MANNERS)];
  // 10 to 30 words: short bullets stop after the manner, long ones add a tail or two.
  const extra = Math.floor(random() * 3);
  for (let i = 0; i < extra; i += 1) parts.push(pick(TAILS).replace(/\.$/, ''));
  let sentence = parts.join(' ');
  // A salt word keeps bullets distinct even when the phrase pools collide.
  sentence += ` (${['focus', 'example', 'evidence', 'signal', 'habit'][salt % 5]} ${salt % 97}).`;
  return sentence.replace(/\s+/g, ' ');
}

/** A title as a plain scalar when YAML allows it, else double-quoted. */
function yamlString(value: string): string {
  return /^[A-Za-z0-9(][^:#]*$/.test(value) && !/[:#]\s|\s$/.test(value) ? value : JSON.stringify(value);
}

/**
 * Generates a framework of about `targetBytes` bytes that validates clean: references resolve,
 * ids are unique, roles climb the level order, management levels have IC twins, every role
 * covers its track's dimensions and bullets differ between adjacent levels.
 */
export function generateFramework(options: GenerateOptions): string {
  const seed = options.seed ?? 1;
  const random = createRandom(seed);
  const levelCount = options.levels ?? 8 + Math.floor(random() * 5);
  const out: string[] = [];
  let bytes = 0;
  const emit = (line: string) => {
    out.push(line);
    bytes += line.length + 1;
  };

  emit('# Generated by bench/generate-framework.ts: a synthetic but realistic framework for benchmarks.');
  emit('rungs: 1');
  emit(`name: Benchmark Engineering Career Framework (${Math.round(options.targetBytes / 1000)} KB)`);
  emit('organization: Example Corp');
  emit('version: "2026.1"');
  emit('description: |');
  emit('  A generated framework used to measure how fast Rungs checks, previews and exports');
  emit('  large ladders. Every track shares one level scale; management starts mid-ladder.');
  emit('');
  emit('dimensions:');
  for (const [id, name, kind] of DIMENSIONS) {
    emit(`  - id: ${id}`);
    emit(`    name: ${name}`);
    emit(`    kind: ${kind}`);
    emit(`    description: ${bullet(random, 5, id.length)}`);
  }
  emit('');
  emit('levels:');
  for (let l = 0; l < levelCount; l += 1) {
    emit(`  - id: L${l + 1}`);
    emit(`    name: ${LEVEL_TITLES[l] ?? `Level ${l + 1}`}`);
    emit(`    description: ${bullet(random, l, l)}`);
    emit('    band:');
    emit(`      min: ${60000 + l * 25000}`);
    emit(`      max: ${90000 + l * 32000}`);
    emit('      currency: USD');
  }
  emit('');
  emit('tracks:');

  // Management starts at the middle of the ladder and stops one level below the top, so the IC
  // tracks always reach at least as high (dual-track parity).
  const managementFrom = Math.floor(levelCount / 2);
  const managementTo = levelCount - 2;
  const roleIds: string[][] = [];
  let salt = 0;
  let trackNumber = 0;
  const writeTrack = (id: string, name: string, kind: 'ic' | 'management', from: number, to: number) => {
    // Small frameworks assess fewer dimensions per track, so 50 KB still holds two full tracks.
    const dimensionCount = options.targetBytes < 200_000 ? 3 : 6 + Math.floor(random() * 5);
    const offset = Math.floor(random() * DIMENSIONS.length);
    const dims: string[] = [];
    for (let i = 0; i < dimensionCount; i += 1) dims.push((DIMENSIONS[(offset + i * 5) % DIMENSIONS.length] as readonly string[])[0] as string);
    const unique = [...new Set(dims)];
    emit(`  - id: ${id}`);
    emit(`    name: ${name}`);
    emit(`    kind: ${kind}`);
    emit(`    description: ${bullet(random, from, trackNumber)}`);
    emit(`    dimensions: [${unique.join(', ')}]`);
    emit('    roles:');
    const ids: string[] = [];
    for (let l = from; l <= to; l += 1) {
      const roleId = `${id}-l${l + 1}`;
      ids.push(roleId);
      const title = kind === 'management' ? `${name.replace(/ management$/, '')} manager ${l - from + 1}` : `${name.replace(/ engineering$/, '')} ${LEVEL_TITLES[l] ?? `level ${l + 1}`}`;
      emit(`      - id: ${roleId}`);
      emit(`        title: ${yamlString(title)}`);
      emit(`        level: L${l + 1}`);
      emit(`        summary: ${bullet(random, l, (salt += 1))}`);
      emit(`        scope: ${SCOPES[Math.min(SCOPES.length - 1, l)]}`);
      emit(`        years: "${1 + l}-${3 + l}"`);
      emit('        expectations:');
      for (const dim of unique) {
        emit(`          ${dim}:`);
        const count = 3 + Math.floor(random() * 4);
        for (let b = 0; b < count; b += 1) emit(`            - ${bullet(random, l, (salt += 1))}`);
      }
    }
    roleIds.push(ids);
    trackNumber += 1;
  };

  // At least one IC and one management track; then pairs of them while the size is not reached.
  for (let pair = 0; pair === 0 || bytes < options.targetBytes * 0.85; pair += 1) {
    const ic = IC_TRACKS[pair % IC_TRACKS.length] as readonly [string, string];
    const round = Math.floor(pair / IC_TRACKS.length);
    const suffix = round === 0 ? '' : `-${round + 1}`;
    const label = suffix ? ` ${round + 1}` : '';
    writeTrack(`${ic[0]}${suffix}`, `${ic[1]}${label}`, 'ic', 0, levelCount - 1);
    if (pair === 0 || bytes < options.targetBytes * 0.85) {
      writeTrack(`${ic[0]}-management${suffix}`, `${ic[1]} management${label}`, 'management', managementFrom, managementTo);
    }
  }

  emit('');
  emit('moves:');
  const firstIc = roleIds[0] ?? [];
  const firstManagement = roleIds[1] ?? [];
  for (let i = 0; i < firstManagement.length; i += 1) {
    const from = firstIc[managementFrom + i];
    const to = firstManagement[i];
    if (!from || !to) continue;
    emit(`  - from: ${from}`);
    emit(`    to: ${to}`);
    emit('    kind: switch');
    emit(`    note: ${bullet(random, managementFrom + i, (salt += 1))}`);
  }
  emit('');
  emit('mappings:');
  for (const company of ['Google', 'Meta', 'Amazon']) {
    emit(`  - company: ${company}`);
    emit('    levels:');
    for (let l = 0; l < levelCount; l += 1) emit(`      L${l + 1}: "${company.slice(0, 1)}${l + 3}"`);
  }
  return `${out.join('\n')}\n`;
}

/** The three benchmark sizes and the seed each is generated with. */
export const BENCH_SIZES = [
  { name: '50KB', bytes: 50_000, seed: 50 },
  { name: '500KB', bytes: 500_000, seed: 500 },
  { name: '5MB', bytes: 5_000_000, seed: 5000 },
] as const;

const invokedDirectly = typeof process !== 'undefined' && process.argv[1] !== undefined && /generate-framework\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  const bytes = Number(process.argv[2] ?? 50_000);
  const seed = Number(process.argv[3] ?? 1);
  process.stdout.write(generateFramework({ targetBytes: bytes, seed }));
}
