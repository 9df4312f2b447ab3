import { describe, expect, it } from 'vitest';
import { ignoreMonacoCancellations, isMonacoCancellation } from '../../../renderer/editor/monaco-cancellation.ts';

/** Monaco's CancellationError, built the way monaco-editor/esm/vs/base/common/errors.js does. */
function cancellation(): Error {
  const error = new Error('Canceled');
  error.name = error.message;
  return error;
}

describe("Monaco's own cancellations", () => {
  it('recognises only the exact cancellation error', () => {
    expect(isMonacoCancellation(cancellation())).toBe(true);
    expect(isMonacoCancellation(new Error('Canceled'))).toBe(false);
    expect(isMonacoCancellation(new TypeError('x is undefined'))).toBe(false);
    expect(isMonacoCancellation('Canceled')).toBe(false);
    expect(isMonacoCancellation(undefined)).toBe(false);
  });

  it('keeps a cancellation from being reported as unhandled, and lets every other rejection through', () => {
    const target = new EventTarget();
    const stop = ignoreMonacoCancellations(target as unknown as Window);
    const rejection = (reason: unknown) => {
      const event = new Event('unhandledrejection', { cancelable: true }) as Event & { reason: unknown };
      event.reason = reason;
      target.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const error = (thrown: unknown) => {
      const event = new Event('error', { cancelable: true }) as Event & { error: unknown };
      event.error = thrown;
      target.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(rejection(cancellation())).toBe(true);
    expect(error(cancellation())).toBe(true);
    expect(rejection(new Error('a real bug'))).toBe(false);
    expect(error(new Error('a real bug'))).toBe(false);
    stop();
    expect(rejection(cancellation())).toBe(false);
  });
});
