// Regenerates screenshots of the HTML export (screen and print media) and PNG pages of the PDF
// export, so a reviewer can look at the rubric without running the app:
//   npm run screenshots:exports [fixture.yaml ...]
// Without arguments it covers the two example fixtures and every case of the layout stress corpus
// (tests/layout/stress-corpus.ts: 1 to 15 dimensions, 15 levels, six tracks, long titles, emoji,
// right-to-left text). Everything goes to test-results/screenshots/exports/ (not committed); a few
// pictures of the first fixture are copied to docs/screenshots/exports/ for the README.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFramework } from '../core/index.ts';
import { printInput, renderHtml } from '../core/render/index.ts';
import { launchChromium } from '../cli/chromium.ts';
import { printPdf } from '../cli/pdf.ts';
import { stressCorpus } from '../tests/layout/stress-corpus.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'test-results/screenshots/exports');
const docsDir = path.join(root, 'docs/screenshots/exports');
const forDocs = ['screen-top.png', 'parity.png', 'career-map.png', 'role.png', 'page-01.png', 'page-02.png'];
const args = process.argv.slice(2);
const fixtures = args.length > 0 ? args : ['tests/fixtures/valid/dual-track.yaml', 'tests/fixtures/valid/three-track.yaml'];
const subjects: { name: string; label: string; yaml: string }[] = [
  ...fixtures.map((fixture) => ({ name: path.basename(fixture, path.extname(fixture)), label: fixture, yaml: readFileSync(path.resolve(root, fixture), 'utf8') })),
  ...(args.length > 0 ? [] : stressCorpus().map((c) => ({ name: `stress-${c.name}`, label: `stress corpus: ${c.name}`, yaml: c.yaml }))),
];

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
try {
  for (const { name, label, yaml } of subjects) {
    const { framework } = checkFramework(yaml);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    await page.setContent(renderHtml(framework), { waitUntil: 'load' });
    // Chromium cannot capture a page much taller than its largest texture (about 16,000 px);
    // the stress corpus's long ladders get the close-ups and PDF pages only.
    const tall = (await page.evaluate(() => document.documentElement.scrollHeight)) > 15000;
    if (!tall) await page.screenshot({ path: path.join(outDir, `${name}-screen.png`), fullPage: true });
    await page.screenshot({ path: path.join(outDir, `${name}-screen-top.png`) });
    // Close-ups of the parts a reviewer looks at first.
    const parts: [string, string][] = [['parity', '#parity'], ['career-map', '#career-map'], ['track-matrix', 'table.matrix'], ['role', 'section.role >> nth=1']];
    for (const [part, selector] of parts) {
      const target = page.locator(selector).first();
      if ((await target.count()) > 0) await target.screenshot({ path: path.join(outDir, `${name}-${part}.png`) });
    }
    await page.emulateMedia({ media: 'print' });
    if (!tall) await page.screenshot({ path: path.join(outDir, `${name}-print-media.png`), fullPage: true });
    await page.close();

    const pdfFile = path.join(outDir, `${name}.pdf`);
    writeFileSync(pdfFile, await printPdf(printInput(framework), browser));
    // pdftoppm (poppler-utils) draws each page as <name>-page-N.png at a readable resolution.
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfFile, path.join(outDir, `${name}-page`)]);
    const pages = readdirSync(outDir).filter((f) => f.startsWith(`${name}-page`)).length;
    process.stdout.write(`${label}: screen, print media and ${pages} PDF pages\n`);
  }
} finally {
  await browser.close();
}
const first = fixtures[0] && path.basename(fixtures[0], path.extname(fixtures[0]));
if (first && args.length === 0) {
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  for (const part of forDocs) {
    // pdftoppm pads page numbers to the page count's width (page-01 or page-1).
    const source = readdirSync(outDir).find((f) => f === `${first}-${part}` || f === `${first}-${part.replace('-0', '-')}`);
    if (source) copyFileSync(path.join(outDir, source), path.join(docsDir, `${first}-${part}`));
  }
}
process.stdout.write(`Screenshots in ${path.relative(root, outDir)}/${args.length === 0 ? ` (a selection in ${path.relative(root, docsDir)}/)` : ''}\n`);
