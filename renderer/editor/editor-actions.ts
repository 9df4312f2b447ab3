/** What the studio may ask the editor to do (see EditorPane's `run`). */
export type EditorAction = 'find' | 'replace' | 'format' | 'next-problem' | 'undo' | 'redo' | 'quick-fix';
