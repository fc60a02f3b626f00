/**
 * Reports of a contract run: a table for the terminal, JUnit XML for CI (junit-report-builder),
 * JSON, and a self-contained HTML page (verdict, rule and source, the evidence exchanges with their
 * requests and responses, secrets masked). Writing checks the path first and says what is wrong.
 */
import { existsSync, statSync } from 'node:fs';
import { access, constants, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import junitModule, { type Builder } from 'junit-report-builder';
import { ContractInputError } from './client.ts';
import type { ContractRunResult } from './runner.ts';
import type { Exchange } from './evidence.ts';
import type { Verdict } from './model.ts';

// A CommonJS module whose declarations say `export default`: at run time the import is the builder itself.
const junit = ((junitModule as unknown as { default?: Builder }).default ?? junitModule) as unknown as Builder;

const MARK: Record<Verdict, string> = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', 'not-applicable': 'N/A', error: 'ERROR' };

export function formatTable(run: ContractRunResult): string {
  const rows = run.results.map((r) => [r.id, MARK[r.verdict], r.reason]);
  const w0 = Math.max(4, ...rows.map((r) => r[0]!.length));
  const w1 = Math.max(7, ...rows.map((r) => r[1]!.length));
  const line = (a: string, b: string, c: string) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`;
  const counts = (Object.keys(MARK) as Verdict[])
    .filter((v) => run.counts[v] > 0)
    .map((v) => `${run.counts[v]} ${v}`)
    .join(', ');
  return [
    line('case', 'verdict', 'reason'),
    line('-'.repeat(w0), '-'.repeat(w1), '-'.repeat(6)),
    ...rows.map((r) => line(r[0]!, r[1]!, r[2]!)),
    '',
    `${run.results.length} case${run.results.length === 1 ? '' : 's'}: ${counts} (${(run.durationMs / 1000).toFixed(1)} s)`,
  ].join('\n');
}

export function toJUnit(run: ContractRunResult): string {
  const builder = junit.newBuilder().name('sage-mock contracts');
  const plans = [...new Set(run.results.map((r) => r.plan))];
  for (const plan of plans) {
    const suite = builder.testSuite().name(plan).timestamp(run.startedAt);
    for (const r of run.results.filter((x) => x.plan === plan)) {
      const tc = suite
        .testCase()
        .className(`contracts.${plan}`)
        .name(`${r.id}: ${r.title}`)
        .time(r.durationMs / 1000);
      const detail = [
        `rule: ${r.rule}`,
        `source: ${r.source.title} <${r.source.url}>`,
        `evidence: ${r.evidence.map((s) => `#${s}`).join(', ') || 'none'}`,
      ].join('\n');
      if (r.verdict === 'fail') tc.failure(r.reason, 'ContractFailure');
      else if (r.verdict === 'error')
        tc.error(
          r.reason,
          'ContractError',
          r.runs
            .map((x) => x.stderrTail)
            .filter(Boolean)
            .join('\n---\n'),
        );
      else if (r.verdict === 'not-applicable') tc.skipped();
      tc.standardOutput(`${r.verdict}: ${r.reason}\n${detail}`);
    }
  }
  return builder.build();
}

export function toJson(run: ContractRunResult): string {
  return `${JSON.stringify(run, null, 2)}\n`;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function exchangeHtml(x: Exchange): string {
  const query = Object.keys(x.query).length ? `?${new URLSearchParams(x.query).toString()}` : '';
  const headers = (h: Record<string, string>) =>
    Object.entries(h)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n');
  const meta = [
    x.businessId ? `business ${x.businessId} (${x.businessSource})` : null,
    x.tokenState ? `token ${x.tokenState}` : null,
    x.flags.length ? `flags ${x.flags.join(', ')}` : null,
    x.fault ? `fault ${x.fault}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return `<details class="exchange" id="seq-${x.seq}"><summary><span class="seq">#${x.seq}</span> <code>${esc(x.method)} ${esc(x.path + query)}</code> → <span class="status s${Math.floor(x.status / 100)}">${x.status}</span> <span class="meta">${esc(x.time)} · real ${x.startedMs.toFixed(1)} to ${(x.startedMs + x.durationMs).toFixed(1)} ms${meta ? ` · ${esc(meta)}` : ''}</span></summary>
<div class="pair"><div><h4>Request</h4><pre class="request">${esc(`${x.method} ${x.path}${query}\n${headers(x.requestHeaders)}${x.requestBody ? `\n\n${x.requestBody}` : ''}`)}</pre></div>
<div><h4>Response</h4><pre class="response">${esc(`${x.status}\n${headers(x.responseHeaders)}${x.responseBody ? `\n\n${x.responseBody}` : ''}`)}</pre></div></div></details>`;
}

export function toHtml(run: ContractRunResult): string {
  const cases = run.results
    .map(
      (r) => `<section class="case ${r.verdict}" id="${esc(r.id)}" data-verdict="${r.verdict}">
<h2><span class="verdict">${MARK[r.verdict]}</span> <code>${esc(r.id)}</code> ${esc(r.title)}</h2>
<p class="reason">${esc(r.reason)}</p>
<p class="rule"><strong>Rule:</strong> ${esc(r.rule)}<br><strong>Source:</strong> <a href="${esc(r.source.url)}">${esc(r.source.title)}</a></p>
<p class="runs">${r.runs.map((x) => `run ${x.index + 1}: ${x.timedOut ? 'timed out' : `exit ${x.exitCode ?? x.signal}`}, ${x.requests} exchanges, ${x.durationMs} ms`).join(' · ')}</p>
${r.exchanges.length ? `<h3>Evidence</h3>${r.exchanges.map(exchangeHtml).join('\n')}` : '<p class="none">No exchange to show.</p>'}
${
  r.runs.some((x) => x.stderrTail)
    ? `<details><summary>Client stderr</summary><pre>${esc(
        r.runs
          .map((x) => x.stderrTail)
          .filter(Boolean)
          .join('\n---\n'),
      )}</pre></details>`
    : ''
}
</section>`,
    )
    .join('\n');
  const counts = (Object.keys(MARK) as Verdict[]).map((v) => `<span class="count ${v}">${run.counts[v]} ${v}</span>`).join(' ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>sage-mock contracts: ${esc(run.client)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24}
code,pre{font-family:ui-monospace,monospace;font-size:13px}
pre{background:#f5f6f8;border:1px solid #dde1e6;padding:.6rem;overflow:auto;white-space:pre-wrap;word-break:break-all;max-height:28rem}
.case{border-left:6px solid #999;padding:.2rem 1rem;margin:1.2rem 0;background:#fff}
.case.pass{border-color:#1f883d}.case.fail{border-color:#cf222e}.case.warn{border-color:#bf8700}.case.error{border-color:#8250df}.case.not-applicable{border-color:#8c959f}
.verdict{font-weight:700;display:inline-block;min-width:4.5em}
.pass .verdict{color:#1f883d}.fail .verdict{color:#cf222e}.warn .verdict{color:#9a6700}.error .verdict{color:#8250df}.not-applicable .verdict{color:#57606a}
.reason{font-weight:600}.rule,.runs,.meta{color:#57606a}.count{margin-right:1em}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}.seq{color:#57606a}
.status.s2{color:#1f883d}.status.s4{color:#cf222e}.status.s5{color:#8250df}
summary{cursor:pointer}
</style></head>
<body>
<h1>sage-mock contracts</h1>
<p>Client: <code>${esc(run.client)}</code> · started ${esc(run.startedAt)} · ${(run.durationMs / 1000).toFixed(1)} s</p>
<p id="summary">${counts}</p>
${cases}
<p class="meta">Tokens, secrets and codes are masked. Sage rules are cited from Sage's developer documentation.</p>
</body></html>
`;
}

/** Refuses a report path that cannot be written (missing folder, a folder, no permission) before anything runs. */
export async function checkWritable(path: string, what: string): Promise<void> {
  const full = resolve(path);
  if (existsSync(full) && statSync(full).isDirectory())
    throw new ContractInputError(`cannot write the ${what} report to ${path}: it is a folder`);
  const dir = dirname(full);
  if (!existsSync(dir)) throw new ContractInputError(`cannot write the ${what} report to ${path}: the folder ${dir} does not exist`);
  try {
    await access(existsSync(full) ? full : dir, constants.W_OK);
  } catch {
    throw new ContractInputError(`cannot write the ${what} report to ${path}: permission denied`);
  }
}

export async function writeReport(path: string, text: string): Promise<void> {
  await writeFile(path, text);
}
