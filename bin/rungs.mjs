#!/usr/bin/env node
// Runs the TypeScript CLI in place through tsx, so `npx rungs` works right after `npm install`
// with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
