import { checkFramework, checkParsed, type CheckResult } from '../check.ts';
import { Ambiguous, DEFAULT_SPLIT_THRESHOLD, parseBlocks, type BlockState } from './block-parse.ts';

export { DEFAULT_SPLIT_THRESHOLD } from './block-parse.ts';

/** How the last check ran, for benchmarks, tests and debugging. */
export interface IncrementalStats {
  /** `incremental`: block-wise parse; `full`: checkFramework; `same`: text unchanged, result reused. */
  mode: 'incremental' | 'full' | 'same';
  /** Why the block-wise parse was not trusted, when `mode` is `full`. */
  reason?: string;
  blocksParsed: number;
  blocksReused: number;
  bytesParsed: number;
}

/** A checker that remembers the previous text and re-parses only the blocks an edit touched. */
export interface IncrementalChecker {
  /**
   * Checks `text` with exactly the result `checkFramework(text)` would give (same diagnostics,
   * same model). The returned `parsed` document shares nodes with later checks: use it before
   * calling `check` again.
   */
  check(text: string): CheckResult;
  /** Counters of the last check. */
  readonly stats: IncrementalStats;
  /** Forgets cached blocks (for instance when another file is opened). */
  reset(): void;
}

/** Options of `createIncrementalChecker`. */
export interface IncrementalOptions {
  /** Blocks larger than this many characters are split further (tests lower it to split more). */
  splitThreshold?: number;
}

/**
 * Creates a checker for the studio's keystroke loop. Each `check` splits the text into YAML
 * blocks by indentation (root keys, list items, keys of large items), re-parses only blocks
 * whose text changed since the previous call, reassembles a document with the positions a full
 * parse would give, then validates, builds the model and analyses it in full (those steps work
 * on plain data and are cheap). Whenever the split could differ from a full parse (YAML errors,
 * anchors, flow collections across lines, unusual indentation) it runs `checkFramework` instead.
 */
export function createIncrementalChecker(options: IncrementalOptions = {}): IncrementalChecker {
  const threshold = options.splitThreshold ?? DEFAULT_SPLIT_THRESHOLD;
  // The last block-wise parse that succeeded; a fallback leaves it in place for the next edit.
  let state: BlockState | undefined;
  let lastText: string | undefined;
  let lastResult: CheckResult | undefined;
  const stats: IncrementalStats = { mode: 'full', blocksParsed: 0, blocksReused: 0, bytesParsed: 0 };

  const setStats = (next: IncrementalStats) => {
    Object.assign(stats, next);
    if (next.reason === undefined) delete stats.reason;
  };

  return {
    stats,
    reset() {
      state = undefined;
      lastText = undefined;
      lastResult = undefined;
    },
    check(input: string): CheckResult {
      const text = typeof input === 'string' ? input : '';
      if (lastResult && text === lastText) {
        setStats({ mode: 'same', blocksParsed: 0, blocksReused: 0, bytesParsed: 0 });
        return lastResult;
      }
      let result: CheckResult;
      try {
        const block = parseBlocks(text, state, threshold);
        state = block.state;
        result = checkParsed(block.parsed);
        setStats({ mode: 'incremental', blocksParsed: block.stats.parsed, blocksReused: block.stats.reused, bytesParsed: block.stats.parsedBytes });
      } catch (error) {
        // Anything unexpected in the block-wise path also falls back: checkFramework is the reference.
        const reason = error instanceof Ambiguous ? error.message : `unexpected: ${error instanceof Error ? error.message : String(error)}`;
        if (!(error instanceof Ambiguous)) state = undefined;
        result = checkFramework(text);
        setStats({ mode: 'full', reason, blocksParsed: 0, blocksReused: 0, bytesParsed: text.length });
      }
      lastText = text;
      lastResult = result;
      return result;
    },
  };
}
