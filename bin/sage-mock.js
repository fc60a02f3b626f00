#!/usr/bin/env node
// Runs the built CLI (dist/, made by `npm run build` / `prepare`), or the TypeScript source in a checkout.
import { existsSync } from 'node:fs';
const built = new URL('../dist/mock/cli.js', import.meta.url);
const { main } = await import(existsSync(built) ? built.href : new URL('../mock/cli.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
