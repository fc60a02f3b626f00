/**
 * A Sage client with the mistakes integrations commonly make, each one caught by a contract case.
 * It works on the happy path, which is why these mistakes reach production. Do not copy it.
 *
 * - no X-Business (relies on the lead business) and GET /business instead of /businesses;
 * - caches the access token without its expiry and keeps the refresh token it was given, never the
 *   rotated one; every request that meets a 401 refreshes on its own (concurrent refreshes);
 * - an Idempotency-Key header instead of idempotency_id, and blind retries of network errors,
 *   5xx, 429 and 422 alike, at once;
 * - reads only the first page, never asks updated_or_created_since, reads details all at once;
 * - a hard-coded GB_STANDARD tax rate, binary-float money, and totals it adds up itself.
 *
 * In-process: `naiveClient(env)`. As a shell command: `node examples/clients/naive-client.ts`.
 */
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Env = Record<string, string | undefined>;

export async function naiveClient(env: Env, options: { signal?: AbortSignal } = {}): Promise<void> {
  const signal = options.signal;
  const task = JSON.parse(env.SAGE_TASK!);
  const api = env.SAGE_API_URL!;
  const cache = join(env.SAGE_STATE_DIR!, 'naive-token.txt');
  let token: string | null = await readFile(cache, 'utf8').catch(() => null);
  const report: Record<string, any> = { outcome: 'done' };

  async function refresh(): Promise<string> {
    // Always the refresh token from the environment: the rotated one is never stored.
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(env.SAGE_TOKEN_URL!, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: env.SAGE_REFRESH_TOKEN!,
          client_id: env.SAGE_CLIENT_ID!,
          client_secret: env.SAGE_CLIENT_SECRET!,
        }),
        signal,
      });
      if (res.ok) {
        const t = (await res.json()) as { access_token: string };
        await writeFile(cache, t.access_token);
        return t.access_token;
      }
      if (attempt >= 3) throw new Error(`refresh failed: ${res.status}`);
    }
  }

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    token ??= await refresh();
    let res: Response | null = null;
    for (let attempt = 0; attempt < 8; attempt++) {
      try {
        res = await fetch(`${api}${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal,
        });
      } catch {
        continue; // network error: try again at once
      }
      if (res.status === 401) {
        token = await refresh().catch(() => token); // each caller refreshes on its own
        continue;
      }
      if (res.status === 429 || res.status >= 500 || (res.status === 422 && attempt < 2)) continue;
      return res;
    }
    if (!res) throw new Error(`${method} ${path}: network error`);
    return res;
  }
  const getJson = async (path: string) => (await call('GET', path)).json() as Promise<any>;

  await call('GET', '/business'); // "the" business (v3.0 habit)

  if (task.sync) {
    report.synced = {};
    await Promise.all(
      task.sync.resources.map(async (resource: string) => {
        const page = await getJson(`/${resource}?items_per_page=200`); // the first page is the list
        const ids: string[] = page.$items.map((i: any) => i.id);
        if (task.sync.details) await Promise.all(ids.map((id) => call('GET', `/${resource}/${id}`)));
        report.synced[resource] = { ids, deleted_ids: [] };
      }),
    );
  }

  if (task.contacts) {
    const created: Record<string, string> = {};
    for (const c of task.contacts.create ?? []) {
      const res = await call(
        'POST',
        '/contacts',
        { contact: { name: c.name, reference: c.reference, contact_type_ids: [c.contact_type] } },
        { 'idempotency-key': randomUUID() },
      );
      created[c.reference] = (await res.json()).id;
    }
    for (const r of task.contacts.rename ?? []) await call('PUT', `/contacts/${created[r.reference]}`, { contact: { name: r.name } });
    for (const ref of task.contacts.delete ?? []) await call('DELETE', `/contacts/${created[ref]}`);
    report.contacts = { created };
  }

  if (task.sales_invoices) {
    report.sales_invoices = [];
    const accounts = (await getJson('/ledger_accounts?items_per_page=200&attributes=nominal_code')).$items;
    for (const inv of task.sales_invoices) {
      const contacts = (await getJson(`/contacts?search=${encodeURIComponent(inv.contact_reference)}`)).$items;
      let total = 0;
      const lines = inv.lines.map((l: any) => {
        const net = Number(l.quantity) * Number(l.unit_price);
        const tax = net * 0.2; // "VAT is 20%"
        total += net + tax;
        const account = accounts.find((a: any) => a.nominal_code === l.ledger_account_code) ?? accounts[0];
        return {
          description: l.description,
          ledger_account_id: account?.id,
          tax_rate_id: 'GB_STANDARD',
          quantity: Number(l.quantity),
          unit_price: Number(l.unit_price),
          tax_amount: tax,
        };
      });
      const key = randomUUID();
      const res = await call(
        'POST',
        '/sales_invoices',
        {
          sales_invoice: { contact_id: contacts[0]?.id, date: inv.date, due_date: inv.due_date, reference: inv.key, invoice_lines: lines },
        },
        { 'idempotency-key': key },
      );
      const saved = (await res.json()) as any;
      report.sales_invoices.push({
        key: inv.key,
        status: res.ok ? 'created' : 'failed',
        id: saved?.id ?? null,
        total_amount: String(total),
      });
    }
  }
  if (env.SAGE_REPORT_FILE) await writeFile(env.SAGE_REPORT_FILE, JSON.stringify(report));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  naiveClient(process.env).catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exitCode = 1;
  });
}
