export { checkWithIncludes, type IncludeCheckResult } from './check.ts';
export { documentKind, includeEntries, type DocumentKind } from './document-kind.ts';
export { memoryIncludeHost, type IncludeHost } from './host.ts';
export { loadLibraries, MAX_LIBRARIES } from './load.ts';
export { mergeSources, sharedLists } from './merge.ts';
