import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api.js';

export type ThemeName = 'light' | 'dark';

/** Monaco themes whose backgrounds match the studio's panes, so the editor does not look pasted in. */
export function defineStudioThemes(monaco: typeof Monaco): void {
  monaco.editor.defineTheme('rungs-light', {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'type', foreground: '0f5fa8' },
      { token: 'string', foreground: '1f6b3a' },
      { token: 'comment', foreground: '7a8494', fontStyle: 'italic' },
    ],
    colors: {
      'editor.background': '#ffffff',
      'editorLineNumber.foreground': '#a3abb8',
      'editorLineNumber.activeForeground': '#3b4452',
      'editor.lineHighlightBackground': '#f4f6fa',
      'editorGutter.background': '#ffffff',
      'editorIndentGuide.background1': '#eceff4',
    },
  });
  monaco.editor.defineTheme('rungs-dark', {
    base: 'vs-dark',
    inherit: true,
    rules: [
      { token: 'type', foreground: '7cb7f0' },
      { token: 'string', foreground: 'a6d5a0' },
      { token: 'comment', foreground: '6f7a8a', fontStyle: 'italic' },
    ],
    colors: {
      'editor.background': '#16191f',
      'editorLineNumber.foreground': '#4d5563',
      'editorLineNumber.activeForeground': '#c3cad5',
      'editor.lineHighlightBackground': '#1d2129',
      'editorGutter.background': '#16191f',
      'editorIndentGuide.background1': '#242933',
    },
  });
}

export function monacoTheme(theme: ThemeName): string {
  return theme === 'dark' ? 'rungs-dark' : 'rungs-light';
}
