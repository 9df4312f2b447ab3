/**
 * The decisions behind closing a window with unsaved changes, kept apart from Electron so a Node
 * test can walk every path. index.ts does what the answers say (show the prompt, send Save to the
 * renderer, close the window).
 *
 * The tricky part is "Save" in the prompt: main asks the renderer to save and must close only when
 * THAT save succeeds. If the request gets lost (the renderer failed before calling main), a save
 * the user starts later must not close the window behind their back. So the request expires when
 * no save reaches main soon after it, and any failure, refusal or cancel disarms it.
 */

/** The prompt's buttons, in the order index.ts shows them. */
export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface CloseFlowOptions {
  now?: () => number;
  /**
   * How long after sending Save a save may take to reach main and still count as the one the
   * prompt asked for. The renderer answers at once; only the Save dialog that may follow is slow,
   * and that runs after the save has reached main.
   */
  startWithinMs?: number;
}

export class CloseFlow {
  private readonly now: () => number;
  private readonly startWithinMs: number;
  /** Set once the user confirmed losing changes (or they were saved): the next close goes through. */
  private confirmed = false;
  /** The Save the prompt asked for: when it was sent, and whether it has reached main yet. */
  private requested: { at: number; started: boolean } | undefined;

  constructor(options: CloseFlowOptions = {}) {
    this.now = options.now ?? Date.now;
    this.startWithinMs = options.startWithinMs ?? 5000;
  }

  /** A new window starts with nothing confirmed and nothing pending. */
  windowOpened(): void {
    this.confirmed = false;
    this.requested = undefined;
  }

  /** The window is about to close: let it, or stop it and show the prompt. */
  closeRequested(dirty: boolean): 'close' | 'prompt' {
    return this.confirmed || !dirty ? 'close' : 'prompt';
  }

  /** The prompt is showing again: whatever an earlier Save was waiting for no longer applies. */
  promptShown(): void {
    this.requested = undefined;
  }

  /** What to do with the user's answer: ask the renderer to save, discard and close, or stay. */
  chose(choice: CloseChoice): 'request-save' | 'discard-and-close' | 'stay' {
    if (choice === 'save') {
      this.requested = { at: this.now(), started: false };
      return 'request-save';
    }
    if (choice === 'discard') {
      this.requested = undefined;
      this.confirmed = true;
      return 'discard-and-close';
    }
    this.requested = undefined;
    return 'stay';
  }

  /** A Save or Save As reached main. It is the prompt's save only if it came promptly. */
  saveStarted(): void {
    const requested = this.requested;
    if (!requested || requested.started) return;
    if (this.now() - requested.at <= this.startWithinMs) requested.started = true;
    else this.requested = undefined;
  }

  /**
   * A save ended. Close only when it is the prompt's save and it succeeded; any other ending
   * (failed, refused, cancelled) disarms the request, so the user keeps their window and edits.
   */
  saveFinished(ok: boolean): 'close' | 'stay' {
    const requested = this.requested;
    if (!requested?.started) {
      // A save the prompt did not ask for. A request that never led to a save expires here too.
      if (requested && this.now() - requested.at > this.startWithinMs) this.requested = undefined;
      return 'stay';
    }
    this.requested = undefined;
    if (!ok) return 'stay';
    this.confirmed = true;
    return 'close';
  }
}
