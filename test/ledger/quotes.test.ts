/**
 * Sales quotes and estimates through MSW and Fastify: CRUD priced like invoices and posting
 * nothing, numbering, status, conversion to an invoice that links back through
 * `original_quote_estimate`, the 422s, every answer judged against the OpenAPI document.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../support/harness.ts';
import { useJudgedApi, type Json } from './judged.ts';
import { salesLine, snapshot } from './support.ts';

describe.each(ADAPTERS)('quotes and estimates through %s', (adapter) => {
  const api = useJudgedApi(adapter);
  const { h, call } = api;
  const quote = (extra: Record<string, unknown> = {}) => ({
    sales_quote: {
      contact_id: api.gb.customer,
      date: '2026-01-05',
      expiry_date: '2026-02-05',
      reference: 'Q-REF',
      quote_lines: [salesLine(api.gb, 100, { quantity: 2 })],
      ...extra,
    },
  });

  it('a quote is priced like an invoice, posts nothing, and becomes an invoice that links back', async () => {
    const created = await call('POST', '/sales_quotes', quote());
    expect(created.status).toBe(201);
    const q = created.body;
    expect(q).toMatchObject({
      displayed_as: 'SQ-1',
      quote_number: 'SQ-1',
      status: { id: 'PENDING' },
      net_amount: '200.0',
      tax_amount: '40.0',
      total_amount: '240.0',
      expiry_date: '2026-02-05',
      invoice: null,
    });
    expect(h.mock.admin.trialBalance(api.gb.business).entry_count).toBe(0);
    const accepted = await call('PUT', `/sales_quotes/${q.id}`, { sales_quote: { status_id: 'ACCEPTED', notes: 'Signed' } });
    expect(accepted.body).toMatchObject({ status: { id: 'ACCEPTED' }, notes: 'Signed', total_amount: '240.0' });
    expect((await call('GET', '/sales_quotes?status_id=ACCEPTED')).body.$total).toBe(1);

    const inv = await call('POST', '/sales_invoices', { sales_invoice: { original_quote_estimate_id: q.id, date: '2026-01-10' } });
    expect(inv.status).toBe(201);
    expect(inv.body).toMatchObject({
      original_quote_estimate: { id: q.id, displayed_as: 'SQ-1', $path: `/sales_quotes/${q.id}` },
      contact: { id: api.gb.customer },
      reference: 'Q-REF',
      total_amount: '240.0',
      status: { id: 'UNPAID' },
      date: '2026-01-10',
    });
    const after = (await call('GET', `/sales_quotes/${q.id}`)).body;
    expect(after).toMatchObject({ status: { id: 'INVOICED' }, invoice: { id: inv.body.id } });
    expect(h.mock.admin.trialBalance(api.gb.business)).toMatchObject({ balanced: true, total_debit: '240.0' });

    // Invoiced: cannot change, cannot be invoiced twice.
    expect((await call('PUT', `/sales_quotes/${q.id}`, { sales_quote: { notes: 'x' } })).status).toBe(422);
    const twice = await call('POST', '/sales_invoices', { sales_invoice: { original_quote_estimate_id: q.id } });
    expect(twice.body).toEqual([expect.objectContaining({ $source: 'original_quote_estimate_id' })]);
    expect((await call('DELETE', `/sales_quotes/${q.id}`)).status).toBe(204);
  });

  it('an estimate converts with lines of its own overridden by the invoice body', async () => {
    const est = (
      await call('POST', '/sales_estimates', {
        sales_estimate: {
          contact_id: api.gb.customer,
          date: '2026-01-05',
          expiry_date: '2026-01-20',
          estimate_lines: [salesLine(api.gb, 50)],
        },
      })
    ).body;
    expect(est).toMatchObject({ estimate_number: 'SE-1', total_amount: '60.0', estimate_lines: [{ unit_price: '50.0' }] });
    const inv = await call('POST', '/sales_invoices', {
      sales_invoice: { original_quote_estimate_id: est.id, invoice_lines: [salesLine(api.gb, 70)] },
    });
    expect(inv.status).toBe(422); // no date: the estimate gives none
    const ok = await call('POST', '/sales_invoices', {
      sales_invoice: { original_quote_estimate_id: est.id, date: '2026-01-06', invoice_lines: [salesLine(api.gb, 70)] },
    });
    expect(ok.body).toMatchObject({ total_amount: '84.0', original_quote_estimate: { $path: `/sales_estimates/${est.id}` } });
    expect((await call('GET', `/sales_estimates/${est.id}`)).body.status.id).toBe('INVOICED');
  });

  it('refuses bad quotes and conversions with Sage 422s and changes nothing', async () => {
    const before = snapshot(h.mock);
    const blank = await call('POST', '/sales_quotes', { sales_quote: { contact_id: api.gb.vendor, date: '2026-01-05', quote_lines: [] } });
    expect(blank.status).toBe(422);
    expect(blank.body.map((e: Json) => e.$source)).toEqual(['contact_id', 'quote_lines']);
    expect((await call('POST', '/sales_quotes', quote({ expiry_date: undefined }))).body).toEqual([
      expect.objectContaining({ $source: 'expiry_date', $message: "can't be blank" }),
    ]);
    expect((await call('POST', '/sales_quotes', quote({ expiry_date: '2026-01-01' }))).body).toEqual([
      expect.objectContaining({ $source: 'expiry_date' }),
    ]);
    expect((await call('POST', '/sales_quotes', quote({ status_id: 'INVOICED' }))).body).toEqual([
      expect.objectContaining({ $source: 'status_id' }),
    ]);
    const missing = await call('POST', '/sales_invoices', { sales_invoice: { original_quote_estimate_id: 'nope', date: '2026-01-05' } });
    expect(missing.body).toEqual([expect.objectContaining({ $source: 'original_quote_estimate_id' })]);
    expect(snapshot(h.mock)).toBe(before);
  });
});
