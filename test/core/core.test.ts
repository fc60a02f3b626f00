import { describe, expect, it } from 'vitest';
import { createClock, DEFAULT_EPOCH } from '../../mock/core/clock.ts';
import { createRng, HEX_ID } from '../../mock/core/rng.ts';
import { Router } from '../../mock/core/router.ts';
import { formatDecimal, parseDecimal, roundMoney } from '../../mock/core/money.ts';
import { pageLink, parsePaging, project } from '../../mock/core/pagination.ts';
import { SageApiError } from '../../mock/core/errors.ts';
import { createStore } from '../../mock/store/index.ts';

describe('clock', () => {
  it('a frozen clock moves only when told', () => {
    const c = createClock();
    expect(c.now()).toBe(DEFAULT_EPOCH);
    c.advance(300_000);
    expect(c.now()).toBe(DEFAULT_EPOCH + 300_000);
    c.set('2030-01-01T00:00:00Z');
    expect(c.iso()).toBe('2030-01-01T00:00:00.000Z');
    expect(() => c.advance(-1)).toThrow(RangeError);
    expect(() => c.set('not a date')).toThrow(RangeError);
  });
  it('a system clock follows real time plus an offset that advance moves', () => {
    const c = createClock({ mode: 'system' });
    const before = c.now();
    c.advance(86_400_000);
    expect(c.now() - before).toBeGreaterThanOrEqual(86_400_000);
    expect(Math.abs(c.now() - (Date.now() + 86_400_000))).toBeLessThan(1000);
  });
});

describe('rng', () => {
  it('is deterministic per seed and gives Sage ids', () => {
    const a = createRng(7),
      b = createRng(7),
      c = createRng(8);
    const ida = [a.hexId(), a.hexId()],
      idb = [b.hexId(), b.hexId()];
    expect(ida).toEqual(idb);
    expect(c.hexId()).not.toBe(ida[0]);
    expect(ida[0]).toMatch(HEX_ID);
    expect(a.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(createRng(7).fork('x').hexId()).toBe(createRng(7).fork('x').hexId());
    expect(createRng(7).fork('x').hexId()).not.toBe(createRng(7).fork('y').hexId());
  });
});

describe('router', () => {
  const r = new Router().add(
    { surface: 'api', method: 'GET', path: '/contacts/:id', handler: () => ({ status: 200, headers: {}, body: '' }) },
    { surface: 'api', method: 'DELETE', path: '/contacts/:id', handler: () => ({ status: 204, headers: {}, body: '' }) },
  );
  it('matches params, reports allowed methods, misses unknown paths', () => {
    const m = r.match('api', 'GET', '/contacts/abc%20d');
    expect(m && 'route' in m && m.params).toEqual({ id: 'abc d' });
    expect(r.match('api', 'PUT', '/contacts/abc')).toEqual({ allowed: ['GET', 'DELETE'] });
    expect(r.match('api', 'GET', '/contacts')).toBeNull();
    expect(r.match('token', 'GET', '/contacts/abc')).toBeNull();
    expect(r.match('api', 'GET', '/contacts/%E0%A4%A')).toBeNull();
  });
});

describe('money', () => {
  it('is exact decimal and renders Sage strings', () => {
    expect(parseDecimal(0.1)!.plus(parseDecimal(0.2)!).eq(parseDecimal('0.3')!)).toBe(true);
    expect(formatDecimal(parseDecimal('110')!)).toBe('110.0');
    expect(formatDecimal(parseDecimal('12.50')!)).toBe('12.5');
    expect(formatDecimal(parseDecimal('-0.03')!)).toBe('-0.03');
    expect(formatDecimal(roundMoney(parseDecimal('2.675')!))).toBe('2.68');
    expect(formatDecimal(roundMoney(parseDecimal('-2.675')!))).toBe('-2.68');
    for (const bad of ['abc', '1e5', '', NaN, Infinity, null, {}, '1.2.3']) expect(parseDecimal(bad)).toBeNull();
  });
});

describe('pagination', () => {
  it('parses items_per_page and page with Sage bounds', () => {
    expect(parsePaging(new URLSearchParams(''))).toEqual({ page: 1, perPage: 20 });
    expect(parsePaging(new URLSearchParams('items_per_page=200&page=3'))).toEqual({ page: 3, perPage: 200 });
    for (const q of ['items_per_page=0', 'items_per_page=201', 'items_per_page=abc', 'page=-1', 'page=0', 'page=1.5']) {
      expect(() => parsePaging(new URLSearchParams(q)), q).toThrow(SageApiError);
    }
  });
  it('builds relative links without /v3.1, keeping the other parameters', () => {
    expect(pageLink('contacts', new URLSearchParams('search=a b&page=1'), 2, 25)).toBe('/contacts?page=2&items_per_page=25&search=a+b');
  });
  it('projects list items to id, displayed_as, $path plus the attributes asked for', () => {
    const full = { id: '1', displayed_as: 'A', $path: '/x/1', name: 'n', email: 'e' };
    expect(project(full, null)).toEqual({ id: '1', displayed_as: 'A', $path: '/x/1' });
    expect(project(full, ['email', 'nope'])).toEqual({ id: '1', displayed_as: 'A', $path: '/x/1', email: 'e' });
    expect(project(full, 'all')).toBe(full);
  });
});

describe.each(['msw-data', 'memory'] as const)('store %s', (kind) => {
  it('keeps insertion order, O(1) gets, slices, puts and removes', async () => {
    const s = createStore(kind);
    const c = s.collection<{ id: string; n: number }>('b1', 'things');
    for (let i = 0; i < 10; i++) await c.insert({ id: `id${i}`, n: i });
    expect(c.size()).toBe(10);
    expect(c.get('id3')).toEqual({ id: 'id3', n: 3 });
    expect(c.slice(8, 5).map((r) => r.n)).toEqual([8, 9]);
    await c.put({ id: 'id3', n: 33 });
    expect(c.get('id3')!.n).toBe(33);
    await c.remove('id0');
    expect(c.size()).toBe(9);
    expect(c.slice(0, 2).map((r) => r.id)).toEqual(['id1', 'id2']);
    await expect(c.insert({ id: 'id1', n: 0 })).rejects.toThrow();
    await expect(c.put({ id: 'nope', n: 0 })).rejects.toThrow();
    expect(s.collection('b2', 'things').size()).toBe(0);
    const dump = s.dump();
    const t = createStore(kind);
    await t.load(dump);
    expect(t.dump()).toEqual(dump);
  });
});
