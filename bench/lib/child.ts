/**
 * Runs an exported function of a bench module in a fresh Node process, so that each measurement
 * starts from a clean heap and a cold JIT, and a stuck or crashing run cannot take the others
 * down. Results come back over the IPC channel (JSON-safe values only).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

export interface ChildOptions {
  /** Extra Node flags for the child (for example `--expose-gc`). */
  execArgv?: string[];
  /** Kill the child and reject after this long. */
  timeoutMs: number;
}

type WorkerMessage = { ok: true; value: unknown } | { ok: false; error: string };

/** `await callInChild(import.meta.url, 'seedOnce', ['memory'], {...})`. */
export function callInChild<T>(moduleUrl: string, exportName: string, args: unknown[], options: ChildOptions): Promise<T> {
  const child = fork(WORKER, [moduleUrl, exportName, JSON.stringify(args)], {
    execArgv: [...process.execArgv, ...(options.execArgv ?? [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return awaitReply<T>(child, `${exportName}(${args.map((a) => JSON.stringify(a)).join(', ')})`, options.timeoutMs);
}

/** The first message of `child`, or a rejection if it exits, errs or times out first. */
export function awaitReply<T>(child: ChildProcess, what: string, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      finish(() => reject(new Error(`${what} timed out after ${timeoutMs} ms`)));
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('message', (msg: WorkerMessage) => {
      finish(() => (msg.ok ? resolve(msg.value as T) : reject(new Error(`${what} failed in its child process:\n${msg.error}`))));
    });
    child.once('error', (err) => finish(() => reject(err)));
    child.once('exit', (code, signal) => finish(() => reject(new Error(`${what}: child exited (${signal ?? code}) without a result`))));
  });
}
