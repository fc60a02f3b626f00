/**
 * Child side of `callInChild`: `node bench/lib/worker.ts <module url> <export> <json args>`.
 * Imports the module, awaits the export with the arguments and sends the result to the parent.
 */
const [moduleUrl, exportName, argsJson] = process.argv.slice(2);

function reply(message: unknown): void {
  // Exit once the message is flushed: a mock or server may hold handles that keep Node alive.
  process.send!(message, () => process.exit(0));
}

try {
  if (!moduleUrl || !exportName || !process.send)
    throw new Error('usage: worker.ts <module url> <export> <json args> (with an IPC channel)');
  const mod = (await import(moduleUrl)) as Record<string, unknown>;
  const fn = mod[exportName];
  if (typeof fn !== 'function') throw new Error(`${moduleUrl} has no exported function ${exportName}`);
  const value: unknown = await fn(...(JSON.parse(argsJson ?? '[]') as unknown[]));
  reply({ ok: true, value });
} catch (err) {
  const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
  if (process.send) reply({ ok: false, error });
  else {
    console.error(error);
    process.exit(1);
  }
}
