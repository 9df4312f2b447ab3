// The public face of the importers: the CLI and the studio import only from here.
export { importTrack, type ImportTrackOptions } from './track.ts';
export { importCsv, splitCell, type CsvImportOptions } from './csv.ts';
export type { ImportResult } from './common.ts';
export { previewTrackImport, type TrackPreview, type TrackPreviewRow } from './track-preview.ts';
export { previewCsvImport, type CsvImportPreview } from './csv-preview.ts';
