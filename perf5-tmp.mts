import { generateFramework } from './bench/generate-framework.ts';
import { parseFramework } from './core/parse.ts';
import { buildFramework } from './core/model/build.ts';
import { rules } from './core/analyze/index.ts';
import { readLintSettings } from './core/analyze/settings.ts';
const text = generateFramework({ targetBytes: 500_000, seed: 1 });
const parsed = parseFramework(text); const settings = readLintSettings(parsed);
let framework = buildFramework(parsed.data);
for (const rule of rules) rule.check({ framework, parsed, settings });
framework = buildFramework(parsed.data);
const times: Record<string, number> = {};
for (let i = 0; i < 15; i++) { framework = buildFramework(parsed.data); for (const rule of rules) { const t = performance.now(); rule.check({ framework, parsed, settings }); const ms = performance.now() - t; times[rule.code] = Math.min(times[rule.code] ?? 1e9, ms); } }
for (const [c, t] of Object.entries(times)) if (t > 0.5) console.log(c.padEnd(36), t.toFixed(1));
