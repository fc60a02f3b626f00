#!/usr/bin/env -S node --max-semi-space-size=16
// --max-semi-space-size=16: a young generation of at most 2 x 16 MB. Without it Node 24 lets it grow
// to 128 MB under a steady stream of requests, all of it resident and nearly all of it empty.
// Runs the build in dist/ (fastest to start: nothing to strip). In a checkout, dist/ is used only
// while it is up to date (built after the last change under mock/); otherwise, or when there is no
// build, the TypeScript source runs (when this Node strips types, as Node 24 does), which starts
// slower: `npm run build` (run by `npm test` and `npm pack`) brings dist/ up to date.
import { existsSync, readdirSync, statSync } from 'node:fs';

// Run by npm (`npx sage-mock`, `npm exec`, an npm script), this process is the child of a shell
// npm starts (`sh -c`); npm passes a SIGTERM or SIGINT on to that shell, which dies without passing
// it on to us. So when the process that started us goes away, take it as the SIGTERM it was: the
// server drains and exits. (Started any other way, a parent that exits on purpose, as in
// `(sage-mock serve &)`, leaves the server running.)
if (process.env.npm_command !== undefined || process.env.npm_lifecycle_event !== undefined) {
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    process.kill(process.pid, 'SIGTERM');
  }, 250);
  watch.unref();
}

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

const canRunSource = existsSync(source) && Boolean(process.features.typescript);
const fresh = existsSync(built) && (!canRunSource || statSync(built).mtimeMs >= newest(source));
let cli;
try {
  cli = await import(fresh ? built.href : new URL('cli.ts', source).href);
} catch (e) {
  // An unsupported Node (mock/core/node-version.ts) says so in one line, without a stack trace.
  if (e instanceof Error && e.message.startsWith('sage-mock needs Node.js')) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
process.exitCode = await cli.main(process.argv.slice(2));
