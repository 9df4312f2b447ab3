/**
 * The studio's Content Security Policy, in one place for every way the renderer is served: the
 * meta tag of the built page (vite.web.config.ts, shared by the browser and Electron builds), the
 * header on app:// responses in Electron (electron/main/window-options.ts), and the header the Vite
 * dev server sends (`npm run web`, and the browser fallback of `npm start`). Plain strings only, so
 * a build config and main can both import it.
 *
 * No 'unsafe-eval' anywhere: ajv runs as precompiled standalone code. Styles allow 'unsafe-inline'
 * because Monaco and the rendered rubric inject <style> elements; scripts never do.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // Monaco starts its workers from our files or from blobs.
  "worker-src 'self' blob:",
  "img-src 'self' data:",
  "font-src 'self' data:",
  // The live preview is an iframe (sandboxed, without scripts) showing the HTML export.
  "frame-src 'self' blob: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

/** The policy as a <meta> tag carries it. (frame-ancestors is ignored, with a warning, in a meta tag.) */
export const studioCsp: string = directives.join('; ');

/** The same policy as a response header, where frame-ancestors works: no site may frame the studio. */
export const studioCspHeader = `${studioCsp}; frame-ancestors 'none'`;

/**
 * For a development server only: Vite injects an inline React Refresh preamble and talks to the
 * page over an HMR web socket on its own host. Still no 'unsafe-eval'. `serverUrl` names that
 * server (http://localhost:5173); without one, only same-origin sockets are allowed, which CSP 3
 * counts as 'self'.
 */
export function devStudioCsp(serverUrl?: string): string {
  let socket = '';
  if (serverUrl) {
    try {
      const url = new URL(serverUrl);
      socket = ` ${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}`;
    } catch {
      // Not a URL (a garbled Host header reaching the dev server): same-origin sockets only.
    }
  }
  return studioCspHeader
    .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self'${socket}`);
}
