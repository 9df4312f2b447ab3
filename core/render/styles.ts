import { moveColours } from './career-map.ts';

export interface StyleOptions {
  paper: 'a4' | 'letter';
  /** Running header and page numbers from CSS page-margin boxes, for printing the HTML from a browser. */
  marginBoxes: boolean;
  /** Framework name and version for the running header. */
  runningHeader: string;
}

// CSS strings for `content:` must escape backslashes, quotes and newlines.
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3c ')}"`;
}

/**
 * The rubric's font stack: the platform's UI font first, then fonts with Hebrew, Arabic and CJK
 * glyphs, then colour emoji, wherever the system has them. The PDF export checks user text
 * against this same stack and warns about characters none of them can draw.
 */
export const fontStack =
  'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Noto Sans Hebrew","Noto Sans Arabic","Noto Sans CJK SC","Noto Sans CJK JP","PingFang SC","Hiragino Sans","Microsoft YaHei","Yu Gothic",sans-serif,"Apple Color Emoji","Segoe UI Emoji","Noto Color Emoji"';

const screen = `
:root{--ink:#16202b;--muted:#4a5563;--faint:#6b7684;--rule:#d9dee5;--wash:#f6f7f9;--accent:#0b57a4;--accent-wash:#eaf2fb;--new:#1f6b3f;--new-wash:#e8f5ec;--changed:#8a5a00;--changed-wash:#fdf4e0;--hard:#0b57a4;--soft:#8a3f86}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#fff;color:var(--ink);font:15px/1.55 ${fontStack};font-feature-settings:"kern","liga"}
.page{max-width:1040px;margin:0 auto;padding:48px 40px 80px}
a{color:var(--accent);text-decoration-thickness:1px;text-underline-offset:2px}
a:hover{text-decoration-thickness:2px}
:target{scroll-margin-top:16px}
code{font:0.9em/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--wash);border:1px solid var(--rule);border-radius:4px;padding:0 4px}
h1,h2,h3,h4{line-height:1.2;margin:0;font-weight:700;letter-spacing:-0.01em}
h1{font-size:34px;letter-spacing:-0.02em}
h2{font-size:24px;margin-bottom:6px}
h3{font-size:21px}
h4{font-size:13px;text-transform:uppercase;letter-spacing:0.06em;color:var(--muted);margin:26px 0 10px}
p{margin:0 0 10px}
ul{margin:0;padding-left:20px}
.eyebrow{font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:0.08em;color:var(--muted);margin:0 0 6px}
.lede{color:var(--muted);max-width:70ch}
.lede p:last-child{margin-bottom:0}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.title-block{border-bottom:3px solid var(--ink);padding-bottom:22px;margin-bottom:28px}
.title-block .meta{display:flex;flex-wrap:wrap;gap:8px 18px;margin:12px 0 16px;font-size:14px;color:var(--muted)}
.title-block .version{display:inline-block;border:1px solid var(--rule);border-radius:999px;padding:1px 10px;color:var(--ink);font-weight:600}
.title-block .description{font-size:17px;max-width:68ch}
.toc{margin:0 0 36px;font-size:14px}
.toc ol{list-style:none;display:flex;flex-wrap:wrap;gap:6px 22px;padding:0;margin:0}
.toc a{text-decoration:none;font-weight:600}
.toc ol ol{display:inline-flex;gap:4px 12px;margin-left:6px;font-weight:400}
section.block{margin:0 0 48px}
.section-intro{color:var(--muted);margin:0 0 16px;max-width:72ch}
table{border-collapse:collapse;width:100%;font-size:14px}
caption{caption-side:bottom;text-align:left;color:var(--faint);font-size:12.5px;padding-top:8px}
th,td{text-align:left;vertical-align:top;padding:9px 10px;border-bottom:1px solid var(--rule)}
thead th{font-size:12px;text-transform:uppercase;letter-spacing:0.06em;color:var(--muted);border-bottom:2px solid var(--ink);vertical-align:bottom}
tbody th{font-weight:600}
.parity td,.parity th{vertical-align:middle}
.parity .level-cell{width:1%}
.level-id{display:block;font-weight:700}
.level-name{display:block;font-weight:400;font-size:12.5px;color:var(--muted)}
.parity thead th.track-col{text-align:center}
.parity td.roles{text-align:center;position:relative;padding:10px 6px}
.parity .band{color:var(--muted);font-variant-numeric:tabular-nums;font-size:13px;width:1%}
.chip{position:relative;z-index:1;display:inline-block;margin:2px 0;padding:5px 12px;border:1.5px solid #9fb3c8;border-radius:8px;background:#fff;color:var(--ink);font-weight:600;text-decoration:none;line-height:1.3}
.chip:hover{border-color:var(--accent);color:var(--accent)}
.kind-ic .chip{background:#edf3fb;border-color:#4f7fc0}
.kind-management .chip{background:#edf6f0;border-color:#4a9165}
.kind-other .chip{background:#fbf4e8;border-color:#b5863a}
.chip + .chip{margin-left:6px}
td.join-next::after,td.join-prev::before,td.join-through::before{content:"";position:absolute;top:50%;border-top:2px solid #8d9aab}
td.join-next::after{left:50%;right:0}
td.join-prev::before{left:0;right:50%}
td.join-through::before{left:0;right:0}
td.join-prev.join-next::before{right:50%}
.empty{color:var(--faint)}
.twin-note{display:block;font-size:11.5px;color:var(--muted);margin:1px 0 2px}
.text-heading{margin:14px 0 4px}
.text-heading:first-child{margin-top:0}
.parity{table-layout:fixed}
.parity .level-col{width:120px}
.parity .band-col{width:176px}
.parity th,.parity td,.chip{overflow-wrap:anywhere}
.chip{max-width:100%}
.notes-title{font-size:13px;text-transform:uppercase;letter-spacing:0.06em;color:var(--muted);margin:28px 0 4px}
.level-notes{margin:0;padding:0;font-size:14px;border-top:2px solid var(--ink)}
.level-notes div{display:grid;grid-template-columns:minmax(140px,200px) minmax(0,1fr);gap:2px 24px;padding:9px 10px;border-bottom:1px solid var(--rule)}
.level-notes dt .level-name{display:inline;margin-left:8px}
.level-notes dt .level-id{display:inline}
.level-notes dd{margin:0;max-width:70ch}
.level-notes dd p{margin:0}
.dimension-list{border-top:2px solid var(--ink)}
.dimension-entry{display:grid;grid-template-columns:minmax(140px,200px) minmax(0,1fr);gap:6px 24px;padding:14px 10px;border-bottom:1px solid var(--rule)}
.dimension-term h3{font-size:16px;margin:0 0 5px}
.dimension-term .skill{margin-left:0}
.dimension-description{max-width:70ch}
.dimension-description p:last-child,.dimension-description ul:last-child{margin-bottom:0}
.dimension-description .applies{margin:6px 0 0;font-size:13px;color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:6px 20px;margin:12px 0 0;padding:0;list-style:none;font-size:13px;color:var(--muted)}
.legend li{display:flex;align-items:center;gap:8px}
.legend svg{flex:none}
.career-map figure,.skills-map figure{margin:0}
.skills-map-svg,.radar-svg{display:block;max-width:100%;height:auto;margin:0 auto}
.scale-title{margin:10px 0 4px;font-size:13px;color:var(--muted)}
.scale{margin:0;padding-left:20px;font-size:13px;color:var(--muted)}
.role-radars{display:flex;flex-wrap:wrap;gap:12px 28px;margin:0 0 8px}
.role-radars figure{margin:0;flex:0 1 320px;min-width:0}
.compare-details{margin:0 0 14px;border:1px solid var(--rule);border-radius:8px;padding:6px 12px;background:var(--wash)}
.compare-details summary{cursor:pointer;font-weight:600}
.compare-details ul{margin:8px 0 4px}
.compare-details li{margin:3px 0}
.compare-details ins{background:var(--new-wash);color:var(--new);text-decoration:none}
.compare-details del{color:#9b1c1c}
.cmp{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:0.04em}
.cmp-new{color:var(--new)}.cmp-grows{color:var(--changed)}.cmp-gone{color:#9b1c1c}
.cmp-dim{color:var(--muted)}
.badge.badge-version{background:#fdecec;color:#9b1c1c;box-shadow:inset 0 0 0 1px #f3c4c4}
.changes-since .changes-body h3{font-size:18px;margin:18px 0 4px}
.changes-since .changes-body h4{font-size:15px;margin:12px 0 2px;text-transform:none;letter-spacing:0;color:var(--ink)}
.changes-since .changes-body h4 code{font-size:12px}
.changes-since .affected{font-size:13px;color:var(--muted);margin:0 0 4px}
.changes-since ins{background:var(--new-wash);color:var(--new);text-decoration:none}
.changes-since del{color:#9b1c1c}
.changes-since .kind{font-weight:600}
.compare-hint{font-size:12px;color:var(--muted);margin:6px 0 0}
.map-frame{overflow-x:auto;border:1px solid var(--rule);border-radius:10px;padding:8px;background:#fff}
.career-map-svg{display:block;max-width:100%;height:auto;margin:0 auto}
.career-map-svg a:hover rect{stroke-width:2.5}
.map-notes-title,.map-summary{margin:10px 0 2px;font-size:12.5px;color:var(--muted)}
.map-notes{margin:0;padding-left:28px;font-size:12.5px;color:var(--muted);columns:2 280px;column-gap:28px}
.map-notes li{break-inside:avoid}
.map-print{display:none}
.track{margin-top:56px}
.track-head{border-top:3px solid var(--ink);padding-top:18px;margin-bottom:18px}
.matrix-frame{overflow-x:auto}
.matrix-frame + .matrix-frame{margin-top:22px}
.matrix{table-layout:fixed}
.matrix col.head-col{width:19%}
.matrix th,.matrix td{overflow-wrap:anywhere}
.matrix caption{caption-side:top;text-align:left;padding:0 0 6px;font-size:13px;font-weight:600;color:var(--muted)}
.matrix td ul,.matrix td{font-size:13.5px}
.matrix td ul{padding-left:16px}
.matrix td li + li{margin-top:4px}
.matrix th[scope=row] a{text-decoration:none}
.matrix th[scope=row] .level-name{margin-top:2px}
.skill{display:inline-block;margin-left:6px;padding:0 7px;border-radius:999px;font-size:11px;font-weight:600;letter-spacing:0.02em;text-transform:none;vertical-align:2px;border:1px solid currentColor}
.skill-hard{color:var(--hard)}
.skill-soft{color:var(--soft)}
.role{margin-top:40px;padding-top:28px;border-top:1px solid var(--rule)}
.role-head{display:grid;grid-template-columns:minmax(0,1fr) auto;gap:8px 24px;align-items:end}
.role-head .level-tag{justify-self:end;font-size:13px;font-weight:700;border-radius:6px;padding:3px 9px;background:var(--ink);color:#fff;white-space:nowrap}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px 20px;margin:18px 0 16px;padding:14px 16px;background:var(--wash);border-radius:10px}
.facts div{min-width:0}
.facts dt{font-size:11.5px;text-transform:uppercase;letter-spacing:0.06em;color:var(--muted);font-weight:600}
.facts dd{margin:2px 0 0;font-weight:500}
.summary{font-size:16px;max-width:70ch}
.changes-note{margin:18px 0 0;padding:10px 14px;border-left:4px solid var(--accent);background:var(--accent-wash);border-radius:0 8px 8px 0;font-size:14px}
.changes-note p{margin:0}
.expectations{display:grid;gap:18px}
.dimension h5{font-size:15px;margin:0 0 6px;font-weight:700}
.dimension .dimension-note{font-size:13px;color:var(--muted);margin:-2px 0 8px}
.dimension ul{list-style:none;padding:0}
.dimension li{position:relative;padding:6px 10px 6px 22px;border-radius:6px}
.dimension li::before{content:"";position:absolute;left:8px;top:15px;width:5px;height:5px;border-radius:50%;background:#8795a5}
.dimension li + li{margin-top:2px}
.dimension li.new{background:var(--new-wash)}
.dimension li.new::before{background:var(--new)}
.dimension li.changed{background:var(--changed-wash)}
.dimension li.changed::before{background:var(--changed)}
.badge{display:inline-block;margin-right:6px;padding:0 6px;border-radius:4px;font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:0.05em;vertical-align:1px;color:#fff}
.badge-new{background:var(--new)}
.badge-changed{background:var(--changed)}
.was{display:block;font-size:12.5px;color:var(--muted);margin-top:2px}
.moves-list{list-style:none;padding:0;font-size:14px}
.moves-list li{margin:4px 0}
.move-kind{display:inline-block;min-width:92px;font-weight:700;font-size:12px;text-transform:uppercase;letter-spacing:0.04em}
.mappings td,.mappings th{text-align:center}
.mappings th[scope=row],.mappings thead th:first-child{text-align:left}
.mapping-notes{font-size:13px;color:var(--muted);margin-top:10px}
.mapping-notes p{margin:0 0 4px}
footer.colophon{margin-top:64px;padding-top:14px;border-top:1px solid var(--rule);font-size:12.5px;color:var(--faint)}
@media screen and (max-width:720px){.page{padding:24px 16px 48px}h1{font-size:28px}.role-head,.dimension-entry,.level-notes div{grid-template-columns:1fr}}
`;

/**
 * The rubric's stylesheet: a restrained handbook page on screen; on paper, a page break before
 * each track and each role, tables that keep their header rows, and (when asked) a running
 * header and page numbers from CSS page-margin boxes.
 */
export function stylesheet(options: StyleOptions): string {
  const size = options.paper === 'letter' ? 'letter' : 'A4';
  const margins = options.marginBoxes
    ? `@top-left{content:${cssString(options.runningHeader)};font:9pt system-ui,sans-serif;color:#4a5563}@bottom-right{content:"Page " counter(page) " of " counter(pages);font:9pt system-ui,sans-serif;color:#4a5563}`
    : '';
  const moveRules = Object.entries(moveColours)
    .map(([kind, colour]) => `.move-kind.move-${kind}{color:${colour}}`)
    .join('');
  const print = `
@page{size:${size};margin:18mm 16mm 18mm 16mm;${margins}}
@page map-wide{size:${size} landscape}
@media print{
body{font-size:10.5pt;line-height:1.45}
.page{max-width:none;padding:0}
.toc{display:none}
a{color:inherit;text-decoration:none}
/* On paper a link cannot be followed: print where it goes. */
:is(.description,.summary,.lede,.dimension,.dimension-description,.level-notes,.mapping-notes,.moves-list) a[href^="http"]::after,:is(.description,.summary,.lede,.dimension,.dimension-description,.level-notes,.mapping-notes,.moves-list) a[href^="mailto:"]::after{content:" (" attr(href) ")";font-size:0.85em;color:var(--muted);word-break:break-all}
.chip{color:var(--ink)}
.track{break-before:page;margin-top:0}
.role{break-before:page;margin-top:0;border-top:0;padding-top:0}
.career-map,.skills-map{break-before:page}
.role-radars figure{break-inside:avoid}
.skills-map-svg{width:100%;max-height:200mm}
.compare-details{display:none}
.dimensions{break-before:page}
.dimension-entry{break-inside:avoid}
.level-notes div{break-inside:avoid}
.map-frame,.matrix-frame{border:0;padding:0;overflow:visible}
.matrix col.head-col{width:21%}
/* On paper the map prints as page-sized bands of levels, each under the track headings; the
   screen drawing stays rendered (at no size) because the bands point at it. */
.map-frame>svg.career-map-svg{position:absolute;width:0;height:0;overflow:hidden}
.map-print{display:block}
.map-slice{display:block;max-width:100%;height:auto;margin:0 auto}
.map-slice+.map-slice{break-before:page}
.career-map.map-wide{page:map-wide}
table{font-size:9.5pt}
.parity .level-col{width:100px}
.parity .band-col{width:104px}
.matrix td,.matrix td ul{font-size:8.5pt}
.matrix td ul{padding-left:12px}
.matrix th,.matrix td{padding:6px 5px}
thead{display:table-header-group}
tr,li,.facts,.changes-note,.dimension h5{break-inside:avoid}
/* A matrix row can be taller than what is left of a page; it may then continue on the next page
   (between bullets, under the repeated header row) rather than leave the header row alone. */
.matrix tbody tr{break-inside:auto}
/* Each further group of a split matrix starts a page, so its header row always has rows under it. */
.matrix-frame + .matrix-frame{break-before:page;margin-top:0}
h2,h3,h4,h5{break-after:avoid}
.mappings{break-before:page}
footer.colophon{display:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}`;
  return screen.trim() + moveRules + print;
}
