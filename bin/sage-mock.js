#!/usr/bin/env -S node --max-semi-space-size=16
// --max-semi-space-size=16: a young generation of at most 2 x 16 MB. Without it Node 24 lets it grow
// to 128 MB under a steady stream of requests, all of it resident and nearly all of it empty.
// Runs the build in dist/ (fastest to start: nothing to strip). In a checkout, dist/ is used only
// while it is up to date (built after the last change under mock/); otherwise, or when there is no
// build, the TypeScript source runs (Node >= 24 strips the types), which starts slower:
// `npm run build` (run by `npm install`) brings dist/ up to date.
import { existsSync, readdirSync, statSync } from 'node:fs';
const source = new URL('../mock/', import.meta.url);
const built = new URL('../dist/mock/cli.js', import.meta.url);

/** Modification time of the newest file under `dir`. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const url = new URL(e.isDirectory() ? `${e.name}/` : e.name, dir);
    t = Math.max(t, e.isDirectory() ? newest(url) : statSync(url).mtimeMs);
  }
  return t;
}

const fresh = existsSync(built) && (!existsSync(source) || statSync(built).mtimeMs >= newest(source));
const { main } = await import(fresh ? built.href : new URL('cli.ts', source).href);
process.exitCode = await main(process.argv.slice(2));
