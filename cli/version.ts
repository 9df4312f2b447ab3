/** The Rungs version, printed by `--version` and written into reports (SARIF's tool.driver). */
export const RUNGS_VERSION = '0.1.0';

/** Where people read about Rungs; SARIF viewers link the tool's name to it. */
export const RUNGS_HOME = 'https://rungs.dev';
