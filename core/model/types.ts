/**
 * The normalised Framework model that renderers, the studio and exports work from. It is plain
 * data (arrays, records and Maps, no functions or cycles), so it survives `postMessage` from the
 * checking worker and `structuredClone`. Build it with `buildFramework`; look things up with the
 * helpers in `lookups.ts`.
 */
export type DimensionKind = 'hard' | 'soft';
export type TrackKind = 'ic' | 'management' | 'other';
export type MoveKind = 'promotion' | 'lateral' | 'switch' | 'step-down';

export interface PayBand {
  min: number;
  max: number;
  currency?: string;
}

export interface Dimension {
  id: string;
  name: string;
  kind: DimensionKind;
  description?: string;
  /** JSON Pointer of the dimension's entry in the source document. */
  path: string;
}

export interface Level {
  id: string;
  name?: string;
  description?: string;
  band?: PayBand;
  /** Position on the seniority scale: 0 is the most junior level. */
  rank: number;
  path: string;
}

/** One dimension's bullets for a role. */
export interface Expectation {
  dimensionId: string;
  bullets: string[];
}

export interface Role {
  id: string;
  title: string;
  trackId: string;
  levelId: string;
  /** Rank of the role's level, or -1 when the level is not defined. */
  levelRank: number;
  summary?: string;
  scope?: string;
  /** Typical years in role, normalised to text ("2-4", "5+"). */
  years?: string;
  /** Explicit twin on another track, as written in the file. */
  equivalent?: string;
  /** Ids this role had in earlier versions, so `rungs diff` reports a rename, not a removal. */
  previousIds?: string[];
  /** In the framework's dimension order, then any unknown dimension ids as written. */
  expectations: Expectation[];
  /** Dimension id → step id, as written (analysis reports unknown ids); empty when not given. */
  proficiency: Record<string, string>;
  /** A hand placement on the skills map, 0..1 on each axis. */
  mapPosition?: { x: number; y: number };
  path: string;
}

export interface Track {
  id: string;
  name: string;
  kind: TrackKind;
  description?: string;
  /** The dimensions that apply to this track (all of them unless the track names a subset). */
  dimensionIds: string[];
  /** Dimension id → the level from which it applies, for dimensions that start later on this track. */
  dimensionFrom?: Record<string, string>;
  /** As written in the file, which analysis expects to climb the level order. */
  roles: Role[];
  path: string;
}

export interface Move {
  from: string;
  to: string;
  kind: MoveKind;
  note?: string;
  path: string;
}

export interface Mapping {
  company: string;
  /** Our level id → the other company's level, as text. */
  levels: Record<string, string>;
  note?: string;
  path: string;
}

/** One step of the proficiency scale; rank 0 is the lowest. */
export interface ProficiencyStep {
  id: string;
  name: string;
  description?: string;
  rank: number;
  /** JSON Pointer of the step in the file, or '' for the default scale. */
  path: string;
}

export interface Framework {
  name: string;
  organization?: string;
  version?: string;
  description?: string;
  dimensions: Dimension[];
  /** From most junior to most senior. */
  levels: Level[];
  /** The scale roles' proficiency uses, lowest first: the file's own, or the default five steps. */
  proficiency: ProficiencyStep[];
  /** False when the file gives no scale and the default applies. */
  proficiencyDeclared: boolean;
  tracks: Track[];
  moves: Move[];
  mappings: Mapping[];
  /** First definition wins when ids are duplicated (analysis reports the duplicates). */
  index: {
    dimensions: Map<string, Dimension>;
    levels: Map<string, Level>;
    tracks: Map<string, Track>;
    roles: Map<string, Role>;
  };
}
