import { describe, expect, it } from 'vitest';
import { CloseFlow } from '../../../electron/main/close-flow.ts';

function flow(): { close: CloseFlow; tick: (ms: number) => void } {
  let now = 1_000;
  return { close: new CloseFlow({ now: () => now, startWithinMs: 5_000 }), tick: (ms) => (now += ms) };
}

describe('closing a window with unsaved changes', () => {
  it('closes a clean window at once and prompts for a dirty one', () => {
    const { close } = flow();
    expect(close.closeRequested(false)).toBe('close');
    expect(close.closeRequested(true)).toBe('prompt');
  });

  it("closes after Don't Save, and stays after Cancel", () => {
    const { close } = flow();
    close.promptShown();
    expect(close.chose('cancel')).toBe('stay');
    expect(close.closeRequested(true)).toBe('prompt');
    close.promptShown();
    expect(close.chose('discard')).toBe('discard-and-close');
    expect(close.closeRequested(true)).toBe('close');
    // A new window asks again.
    close.windowOpened();
    expect(close.closeRequested(true)).toBe('prompt');
  });

  it('closes once the save the prompt asked for succeeds', () => {
    const { close } = flow();
    close.promptShown();
    expect(close.chose('save')).toBe('request-save');
    close.saveStarted();
    expect(close.saveFinished(true)).toBe('close');
    expect(close.closeRequested(true)).toBe('close');
  });

  it('stays open when that save fails or is cancelled, and a later save does not close the window', () => {
    const { close } = flow();
    close.promptShown();
    close.chose('save');
    close.saveStarted();
    expect(close.saveFinished(false)).toBe('stay');
    // The user fixes the problem and saves by hand: the window must stay.
    close.saveStarted();
    expect(close.saveFinished(true)).toBe('stay');
    expect(close.closeRequested(true)).toBe('prompt');
  });

  it('forgets a Save request that never reached main, so a later unrelated save does not close the window', () => {
    const { close, tick } = flow();
    close.promptShown();
    close.chose('save');
    // The renderer failed before calling main: no save starts. Minutes later the user saves.
    tick(60_000);
    close.saveStarted();
    expect(close.saveFinished(true)).toBe('stay');
    expect(close.closeRequested(true)).toBe('prompt');
  });

  it('forgets a pending Save when the prompt is shown again', () => {
    const { close } = flow();
    close.promptShown();
    close.chose('save');
    // The lost request is still fresh when the user closes again and this time picks Cancel.
    close.promptShown();
    expect(close.chose('cancel')).toBe('stay');
    close.saveStarted();
    expect(close.saveFinished(true)).toBe('stay');
  });

  it('ignores a save that ends while the requested one has not started yet', () => {
    const { close } = flow();
    close.chose('save');
    // An earlier manual save finishing now is not the one the prompt asked for...
    expect(close.saveFinished(true)).toBe('stay');
    // ...and the requested one still counts when it arrives.
    close.saveStarted();
    expect(close.saveFinished(true)).toBe('close');
  });
});
