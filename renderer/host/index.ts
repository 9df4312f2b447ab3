import type { RungsApi } from '../../host-api/api.ts';
import { BrowserHost } from './browser-host.ts';
import { electronHost } from './electron-host.ts';

let host: RungsApi | undefined;

/**
 * The host the studio talks to: the Electron preload's bridge when present, else the browser
 * implementation of the same contract. The rest of the renderer never touches `window.rungs`.
 */
export function getHost(): RungsApi {
  host ??= electronHost() ?? new BrowserHost();
  return host;
}
