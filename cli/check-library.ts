import { checkFramework, type Diagnostic, type RuleOverrides } from '../core/index.ts';

/**
 * Checks a library (`rungs: 1`, `dimensions`, `levels`, `proficiency`, no `tracks`) on its own:
 * the framework check minus what only makes sense with roles. A library has no tracks by design,
 * and every level is "unused" until a framework puts roles on it, so those findings belong to the
 * frameworks that include it, not to the library.
 */
export function checkLibrary(text: string, rules: RuleOverrides = {}): Diagnostic[] {
  return checkFramework(text, { rules }).diagnostics.filter((d) => {
    if (d.code === 'schema/required' && d.path === '' && /`tracks`/.test(d.message)) return false;
    const [group] = d.code.split('/');
    return ['yaml', 'file', 'schema', 'text', 'band', 'internal', 'check'].includes(group ?? '') || d.code === 'id/duplicate';
  });
}
