#!/usr/bin/env node
// In a checkout, run the TypeScript source (when this Node strips types, as Node 24 does); in an
// installed package (no mock/ folder, and Node does not strip types under node_modules), or on a
// Node that cannot strip types, run the build in dist/.
import { existsSync } from 'node:fs';

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

const source = new URL('../mock/cli.ts', import.meta.url);
const built = new URL('../dist/mock/cli.js', import.meta.url);
let cli;
try {
  cli = await import(existsSync(source) && process.features.typescript ? source.href : built.href);
} catch (e) {
  // An unsupported Node (mock/core/node-version.ts) says so in one line, without a stack trace.
  if (e instanceof Error && e.message.startsWith('sage-mock needs Node.js')) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
process.exitCode = await cli.main(process.argv.slice(2));
