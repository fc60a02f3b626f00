/**
 * `sage-mock contract run --client "<command>" [--plan auth,writes] [--case <id>]... [--junit f]
 *                        [--json f] [--html f] [--scenario <name|file>] [--timeout ms] [--seed n]`
 * `sage-mock contract list [--plan p]`
 *
 * run prints a table (case, verdict, reason) and exits 1 when any case failed or errored, 2 on bad
 * input (unknown plan or case, a client command that does not exist, a report path that cannot be
 * written, a bad scenario), 0 otherwise.
 */
import { parseArgs } from 'node:util';
import { loadScenario, ScenarioError, type Scenario } from '../mock/index.ts';
import { selectCases } from './catalogue.ts';
import { ContractInputError, killRunningClients } from './client.ts';
import { planOf } from './model.ts';
import { runContracts } from './runner.ts';
import { checkWritable, formatTable, toHtml, toJson, toJUnit, writeReport } from './reports.ts';

export const CONTRACT_USAGE = `Usage:
  sage-mock contract list [--plan <plans>]
  sage-mock contract run --client "<command>" [options]

Judges a Sage client from what the fake Sage saw. The command runs once or more per case, through
/bin/sh, with SAGE_AUTHORIZE_URL, SAGE_TOKEN_URL, SAGE_REVOKE_URL, SAGE_API_URL, SAGE_CLIENT_ID,
SAGE_CLIENT_SECRET, SAGE_REDIRECT_URI, SAGE_REFRESH_TOKEN, SAGE_BUSINESS_IDS, SAGE_CONTROL_URL,
SAGE_NOW, SAGE_TASK, SAGE_TASK_FILE, SAGE_STATE_DIR and SAGE_REPORT_FILE (see the README).

Options for run:
  --client <command>   The client to judge (required)
  --plan <plans>       Comma-separated: all, auth, routing, business, sync, writes, limits, errors,
                       reference-data, money (default all)
  --case <id>          One case (repeatable; with --plan: both)
  --junit <file>       Write JUnit XML
  --json <file>        Write the results as JSON
  --html <file>        Write a self-contained HTML report
  --scenario <s>       A chaos scenario (built-in name or file) on top of every case
  --timeout <ms>       Per run of the client (default 20000)
  --seed <n>           World seed (default 42)
`;

export async function contractCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const err = (line: string) => console.error(line);
  // biome-ignore lint/suspicious/noImplicitAnyLet: TypeScript types it from the parseArgs call below (its options literal).
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        client: { type: 'string' },
        plan: { type: 'string' },
        case: { type: 'string', multiple: true },
        junit: { type: 'string' },
        json: { type: 'string' },
        html: { type: 'string' },
        scenario: { type: 'string' },
        timeout: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    err(`sage-mock contract: ${(e as Error).message}\n\n${CONTRACT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const sub = positionals[0];
  if (values.help || !sub) {
    out(CONTRACT_USAGE);
    return values.help ? 0 : 2;
  }
  const plans = values.plan?.split(',');
  try {
    if (sub === 'list') {
      for (const c of selectCases({ plans })) {
        out(`${c.id.padEnd(30)} [${planOf(c)}] ${c.title}`);
        out(`${''.padEnd(30)} rule: ${c.rule}`);
        out(`${''.padEnd(30)} source: ${c.source.title} <${c.source.url}>`);
      }
      return 0;
    }
    if (sub !== 'run') {
      err(`sage-mock contract: unknown subcommand ${sub}\n\n${CONTRACT_USAGE}`);
      return 2;
    }
    if (!values.client) throw new ContractInputError('--client "<command>" is required');
    const timeoutMs = values.timeout === undefined ? undefined : positiveInt(values.timeout, '--timeout');
    const seed = values.seed === undefined ? undefined : positiveInt(values.seed, '--seed', 0);
    selectCases({ plans, cases: values.case });
    const reports = [
      ['JUnit', values.junit],
      ['JSON', values.json],
      ['HTML', values.html],
    ] as const;
    for (const [what, path] of reports) if (path !== undefined) await checkWritable(path, what);
    let scenario: Scenario | undefined;
    if (values.scenario !== undefined) {
      try {
        scenario = loadScenario(values.scenario);
      } catch (e) {
        if (e instanceof ScenarioError) throw new ContractInputError(`scenario refused:\n${e.message}`);
        throw e;
      }
    }
    // Clients run in their own process groups: stopping the runner stops them too.
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      process.once(signal, () => {
        killRunningClients();
        err(`sage-mock contract: ${signal}, stopped`);
        process.exit(code);
      });
    }
    const run = await runContracts({
      client: { command: values.client, cwd: process.cwd() },
      plans,
      cases: values.case,
      timeoutMs,
      seed,
      scenario,
      onResult: (r) => err(`${r.id}: ${r.verdict}`),
    });
    out(formatTable(run));
    if (values.junit) await writeReport(values.junit, toJUnit(run));
    if (values.json) await writeReport(values.json, toJson(run));
    if (values.html) await writeReport(values.html, toHtml(run));
    return run.ok ? 0 : 1;
  } catch (e) {
    if (e instanceof ContractInputError) {
      err(`sage-mock contract: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

function positiveInt(raw: string, name: string, min = 1): number {
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw new ContractInputError(`${name} must be a whole number of at least ${min}`);
  return Number(raw);
}
