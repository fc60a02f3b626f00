/**
 * /transactions and /ledger_entries through MSW and Fastify: every posted document's `transaction`
 * link resolves, entries add up to the trial balance, reversals are marked deleted, filters and
 * `updated_or_created_since`, every answer judged against the OpenAPI document.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../support/harness.ts';
import { useJudgedApi, type Json } from './judged.ts';
import { journal, receipt, salesInvoice, salesLine } from './support.ts';

describe.each(ADAPTERS)('transactions and ledger entries through %s', (adapter) => {
  const api = useJudgedApi(adapter);
  const { h, call } = api;
  const get = async (path: string) => (await call('GET', path)).body;

  it("every posted document's transaction link resolves to its transaction and entries", async () => {
    const inv = (await call('POST', '/sales_invoices', salesInvoice(api.gb, { reference: 'PO-1' }))).body;
    const pay = (
      await call('POST', '/contact_payments', receipt(api.gb, 150, [{ artefact_id: inv.id, amount: 120 }], { reference: 'BACS' }))
    ).body;
    const cn = (
      await call('POST', '/sales_credit_notes', {
        sales_credit_note: { contact_id: api.gb.customer, date: '2026-01-07', credit_note_lines: [salesLine(api.gb, 10)] },
      })
    ).body;
    const jnl = (
      await call(
        'POST',
        '/journals',
        journal([
          { ledger_account_id: api.gb.sales, debit: 5, credit: 0 },
          { ledger_account_id: api.gb.expense, debit: 0, credit: 5 },
        ]),
      )
    ).body;
    for (const doc of [inv, pay, cn, jnl]) {
      const t = await call('GET', doc.transaction.$path);
      expect(t.status).toBe(200);
      expect(t.body).toMatchObject({
        id: doc.transaction.id,
        deleted: false,
        origin: { id: doc.id, $path: doc.$path },
        transaction_type: { id: doc.transaction_type.id },
      });
      const entries = (await get(`/ledger_entries?transaction_id=${doc.transaction.id}&attributes=all&items_per_page=200`)).$items;
      expect(entries.length).toBeGreaterThan(1);
      const debits = entries.reduce((s: Decimal, e: Json) => s.plus(e.debit), new Decimal(0));
      const credits = entries.reduce((s: Decimal, e: Json) => s.plus(e.credit), new Decimal(0));
      expect(debits.eq(credits)).toBe(true);
      expect(debits.eq(t.body.total)).toBe(true);
      expect(entries.every((e: Json) => e.transaction.id === doc.transaction.id && e.deleted === false)).toBe(true);
    }
    const t = await get(`/transactions/${inv.transaction.id}`);
    expect(t).toMatchObject({
      reference: 'PO-1',
      total: '120.0',
      contact: { id: api.gb.customer },
      origin: { status: { id: 'PAID' }, outstanding_amount: '0.0' },
    });
    expect((await get('/transactions?transaction_type_id=SALES_INVOICE,JOURNAL')).$total).toBe(2);
    expect((await get('/transactions')).$total).toBe(4);
    expect((await call('GET', '/transactions/nope')).status).toBe(404);

    // The entries of one account add up to its trial-balance row.
    const bankEntries = (await get(`/ledger_entries?ledger_account_id=${api.gb.bankLedger}&attributes=debit,credit`)).$items;
    expect(bankEntries.map((e: Json) => [e.debit, e.credit])).toEqual([['150.0', '0.0']]);
  });

  it('a void marks the transaction and its reversal deleted; updated_or_created_since finds both', async () => {
    const inv = (await call('POST', '/sales_invoices', salesInvoice(api.gb))).body;
    h.mock.clock.advance(60_000);
    const since = new Date(h.mock.clock.now()).toISOString();
    expect((await get(`/transactions?updated_or_created_since=${since}`)).$total).toBe(0);
    await call('DELETE', `/sales_invoices/${inv.id}?void_reason=error`);
    const changed = (await get(`/transactions?updated_or_created_since=${since}&attributes=deleted,transaction_type`)).$items;
    expect(changed).toHaveLength(2);
    expect(changed.every((t: Json) => t.deleted === true && t.transaction_type.id === 'SALES_INVOICE')).toBe(true);
    const entries = (await get(`/ledger_entries?updated_or_created_since=${since}&attributes=all&items_per_page=200`)).$items;
    expect(entries.length).toBe(6);
    expect(entries.every((e: Json) => e.deleted)).toBe(true);
    // Live entries and all entries give the same (zero) balances.
    const all = (await get('/ledger_entries?attributes=debit,credit&items_per_page=200')).$items;
    const net = all.reduce((s: Decimal, e: Json) => s.plus(e.debit).minus(e.credit), new Decimal(0));
    expect(net.isZero()).toBe(true);
    expect((await get(`/ledger_entries?from_date=2026-01-06`)).$total).toBe(0);
    expect((await call('GET', '/transactions?updated_from_date=never')).status).toBe(422);
  });
});
