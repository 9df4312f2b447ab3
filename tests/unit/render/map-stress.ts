import { stringify } from 'yaml';

/** Shapes of stress framework for the career map: how many of everything, and how long the titles. */
export interface MapStressShape {
  tracks: number;
  levels: number;
  /** Target length of every role title, in characters. */
  titleLength: number;
  /** Titles that share their first words, so a shortened label could hide which role it is. */
  sharedPrefix?: boolean;
  /** A second role on the first track at every other level. */
  doubleRoles?: boolean;
  /** Scripts beyond Latin in titles: emoji, CJK and right-to-left text. */
  scripts?: boolean;
  moves?: boolean;
}

const words = ['Platform', 'Reliability', 'Infrastructure', 'Engineering', 'Data', 'Machine', 'Learning', 'Security', 'Operations', 'Experience', 'Mobile', 'Frontend', 'Backend', 'Payments', 'Developer', 'Productivity'];
const extra = ['🚀 Launch', '数据平台', 'הנדסה', 'Ωmega', 'Инженер'];

function title(track: number, level: number, length: number, shape: MapStressShape, variant = ''): string {
  const lead = shape.sharedPrefix ? 'Senior Principal Distinguished Engineering Manager of' : `${['Engineer', 'Manager', 'Architect', 'Analyst', 'Designer', 'Scientist'][track % 6]} L${level + 1}`;
  const parts = [lead];
  let i = track * 3 + level;
  while (parts.join(' ').length < length) {
    parts.push(shape.scripts && i % 7 === 0 ? (extra[i % extra.length] ?? '') : (words[i % words.length] ?? ''));
    i += 1;
  }
  // Titles stay distinct at their end, where a shortened label would cut them.
  const base = parts.join(' ').slice(0, Math.max(8, length - 8)).trim();
  return `${base} T${track + 1}L${level + 1}${variant}`;
}

/** YAML text of a framework built to stress the career map (valid by construction). */
export function mapStressYaml(shape: MapStressShape): string {
  const levels = Array.from({ length: shape.levels }, (_, i) => ({ id: `L${i + 1}`, name: `Level ${i + 1}` }));
  const tracks = Array.from({ length: shape.tracks }, (_, t) => ({
    id: `t${t + 1}`,
    name: shape.titleLength > 40 ? `Track ${t + 1}: ${words[t % words.length]} and ${words[(t + 5) % words.length]} engineering for the whole company` : `Track ${t + 1}`,
    kind: t === 0 ? 'ic' : t % 2 === 1 ? 'management' : 'other',
    roles: levels.flatMap((level, l) => {
      const role = { id: `t${t + 1}-l${l + 1}`, title: title(t, l, shape.titleLength, shape), level: level.id };
      const twin = shape.doubleRoles && t === 0 && l % 2 === 1 ? [{ id: `t${t + 1}-l${l + 1}-b`, title: title(t, l, shape.titleLength, shape, ' (variant)'), level: level.id }] : [];
      return [role, ...twin];
    }),
  }));
  const moves = shape.moves
    ? levels.slice(0, -1).flatMap((_, l) => {
        const out: { from: string; to: string; kind: string }[] = [];
        if (shape.tracks > 1) out.push({ from: `t1-l${l + 1}`, to: `t2-l${l + 1}`, kind: 'lateral' });
        if (shape.tracks > 2 && l % 3 === 0) out.push({ from: `t2-l${l + 2}`, to: `t${shape.tracks}-l${l + 1}`, kind: 'step-down' });
        if (shape.tracks > 3 && l % 4 === 1) out.push({ from: `t1-l${l + 1}`, to: `t4-l${l + 2}`, kind: 'switch' });
        return out;
      })
    : [];
  return stringify({ rungs: 1, name: `Map stress ${shape.tracks}×${shape.levels}`, dimensions: [{ id: 'craft', name: 'Craft', kind: 'hard' }], levels, tracks, moves });
}
