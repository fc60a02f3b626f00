/**
 * Journal codes (and journals that need them in FR, ES and DE), tax rate writes in US businesses,
 * and /unallocated_artefacts, through MSW and Fastify, every answer judged against the OpenAPI
 * document.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../support/harness.ts';
import { useJudgedApi, type Json } from './judged.ts';
import { fixture, journal, receipt, salesInvoice, salesLine, snapshot } from './support.ts';

describe.each(ADAPTERS)('journal codes, tax rate writes and unallocated artefacts through %s', (adapter) => {
  const api = useJudgedApi(adapter);
  const { h, call } = api;

  it('FR journals need a journal code; FR is seeded with reserved codes; codes are created, changed and deleted', async () => {
    const fr = fixture(h.mock, 'FR');
    const codes = (await call('GET', '/journal_codes?attributes=all', undefined, fr.business)).body.$items;
    expect(codes.map((c: Json) => [c.code, c.journal_code_type.id, c.reserved])).toEqual([
      ['VT', 'SALES', true],
      ['AC', 'PURCHASES', true],
      ['BQ', 'BANK', true],
      ['OD', 'OTHER', true],
      ['AN', 'OPENING_BALANCES', true],
    ]);
    expect((await call('GET', '/journal_codes', undefined, api.gb.business)).body.$total).toBe(0);
    const lines = [
      { ledger_account_id: fr.sales, debit: 5, credit: 0 },
      { ledger_account_id: fr.expense, debit: 0, credit: 5 },
    ];
    const missing = await call('POST', '/journals', journal(lines), fr.business);
    expect(missing.body).toEqual([expect.objectContaining({ $source: 'journal_code_id', $message: "can't be blank" })]);
    const od = codes.find((c: Json) => c.code === 'OD');
    const ok = await call('POST', '/journals', journal(lines, { journal_code_id: od.id }), fr.business);
    expect(ok.status).toBe(201);
    expect(ok.body.journal_code).toMatchObject({ id: od.id, displayed_as: 'OD - Opérations diverses' });
    // GB journals need none.
    expect(
      (
        await call(
          'POST',
          '/journals',
          journal([
            { ledger_account_id: api.gb.sales, debit: 5, credit: 0 },
            { ledger_account_id: api.gb.expense, debit: 0, credit: 5 },
          ]),
        )
      ).status,
    ).toBe(201);

    const created = await call(
      'POST',
      '/journal_codes',
      { journal_code: { name: 'Salaires', code: 'SAL', journal_code_type_id: 'OTHER' } },
      fr.business,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ displayed_as: 'SAL - Salaires', reserved: false, control_name: null });
    const taken = await call(
      'POST',
      '/journal_codes',
      { journal_code: { name: 'x', code: 'SAL', journal_code_type_id: 'NOPE', control_name: 'sales' } },
      fr.business,
    );
    expect(taken.body.map((e: Json) => e.$source)).toEqual(['journal_code_type_id', 'control_name', 'code']);
    expect(
      (await call('PUT', `/journal_codes/${created.body.id}`, { journal_code: { name: 'Paie' } }, fr.business)).body.displayed_as,
    ).toBe('SAL - Paie');
    expect((await call('PUT', `/journal_codes/${od.id}`, { journal_code: { code: 'ZZ' } }, fr.business)).status).toBe(422);
    expect((await call('DELETE', `/journal_codes/${od.id}`, undefined, fr.business)).status).toBe(422);
    expect((await call('DELETE', `/journal_codes/${created.body.id}`, undefined, fr.business)).status).toBe(204);
  });

  it('US businesses create, change and delete their own tax rates; others cannot', async () => {
    const us = fixture(h.mock, 'US');
    const created = await call(
      'POST',
      '/tax_rates',
      { tax_rate: { name: 'County Tax', agency: 'County', component_tax_rate: { name: 'County', percentage: '1.5' } } },
      us.business,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'County Tax',
      percentage: '1.5',
      displayed_as: 'County Tax 1.50%',
      editable: true,
      deletable: true,
      component_tax_rates: [],
    });
    const put = await call('PUT', `/tax_rates/${created.body.id}`, { tax_rate: { percentage: 2, is_visible: false } }, us.business);
    expect(put.body).toMatchObject({ percentage: '2.0', is_visible: false });
    // Used on an invoice line: cannot be deleted.
    const inv = await call(
      'POST',
      '/sales_invoices',
      salesInvoice(us, { invoice_lines: [salesLine(us, 100, { tax_rate_id: created.body.id, tax_amount: 2 })] }),
      us.business,
    );
    expect(inv.status).toBe(201);
    expect((await call('DELETE', `/tax_rates/${created.body.id}`, undefined, us.business)).status).toBe(422);
    expect((await call('DELETE', `/tax_rates/${us.taxStandard}`, undefined, us.business)).status).toBe(422);
    const spare = (await call('POST', '/tax_rates', { tax_rate: { name: 'Spare', percentage: 3 } }, us.business)).body;
    expect((await call('DELETE', `/tax_rates/${spare.id}`, undefined, us.business)).status).toBe(204);
    expect((await call('POST', '/tax_rates', { tax_rate: {} }, us.business)).body).toEqual([expect.objectContaining({ $source: 'name' })]);
    const before = snapshot(h.mock);
    const gbWrite = await call('POST', '/tax_rates', { tax_rate: { name: 'Mine', percentage: 3 } }, api.gb.business);
    expect(gbWrite.body).toEqual([expect.objectContaining({ $source: 'base' })]);
    expect((await call('PUT', `/tax_rates/${api.gb.taxStandard}`, { tax_rate: { name: 'x' } }, api.gb.business)).status).toBe(422);
    expect(snapshot(h.mock)).toBe(before);
  });

  it('lists credit notes and payments on account not yet allocated', async () => {
    const inv = (await call('POST', '/sales_invoices', salesInvoice(api.gb))).body;
    const pay = (await call('POST', '/contact_payments', receipt(api.gb, 200, [{ artefact_id: inv.id, amount: 120 }]))).body;
    const cn = (
      await call('POST', '/sales_credit_notes', {
        sales_credit_note: { contact_id: api.gb.customer2, date: '2026-01-07', credit_note_lines: [salesLine(api.gb, 10)] },
      })
    ).body;
    await call('POST', '/sales_credit_notes', {
      sales_credit_note: {
        contact_id: api.gb.customer2,
        date: '2026-01-07',
        status_id: 'DRAFT',
        credit_note_lines: [salesLine(api.gb, 10)],
      },
    });
    const list = (await call('GET', '/unallocated_artefacts')).body;
    expect(list.$items.map((i: Json) => i.id).sort()).toEqual([cn.id, pay.payment_on_account.id].sort());
    expect((await call('GET', `/unallocated_artefacts?contact_id=${api.gb.customer2}`)).body.$items).toEqual([
      { id: cn.id, displayed_as: 'SCN-1', $path: cn.$path },
    ]);
    expect((await call('GET', `/unallocated_artefacts/${cn.id}`)).body).toEqual({
      id: cn.id,
      displayed_as: 'SCN-1',
      $path: cn.$path,
      links: [],
    });
    expect((await call('GET', `/unallocated_artefacts/${inv.id}`)).status).toBe(404);
  });
});
