/**
 * `churn` on every list resource a client can write, through both adapters: a walker reads the
 * pages while records are inserted, updated and deleted behind it, each through the resource's own
 * write path, so an incremental sync (`updated_or_created_since`, `deleted_since`) then finds every
 * change, deleted records are gone, and the resource's indexes (contact references) know the new
 * records.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ADAPTERS, useHarness } from '../support/harness.ts';
import { checkScenario, type Scenario } from '../../mock/index.ts';

type Page = { $items: { id: string }[]; $next: string | null; $total: number };

const WRITABLE = [
  { resource: 'contacts', actions: ['insert', 'update', 'delete'] },
  { resource: 'ledger_accounts', actions: ['insert', 'update'] },
  { resource: 'sales_invoices', actions: ['insert', 'update', 'delete'] },
  { resource: 'purchase_invoices', actions: ['insert', 'update', 'delete'] },
  { resource: 'bank_accounts', actions: ['insert'] },
] as const;

describe.each(ADAPTERS)('churn through %s', (adapter) => {
  const h = useHarness(adapter);
  afterEach(() => h.mock.scenarios.clear());
  const gb = () => h.world.users[0]!.lead_business_id!;
  const get = async (path: string): Promise<Page> => {
    const res = await h.api(path, { business: gb() });
    expect(res.status, path).toBe(200);
    return res.json();
  };
  const walk = async (resource: string) => {
    const seen: string[] = [];
    let next: string | null = `/${resource}?items_per_page=5`;
    while (next) {
      const page = await get(next);
      seen.push(...page.$items.map((i) => i.id));
      next = page.$next;
    }
    return seen;
  };
  const detail = (step: string) =>
    h.mock.scenarios
      .status()!
      .fired.filter((f) => f.step === step)
      .map((f) => f.detail);
  const idsOf = (d: string[], verb: string, resource: string) =>
    d.flatMap((x) => (x.startsWith(`${verb} ${resource} `) ? x.slice(`${verb} ${resource} `.length).split(', ') : []));

  it.each(WRITABLE)('$resource: $actions behind a walker, all found again by an incremental sync', async ({ resource, actions }) => {
    const path = `/${resource}`;
    if ((await get(`${path}?items_per_page=1`)).$total < 15) {
      // Too few records for three pages: churn inserts them (through the resource's POST).
      h.mock.scenarios.apply({
        name: 'fill',
        steps: [{ name: 'fill', match: { method: 'GET', path }, times: 1, fault: { type: 'churn', action: 'insert', count: 15 } }],
      });
      await get(`${path}?items_per_page=1`);
      expect(idsOf(detail('fill'), 'inserted', resource)).toHaveLength(15);
      h.mock.scenarios.clear();
    }
    h.mock.admin.advanceClock(60);
    const since = h.mock.admin.clock().now;
    h.mock.admin.advanceClock(1); // deleted_since is exclusive
    const before = (await get(`${path}?items_per_page=200`)).$items.map((i) => i.id);
    const steps: Scenario['steps'] = actions.map((action, i) => ({
      name: action,
      match: { method: 'GET', path },
      after: i,
      times: 1,
      fault: { type: 'churn', action, count: action === 'insert' ? 2 : 1 },
    }));
    // The list read above counts as the first match: skip it.
    h.mock.scenarios.apply({ name: 'churn', seed: 3, steps: steps.map((s) => ({ ...s, after: (s.after ?? 0) + 1 })) });
    await get(`${path}?items_per_page=200`);
    const seen = await walk(resource);

    const inserted = idsOf(detail('insert'), 'inserted', resource);
    const updated = idsOf(detail('update'), 'updated', resource);
    const deleted = idsOf(detail('delete'), 'deleted', resource);
    expect(inserted).toHaveLength(actions.includes('insert' as never) ? 2 : 0);
    expect(updated).toHaveLength(actions.includes('update' as never) ? 1 : 0);
    expect(deleted, JSON.stringify(h.mock.scenarios.status()!.fired.map((f) => f.detail))).toHaveLength(
      actions.includes('delete' as never) ? 1 : 0,
    );
    for (const id of inserted) expect(before).not.toContain(id);
    if (actions.includes('insert' as never)) expect(seen.length).toBeGreaterThan(0);

    // Changes are not requests: nothing but the walk's reads was journalled.
    expect(h.mock.admin.journal().filter((e) => e.method !== 'GET')).toEqual([]);
    // Every change is one an incremental sync finds.
    // Sage's DELETE of a sales invoice voids it (it stays, VOID, changed); others are removed.
    const voids = resource === 'sales_invoices';
    const changed = (await get(`${path}?items_per_page=200&updated_or_created_since=${encodeURIComponent(since)}`)).$items.map((i) => i.id);
    expect(new Set(changed)).toEqual(new Set([...inserted, ...updated, ...(voids ? deleted : [])]));
    const gone = (await get(`${path}?items_per_page=200&deleted_since=${encodeURIComponent(since)}`)).$items.map((i) => i.id);
    expect(gone).toEqual(deleted);
    for (const id of deleted) {
      const res = await h.api(`${path}/${id}`, { business: gb() });
      if (voids) expect(((await res.json()) as { status: { id: string } }).status.id).toBe('VOID');
      else expect(res.status).toBe(404);
    }
    for (const id of inserted) expect((await h.api(`${path}/${id}`, { business: gb() })).status).toBe(200);
    const now = (await get(`${path}?items_per_page=200`)).$items.map((i) => i.id);
    expect(new Set(now)).toEqual(new Set([...before.filter((id) => voids || !deleted.includes(id)), ...inserted]));
  });

  it("contacts: an inserted contact's reference is taken (the reference index knows it)", async () => {
    h.mock.scenarios.apply({
      name: 'ins',
      steps: [{ name: 'ins', match: { method: 'GET', path: '/contacts' }, times: 1, fault: { type: 'churn', action: 'insert' } }],
    });
    await get('/contacts?items_per_page=1');
    const [id] = idsOf(detail('ins'), 'inserted', 'contacts');
    const ref = ((await (await h.api(`/contacts/${id}`, { business: gb() })).json()) as { reference: string }).reference;
    const dup = await h.api('/contacts', {
      business: gb(),
      method: 'POST',
      json: { contact: { name: 'Dup', reference: ref, contact_type_ids: ['CUSTOMER'] } },
    });
    expect(dup.status).toBe(422);
    expect(await dup.text()).toContain('has already been taken');
  });
});

describe('churn a scenario cannot do is refused', () => {
  const issue = (path: string, action: 'insert' | 'update' | 'delete') => {
    try {
      checkScenario({ name: 'x', steps: [{ match: { method: 'GET', path }, fault: { type: 'churn', action } }] });
      return null;
    } catch (e) {
      return (e as { issues: { field: string; message: string }[] }).issues.map((i) => `${i.field}: ${i.message}`);
    }
  };
  it('read-only lists, and writes a resource does not serve', () => {
    expect(issue('/contact_types', 'delete')).toEqual([
      'steps[0].fault.action: churn cannot delete records of /contact_types: DELETE is not served there',
    ]);
    expect(issue('/ledger_account_types', 'update')).toEqual([
      'steps[0].fault.action: churn cannot update records of /ledger_account_types: PUT is not served there',
    ]);
    expect(issue('/contact_types', 'insert')?.[0]).toMatch(
      /^steps\[0\]\.fault\.action: churn cannot insert into \/contact_types: it inserts contacts, /,
    );
    for (const path of ['/contacts', '/ledger_accounts', '/sales_invoices', '/purchase_invoices', '/bank_accounts'])
      expect(issue(path, 'insert')).toBeNull();
  });
});
