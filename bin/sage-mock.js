#!/usr/bin/env node
// In a checkout, run the TypeScript source (Node >= 24 strips types); in an installed package
// (no mock/ folder, and Node does not strip types under node_modules) run the build in dist/.
import { existsSync } from 'node:fs';
const source = new URL('../mock/cli.ts', import.meta.url);
const built = new URL('../dist/mock/cli.js', import.meta.url);
const { main } = await import(existsSync(source) ? source.href : built.href);
process.exitCode = await main(process.argv.slice(2));
