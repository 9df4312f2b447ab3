import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { devStudioCsp, studioCsp, studioCspHeader } from '../../../host-api/studio-csp.ts';
import { contentSecurityPolicy, devContentSecurityPolicy } from '../../../electron/main/window-options.ts';
import { rendererViteConfig } from '../../../vite.web.config.ts';

const root = path.resolve(import.meta.dirname, '../../..');

function directive(policy: string, name: string): string | undefined {
  return policy.split(';').map((d) => d.trim()).find((d) => d.split(/\s+/)[0] === name);
}

function plugin(name: string): Plugin {
  const found = (rendererViteConfig.plugins ?? []).flat().find((p): p is Plugin => typeof p === 'object' && p !== null && 'name' in p && p.name === name);
  if (!found) throw new Error(`no plugin ${name}`);
  return found;
}

describe('the studio Content Security Policy', () => {
  it('has one source, used by Electron and the browser build alike', async () => {
    expect(contentSecurityPolicy).toBe(studioCspHeader);
    expect(studioCspHeader.startsWith(studioCsp)).toBe(true);
    // No second copy of the policy in the build config, where it could drift again.
    const config = await readFile(path.join(root, 'vite.web.config.ts'), 'utf8');
    expect(config).not.toMatch(/default-src|script-src/);
    const windowOptions = await readFile(path.join(root, 'electron/main/window-options.ts'), 'utf8');
    expect(windowOptions).not.toMatch(/default-src|script-src/);
  });

  it('puts the strict policy in the built page: no inline or evaluated script', () => {
    const transform = plugin('rungs-studio-csp').transformIndexHtml;
    const handler = typeof transform === 'object' && transform !== null && 'handler' in transform ? transform.handler : undefined;
    if (typeof handler !== 'function') throw new Error('no transformIndexHtml handler');
    const html = handler.call({} as never, '<head><meta charset="UTF-8" /><title>Rungs</title></head>', {} as never);
    expect(html).toBe(`<head><meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${studioCsp}" /><title>Rungs</title></head>`);
    expect(directive(studioCsp, 'script-src')).toBe("script-src 'self'");
    expect(studioCsp).not.toContain('unsafe-eval');
    expect(directive(studioCsp, 'object-src')).toBe("object-src 'none'");
    expect(directive(studioCsp, 'base-uri')).toBe("base-uri 'none'");
    expect(directive(studioCsp, 'form-action')).toBe("form-action 'none'");
    // Browsers ignore frame-ancestors in a meta tag (with a console warning); it goes in headers only.
    expect(directive(studioCsp, 'frame-ancestors')).toBeUndefined();
    expect(directive(studioCspHeader, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });

  it('sends a development policy from the dev server: inline preamble and HMR socket, still no eval', () => {
    const configure = plugin('rungs-studio-csp-dev').configureServer;
    if (typeof configure !== 'function') throw new Error('no configureServer hook');
    const middlewares: ((req: unknown, res: unknown, next: () => void) => void)[] = [];
    configure.call({} as never, { middlewares: { use: (m: (typeof middlewares)[number]) => middlewares.push(m) } } as never);
    expect(middlewares).toHaveLength(1);

    const headers = new Map<string, string>();
    let nextCalled = false;
    const res = { setHeader: (name: string, value: string) => headers.set(name, value) };
    middlewares[0]?.({ headers: { host: 'localhost:5174' } }, res, () => (nextCalled = true));
    expect(nextCalled).toBe(true);
    const policy = headers.get('Content-Security-Policy') ?? '';
    expect(policy).toBe(devStudioCsp('http://localhost:5174'));
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'unsafe-inline'");
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' ws://localhost:5174");
    expect(policy).not.toContain('unsafe-eval');
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");

    // A Host header that is not a plain host[:port] never reaches the policy.
    middlewares[0]?.({ headers: { host: "evil; script-src *" } }, res, () => {});
    expect(headers.get('Content-Security-Policy')).toBe(devStudioCsp());
    expect(directive(devStudioCsp(), 'connect-src')).toBe("connect-src 'self'");
  });

  it('relaxes the Electron dev policy the same way', () => {
    expect(devContentSecurityPolicy('http://localhost:5173')).toBe(devStudioCsp('http://localhost:5173'));
  });
});
