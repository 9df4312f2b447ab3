import { describe, expect, it } from 'vitest';
import { jsonTerminalSafe, terminalSafe } from '../../../cli/terminal.ts';

describe('terminal safety', () => {
  it('escapes ANSI escapes, line breaks and bidi overrides, and leaves ordinary text alone', () => {
    expect(terminalSafe('Role `a\u001b[31mb` on\nline\u202e')).toBe('Role `a\\u001b[31mb` on\\u000aline\\u202e');
    expect(terminalSafe('Café — naïve “quotes” 日本 ✓\ttab')).toBe('Café — naïve “quotes” 日本 ✓\ttab');
  });

  it('keeps JSON valid and its layout intact', () => {
    const json = JSON.stringify({ key: 'a\u202eb\u009bc\nd' }, null, 2);
    const safe = jsonTerminalSafe(json);
    expect(safe.split('\n')).toHaveLength(3);
    expect(safe).not.toMatch(/[\u202e\u009b]/u);
    expect(JSON.parse(safe)).toEqual({ key: 'a\u202eb\u009bc\nd' });
  });
});
