import type { Finding, Rule } from '../rule.ts';
import type { Move, Role } from '../../model/types.ts';
import { rawAt } from '../helpers.ts';

/** The kind that fits the roles a move connects, as advice. */
function advice(from: Role, to: Role): string {
  if (to.levelRank > from.levelRank) return 'Use `promotion`.';
  if (to.levelRank < from.levelRank) return 'Use `step-down`.';
  if (to.trackId !== from.trackId) return 'Use `switch`, or `lateral` for a move into another discipline.';
  return 'Use `lateral`.';
}

function problem(move: Move, from: Role, to: Role): string | undefined {
  const levels = `\`${from.id}\` is on \`${from.levelId}\` and \`${to.id}\` on \`${to.levelId}\``;
  if (from.id === to.id) return `This move goes from \`${from.id}\` to itself.`;
  const fix = advice(from, to);
  switch (move.kind) {
    case 'promotion':
      return to.levelRank > from.levelRank ? undefined : `This move is a \`promotion\`, but ${levels}: a promotion goes up a level. ${fix}`;
    case 'lateral':
      return to.levelRank === from.levelRank ? undefined : `This move is \`lateral\`, but ${levels}: a lateral move stays on the same level. ${fix}`;
    case 'step-down':
      return to.levelRank < from.levelRank ? undefined : `This move is a \`step-down\`, but ${levels}: a step-down goes to a lower level. ${fix}`;
    case 'switch':
      return to.trackId !== from.trackId
        ? undefined
        : `This move is a \`switch\`, but \`${from.id}\` and \`${to.id}\` are both on track \`${from.trackId}\`: a switch changes track. ${fix}`;
  }
}

/** A move's `kind` agrees with the levels and tracks of the roles it connects. */
export const moveKindMismatch: Rule = {
  code: 'move/kind-mismatch',
  check({ framework, parsed }) {
    const findings: Finding[] = [];
    for (const move of framework.moves) {
      // The model defaults a missing or misspelt kind; only judge the kind the user wrote.
      if (rawAt(parsed, `${move.path}/kind`) !== move.kind) continue;
      const from = framework.index.roles.get(move.from);
      const to = framework.index.roles.get(move.to);
      if (!from || !to || from.levelRank < 0 || to.levelRank < 0) continue;
      const message = problem(move, from, to);
      if (message) findings.push({ path: `${move.path}/kind`, message });
    }
    return findings;
  },
};
