/** The window title: a dot marks unsaved changes, as desktop editors do ("• ladder.yaml — Rungs"). */
export function documentTitle(name: string, dirty: boolean): string {
  return `${dirty ? '• ' : ''}${name} — Rungs`;
}

/** A file name without its folder or extension, as the default name of an export. */
export function baseNameOf(name: string): string {
  const file = name.split(/[\\/]/).pop() ?? name;
  const base = file.replace(/\.(ya?ml|rungs)$/i, '').replace(/\.(ya?ml)$/i, '');
  return base || 'framework';
}

/** "2 minutes ago" for a draft's time, falling back to the clock time for older ones. */
export function timeAgo(then: number, now: number = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - then) / 1000));
  if (seconds < 60) return 'moments ago';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  return new Date(then).toLocaleString();
}
