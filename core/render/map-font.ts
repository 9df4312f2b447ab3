/**
 * The font stack of the career map's SVG text. Arial and Liberation Sans share their advance
 * widths (Liberation was drawn to be metric-compatible), so the width table generated from it
 * (text-widths.generated.ts) measures the text on Windows, macOS and Linux alike. The page's own
 * `system-ui` stack has no such guarantee, which is why the picture names its font.
 */
export const mapFontFamily = 'Arial, "Liberation Sans", Helvetica, sans-serif';
