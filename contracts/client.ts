/**
 * Running the client under test: a shell command (any language) or a TypeScript function.
 *
 * The shell protocol (a stable interface, documented in the README): the command runs through
 * `/bin/sh -c` with the `SAGE_*` variables of `clientEnvironment` plus `SAGE_TASK`,
 * `SAGE_TASK_FILE`, `SAGE_STATE_DIR` and `SAGE_REPORT_FILE`; exit code 0 means it finished what
 * it meant to do. Each run has a timeout; a run that outlives it is killed (its whole process group).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

/** The variables a client receives (the `SAGE_*` environment plus the task, state and report paths). */
export type ContractEnv = Record<string, string>;

/** A client written in TypeScript, run in-process. `signal` aborts when its run times out. */
export type ClientFunction = (env: ContractEnv, options: { signal: AbortSignal }) => Promise<void>;

export type Client = { command: string; cwd?: string } | ClientFunction;

export interface ClientRunOutcome {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  stderrTail: string;
  durationMs: number;
}

const TAIL = 4000;

/** Process groups of the shell clients running now (killed if the runner itself is stopped). */
const running = new Set<number>();

/** Kills every shell client still running (their whole process groups), e.g. on Ctrl-C. */
export function killRunningClients(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  running.clear();
}

export function describeClient(client: Client): string {
  return typeof client === 'function' ? `function ${client.name || '(anonymous)'}` : client.command;
}

export class ContractInputError extends Error {
  override name = 'ContractInputError';
}

/**
 * Refuses a command whose program does not exist, before any case runs: the first word must be a
 * shell builtin, a program on PATH, or an executable file.
 */
export function checkCommand(command: string, cwd?: string): void {
  const trimmed = command.trim();
  if (trimmed === '') throw new ContractInputError('the client command is empty');
  const first = /^(?:"([^"]+)"|'([^']+)'|(\S+))/.exec(trimmed);
  const program = first?.[1] ?? first?.[2] ?? first?.[3] ?? '';
  // An environment assignment first (`FOO=1 node client.js`): let the shell judge the rest.
  if (/^\w+=/.test(program)) return;
  if (program.includes('/')) {
    const path = cwd && !program.startsWith('/') ? `${cwd}/${program}` : program;
    if (!existsSync(path)) throw new ContractInputError(`client command not found: ${program} (no such file)`);
    if (!statSync(path).isFile()) throw new ContractInputError(`client command is not a file: ${program}`);
    return;
  }
  const found = spawnSync('/bin/sh', ['-c', 'command -v -- "$1"', 'sh', program], { cwd, encoding: 'utf8' });
  if (found.status !== 0) throw new ContractInputError(`client command not found: ${program} (not on PATH)`);
}

export async function runClient(client: Client, env: ContractEnv, timeoutMs: number): Promise<ClientRunOutcome> {
  return typeof client === 'function' ? runFunction(client, env, timeoutMs) : runCommand(client.command, client.cwd, env, timeoutMs);
}

async function runFunction(fn: ClientFunction, env: ContractEnv, timeoutMs: number): Promise<ClientRunOutcome> {
  const started = performance.now();
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([fn({ ...env }, { signal: controller.signal }).then(() => 'ok' as const), timeout]);
    if (outcome === 'timeout') {
      controller.abort(new Error('the run timed out'));
      return {
        exitCode: null,
        signal: null,
        timedOut: true,
        stderrTail: `the client did not finish within ${timeoutMs} ms`,
        durationMs: performance.now() - started,
      };
    }
    return { exitCode: 0, signal: null, timedOut: false, stderrTail: '', durationMs: performance.now() - started };
  } catch (e) {
    // The frames first and the message last: a reason quotes the last lines, as with a stderr.
    const text = e instanceof Error ? `${(e.stack ?? '').split('\n').slice(1).join('\n')}\n${e.name}: ${e.message}`.trim() : String(e);
    return { exitCode: 1, signal: null, timedOut: false, stderrTail: text.slice(-TAIL), durationMs: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

function runCommand(command: string, cwd: string | undefined, env: ContractEnv, timeoutMs: number): Promise<ClientRunOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    // Its own process group, so a timeout kills the command and everything it started.
    const child = spawn('/bin/sh', ['-c', command], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    if (child.pid !== undefined) running.add(child.pid);
    let stderr = '';
    let timedOut = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-TAIL);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ exitCode: null, signal: null, timedOut: false, stderrTail: String(err.message), durationMs: performance.now() - started });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (child.pid !== undefined) running.delete(child.pid);
      resolve({
        exitCode: code,
        signal: timedOut ? null : signal,
        timedOut,
        stderrTail: timedOut
          ? `the client did not finish within ${timeoutMs} ms${stderr ? `; stderr: ${stderr}` : ''}`.slice(-TAIL)
          : stderr,
        durationMs: performance.now() - started,
      });
    });
  });
}
