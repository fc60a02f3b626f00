/**
 * `sage-mock scenario ...`:
 *   list                       the built-ins, each with the first sentence of its description
 *   show <name>                a built-in's YAML
 *   validate <file>            exit 0 when valid; otherwise each field and line on stderr, exit 2
 *   run <name|file> [--seed n] [--clock frozen|system] -- <command...>
 *       a fresh server on 127.0.0.1 with the scenario, a connected tenant, the command run with the
 *       SAGE_* variables (`clientEnvironment`); then the faults that fired, on which requests; the
 *       exit code is the command's (128 + the signal number when a signal ended it).
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { parseArgs } from 'node:util';
import { builtInNames, builtInText, loadScenario, parseScenario, ScenarioError } from './load.ts';
import { clientEnvironment } from '../client/environment.ts';
import type { SageMock } from '../context.ts';
import type { SageMockOptions } from '../state.ts';
import type { ClockMode } from '../core/clock.ts';
import type { FaultFiring, Scenario } from './types.ts';
import { readFileSync } from 'node:fs';

/** How `scenario run` starts its server (the CLI passes the Fastify adapter's `startServer`). */
export type StartServer = (options: SageMockOptions) => Promise<{ mock: SageMock; url: string; close(): Promise<void> }>;

export async function scenarioCommand(
  argv: string[],
  out: (line: string) => void,
  usage: string,
  startServer: StartServer,
): Promise<number> {
  const sub = argv[0];
  const err = (line: string) => console.error(line);
  switch (sub) {
    case 'list': {
      for (const name of builtInNames()) {
        const s = loadScenario(name);
        const first = (s.description ?? '').split(/(?<=\.)\s/)[0] ?? '';
        out(`${name.padEnd(18)} ${first}`);
      }
      return 0;
    }
    case 'show': {
      const text = argv[1] === undefined ? null : builtInText(argv[1]);
      if (text === null) {
        err(`sage-mock: no built-in scenario ${argv[1] ?? '(none given)'}; built-ins: ${builtInNames().join(', ')}`);
        return 2;
      }
      out(text.trimEnd());
      return 0;
    }
    case 'validate': {
      const file = argv[1];
      if (!file) {
        err('sage-mock: scenario validate <file>');
        return 2;
      }
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        err(`sage-mock: cannot read ${file}: ${(e as Error).message}`);
        return 2;
      }
      try {
        const s = parseScenario(text, file);
        out(`${file}: valid scenario ${s.name} (${s.steps.length} step${s.steps.length === 1 ? '' : 's'})`);
        return 0;
      } catch (e) {
        if (!(e instanceof ScenarioError)) throw e;
        err(e.message);
        return 2;
      }
    }
    case 'run':
      return run(argv.slice(1), err, startServer);
    default:
      err(`sage-mock: unknown scenario command ${sub ?? '(none)'}\n\n${usage}`);
      return 2;
  }
}

async function run(argv: string[], err: (line: string) => void, startServer: StartServer): Promise<number> {
  const dash = argv.indexOf('--');
  const own = dash === -1 ? argv : argv.slice(0, dash);
  const command = dash === -1 ? [] : argv.slice(dash + 1);
  let parsed: { values: { seed: string; clock: string }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: own,
      allowPositionals: true,
      options: { seed: { type: 'string', default: '42' }, clock: { type: 'string', default: 'system' } },
    });
  } catch (e) {
    err(`sage-mock: ${(e as Error).message}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || command.length === 0) {
    err('sage-mock: scenario run <name|file> [--seed n] [--clock frozen|system] -- <command...>');
    return 2;
  }
  if (!/^\d+$/.test(values.seed) || Number(values.seed) > 2 ** 31 - 1) {
    err('sage-mock: --seed must be a whole number from 0 to 2147483647');
    return 2;
  }
  if (values.clock !== 'frozen' && values.clock !== 'system') {
    err('sage-mock: --clock must be frozen or system');
    return 2;
  }
  let scenario: Scenario;
  try {
    scenario = loadScenario(positionals[0]!);
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    err(`sage-mock: scenario refused:\n${e.message}`);
    return 2;
  }
  const server = await startServer({ seed: Number(values.seed), world: scenario.world ?? {}, clock: { mode: values.clock as ClockMode } });
  try {
    server.mock.scenarios.apply(scenario);
    await server.mock.chaos.settled();
    const env = clientEnvironment(server.mock, server.url);
    err(`sage-mock: scenario ${scenario.name} on ${server.url}; running ${command.join(' ')}`);
    const code = await new Promise<number>((resolve) => {
      const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env: { ...process.env, ...env } });
      const forward = (signal: NodeJS.Signals) => child.kill(signal);
      process.on('SIGINT', forward);
      process.on('SIGTERM', forward);
      const done = (c: number) => {
        process.off('SIGINT', forward);
        process.off('SIGTERM', forward);
        resolve(c);
      };
      child.once('error', (e) => {
        err(`sage-mock: cannot run ${command[0]}: ${e.message}`);
        done(127);
      });
      child.once('exit', (c, signal) => done(c ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0)));
    });
    report(server.mock.scenarios.status()?.fired ?? [], scenario.name, err);
    return code;
  } finally {
    await server.close();
  }
}

function report(fired: FaultFiring[], name: string, err: (line: string) => void): void {
  err(`sage-mock: scenario ${name}: ${fired.length} fault${fired.length === 1 ? '' : 's'} fired`);
  for (const f of fired) {
    const on = f.request_id ? `${f.method} ${f.path} [${f.request_id}]` : '(clock)';
    err(`  ${f.time}  ${f.step} (${f.fault}) on ${on}: ${f.detail}`);
  }
}
