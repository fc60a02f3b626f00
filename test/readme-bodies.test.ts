/**
 * The README's example request bodies (invoice, payment, journal) succeed as written, with the
 * default seed, through both adapters; and the server banner in the README is what seed 42 prints.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, useHarness } from './support/harness.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('### Example request bodies'), readme.indexOf('## Run it as a server'));
const bodies = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe.each(ADAPTERS)('the README example bodies through %s', (adapter) => {
  const h = useHarness(adapter, { seed: undefined });

  it('are three: an invoice, a payment and a journal', () => {
    expect(bodies.map((b) => Object.keys(JSON.parse(b.replace('INVOICE_ID', 'x')))[0])).toEqual([
      'sales_invoice',
      'contact_payment',
      'journal',
    ]);
  });

  it('succeed as written, as the first user of the default seed', async () => {
    expect(h.mock.state.seed).toBe(42);
    const post = (path: string, body: string) => h.api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const invoice = await post('/sales_invoices', bodies[0]!);
    const created = await invoice.json();
    expect(invoice.status, JSON.stringify(created)).toBe(201);
    expect(created.total_amount).toBe('120.0');
    const payment = await post('/contact_payments', bodies[1]!.replace('INVOICE_ID', created.id));
    expect(payment.status, await payment.clone().text()).toBe(201);
    expect((await (await h.api(`/sales_invoices/${created.id}`)).json()).outstanding_amount).toBe('0.0');
    const journal = await post('/journals', bodies[2]!);
    expect(journal.status, await journal.clone().text()).toBe(201);
  });
});
