/**
 * Sales and purchase corrective invoices (Spain) through MSW and Fastify: a correction of a posted
 * invoice of the same contact, posting the mirror of an invoice and allocatable against the
 * original; refused elsewhere than in Spain; every answer judged against the OpenAPI document.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../support/harness.ts';
import { useJudgedApi, type Json } from './judged.ts';
import { fixture, salesInvoice, salesLine, snapshot } from './support.ts';

describe.each(ADAPTERS)('corrective invoices through %s', (adapter) => {
  const api = useJudgedApi(adapter);
  const { h, call } = api;

  it('a Spanish sales corrective invoice corrects a posted invoice and is set against it', async () => {
    const es = fixture(h.mock, 'ES');
    const tb = () => h.mock.admin.trialBalance(es.business);
    const debtors = () => tb().accounts.find((a) => a.ledger_account.id === es.debtors)?.balance ?? '0.0';
    const inv = (await call('POST', '/sales_invoices', salesInvoice(es), es.business)).body;
    expect(debtors()).toBe(inv.total_amount);
    const created = await call(
      'POST',
      '/sales_corrective_invoices',
      {
        sales_corrective_invoice: {
          contact_id: es.customer,
          date: '2026-01-06',
          original_invoice_id: inv.id,
          corrective_reason_code_id: 'R1',
          details: 'Overcharged',
          invoice_lines: [salesLine(es, 10)],
        },
      },
      es.business,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      invoice_number: 'SCI-1',
      original_invoice: { id: inv.id },
      original_invoice_number: 'SI-1',
      original_invoice_date: '2026-01-05',
      corrective_reason_code: { id: 'R1' },
      details: 'Overcharged',
      transaction_type: { id: 'SALES_CORRECTIVE_INVOICE' },
    });
    const correction = created.body.total_amount;
    expect(Number(debtors())).toBeCloseTo(Number(inv.total_amount) - Number(correction), 2);
    const alloc = await call(
      'POST',
      '/contact_allocations',
      {
        contact_allocation: {
          transaction_type_id: 'CUSTOMER_ALLOCATION',
          contact_id: es.customer,
          allocated_artefacts: [
            { artefact_id: inv.id, amount: correction },
            { artefact_id: created.body.id, amount: `-${correction}` },
          ],
        },
      },
      es.business,
    );
    expect(alloc.status).toBe(201);
    expect((await call('GET', `/sales_corrective_invoices/${created.body.id}`, undefined, es.business)).body.status.id).toBe('PAID');
    // No release route (Sage has none; the 404 is outside the document, so not judged against it).
    expect(
      (
        await h.api(`/sales_corrective_invoices/${created.body.id}/release`, {
          method: 'POST',
          business: es.business,
          token: h.token(h.world.users.findIndex((u) => JSON.stringify(u).includes(es.business))),
        })
      ).status,
    ).toBe(404);
    expect(tb()).toMatchObject({ balanced: true });
  });

  it('refuses a corrective invoice outside Spain, or of another contact, and changes nothing', async () => {
    const gb = api.gb;
    const es = fixture(h.mock, 'ES');
    const other = (await call('POST', '/sales_invoices', salesInvoice(es, { contact_id: es.customer2 }), es.business)).body;
    const before = snapshot(h.mock);
    const gbTry = await call('POST', '/sales_corrective_invoices', {
      sales_corrective_invoice: { contact_id: gb.customer, date: '2026-01-06', invoice_lines: [salesLine(gb, 10)] },
    });
    expect(gbTry.body.map((e: Json) => e.$source)).toEqual(['base']);
    const wrong = await call(
      'POST',
      '/sales_corrective_invoices',
      {
        sales_corrective_invoice: {
          contact_id: es.customer,
          date: '2026-01-06',
          original_invoice_id: other.id,
          invoice_lines: [salesLine(es, 10)],
        },
      },
      es.business,
    );
    expect(wrong.body).toEqual([expect.objectContaining({ $source: 'original_invoice_id' })]);
    const missing = await call(
      'POST',
      '/purchase_corrective_invoices',
      { purchase_corrective_invoice: { contact_id: es.vendor, date: '2026-01-06', due_date: '2026-01-07', invoice_lines: [] } },
      es.business,
    );
    expect(missing.body.map((e: Json) => e.$source)).toEqual(['original_invoice_id', 'invoice_lines']);
    expect(snapshot(h.mock)).toBe(before);
  });
});
