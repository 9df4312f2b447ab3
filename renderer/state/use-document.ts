import { useEffect, useState, useSyncExternalStore } from 'react';
import type { RungsApi } from '../../host-api/api.ts';
import { BrowserHost } from '../host/browser-host.ts';
import type { KeyValueStore } from '../host/key-value-store.ts';
import { createCheckClient } from './check-client.ts';
import { DocumentController, type DocumentState } from './document-controller.ts';
import { documentTitle } from './document-title.ts';
import { mark } from './marks.ts';

/** The studio's document controller for this host, started once, and its state as React state. */
export function useDocument(host: RungsApi, store: KeyValueStore, defaultTemplate: string): [DocumentController, DocumentState] {
  const [controller] = useState(
    () =>
      new DocumentController({
        host,
        store,
        defaultTemplate,
        confirm: (question) => window.confirm(question),
        createChecker: ({ onResult, onPreview, onFailure }) => {
          const client = createCheckClient(
            (result) => {
              mark('rungs-check-done');
              onResult(result);
            },
            onPreview,
            onFailure,
            host.kind,
          );
          // The browser build exports in this worker, from the model it built while checking.
          if (host instanceof BrowserHost) host.exportThrough(client);
          return client;
        },
      }),
  );
  useEffect(() => {
    void controller.start();
    return () => controller.dispose();
  }, [controller]);
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  // The page's own title too (the host may show it elsewhere: Electron's window title, a browser tab).
  const name = state.doc?.name;
  useEffect(() => {
    if (name !== undefined) document.title = documentTitle(name, state.dirty);
  }, [name, state.dirty]);
  return [controller, state];
}
