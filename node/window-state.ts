import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { atomicWrite, type WriteSteps } from './atomic-write.ts';
import { readTextFile } from './read-text-file.ts';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent on first start: the window is centred on the primary display. */
  bounds?: Bounds;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 640, height: 420 };

/**
 * Fits remembered bounds onto the displays there are now. A window saved on a monitor that has
 * since been unplugged would otherwise open off-screen, where the user cannot reach it.
 * Returns undefined when nothing sensible remains (the caller then centres a default window).
 */
export function clampToDisplays(bounds: Bounds, workAreas: readonly Bounds[]): Bounds | undefined {
  if (workAreas.length === 0) return undefined;
  // The display the window overlaps most; if it overlaps none, the nearest one.
  const scored = workAreas.map((area) => ({ area, overlap: overlapArea(bounds, area), distance: centreDistance(bounds, area) }));
  scored.sort((a, b) => b.overlap - a.overlap || a.distance - b.distance);
  const area = scored[0]?.area;
  if (!area) return undefined;
  const width = Math.max(Math.min(bounds.width, area.width), Math.min(MIN_SIZE.width, area.width));
  const height = Math.max(Math.min(bounds.height, area.height), Math.min(MIN_SIZE.height, area.height));
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
}

function overlapArea(a: Bounds, b: Bounds): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function centreDistance(a: Bounds, b: Bounds): number {
  return Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2));
}

function isBounds(value: unknown): value is Bounds {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => typeof v[k] === 'number' && Number.isFinite(v[k]));
}

/**
 * The window's size and position, remembered in a JSON file between runs. Pane sizes are the
 * renderer's business (it keeps them in local storage, the same way in both builds).
 */
export class WindowStateStore {
  private readonly file: string;
  private state: WindowState | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private readonly steps: WriteSteps | undefined;

  /** `steps` is injected into every write, so tests can simulate a full disk. */
  constructor(file: string, steps?: WriteSteps) {
    this.file = file;
    this.steps = steps;
  }

  async load(): Promise<WindowState> {
    if (this.state) return this.state;
    let state: WindowState = { maximized: false };
    try {
      const read = await readTextFile(this.file);
      const value = (read.ok ? JSON.parse(read.text) : {}) as Record<string, unknown>;
      state = {
        ...(isBounds(value.bounds) ? { bounds: value.bounds } : {}),
        maximized: value.maximized === true,
      };
    } catch {
      // First start, or an unreadable file: defaults.
    }
    this.state = state;
    return state;
  }

  /** The bounds to open with on the given displays, or undefined to centre a default-sized window. */
  async initialBounds(workAreas: readonly Bounds[]): Promise<Bounds | undefined> {
    const { bounds } = await this.load();
    return bounds ? clampToDisplays(bounds, workAreas) : undefined;
  }

  async update(change: Partial<WindowState>): Promise<void> {
    const current = await this.load();
    this.state = { ...current, ...change };
  }

  /** Saves after a pause, because moving or resizing a window fires dozens of events a second. */
  scheduleSave(delayMs = 500): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save();
    }, delayMs);
  }

  async save(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (!this.state) return;
    await fsp.mkdir(path.dirname(this.file), { recursive: true });
    await atomicWrite(this.file, JSON.stringify(this.state, null, 2), { steps: this.steps });
  }
}
