/** What the site adds to the rubric's stylesheet: the bar on every page, the index's cards and search. */
export const siteStyles = `
.site-nav{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 10px;font-size:14px;margin:0 0 28px;padding:0 0 12px;border-bottom:1px solid var(--rule)}
.site-nav a{text-decoration:none;font-weight:600}
.site-nav .sep{color:var(--faint)}
.site-nav .here{color:var(--muted)}
.site-search{margin:0 0 36px}
.site-search label{display:block;font-weight:600;margin:0 0 6px}
.site-search input{width:100%;max-width:560px;font:inherit;font-size:16px;padding:9px 12px;border:1.5px solid #9fb3c8;border-radius:8px}
.site-search input:focus{outline:2px solid var(--accent);outline-offset:1px;border-color:var(--accent)}
.site-search .hint{font-size:13px;color:var(--muted);margin:6px 0 0}
.search-status{font-size:14px;color:var(--muted);margin:10px 0 0;min-height:1.4em}
.search-results{list-style:none;padding:0;margin:6px 0 0;max-width:760px}
.search-results li{padding:9px 0;border-bottom:1px solid var(--rule)}
.search-results a{font-weight:600}
.hit-where{display:block;font-size:13px;color:var(--muted)}
.hit-text{display:block;font-size:14px;margin-top:2px;overflow-wrap:anywhere}
.families{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:20px;list-style:none;padding:0;margin:0}
.family{border:1px solid var(--rule);border-radius:10px;padding:18px 20px;display:flex;flex-direction:column;gap:8px;break-inside:avoid;min-width:0}
.family h2{font-size:20px;margin:0}
.family h2 a{text-decoration:none}
.family .version{display:inline-block;border:1px solid var(--rule);border-radius:999px;padding:0 9px;font-size:13px;font-weight:600;color:var(--ink)}
.family .source{font-size:12.5px;color:var(--faint);overflow-wrap:anywhere}
.family .tracks{margin:0;padding-left:18px;font-size:14px}
.family .lede{font-size:14px}
.map-thumb{display:block;border-top:1px solid var(--rule);padding-top:10px;margin-top:auto}
.map-thumb svg{display:block;width:100%;height:auto;max-height:280px;min-width:0 !important}
.role-page .role{border-top:none;padding-top:0}
.role-page .role-heading{font-size:30px;line-height:1.2;margin:0 0 6px}
.neighbours{display:flex;flex-wrap:wrap;gap:8px 24px;margin:28px 0 0;padding:14px 0 0;border-top:1px solid var(--rule);font-size:14px}
.neighbours a{font-weight:600}
.changes-family{margin:0 0 40px}
@media print{.site-nav,.site-search,.map-thumb{display:none}.families{display:block}.family{border:none;padding:0 0 14px}}
`;
