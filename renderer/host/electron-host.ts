import type { RungsApi } from '../../host-api/api.ts';

/** In Electron the preload has already exposed the contract as `window.rungs`: use it as is. */
export function electronHost(): RungsApi | undefined {
  return window.rungs;
}
