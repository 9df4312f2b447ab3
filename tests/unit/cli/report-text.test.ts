import { describe, expect, it } from 'vitest';
import { withoutRepeats } from '../../../cli/report/file-report.ts';
import { formatJson } from '../../../cli/report/json.ts';
import { formatText } from '../../../cli/report/text.ts';
import { sampleReports } from './sample-reports.ts';

describe('--format text and json with libraries', () => {
  it('prints a library\'s problem at the library\'s path, and its related place in the framework', () => {
    const lines = formatText(sampleReports()).trimEnd().split('\n');
    expect(lines).toContain('org/shared/engineering.yaml:4:9: error id/duplicate: Level id `L1` is already used in org/data.yaml on line 5');
    expect(lines).toContain('  org/data.yaml:5:9: note: also defined here');
    expect(lines).toContain('  org/backend.yaml:20:23: note: copied from `engineer`');
    expect(lines.at(-1)).toBe('2 frameworks, 1 library: 1 error, 1 warning, 1 info; 1 file could not be read');
  });

  it('keeps the file of each diagnostic and the kind of each report in JSON', () => {
    const json = JSON.parse(formatJson(sampleReports())) as ReturnType<typeof sampleReports>;
    expect(json.map((r) => r.kind)).toEqual(['framework', 'framework', 'library', undefined]);
    expect(json[1]!.diagnostics[0]!.file).toBe('org/shared/engineering.yaml');
  });

  it('reports a library problem found by several frameworks, and by the library\'s own check, once', () => {
    const [, data, library] = sampleReports();
    const inLibrary = { ...data!.diagnostics[0]!, file: undefined, related: [] };
    const again = { ...data!, file: 'org/web.yaml' };
    const reports = withoutRepeats([data!, again, { ...library!, diagnostics: [inLibrary] }]);
    expect(reports.map((r) => r.diagnostics.length)).toEqual([1, 0, 0]);
  });
});
