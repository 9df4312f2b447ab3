// The stress corpus: frameworks shaped to break layouts, generated rather than committed, so every
// case is reproducible from its parameters and no third-party ladder text enters the repository.
//
//   import { stressCorpus, stressCase, buildStressYaml } from '../layout/stress-corpus.ts';
//   for (const c of stressCorpus()) checkFramework(c.yaml)   // every case validates without errors
//
// Each case lists the stresses it carries (`features`), so a check can pick the cases that matter
// to it (e.g. the career map only needs the ones with many tracks or long titles).
import { stringify } from 'yaml';

/** What a stress case is built to exercise. */
export type StressFeature =
  | 'many-dimensions' // 12 or more dimensions
  | 'one-dimension'
  | 'fifteen-dimensions'
  | 'long-titles' // role titles of 60 characters, several sharing their first 45
  | 'six-tracks' // 6 tracks with twins at every level
  | 'fifteen-levels'
  | 'long-bullets'
  | 'emoji'
  | 'right-to-left'
  | 'cjk'
  | 'reordered-dimensions' // a track whose `dimensions` list reorders the framework's
  | 'markdown' // headings, emphasis, code, links and lists in text fields
  | 'long-words'; // unbreakable tokens (URLs, identifiers) in bullets

/** One generated framework of the corpus. */
export interface StressCase {
  /** kebab-case, usable as a file or test name. */
  name: string;
  /** One sentence: what this case is built to break. */
  purpose: string;
  features: readonly StressFeature[];
  /** The framework file, ready for `checkFramework`. */
  yaml: string;
}

/** The knobs of one generated framework. */
export interface StressOptions {
  name: string;
  dimensions: number;
  levels: number;
  /** 1 to 6; the first is IC, the second management, the rest "other". */
  tracks: number;
  /** Bullets per dimension and role. */
  bullets: number;
  /** Every title padded to 60 characters; titles of a track share their first 45. */
  longTitles?: boolean;
  /** Bullets of 40+ words instead of one sentence. */
  longBullets?: boolean;
  /** Sprinkle emoji, Hebrew/Arabic and CJK text into names, titles and bullets. */
  scripts?: boolean;
  /** Markdown (headings, lists, emphasis, links) in descriptions, summaries and bullets. */
  markdown?: boolean;
  /** The last track lists the framework's dimensions in reverse order (and skips one). */
  reorderDimensions?: boolean;
  /** Unbreakable long tokens in some bullets. */
  longWords?: boolean;
}

const dimensionNames = [
  'Technical craft',
  'Delivery and execution',
  'System design and architecture',
  'Operational excellence and reliability',
  'Security and privacy',
  'Product sense',
  'Collaboration',
  'Written and spoken communication',
  'Mentoring and growing others',
  'Influence without authority',
  'Strategic thinking',
  'Hiring and team composition',
  'Culture and psychological safety',
  'Data literacy and measurement',
  'Customer empathy',
];

const trackShapes = [
  { id: 'ic', name: 'Individual contributor', kind: 'ic', noun: 'Engineer' },
  { id: 'management', name: 'Engineering management', kind: 'management', noun: 'Engineering Manager' },
  { id: 'product', name: 'Product management', kind: 'other', noun: 'Product Manager' },
  { id: 'design', name: 'Product design', kind: 'other', noun: 'Product Designer' },
  { id: 'data', name: 'Data science and analytics', kind: 'other', noun: 'Data Scientist' },
  { id: 'sre', name: 'Site reliability engineering', kind: 'other', noun: 'Reliability Engineer' },
] as const;

const verbs = ['Ships', 'Designs', 'Reviews', 'Explains', 'Measures', 'Simplifies', 'Leads', 'Coaches', 'Documents', 'Negotiates'];
const objects = [
  'well-tested changes to a shared service',
  'the plan for a multi-quarter migration',
  'incident follow-ups until the root cause is gone',
  'trade-offs between speed and safety in writing',
  'the metrics that tell the team it is on track',
  'an onboarding path for new team members',
];
const scopes = ['a task', 'a feature', "a team's system", 'several teams', 'a product area', 'the organisation', 'the company'];

const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

const emoji = ['🚀', '🛠️', '🤝', '📈', '🧭', '👩🏽‍💻'];
const hebrew = 'מוביל שיפור מתמיד בצוות';
const arabic = 'يقود التحسين المستمر في الفريق';
const cjk = '持续改进团队的工作方式';

/** Pads or cuts a title to exactly `length` characters, ending on its distinguishing suffix. */
function titleOfLength(stem: string, suffix: string, length: number): string {
  const room = length - suffix.length - 1;
  const padded = (stem + ' for Platform Infrastructure and Developer Experience').slice(0, room).trimEnd();
  return `${padded.padEnd(room, ' ')} ${suffix}`.replace(/ {2,}/g, ' ').padEnd(length, '.').slice(0, length);
}

function dimensionId(i: number): string {
  return `d${String(i + 1).padStart(2, '0')}`;
}

function levelId(i: number): string {
  return `L${i + 1}`;
}

function bullet(options: StressOptions, level: number, dimension: number, index: number, track: number): string {
  const verb = verbs[(level + dimension + index) % verbs.length];
  const object = objects[(dimension * 3 + index + track) % objects.length];
  // The level, dimension and index are in every bullet so no bullet repeats at the next level or
  // under another dimension.
  let text = `${verb} ${object} at ${scopes[Math.min(level, scopes.length - 1)]} scope (level ${level + 1}, area ${dimension + 1}, point ${index + 1})`;
  if (options.longBullets) {
    text += ', and writes down what was learned so that the next person who meets the same problem on a different team can start from the answer instead of the question, which over a year saves far more time than it costs';
  }
  if (options.markdown && index === 0) text = `**${verb}** ${object} with \`code review\` and a [written plan](https://example.com/plan/${level + 1}) (level ${level + 1})`;
  if (options.longWords && index === 0 && dimension % 4 === 0) {
    text += ` following https://wiki.example.com/engineering/standards/${'reliability-'.repeat(4)}checklist and PlatformReliabilityObservabilityConfigurationManager`;
  }
  if (options.scripts) {
    if (dimension % 5 === 1) text += ` ${emoji[(level + index) % emoji.length]}`;
    if (dimension % 5 === 2 && index === 0) text = `${hebrew} (${level + 1})`;
    if (dimension % 5 === 3 && index === 0) text = `${arabic} — level ${level + 1}`;
    if (dimension % 5 === 4 && index === 0) text = `${cjk}（第 ${level + 1} 级）`;
  }
  return `${text}.`;
}

/** Builds the framework object (plain data, as YAML would parse it) for a set of stress options. */
export function buildStressFramework(options: StressOptions): Record<string, unknown> {
  const dims = Array.from({ length: options.dimensions }, (_, i) => ({
    id: dimensionId(i),
    name: (options.scripts && i === 1 ? `${dimensionNames[i % dimensionNames.length]} 🛠️` : dimensionNames[i % dimensionNames.length]) ?? `Dimension ${i + 1}`,
    kind: i % 2 === 0 ? 'hard' : 'soft',
    description: options.markdown && i === 0
      ? 'How well the work is built.\n\n### What good looks like\n\n- **Correct** before clever\n- Tested with `unit tests`\n\nSee the [engineering guide](https://example.com/guide).'
      : `What we look for in ${(dimensionNames[i % dimensionNames.length] ?? 'this dimension').toLowerCase()}, from the first task to the whole company.`,
  }));
  const levels = Array.from({ length: options.levels }, (_, i) => ({
    id: levelId(i),
    name: `Level ${i + 1}`,
    band: { min: 80000 + i * 20000, max: 110000 + i * 25000, currency: 'USD' },
  }));
  const tracks = trackShapes.slice(0, options.tracks).map((shape, t) => {
    const reorder = options.reorderDimensions && t === options.tracks - 1;
    // Reversed and missing the second dimension, so order and filtering are both exercised.
    const dimensionIds = reorder ? dims.map((d) => d.id).reverse().filter((id) => id !== dimensionId(1)) : undefined;
    const applying = dimensionIds ?? dims.map((d) => d.id);
    const roles = levels.map((level, l) => {
      const suffix = roman[l] ?? String(l + 1);
      let title = options.longTitles ? titleOfLength(`Distinguished ${shape.noun}`, suffix, 60) : `${shape.noun} ${suffix}`;
      if (options.scripts && t === 0 && l === 0) title = `${shape.noun} ${suffix} 🚀`;
      if (options.scripts && t === 1 && l === 1) title = `מהנדס ${shape.noun} ${suffix}`;
      const expectations: Record<string, string[]> = {};
      for (const id of applying) {
        const d = dims.findIndex((x) => x.id === id);
        expectations[id] = Array.from({ length: options.bullets }, (_, b) => bullet(options, l, d, b, t));
      }
      return {
        id: `${shape.id}-${l + 1}`,
        title,
        level: level.id,
        summary: options.markdown && l === 0
          ? `Learns the **codebase** and delivers *well-defined* tasks; see [the guide](https://example.com/start).`
          : `Works at ${scopes[Math.min(l, scopes.length - 1)]} scope as a ${shape.noun.toLowerCase()} at level ${l + 1}.`,
        scope: scopes[Math.min(l, scopes.length - 1)],
        ...(t > 0 && options.tracks > 1 ? { equivalent: `ic-${l + 1}` } : {}),
        expectations,
      };
    });
    return {
      id: shape.id,
      name: options.scripts && t === 2 ? `${shape.name} (${arabic})` : shape.name,
      kind: shape.kind,
      description: `The ${shape.name.toLowerCase()} track${reorder ? ', which assesses its dimensions in its own order' : ''}.`,
      ...(dimensionIds ? { dimensions: dimensionIds } : {}),
      roles,
    };
  });
  const moves = options.tracks > 1 && options.levels > 3
    ? [
        { from: 'ic-3', to: 'management-3', kind: 'lateral', note: 'Often a trial as tech lead first.' },
        { from: 'management-4', to: 'ic-4', kind: 'switch' },
      ]
    : [];
  return {
    rungs: 1,
    name: `Stress test: ${options.name}`,
    organization: 'Rungs layout tests',
    version: '1',
    description: options.markdown
      ? 'A generated framework.\n\n### How to read it\n\nEach level **adds** to the one below. See [the README](https://example.com/readme).\n\n1. Find your level\n2. Read the next one'
      : `A generated framework with ${options.dimensions} dimensions, ${options.levels} levels and ${options.tracks} tracks.`,
    dimensions: dims,
    levels,
    tracks,
    ...(moves.length > 0 ? { moves } : {}),
  };
}

/** The framework file for a set of stress options. */
export function buildStressYaml(options: StressOptions): string {
  return stringify(buildStressFramework(options), { lineWidth: 0 });
}

const cases: { purpose: string; features: StressFeature[]; options: StressOptions }[] = [
  {
    purpose: 'A wide matrix: 13 dimensions, long bullets and long words, with a track that reorders the dimensions.',
    features: ['many-dimensions', 'long-bullets', 'long-words', 'reordered-dimensions'],
    options: { name: 'thirteen-dimensions', dimensions: 13, levels: 5, tracks: 3, bullets: 2, longBullets: true, longWords: true, reorderDimensions: true },
  },
  {
    purpose: 'The widest matrix the issue names: 15 dimensions.',
    features: ['fifteen-dimensions', 'many-dimensions'],
    options: { name: 'fifteen-dimensions', dimensions: 15, levels: 4, tracks: 2, bullets: 1 },
  },
  {
    purpose: 'The narrowest matrix: a single dimension.',
    features: ['one-dimension'],
    options: { name: 'one-dimension', dimensions: 1, levels: 3, tracks: 1, bullets: 3 },
  },
  {
    purpose: 'Six tracks with a twin at every level, all titles 60 characters long and alike in their first 45.',
    features: ['six-tracks', 'long-titles'],
    options: { name: 'six-tracks', dimensions: 4, levels: 6, tracks: 6, bullets: 1, longTitles: true },
  },
  {
    purpose: 'A tall ladder: 15 levels on two tracks with 60-character titles.',
    features: ['fifteen-levels', 'long-titles'],
    options: { name: 'fifteen-levels', dimensions: 5, levels: 15, tracks: 2, bullets: 2, longTitles: true },
  },
  {
    purpose: 'Emoji, Hebrew, Arabic and CJK text, plus Markdown in every kind of text field.',
    features: ['emoji', 'right-to-left', 'cjk', 'markdown', 'reordered-dimensions'],
    options: { name: 'scripts-and-markdown', dimensions: 6, levels: 4, tracks: 3, bullets: 2, scripts: true, markdown: true, reorderDimensions: true },
  },
];

/** Every case of the stress corpus, in a stable order. */
export function stressCorpus(): StressCase[] {
  return cases.map(({ purpose, features, options }) => ({ name: options.name, purpose, features, yaml: buildStressYaml(options) }));
}

/** One case of the corpus by name; throws for a name that is not in it (a typo in a test). */
export function stressCase(name: string): StressCase {
  const found = stressCorpus().find((c) => c.name === name);
  if (!found) throw new Error(`No stress case named '${name}'; known: ${cases.map((c) => c.options.name).join(', ')}`);
  return found;
}
