/**
 * Sales and purchase quick entries through MSW and Fastify: postings as the documents they stand
 * for, settlement by receipts and allocations, PUT re-posting, DELETE reversing, the 422s, and
 * every answer judged against the OpenAPI document.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../support/harness.ts';
import { useJudgedApi, type Json } from './judged.ts';
import { receipt, snapshot, standardTax } from './support.ts';

describe.each(ADAPTERS)('quick entries through %s', (adapter) => {
  const api = useJudgedApi(adapter);
  const { h, call } = api;
  const tb = () => h.mock.admin.trialBalance(api.gb.business);
  const balance = (id: string) => tb().accounts.find((a) => a.ledger_account.id === id)?.balance ?? '0.0';

  it('a sales quick entry invoice posts like an invoice and is paid by a receipt; a credit note is allocated against it', async () => {
    const gb = api.gb;
    const inv = await call('POST', '/sales_quick_entries', {
      sales_quick_entry: {
        quick_entry_type_id: 'INVOICE',
        contact_id: gb.customer,
        date: '2026-01-05',
        reference: 'QE-1',
        ledger_account_id: gb.sales,
        net_amount: 100,
        tax_rate_id: gb.taxStandard,
        tax_amount: standardTax(gb, 100),
      },
    });
    expect(inv.status).toBe(201);
    expect(inv.body).toMatchObject({
      total_amount: '120.0',
      outstanding_amount: '120.0',
      status: { id: 'UNPAID' },
      due_date: '2026-02-04',
      quick_entry_type: { id: 'INVOICE' },
    });
    expect(balance(gb.debtors)).toBe('120.0');
    expect(balance(gb.sales)).toBe('-100.0');
    const cn = await call('POST', '/sales_quick_entries', {
      sales_quick_entry: {
        quick_entry_type_id: 'CREDIT_NOTE',
        contact_id: gb.customer,
        date: '2026-01-06',
        reference: 'QE-CR',
        ledger_account_id: gb.sales,
        net_amount: 20,
        tax_rate_id: gb.taxZero,
      },
    });
    expect(cn.body).toMatchObject({ total_amount: '20.0', tax_amount: '0.0' });
    expect(balance(gb.debtors)).toBe('100.0');
    const alloc = await call('POST', '/contact_allocations', {
      contact_allocation: {
        transaction_type_id: 'CUSTOMER_ALLOCATION',
        contact_id: gb.customer,
        allocated_artefacts: [
          { artefact_id: inv.body.id, amount: 20 },
          { artefact_id: cn.body.id, amount: -20 },
        ],
      },
    });
    expect(alloc.status).toBe(201);
    await call('POST', '/contact_payments', receipt(gb, 100, [{ artefact_id: inv.body.id, amount: 100 }]));
    const paid = await call('GET', `/sales_quick_entries/${inv.body.id}?show_payments_allocations=true`);
    expect(paid.body).toMatchObject({ status: { id: 'PAID' }, outstanding_amount: '0.0' });
    expect(paid.body.payments_allocations).toHaveLength(2);
    expect((await call('DELETE', `/sales_quick_entries/${inv.body.id}`)).status).toBe(422);
    expect(balance(gb.debtors)).toBe('0.0');
    expect(tb()).toMatchObject({ balanced: true });
  });

  it('a purchase quick entry posts on trade creditors; PUT re-posts, DELETE reverses; bad ones change nothing', async () => {
    const gb = api.gb;
    const pqe = await call('POST', '/purchase_quick_entries', {
      purchase_quick_entry: {
        quick_entry_type_id: 'INVOICE',
        contact_id: gb.vendor,
        date: '2026-01-05',
        due_date: '2026-01-20',
        reference: 'V-9',
        ledger_account_id: gb.expense,
        net_amount: 50,
        tax_rate_id: gb.taxStandard,
      },
    });
    expect(pqe.status).toBe(201);
    expect(pqe.body).toMatchObject({ tax_amount: '10.0', total_amount: '60.0', gst_amount: null });
    expect(balance(gb.creditors)).toBe('-60.0');
    const put = await call('PUT', `/purchase_quick_entries/${pqe.body.id}`, { purchase_quick_entry: { net_amount: 10, tax_amount: 2 } });
    expect(put.body).toMatchObject({ total_amount: '12.0', reference: 'V-9' });
    expect(balance(gb.creditors)).toBe('-12.0');
    const before = snapshot(h.mock);
    const bad = await call('POST', '/purchase_quick_entries', {
      purchase_quick_entry: {
        quick_entry_type_id: 'BILL',
        contact_id: gb.customer,
        ledger_account_id: gb.creditors,
        net_amount: 1,
        total_amount: 5,
      },
    });
    expect(bad.body.map((e: Json) => e.$source)).toEqual([
      'quick_entry_type_id',
      'contact_id',
      'date',
      'reference',
      'ledger_account_id',
      'total_amount',
    ]);
    expect(snapshot(h.mock)).toBe(before);
    expect((await call('DELETE', `/purchase_quick_entries/${pqe.body.id}`)).status).toBe(204);
    expect(balance(gb.creditors)).toBe('0.0');
    expect(tb()).toMatchObject({ balanced: true });
  });
});
