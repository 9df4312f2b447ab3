/**
 * Performance marks that `npm run bench` reads in Chromium: rungs-editor-ready,
 * rungs-preview-ready, rungs-check-sent, rungs-check-done, rungs-markers-applied and
 * rungs-preview-updated. Each name keeps only its latest mark, so a long session does not
 * pile up one entry per keystroke.
 */
export function mark(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}
