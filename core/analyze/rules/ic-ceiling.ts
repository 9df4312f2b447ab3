import type { Rule } from '../rule.ts';
import { topOfKind } from '../helpers.ts';

/** The IC track reaches at least as high as management, or the only way up is to manage. */
export const icCeiling: Rule = {
  code: 'parity/ic-ceiling',
  check({ framework }) {
    const icTop = topOfKind(framework, 'ic');
    const managementTop = topOfKind(framework, 'management');
    if (!icTop || !managementTop || icTop.levelRank >= managementTop.levelRank) return [];
    return [
      {
        path: `${icTop.path}/level`,
        message: `The individual-contributor track stops at \`${icTop.levelId}\` (\`${icTop.id}\`), below the management track's top level \`${managementTop.levelId}\` (\`${managementTop.id}\`): past \`${icTop.levelId}\` the only way up is to manage. Add IC roles up to \`${managementTop.levelId}\`.`,
      },
    ];
  },
};
