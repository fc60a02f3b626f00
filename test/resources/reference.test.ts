/**
 * Reference lists, settings, exchange rates and tax profiles, through both adapters: every list is
 * enveloped, every item is got by id with its attributes, links elsewhere resolve, filters work;
 * settings PUTs are checked and kept; business exchange rates are CRUD with their 422s.
 */
import { describe, expect, it } from 'vitest';
import { REFERENCE_RESOURCES } from '../../mock/resources/reference.ts';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';

describe.each(ADAPTERS)('reference data through %s', (adapter) => {
  const h = useHarness(adapter, {}, { reset: 'none' });
  const biz = (country: string) => h.world.businesses.find((b) => b.country === country)!.id;
  const get = async (path: string, country = 'GB') => {
    const res = await h.api(path, { business: biz(country) });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('every reference list is enveloped and each item is got by id (GB and CA)', async () => {
    for (const country of ['GB', 'CA', 'IE']) {
      for (const resource of REFERENCE_RESOURCES) {
        const list = await get(`/${resource}?items_per_page=200&attributes=all`, country);
        expect(list.status, resource).toBe(200);
        expect(list.body).toMatchObject({ $page: 1, $itemsPerPage: 200 });
        expect(list.body.$items.length, `${resource} in ${country}`).toBe(list.body.$total);
        const first = list.body.$items[0];
        if (!first) continue; // lists of another country (legal forms in GB...)
        expect(first.$path).toBe(`/${resource}/${first.id}`);
        expect(Object.keys(first).some((k) => k.startsWith('_'))).toBe(false);
        const one = await get(first.$path, country);
        expect(one.status, first.$path).toBe(200);
        expect(one.body).toEqual(first);
      }
    }
    expect((await get('/currencies/XXX')).status).toBe(404);
    expect((await get('/countries?items_per_page=2')).body.$next).toBe('/countries?page=2&items_per_page=2');
  });

  it('links in other responses resolve: currencies, countries', async () => {
    const contacts = await get('/contacts?attributes=currency,main_address&items_per_page=1');
    const c = contacts.body.$items[0];
    expect((await get(c.currency.$path)).body).toEqual({ id: 'GBP', displayed_as: 'Pound Sterling (GBP)', $path: '/currencies/GBP' });
    expect((await get(c.main_address.country.$path)).body.id).toBe('GB');
    const business = await get(`/businesses/${biz('GB')}`);
    expect((await get(business.body.country.$path)).status).toBe(200);
  });

  it('filters: address regions by country, classifications by type, coa accounts by template', async () => {
    const ca = (await get('/address_regions?country_id=CA&items_per_page=200&attributes=all')).body;
    expect(ca.$total).toBe(13);
    expect(ca.$items.find((r: any) => r.id === 'CA_ON')).toEqual({
      id: 'CA_ON',
      displayed_as: 'Ontario',
      $path: '/address_regions/CA_ON',
      code: 'ON',
      name: 'Ontario',
    });
    const bank = (await get('/ledger_account_classifications?ledger_account_type_id=BANK')).body;
    expect(bank.$items.map((i: any) => i.id)).toEqual(['CASH_AT_BANK']);
    const templates = (await get('/coa_templates', 'US')).body.$items;
    expect(templates.map((t: any) => t.id)).toEqual(['US_STANDARD']);
    const accounts = (await get('/coa_accounts?coa_template_id=US_STANDARD&attributes=nominal_code,name&items_per_page=200', 'US')).body;
    expect(accounts.$items.find((a: any) => a.nominal_code === 1200).name).toBe('Accounts Receivable');
    expect((await get('/coa_accounts?coa_template_id=GB_STANDARD', 'US')).body.$total).toBe(0);
  });

  it('tax types link the business own tax rates (CA: GST, HST, PST, QST)', async () => {
    const types = (await get('/tax_types?attributes=all', 'CA')).body.$items;
    expect(types.map((t: any) => t.id)).toEqual(['CA_GST', 'CA_HST', 'CA_PST', 'CA_QST']);
    const rates = (await get('/tax_rates?items_per_page=200', 'CA')).body.$items;
    const hst = types.find((t: any) => t.id === 'CA_HST');
    expect(hst.tax_rates).toHaveLength(1);
    expect(rates.map((r: any) => r.id)).toContain(hst.tax_rates[0].id);
    expect(hst.address_regions.map((r: any) => r.id)).toContain('CA_ON');
  });

  it('exchange rates from the business currency; live rates carry the clock time', async () => {
    const usd = (await get('/exchange_rates/USD')).body;
    expect(usd).toMatchObject({ id: 'USD', rate: '1.27', inverse_rate: '0.787402', base_currency: { id: 'GBP' }, currency: { id: 'USD' } });
    const eur = (await get('/exchange_rates/GBP', 'IE')).body;
    expect(eur.base_currency.id).toBe('EUR');
    expect((await get('/exchange_rates/EUR', 'IE')).status).toBe(404);
    const live = (await get('/live_exchange_rates/USD')).body;
    expect(live.retrieved_at).toBe(h.mock.admin.clock().now.replace('.000Z', 'Z'));
  });
});

describe.each(ADAPTERS)('settings, tax profiles and business exchange rates through %s', (adapter) => {
  const h = useHarness(adapter);
  const gb = () => h.world.businesses.find((b) => b.country === 'GB')!.id;
  const call = async (method: string, path: string, json?: unknown) => {
    const res = await h.api(path, { method, business: gb(), json });
    return res;
  };

  it('settings answer defaults and keep what a PUT changes; bad fields are 422s naming them', async () => {
    for (const r of [
      'financial_settings',
      'invoice_settings',
      'business_settings',
      'cis_settings',
      'datev_settings',
      'email_settings',
      'migrations',
    ]) {
      const res = await call('GET', `/${r}`);
      expect(res.status, r).toBe(200);
      expect((await res.json()).$path).toBe(`/${r}`);
    }
    const inv = await (await call('GET', '/invoice_settings')).json();
    expect(inv).toMatchObject({ customer_credit_days: 30, next_invoice_number: 1, sales_invoice_number_prefix: 'SI-' });
    const put = await call('PUT', '/invoice_settings', {
      invoice_settings: { customer_credit_days: 14, next_invoice_number: 100, document_headings: { sales_invoice: 'Invoice' } },
    });
    expect(put.status).toBe(200);
    const after = await put.json();
    expect(after).toMatchObject({
      customer_credit_days: 14,
      next_invoice_number: 100,
      document_headings: { sales_invoice: 'Invoice', statement: 'Statement' },
    });
    expect(await (await call('GET', '/invoice_settings')).json()).toEqual(after);

    const bad = await call('PUT', '/financial_settings', {
      financial_settings: { year_end_date: '2026-02-30', tax_scheme_id: 'NOPE', multi_currency_enabled: 'yes' },
    });
    expect(bad.status).toBe(422);
    expect((await sageErrors(bad)).map((e) => e.$source).sort()).toEqual(['multi_currency_enabled', 'tax_scheme_id', 'year_end_date']);
    const fin = await call('PUT', '/financial_settings', {
      financial_settings: { tax_scheme_id: 'CASH_BASED', tax_number: 'GB123456789' },
    });
    expect(await fin.json()).toMatchObject({
      tax_scheme: { id: 'CASH_BASED', $path: '/tax_schemes/CASH_BASED' },
      tax_number: 'GB123456789',
    });
  });

  it('a new contact takes its credit days from the invoice settings', async () => {
    await call('PUT', '/invoice_settings', { invoice_settings: { customer_credit_days: 7, vendor_credit_days: 45 } });
    const cust = await (await call('POST', '/contacts', { contact: { name: 'Acme', contact_type_ids: ['CUSTOMER'] } })).json();
    const vend = await (await call('POST', '/contacts', { contact: { name: 'Supplies', contact_type_ids: ['VENDOR'] } })).json();
    expect([cust.credit_days, vend.credit_days]).toEqual([7, 45]);
  });

  it('tax profiles: one per tax type, PUT changes the number and frequency', async () => {
    const list = await (await call('GET', '/tax_profiles?attributes=all')).json();
    expect(list.$items.map((p: any) => p.id)).toEqual(['GB_VAT']);
    const put = await call('PUT', '/tax_profiles/GB_VAT', { tax_profile: { tax_number: 'GB999', tax_return_frequency_id: 'MONTHLY' } });
    expect(await put.json()).toMatchObject({ tax_number: 'GB999', tax_return_frequency: { id: 'MONTHLY' } });
    const bad = await call('PUT', '/tax_profiles/GB_VAT', { tax_profile: { tax_return_frequency_id: 'WEEKLY' } });
    expect((await sageErrors(bad))[0]!.$source).toBe('tax_return_frequency_id');
  });

  it('business exchange rates: create, update, delete (deleted_since), and their 422s', async () => {
    const made = await call('POST', '/business_exchange_rates', { business_exchange_rate: { currency_id: 'USD', rate: '1.25' } });
    expect(made.status).toBe(201);
    expect(await made.json()).toMatchObject({
      id: 'USD',
      rate: '1.25',
      inverse_rate: '0.8',
      base_currency: { id: 'GBP' },
      $path: '/business_exchange_rates/USD',
    });
    const dup = await call('POST', '/business_exchange_rates', { business_exchange_rate: { currency_id: 'USD', rate: '1.3' } });
    expect((await sageErrors(dup))[0]).toMatchObject({ $source: 'currency_id', $message: 'has already been taken' });
    const bad = await call('POST', '/business_exchange_rates', { business_exchange_rate: { currency_id: 'GBP', rate: '-1' } });
    expect((await sageErrors(bad)).map((e) => e.$source).sort()).toEqual(['currency_id', 'rate']);
    const put = await call('PUT', '/business_exchange_rates/USD', { business_exchange_rate: { rate: '2' } });
    expect(await put.json()).toMatchObject({ rate: '2.0', inverse_rate: '0.5' });
    expect((await call('DELETE', '/business_exchange_rates/USD')).status).toBe(204);
    expect((await call('GET', '/business_exchange_rates/USD')).status).toBe(404);
    const gone = await (await call('GET', '/business_exchange_rates?deleted_since=2000-01-01')).json();
    expect(gone.$items.map((i: any) => i.id)).toEqual(['USD']);
  });
});
