/**
 * Sales and purchase credit notes, and PUT on contact payments and allocations, through MSW and
 * Fastify: postings (the mirror of invoices), numbering, allocation against invoices through
 * allocations, receipts and refunds, void and delete, the 422s, and every answer judged against
 * openapi/sage-mock.openapi.yaml.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../support/harness.ts';
import { useJudgedApi, type Json } from './judged.ts';
import { purchaseInvoice, receipt, salesInvoice, salesLine, snapshot, standardTax, type Fixture } from './support.ts';

function creditNote(fx: Fixture, extra: Record<string, unknown> = {}) {
  return { sales_credit_note: { contact_id: fx.customer, date: '2026-01-07', credit_note_lines: [salesLine(fx, 20)], ...extra } };
}

describe.each(ADAPTERS)('credit notes through %s', (adapter) => {
  const api = useJudgedApi(adapter);
  const { h, call } = api;
  const tb = () => h.mock.admin.trialBalance(api.gb.business);
  const balance = (id: string) => tb().accounts.find((a) => a.ledger_account.id === id)?.balance ?? '0.0';

  it('a sales credit note posts the mirror of an invoice, is numbered SCN-n, and is allocated against an invoice', async () => {
    const inv = (await call('POST', '/sales_invoices', salesInvoice(api.gb))).body;
    const created = await call(
      'POST',
      '/sales_credit_notes',
      creditNote(api.gb, { reference: 'RMA-4', original_invoice_date: '2026-01-05' }),
    );
    expect(created.status).toBe(201);
    const cn = created.body;
    expect(cn).toMatchObject({
      displayed_as: 'SCN-1',
      credit_note_number: 'SCN-1',
      credit_note_number_prefix: 'SCN-',
      status: { id: 'UNPAID' },
      net_amount: '20.0',
      tax_amount: '4.0',
      total_amount: '24.0',
      outstanding_amount: '24.0',
      original_invoice_date: '2026-01-05',
      transaction_type: { id: 'SALES_CREDIT_NOTE' },
      main_address: null,
    });
    expect(cn.credit_note_lines).toHaveLength(1);
    expect(cn).not.toHaveProperty('invoice_lines');
    expect(cn).not.toHaveProperty('due_date');
    // Trade debtors: 120 owed, 24 credited.
    expect(balance(api.gb.debtors)).toBe('96.0');
    expect(balance(api.gb.sales)).toBe('-80.0');
    expect(tb()).toMatchObject({ balanced: true });
    expect((await call('GET', `/contacts/${api.gb.customer}`)).body.balance).toBe('96.0');

    const alloc = await call('POST', '/contact_allocations', {
      contact_allocation: {
        transaction_type_id: 'CUSTOMER_ALLOCATION',
        contact_id: api.gb.customer,
        allocated_artefacts: [
          { artefact_id: inv.id, amount: 24 },
          { artefact_id: cn.id, amount: -24 },
        ],
      },
    });
    expect(alloc.status).toBe(201);
    expect((await call('GET', `/sales_credit_notes/${cn.id}`)).body).toMatchObject({
      status: { id: 'PAID' },
      outstanding_amount: '0.0',
      editable: false,
    });
    expect((await call('GET', `/sales_invoices/${inv.id}`)).body).toMatchObject({
      status: { id: 'PART_PAID' },
      outstanding_amount: '96.0',
    });

    // A receipt pays the rest.
    await call('POST', '/contact_payments', receipt(api.gb, 96, [{ artefact_id: inv.id, amount: 96 }]));
    expect((await call('GET', `/sales_invoices/${inv.id}`)).body.status.id).toBe('PAID');
    expect(balance(api.gb.debtors)).toBe('0.0');
    expect(tb()).toMatchObject({ balanced: true, difference: '0.0' });

    // Allocated: cannot be voided; lists and filters.
    const refused = await call('DELETE', `/sales_credit_notes/${cn.id}?void_reason=x`);
    expect(refused.status).toBe(422);
    expect((await call('GET', '/sales_credit_notes?status_id=PAID&attributes=all')).body.$items.map((i: Json) => i.id)).toEqual([cn.id]);
  });

  it('a receipt takes a credit note with a negative amount next to the invoice it pays; a refund pays a credit note out', async () => {
    const inv = (await call('POST', '/sales_invoices', salesInvoice(api.gb))).body;
    const cn = (await call('POST', '/sales_credit_notes', creditNote(api.gb))).body;
    const paid = await call(
      'POST',
      '/contact_payments',
      receipt(api.gb, 96, [
        { artefact_id: inv.id, amount: 120 },
        { artefact_id: cn.id, amount: -24 },
      ]),
    );
    expect(paid.status).toBe(201);
    expect(paid.body.payment_on_account).toBeNull();
    expect((await call('GET', `/sales_invoices/${inv.id}`)).body.status.id).toBe('PAID');
    expect((await call('GET', `/sales_credit_notes/${cn.id}`)).body.status.id).toBe('PAID');
    expect(balance(api.gb.debtors)).toBe('0.0');
    expect(balance(api.gb.bankLedger)).toBe('96.0');

    const cn2 = (await call('POST', '/sales_credit_notes', creditNote(api.gb))).body;
    const refund = await call(
      'POST',
      '/contact_payments',
      receipt(api.gb, 24, [{ artefact_id: cn2.id, amount: 24 }], { transaction_type_id: 'CUSTOMER_REFUND' }),
    );
    expect(refund.status).toBe(201);
    expect((await call('GET', `/sales_credit_notes/${cn2.id}`)).body.status.id).toBe('PAID');
    expect(balance(api.gb.debtors)).toBe('0.0');
    expect(balance(api.gb.bankLedger)).toBe('72.0');
    expect(tb()).toMatchObject({ balanced: true });
  });

  it('drafts are released with the next number; a void reverses the entries', async () => {
    const draft = (await call('POST', '/sales_credit_notes', creditNote(api.gb, { status_id: 'DRAFT' }))).body;
    expect(draft).toMatchObject({ credit_note_number: 'SCN-DRAFT', status: { id: 'DRAFT' } });
    expect(tb().entry_count).toBe(0);
    const released = await call('POST', `/sales_credit_notes/${draft.id}/release`);
    expect(released.status).toBe(201);
    expect(released.body).toMatchObject({ credit_note_number: 'SCN-1', status: { id: 'UNPAID' } });
    expect(balance(api.gb.debtors)).toBe('-24.0');
    const updated = await call('PUT', `/sales_credit_notes/${draft.id}`, {
      sales_credit_note: { credit_note_lines: [salesLine(api.gb, 50)], notes: 'Damaged' },
    });
    expect(updated.body).toMatchObject({ total_amount: '60.0', notes: 'Damaged' });
    expect(balance(api.gb.debtors)).toBe('-60.0');
    const voided = await call('DELETE', `/sales_credit_notes/${draft.id}?void_reason=Raised%20in%20error`);
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ status: { id: 'VOID' }, void_reason: 'Raised in error', credit_note_number: 'SCN-1' });
    expect(balance(api.gb.debtors)).toBe('0.0');
    expect(tb()).toMatchObject({ balanced: true });
  });

  it('refuses bad credit notes with Sage 422s and changes nothing', async () => {
    const before = snapshot(h.mock);
    const res = await call('POST', '/sales_credit_notes', {
      sales_credit_note: { contact_id: api.gb.vendor, date: 'soon', credit_note_lines: [{ unit_price: 1 }] },
    });
    expect(res.status).toBe(422);
    expect(res.body.map((e: Json) => e.$source)).toEqual(
      expect.arrayContaining([
        'contact_id',
        'date',
        'credit_note_lines[0].description',
        'credit_note_lines[0].ledger_account_id',
        'credit_note_lines[0].tax_rate_id',
      ]),
    );
    expect(res.body.find((e: Json) => e.$source === 'contact_id').$message).toBe("can't find customer");
    const blank = await call('POST', '/sales_credit_notes', { sales_credit_note: { contact_id: api.gb.customer, date: '2026-01-05' } });
    expect(blank.body).toEqual([expect.objectContaining({ $source: 'credit_note_lines', $message: "can't be blank" })]);
    // A credit note cannot be paid more than its outstanding, nor set against the wrong contact's invoice.
    const inv = (await call('POST', '/sales_invoices', salesInvoice(api.gb, { contact_id: api.gb.customer2 }))).body;
    const cn = (await call('POST', '/sales_credit_notes', creditNote(api.gb))).body;
    const mid = snapshot(h.mock);
    const wrong = await call('POST', '/contact_allocations', {
      contact_allocation: {
        transaction_type_id: 'CUSTOMER_ALLOCATION',
        contact_id: api.gb.customer,
        allocated_artefacts: [
          { artefact_id: inv.id, amount: 10 },
          { artefact_id: cn.id, amount: -10 },
        ],
      },
    });
    expect(wrong.status).toBe(422);
    const tooMuch = await call(
      'POST',
      '/contact_payments',
      receipt(api.gb, 30, [{ artefact_id: cn.id, amount: 30 }], { transaction_type_id: 'CUSTOMER_REFUND' }),
    );
    expect(tooMuch.body).toEqual([expect.objectContaining({ $source: 'allocated_artefacts[0].amount' })]);
    const onlyCredit = await call('POST', '/contact_payments', receipt(api.gb, 10, [{ artefact_id: cn.id, amount: -10 }]));
    expect(onlyCredit.body).toEqual([expect.objectContaining({ $source: 'base' })]);
    expect(snapshot(h.mock)).toBe(mid);
    expect(before).not.toBe(mid);
  });

  it('a purchase credit note posts the mirror of a purchase invoice, has no discount fields, and deletes (204)', async () => {
    const pi = (await call('POST', '/purchase_invoices', purchaseInvoice(api.gb))).body;
    expect(pi).not.toHaveProperty('total_discount_amount');
    expect(pi.invoice_lines[0]).not.toHaveProperty('discount_amount');
    const created = await call('POST', '/purchase_credit_notes', {
      purchase_credit_note: {
        contact_id: api.gb.vendor,
        date: '2026-01-06',
        vendor_reference: 'CR-9',
        credit_note_lines: [
          {
            description: 'Refund',
            ledger_account_id: api.gb.expense,
            tax_rate_id: api.gb.taxStandard,
            unit_price: 10,
            quantity: 1,
            tax_amount: standardTax(api.gb, 10),
            discount_amount: 5,
          },
        ],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ displayed_as: 'CR-9', total_amount: '12.0', transaction_type: { id: 'PURCHASE_CREDIT_NOTE' } });
    expect(balance(api.gb.creditors)).toBe('-108.0');
    const alloc = await call('POST', '/contact_allocations', {
      contact_allocation: {
        transaction_type_id: 'VENDOR_ALLOCATION',
        contact_id: api.gb.vendor,
        allocated_artefacts: [
          { artefact_id: pi.id, amount: 12 },
          { artefact_id: created.body.id, amount: -12 },
        ],
      },
    });
    expect(alloc.status).toBe(201);
    expect((await call('DELETE', `/purchase_credit_notes/${created.body.id}`)).status).toBe(422);
    await call('DELETE', `/contact_allocations/${alloc.body.id}`);
    expect((await call('DELETE', `/purchase_credit_notes/${created.body.id}`)).status).toBe(204);
    expect((await call('GET', `/purchase_credit_notes/${created.body.id}`)).status).toBe(404);
    expect(balance(api.gb.creditors)).toBe('-120.0');
    expect(tb()).toMatchObject({ balanced: true });
  });

  it('PUT /contact_payments re-posts the payment with what it allocated given back first', async () => {
    const inv = (await call('POST', '/sales_invoices', salesInvoice(api.gb))).body;
    const pay = (await call('POST', '/contact_payments', receipt(api.gb, 120, [{ artefact_id: inv.id, amount: 120 }]))).body;
    expect((await call('GET', `/sales_invoices/${inv.id}`)).body.status.id).toBe('PAID');
    // The paid invoice is open again to this payment: lower the amount, keep the rest on account.
    const put = await call('PUT', `/contact_payments/${pay.id}`, {
      contact_payment: { total_amount: 150, reference: 'BACS 9', allocated_artefacts: [{ artefact_id: inv.id, amount: 100 }] },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      id: pay.id,
      created_at: pay.created_at,
      total_amount: '150.0',
      reference: 'BACS 9',
      payment_on_account: { total_amount: '50.0' },
    });
    expect(put.body.transaction.id).not.toBe(pay.transaction.id);
    expect((await call('GET', `/sales_invoices/${inv.id}`)).body).toMatchObject({
      status: { id: 'PART_PAID' },
      outstanding_amount: '20.0',
    });
    expect(balance(api.gb.bankLedger)).toBe('150.0');
    expect(balance(api.gb.debtors)).toBe('-30.0');
    expect(tb()).toMatchObject({ balanced: true });
    // Only the fields sent change; a rule broken changes nothing.
    const before = snapshot(h.mock);
    const bad = await call('PUT', `/contact_payments/${pay.id}`, {
      contact_payment: { allocated_artefacts: [{ artefact_id: inv.id, amount: 121 }] },
    });
    expect(bad.status).toBe(422);
    expect(snapshot(h.mock)).toBe(before);
    expect((await call('PUT', '/contact_payments/nope', { contact_payment: {} })).status).toBe(404);
  });

  it('PUT /contact_allocations re-posts the allocation with its artefacts given back first', async () => {
    const inv = (await call('POST', '/sales_invoices', salesInvoice(api.gb))).body;
    const cn = (await call('POST', '/sales_credit_notes', creditNote(api.gb))).body;
    const alloc = (
      await call('POST', '/contact_allocations', {
        contact_allocation: {
          transaction_type_id: 'CUSTOMER_ALLOCATION',
          contact_id: api.gb.customer,
          allocated_artefacts: [
            { artefact_id: inv.id, amount: 24 },
            { artefact_id: cn.id, amount: -24 },
          ],
        },
      })
    ).body;
    const put = await call('PUT', `/contact_allocations/${alloc.id}`, {
      contact_allocation: {
        date: '2026-01-09',
        allocated_artefacts: [
          { artefact_id: inv.id, amount: 10 },
          { artefact_id: cn.id, amount: -10 },
        ],
      },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ id: alloc.id, date: '2026-01-09' });
    expect((await call('GET', `/sales_credit_notes/${cn.id}`)).body).toMatchObject({
      status: { id: 'PART_PAID' },
      outstanding_amount: '14.0',
    });
    expect((await call('GET', `/sales_invoices/${inv.id}`)).body).toMatchObject({ outstanding_amount: '110.0' });
    expect(balance(api.gb.debtors)).toBe('96.0');
    const unbalanced = await call('PUT', `/contact_allocations/${alloc.id}`, {
      contact_allocation: {
        allocated_artefacts: [
          { artefact_id: inv.id, amount: 10 },
          { artefact_id: cn.id, amount: -9 },
        ],
      },
    });
    expect(unbalanced.status).toBe(422);
    expect(tb()).toMatchObject({ balanced: true });
  });
});
