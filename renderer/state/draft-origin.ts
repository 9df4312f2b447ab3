import type { Draft } from '../../host-api/api.ts';

/** How the draft came to be left: a crash is news, a reload or a closed tab is not. */
export function draftOrigin(drafts: readonly Draft[]): string {
  if (drafts.every((d) => d.ending === 'closed')) return 'kept when the studio was last reloaded or closed';
  if (drafts.every((d) => d.ending === 'crashed')) return 'recovered after the studio closed unexpectedly';
  return 'left by an earlier session';
}
