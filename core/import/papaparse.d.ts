// A minimal declaration of the part of papaparse that core uses (its browser build, see csv.ts). @types/papaparse pulls in Node's
// types and DOM File/Blob types through `/// <reference types="node" />`, which would quietly
// give core/ Node globals and defeat tsconfig.core.json's "no I/O" guard. We only parse strings.
declare module 'papaparse/papaparse.min.js' {
  export interface PapaParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    code: string;
    message: string;
    row?: number;
  }
  export interface PapaParseResult {
    data: string[][];
    errors: PapaParseError[];
    meta: { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean };
  }
  export interface PapaParseConfig {
    delimiter?: string;
    delimitersToGuess?: string[];
    skipEmptyLines?: boolean | 'greedy';
    header?: false;
    newline?: string;
  }
  const Papa: { parse(input: string, config?: PapaParseConfig): PapaParseResult };
  export default Papa;
}
