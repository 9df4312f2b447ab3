import type { Level, PayBand, Role } from '../model/index.ts';

function groupThousands(value: number): string {
  // Written out rather than toLocaleString so exports are byte-identical on every machine.
  const [whole = '0', fraction] = Math.abs(value).toFixed(value % 1 === 0 ? 0 : 2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A pay band as readers expect it: "USD 120,000 – 150,000". */
export function formatBand(band: PayBand): string {
  const range = `${groupThousands(band.min)} – ${groupThousands(band.max)}`;
  return band.currency ? `${band.currency} ${range}` : range;
}

/** "L5 · Senior" when the level has a name, else just its id. */
export function levelLabel(level: Level | undefined, levelId: string): string {
  return level?.name ? `${level.id} · ${level.name}` : levelId || 'No level';
}

/** Typical time in role as a phrase: "2–4 years", "5+ years", "1 year". */
export function yearsLabel(role: Role): string | undefined {
  if (role.years === undefined) return undefined;
  const years = role.years.replace(/\s+/g, '').replace('-', '–');
  return years === '1' ? '1 year' : `${years} years`;
}

export const moveKindLabel: Record<string, string> = {
  promotion: 'Promotion',
  lateral: 'Lateral move',
  switch: 'Track switch',
  'step-down': 'Step down',
};

export const trackKindLabel: Record<string, string> = {
  ic: 'Individual contributor track',
  management: 'Management track',
  other: 'Track',
};
