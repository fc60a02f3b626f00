/**
 * The business's own small lists through both adapters: price and rate types, analysis types and
 * their categories, hosted payment settings; contacts link a price type.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';
import { caller } from './support.ts';

describe.each(ADAPTERS)('business lists through %s', (adapter) => {
  const h = useHarness(adapter);
  const call = caller(h);

  it('price and rate types: seeded, CRUD, active filter, required fields; a contact links one', async () => {
    for (const [resource, singular] of [
      ['product_sales_price_types', 'product_sales_price_type'],
      ['service_rate_types', 'service_rate_type'],
    ]) {
      const seeded = (await call('GET', `/${resource}?attributes=all`)).body;
      expect(seeded.$total).toBe(2);
      const made = await call('POST', `/${resource}`, { [singular!]: { name: 'Special', active: false } });
      expect(made.body).toMatchObject({ name: 'Special', active: false, displayed_as: 'Special' });
      expect((await call('GET', `/${resource}?active=false`)).body.$items.map((x: any) => x.id)).toEqual([made.body.id]);
      expect((await call('PUT', made.body.$path, { [singular!]: { active: true } })).body.active).toBe(true);
      const blank = await h.api(`/${resource}`, { method: 'POST', json: { [singular!]: {} } });
      expect((await sageErrors(blank)).map((e) => e.$source).sort()).toEqual(['active', 'name']);
      expect((await call('DELETE', made.body.$path)).status).toBe(204);
      expect((await call('GET', made.body.$path)).status).toBe(404);
    }
    const type = (await call('GET', '/product_sales_price_types')).body.$items[0];
    const contact = await call('POST', '/contacts', {
      contact: { name: 'Priced', contact_type_ids: ['CUSTOMER'], product_sales_price_type_id: type.id },
    });
    expect(contact.body.product_sales_price_type).toEqual({ id: type.id, displayed_as: type.displayed_as, $path: type.$path });
  });

  it('analysis types list their categories; categories are CRUD under a type', async () => {
    const types = (await call('GET', '/analysis_types?attributes=all')).body.$items;
    expect(types.map((t: any) => t.name)).toEqual(['Department', 'Cost Centre', 'Project']);
    const dept = types[0];
    const cat = await call('POST', '/analysis_type_categories', {
      analysis_type_category: { code: 'SALES', name: 'Sales team', analysis_type_id: dept.id },
    });
    expect(cat.status).toBe(201);
    expect(cat.body).toMatchObject({ code: 'SALES', combined_id: `${dept.id}_SALES`, analysis_type: { id: dept.id } });
    expect((await call('GET', dept.$path)).body.analysis_type_categories).toEqual([cat.body]);
    expect((await call('GET', `/analysis_type_categories?analysis_type_id=${dept.id}`)).body.$total).toBe(1);
    const renamed = await call('PUT', dept.$path, { analysis_type: { name: 'Team', active_areas: ['sales'] } });
    expect(renamed.body).toMatchObject({ name: 'Team', active_areas: ['sales'] });
    const bad = await h.api(dept.$path, { method: 'PUT', json: { analysis_type: { active_areas: ['moon'] } } });
    expect((await sageErrors(bad))[0]!.$source).toBe('active_areas');
    const noType = await h.api('/analysis_type_categories', { method: 'POST', json: { analysis_type_category: { code: 'X', name: 'X' } } });
    expect((await sageErrors(noType))[0]!.$source).toBe('analysis_type_id');
    expect((await call('DELETE', cat.body.$path)).status).toBe(204);
    expect((await call('GET', dept.$path)).body.analysis_type_categories).toEqual([]);
  });

  it('hosted artefact payment settings: create, filter by object_guid, delete', async () => {
    const made = await call('POST', '/hosted_artefact_payment_settings', {
      hosted_artefact_payment_setting: { object_guid: 'abc', disable_payment: true },
    });
    expect(made.body).toEqual({
      id: made.body.id,
      displayed_as: 'abc',
      $path: `/hosted_artefact_payment_settings/${made.body.id}`,
      object_guid: 'abc',
      disable_payment: true,
    });
    expect((await call('GET', '/hosted_artefact_payment_settings?object_guid=abc')).body.$total).toBe(1);
    expect((await call('PUT', made.body.$path, { hosted_artefact_payment_setting: {} })).status).toBe(405);
    expect((await call('DELETE', made.body.$path)).status).toBe(204);
  });
});
