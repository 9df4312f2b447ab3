/**
 * Monaco cancels its own requests (a hover, a symbol search, a references lookup) when the cursor
 * moves on, and a few of its code paths let that cancellation escape as an unhandled rejection
 * (microsoft/monaco-editor#2382, #4138). It is not a fault, but the browser reports it as one,
 * so the console would show an error the user did nothing to cause. Only Monaco's exact
 * cancellation error is silenced; every other error still surfaces.
 */

/** True for Monaco's CancellationError: an Error named and worded "Canceled". */
export function isMonacoCancellation(reason: unknown): boolean {
  return reason instanceof Error && reason.name === 'Canceled' && reason.message === 'Canceled';
}

/** Stops `target` from reporting Monaco's cancellations as uncaught errors. Returns the undo. */
export function ignoreMonacoCancellations(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
  const onRejection = (event: PromiseRejectionEvent) => {
    if (isMonacoCancellation(event.reason)) event.preventDefault();
  };
  const onError = (event: ErrorEvent) => {
    if (isMonacoCancellation(event.error)) event.preventDefault();
  };
  target.addEventListener('unhandledrejection', onRejection);
  target.addEventListener('error', onError);
  return () => {
    target.removeEventListener('unhandledrejection', onRejection);
    target.removeEventListener('error', onError);
  };
}
