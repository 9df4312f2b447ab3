import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('electron-builder configuration', () => {
  it('is valid for electron-builder and builds the promised installers from the built app', async () => {
    const config = parse(await readFile('electron-builder.yml', 'utf8')) as Record<string, unknown> & {
      files: string[];
      linux: { target: string[] };
      mac: { target: string[] };
      win: { target: string[] };
    };
    const schema = JSON.parse(await readFile(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(config).toMatchObject({ productName: 'Rungs', asar: true });
    expect(config.files).toContain('out/**');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { main: string };
    // The entry electron-builder packages is the one electron-vite writes.
    expect(pkg.main).toBe('out/main/index.js');
  });
});
