/**
 * Text from a framework file (keys, ids, titles, even file names) can hold control characters
 * and bidirectional overrides that move the cursor, recolour the terminal or make a line read
 * differently from what it says. Everything the CLI prints from a file goes through here.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unsafeInTerminal = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const unsafeInJson = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

function escape(c: string): string {
  return `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

/** One line of text safe to print: unsafe characters become visible `\u….` escapes. */
export function terminalSafe(text: string): string {
  return text.replace(unsafeInTerminal, escape);
}

/**
 * JSON text safe to print. JSON already escapes C0 controls inside strings (its raw line breaks
 * are layout); DEL, C1 controls and bidi overrides are escaped too, which is still valid JSON.
 */
export function jsonTerminalSafe(json: string): string {
  return json.replace(unsafeInJson, escape);
}
