/**
 * `sage-mock serve [--port 4010] [--host 127.0.0.1] [--seed 42] [--clock frozen|system]
 *                  [--contacts N|GB=N,...] [--store memory|msw-data] [--scenario <file|built-in>]`
 * `sage-mock scenario list | show <name> | validate <file> | run <name|file> -- <command...>`
 * `sage-mock contract list | run --client "<command>" ...` (contracts/cli.ts)
 *
 * serve prints the three base URLs (authorize, token, API) and the control plane, then a ready
 * line. Binds 127.0.0.1 unless told otherwise. Shuts down cleanly on SIGINT and SIGTERM.
 */
import './core/node-version.ts'; // first: refuses an unsupported Node before any dependency loads
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { createSageMock, DEFAULT_SEED, type SageMock } from './sage-mock.ts';
import { VERSION } from './core/version.ts';
import { MAX_SEED } from './admin/routes.ts';
import type { ClockMode } from './core/clock.ts';
import type { StoreKind } from './store/index.ts';
import type { WorldOptions } from './world/seed.ts';
import type { CountryCode } from './world/types.ts';
import { COUNTRY_PROFILES } from './world/countries.ts';
import { createServer, DEFAULT_DRAIN_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS, listen, startServer } from './adapters/fastify.ts';
import { scenarioCommand } from './chaos/cli.ts';
import { loadScenario, ScenarioError } from './chaos/load.ts';
import type { Scenario } from './chaos/types.ts';

const USAGE = `Usage: sage-mock <command> [options]

Commands:
  serve                        Run the fake Sage API over HTTP
  scenario list                The built-in chaos scenarios
  scenario show <name>         A built-in scenario's file
  scenario validate <file>     Check a scenario file (exit 2 and the field and line when it is bad)
  scenario run <name|file> [--seed n] [--clock frozen|system] -- <command...>
                               A fresh server with the scenario and a connected tenant; runs the
                               command with SAGE_* variables, prints the faults that fired, and
                               exits with the command's exit code
  contract list                The contract cases, each with its Sage rule and source
  contract run --client "<command>" [--plan p,q] [--case id] [--junit f] [--json f] [--html f]
                               Judge a client (any language) against the cases; a table, and
                               exit 1 on any fail or error (sage-mock contract --help)

Options for serve:
  --port <n>         Port (default 4010; 0 picks a free port)
  --host <addr>      Address to bind (default 127.0.0.1)
  --seed <n>         World seed (default ${DEFAULT_SEED}, as createSageMock)
  --clock <mode>     frozen (moves only when advanced) or system (real time + offset; default)
  --contacts <n>     Contacts per business (default 24), or per country: GB=100000,IE=50
                     (the other businesses keep 24)
  --store <kind>     memory (default) or msw-data
  --drain-timeout <ms>    On SIGTERM/SIGINT, time for requests in flight to finish (default 10000)
  --request-timeout <ms>  Time to receive a whole request before answering 408 (default 30000; 0: none)
  --admin-token <t>  Require X-Sage-Mock-Admin-Token on /__mock/* (generated and printed when
                     --host is not a loopback address and none is given)
  --scenario <s>     Apply a chaos scenario (a file, or a built-in name) from the start
  -h, --help         Show this help
  -v, --version      Print the version
`;

export async function main(argv: string[], out: (line: string) => void = (l) => console.log(l)): Promise<number> {
  if (argv[0] === 'scenario') return scenarioCommand(argv.slice(1), out, USAGE, startServer);
  // The contract kit is loaded only when asked for.
  if (argv[0] === 'contract') return (await import('../contracts/cli.ts')).contractCommand(argv.slice(1), out);
  // biome-ignore lint/suspicious/noImplicitAnyLet: TypeScript types it from the parseArgs call below (its options literal).
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
        clock: { type: 'string', default: 'system' },
        contacts: { type: 'string' },
        store: { type: 'string', default: 'memory' },
        'admin-token': { type: 'string' },
        'request-timeout': { type: 'string', default: String(DEFAULT_REQUEST_TIMEOUT_MS) },
        'drain-timeout': { type: 'string', default: String(DEFAULT_DRAIN_TIMEOUT_MS) },
        scenario: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    out(version());
    return 0;
  }
  const command = positionals[0];
  if (values.help || !command) {
    out(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (command !== 'serve') {
    console.error(`Unknown command: ${command}\n\n${USAGE}`);
    return 2;
  }
  const port = int(values.port, 'port', 0, 65535);
  const seed = int(values.seed, 'seed', 0, MAX_SEED);
  const contacts = values.contacts === undefined ? undefined : contactCounts(values.contacts);
  const requestTimeoutMs = int(values['request-timeout'], 'request-timeout', 0, 2 ** 31 - 1);
  const drainTimeoutMs = int(values['drain-timeout'], 'drain-timeout', 0, 2 ** 31 - 1);
  if (port === null || seed === null || contacts === null || requestTimeoutMs === null || drainTimeoutMs === null) return 2;
  if (values.clock !== 'frozen' && values.clock !== 'system') return fail('--clock must be frozen or system');
  if (values.store !== 'msw-data' && values.store !== 'memory') return fail('--store must be msw-data or memory');

  // An empty token would switch the control plane's guard off (on a public address, too).
  if (values['admin-token'] !== undefined && values['admin-token'].trim() === '') return fail('--admin-token must not be empty');
  const loopback = /^(127\.|::1$|localhost$|\[::1\]$)/.test(values.host);
  const adminToken = values['admin-token'] ?? (loopback ? undefined : randomBytes(16).toString('hex'));
  let scenario: Scenario | undefined;
  if (values.scenario !== undefined) {
    try {
      scenario = loadScenario(values.scenario);
    } catch (e) {
      if (e instanceof ScenarioError) return fail(`scenario refused:\n${e.message}`);
      throw e;
    }
  }
  const mock = await createSageMock({
    adminToken,
    seed,
    clock: { mode: values.clock as ClockMode },
    store: values.store as StoreKind,
    world: contacts === undefined ? (scenario?.world ?? {}) : { contacts },
  });
  if (scenario) {
    try {
      mock.scenarios.apply(scenario);
    } catch (e) {
      if (e instanceof ScenarioError) return fail(`scenario refused:\n${e.message}`);
      throw e;
    }
  }
  const app = createServer(mock, { requestTimeoutMs, drainTimeoutMs });
  let base: string;
  try {
    base = await listen(app, { port, host: values.host });
  } catch (e) {
    return fail(`cannot listen on ${values.host}:${port}: ${(e as Error).message}`);
  }
  // Only a token the server made up is printed: one the user chose stays out of logs.
  const tokenLine = !adminToken
    ? undefined
    : values['admin-token'] === undefined
      ? `  control plane token (X-Sage-Mock-Admin-Token): ${adminToken}`
      : '  control plane token: the one given with --admin-token';
  printBanner(
    out,
    mock,
    base,
    scenario ? `${scenario.name} (${scenario.steps.length} steps, seed ${scenario.seed ?? 1})` : undefined,
    tokenLine,
  );
  // SIGTERM or SIGINT drains: no new connections, held requests released, requests in flight
  // finished (up to --drain-timeout), then exit 0. A second signal closes what is left at once.
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        out(`sage-mock: ${signal} again, closing open connections`);
        app.server.closeAllConnections();
        return;
      }
      stopping = true;
      out(`sage-mock: ${signal}, draining (up to ${drainTimeoutMs} ms)`);
      void app.close().then(resolve);
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });
  out('sage-mock: stopped');
  return 0;
}

function printBanner(out: (line: string) => void, mock: SageMock, base: string, scenario?: string, tokenLine?: string): void {
  const w = mock.admin.world();
  out(`sage-mock ${version()} seed ${w.seed}, clock ${mock.clock.mode} at ${mock.clock.iso()}`);
  out(`  authorize  ${base}/oauth2/auth/central`);
  out(`  token      ${base}/token`);
  out(`  api        ${base}/v3.1`);
  out(`  control    ${base}/__mock`);
  out(`  apps       ${w.apps.map((a) => a.client_id).join(', ')}`);
  if (scenario) out(`  scenario   ${scenario}`);
  if (tokenLine) out(tokenLine);
  out(`sage-mock ready on ${base}`);
}

export function version(): string {
  return VERSION;
}

/** `--contacts 500` (every business) or `--contacts GB=100000,IE=50` (those countries only). */
function contactCounts(raw: string): WorldOptions['contacts'] | null {
  if (!raw.includes('=')) return int(raw, 'contacts', 0, MAX_CONTACTS);
  const out: Partial<Record<CountryCode, number>> = {};
  for (const part of raw.split(',')) {
    const [country = '', n = ''] = part.split('=').map((x) => x.trim());
    const code = country.toUpperCase() as CountryCode;
    if (!(code in COUNTRY_PROFILES)) {
      console.error(`--contacts: ${country || '(empty)'} is not one of ${Object.keys(COUNTRY_PROFILES).join(', ')}`);
      return null;
    }
    const count = int(n, `contacts ${code}=`, 0, MAX_CONTACTS);
    if (count === null) return null;
    out[code] = count;
  }
  return out;
}

const MAX_CONTACTS = 1_000_000;

export function int(raw: string, name: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    console.error(`--${name} must be a whole number from ${min} to ${max}`);
    return null;
  }
  return Number(raw);
}

export function fail(message: string): number {
  console.error(`sage-mock: ${message}`);
  return 2;
}
