// The public face of the exports: the studio and the CLI import only from here.
export type { RenderOptions, HtmlOptions, HtmlSection } from './options.ts';
export type { PrintInput } from './print.ts';
export type { BulletChange, BulletStatus, RoleChanges } from './changes.ts';
export { renderHtml, contentSecurityPolicy } from './html.ts';
export { renderMarkdown } from './markdown.ts';
export { renderCsv } from './csv.ts';
export { renderJson, schemaUrl } from './json.ts';
export { printInput } from './print.ts';
export { renderCareerMap } from './career-map.ts';
export { compareWithPrevious } from './changes.ts';
export { selectTracks, unknownTrackIds } from './select.ts';
export { escapeHtml } from './escape.ts';
export { exportFramework, exportBlockers, exportFormats, exportFormatIds, exportFormat, exportFormatNamed, exportFormatForFile } from './export.ts';
export type { ExportBlocker, ExportFormatId, ExportFormatInfo, ExportOptionName, ExportResult, ExportSettings, Printer } from './export.ts';
