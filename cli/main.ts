import { buildProgram } from './program.ts';

// No top-level await here: the built CLI is a CommonJS bundle (see scripts/build-cli.mjs).
void buildProgram().parseAsync(process.argv);
