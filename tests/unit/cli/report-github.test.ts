import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../../cli/report/github.ts';
import { sampleReports } from './sample-reports.ts';

describe('--format github', () => {
  it('escapes messages and properties exactly as GitHub\'s toolkit does', () => {
    // @actions/core: escapeData replaces % \r \n; escapeProperty also : and ,; % first so escapes are not re-escaped.
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%d\r\n')).toBe('a%3Ab%2Cc%25d%0D%0A');
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('prints one annotation per finding, in the library\'s file when the problem is there, then the summary', () => {
    const lines = formatGithub(sampleReports(), '/repo').trimEnd().split('\n');
    expect(lines).toEqual([
      '::warning file=org/backend.yaml,line=29,col=23,endLine=29,endColumn=47,title=growth/copied-expectation::This bullet of `senior` is copied: 100%25 the same,%0Asay how it grows%0Aorg/backend.yaml:20:23: copied from `engineer`',
      '::notice file=org/backend.yaml,line=18,col=18,endLine=18,endColumn=40,title=wording/vague::Say what they do, not what they "understand"',
      '::error file=org/shared/engineering.yaml,line=4,col=9,endLine=4,endColumn=11,title=id/duplicate::Level id `L1` is already used in org/data.yaml on line 5%0Aorg/data.yaml:5:9: also defined here',
      '::error file=org/odd%2C name%3A 50%25.yaml,title=Rungs could not read this file::org/odd, name: 50%25.yaml is not UTF-8 text',
      '2 frameworks, 1 library: 1 error, 1 warning, 1 info; 1 file could not be read',
    ]);
  });

  it('keeps control characters from the file out of the workflow log', () => {
    const [report] = sampleReports();
    report!.diagnostics[0]!.message = 'bad \u001b[2J key \u202e';
    const out = formatGithub([report!], '/repo');
    expect(out.includes('\u001b') || out.includes('\u202e')).toBe(false);
    expect(out).toContain('bad \\u001b[2J key \\u202e');
  });
});
