export type * from './types.ts';
export { buildFramework, indexTracks } from './build.ts';
export { rolesAtLevel, twinsOf, previousRole, topRank, hasOnlyImplicitTwins, implicitTwinTracks } from './lookups.ts';
export { stepRanks, topStepRank, hasProficiency, roleStepRanks, skillMeans } from './proficiency.ts';
